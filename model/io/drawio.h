#pragma once

#include "designfile.h"

#include <QByteArray>
#include <QString>

namespace skyplan {

class Catalog;
class Design;

/// draw.io interchange (docs/drawio.md). Diagrams drawn with draw.io's AWS, GCP and Azure
/// shape libraries come in as designs; designs go out as diagrams draw.io opens with the same
/// layout and labels. The shape names are data: resources/drawio/shapes.yaml.
namespace drawio {

/// Whether `text` looks like a draw.io file (an `<mxfile>` or a bare `<mxGraphModel>`).
bool looksLikeDrawio(const QByteArray &text);

/// Reads the first page of a `.drawio` / `.xml` diagram, plain or compressed. Shapes that match
/// a catalog service become services, in the region their container names (else the
/// provider's default region); edges between two services become links. Unknown shapes and
/// edges that cannot be links are warnings in the result's diagnostics (with their line) and
/// are listed in the design's description, so nothing drawn is silently lost. Services and
/// links exported by Skyplan carry their whole data and come back identical. Throws
/// InputError for a file that is not a readable diagram.
LoadedDesign read(const QByteArray &text, const QString &fileName, const Catalog &catalog);

/// An uncompressed `.drawio` file: one page named after the design, a container per region
/// frame (AWS's region group, a labelled box for the others), a draw.io icon per service with
/// its label, an edge per link with its label. Every service and link also carries its
/// Skyplan data as a `skyplan` property, which read() uses.
QByteArray write(const Design &design, const Catalog &catalog);

/// Canvas units per draw.io unit: Skyplan's service boxes are wider than draw.io's icons, so
/// positions are multiplied by these on import and divided on export.
inline constexpr double scaleX = 1.6;
inline constexpr double scaleY = 1.2;

} // namespace drawio
} // namespace skyplan

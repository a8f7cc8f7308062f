#pragma once

#include "model/design.h"
#include "tree.h"

#include <QByteArray>
#include <QString>

namespace skyplan {

class Catalog;

/// A design read from a file, with what the reader noticed. Structural problems (syntax, wrong
/// types, bad values, duplicate ids, links to missing services) throw InputError instead;
/// diagnostics hold warnings and the references the catalog does not know (an unknown service
/// or region): errors the command line refuses, but an editor can show and keep.
struct LoadedDesign {
    Design design;
    Diagnostics diagnostics;
};

enum class DesignFormat { Skyplan, YamlSpec, Drawio };

/// The native `.skyplan` file: JSON with a format_version, documented in docs/file-format.md.
namespace skyplanfile {
constexpr int formatVersion = 1;
QByteArray write(const Design &design);
Tree toTree(const Design &design);
LoadedDesign read(const QByteArray &text, const QString &fileName, const Catalog &catalog);
} // namespace skyplanfile

/// The YAML allocation spec of docs/yaml-spec.md: the lecture's "service-based multi-cloud"
/// allocation tree, as written by hand (bare) or as exported by Skyplan (`skyplan_spec: 1`).
namespace yamlspec {
constexpr int specVersion = 1;
/// `summary` is the cost summary to write at the end (the analysis layer builds it).
QByteArray write(const Design &design, const Tree &summary);
LoadedDesign read(const QByteArray &text, const QString &fileName, const Catalog &catalog);
} // namespace yamlspec

/// By extension (.skyplan/.json: native; .yaml/.yml: spec; .drawio: draw.io), else by content
/// (an <mxfile> or <mxGraphModel> is draw.io, JSON is native, the rest a spec).
DesignFormat designFormatFor(const QString &path, const QByteArray &text);
/// Reads and parses a design file of either format. Throws InputError when the file cannot be
/// read or parsed; the design name defaults to the file's base name.
LoadedDesign readDesignFile(const QString &path, const Catalog &catalog);
/// Writes through QSaveFile: either the whole new content lands or the old file stays as it
/// was. Returns false with a message in `error`.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace skyplan

#pragma once

#include "design.h"

#include <QHash>
#include <QStringList>

namespace skyplan {

/// Places services that have no canvas position (all at the origin, as after a YAML import):
/// one column per provider, one block per region, services in a grid inside each block, in
/// design order. Designs that already have a layout are left alone.
void layoutIfUnplaced(Design &design);

/// Geometry the layout and the canvas share.
struct LayoutMetrics {
    static constexpr double serviceWidth = 180;
    static constexpr double serviceHeight = 72;
    static constexpr double gap = 64;
    static constexpr double framePadding = 40;
    static constexpr int columnsPerFrame = 2;
};

enum class Alignment { Left, HorizontalCenter, Right, Top, VerticalCenter, Bottom };
enum class Distribution { Horizontal, Vertical };

/// New positions that line the services up on the selection's left edge, centre line, etc.
/// Services already in place are left out, so an empty result means "nothing to do".
QHash<QString, CanvasPosition> alignedPositions(const Design &design, const QStringList &ids,
                                                Alignment alignment);
/// New positions that space the services evenly between the two outermost ones (at least
/// three services), keeping their order along the axis.
QHash<QString, CanvasPosition> distributedPositions(const Design &design, const QStringList &ids,
                                                    Distribution distribution);

} // namespace skyplan

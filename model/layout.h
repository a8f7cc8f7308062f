#pragma once

namespace skyplan {

class Design;

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

} // namespace skyplan

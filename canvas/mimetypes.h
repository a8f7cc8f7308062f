#pragma once

namespace skyplan {

/// Drag data for a catalog service: "provider/service" as UTF-8.
inline constexpr char serviceMimeType[] = "application/x-skyplan-service";

} // namespace skyplan

#pragma once

#include "model/design.h"

namespace skyplan {

class Catalog;

/// Realistic synthetic designs for benchmarks and screenshots: `services` services in
/// services/40 region frames spread over the four providers (AWS, GCP, Azure, on-prem), laid
/// out in a grid of frames; about two links per service of all three kinds (a data flow to the
/// next service of the frame, a request or replication link to a service of the same or the
/// next frame, or one time in five anywhere);
/// every tenth service holds personal data; redundancy groups of two and a few entry points.
/// The same arguments give the same design.
Design generateDesign(int services, const Catalog &catalog, quint32 seed = 20261123);

} // namespace skyplan

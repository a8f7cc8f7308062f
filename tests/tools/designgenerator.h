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

/// A catalog region of `service`'s provider in another country than the service's, for the
/// benchmarks' move abroad (which makes compliance propagate the data again); empty when the
/// provider has none (on-prem).
QString regionAbroad(const PlacedService &service, const Design &design, const Catalog &catalog);

} // namespace skyplan

#pragma once

#include <cstddef>
#include <vector>

namespace skyplan {

class Catalog;
class Design;
struct PlacedService;
struct Provider;
struct Region;
struct ServiceOffering;

/// What the catalog holds for each service of one design: its offering, provider and catalog
/// region, looked up once per analysis and read by every analyser that needs them (each used
/// to hash the provider and service of all 10,000 services itself). A view of the design as it
/// was when made: an analysis makes one, and an analyser given none makes its own.
class ServiceLookups {
public:
    ServiceLookups(const Design &design, const Catalog &catalog);

    /// The catalog's entries for the service at `index`, each null when the catalog has none
    /// (an unknown service or provider; a design's on-prem site is no catalog region).
    struct Entry {
        const Provider *provider = nullptr;
        const ServiceOffering *offering = nullptr;
        const Region *catalogRegion = nullptr;
    };
    const Entry &operator[](std::size_t index) const { return m_entries[index]; }
    std::size_t size() const { return m_entries.size(); }

    /// The same entries for one service, looked up directly.
    static Entry of(const PlacedService &service, const Catalog &catalog);

private:
    std::vector<Entry> m_entries;
};

} // namespace skyplan

#pragma once

#include "model/design.h"

#include <cstddef>
#include <vector>

namespace skyplan {

class Catalog;
struct Provider;
struct Region;
struct ServiceOffering;

/// What every analyser looks up before it starts, looked up once per analysis: the catalog's
/// entries for each service (offering, provider, catalog region), its place and provider by
/// number, and where each link starts and ends. Each analyser used to hash the provider and
/// service of all 10,000 services itself, number their places and providers again (reading
/// every service's strings, which a large design no longer has in the cache), and have the
/// design check its link ends again. A view of the design as it was when made: an analysis
/// makes one, and an analyser given none makes its own.
class AnalysisLookups {
public:
    AnalysisLookups(const Design &design, const Catalog &catalog);

    /// The catalog's entries for the service at `index`, each null when the catalog has none
    /// (an unknown service or provider; a design's on-prem site is no catalog region).
    struct Entry {
        const Provider *provider = nullptr;
        const ServiceOffering *offering = nullptr;
        const Region *catalogRegion = nullptr;
    };
    const Entry &operator[](std::size_t index) const { return m_entries[index]; }
    std::size_t size() const { return m_entries.size(); }
    /// The places (provider, region) of the services, in order of first appearance.
    struct Place {
        QString provider;
        QString region;
        int providerNumber = 0; ///< index into providers()
    };
    const std::vector<Place> &places() const { return m_places; }
    /// The number of the place of the service at `index` (into places()).
    int placeOf(std::size_t index) const { return m_placeOf[index]; }
    /// The number of the provider of the service at `index` (into providers()).
    int providerOf(std::size_t index) const
    {
        return m_places[std::size_t(m_placeOf[index])].providerNumber;
    }
    /// Design::providers(): the providers in order of first use.
    const QStringList &providers() const { return m_providers; }
    /// Design::linkEnds(), as it was when made.
    const std::vector<Design::LinkEnds> &linkEnds() const { return m_linkEnds; }

    /// After edits of the provider, service, region or deployment of the services at `moved`
    /// (and of nothing else the lookups read since they were made of `design`; the links as
    /// they were): the lookups a new AnalysisLookups would make. Only the moved services'
    /// entries are looked up again; the places are numbered again from the services' place
    /// numbers, not their strings. True when every place kept its number; false when they
    /// were numbered again (a place appeared or went, or is first used elsewhere).
    bool update(const Design &design, const Catalog &catalog, const std::vector<int> &moved);
    /// After update(): the places before it, and each place's number then (by its number
    /// now; a place no service was at: a number past the last of them). Empty before.
    const std::vector<Place> &placesBefore() const { return m_placesBefore; }
    const std::vector<int> &placeWas() const { return m_placeWas; }

    /// The same entries for one service, looked up directly.
    static Entry of(const PlacedService &service, const Catalog &catalog);

private:
    /// Numbers the places and providers, and fills the entries.
    void number(const Design &design, const Catalog &catalog);

    std::vector<Entry> m_entries;
    std::vector<Place> m_places;
    std::vector<int> m_placeOf;
    std::vector<Place> m_placesBefore;
    std::vector<int> m_placeWas;
    QStringList m_providers;
    std::vector<Design::LinkEnds> m_linkEnds;
};

} // namespace skyplan

#include "analysislookups.h"

#include "model/catalog/catalog.h"
#include "model/design.h"
#include "model/idnumbers.h"
#include "placenumbers.h"

namespace skyplan {

AnalysisLookups::AnalysisLookups(const Design &design, const Catalog &catalog)
    : m_linkEnds(design.linkEnds())
{
    const auto &services = design.services();
    m_entries.reserve(services.size());
    m_placeOf.reserve(services.size());
    // The provider and region once per place; the offering once per service. Providers are
    // numbered as their places appear, which is the order of their first use.
    PlaceNumbers places;
    IdNumbers providers;
    std::vector<Entry> ofPlace;
    for (const PlacedService &s : services) {
        bool isNew = false;
        const int place = places.number(s.provider, s.region, &isNew);
        if (isNew) {
            ofPlace.push_back({catalog.provider(s.provider), nullptr,
                               catalog.catalogRegion(s.provider, s.region)});
            m_places.push_back({s.provider, s.region, providers.number(s.provider)});
        }
        m_placeOf.push_back(place);
        Entry e = ofPlace[std::size_t(place)];
        e.offering = catalog.service(s.provider, s.service);
        m_entries.push_back(e);
    }
    m_providers = providers.ids();
}

AnalysisLookups::Entry AnalysisLookups::of(const PlacedService &s, const Catalog &catalog)
{
    return {catalog.provider(s.provider), catalog.service(s.provider, s.service),
            catalog.catalogRegion(s.provider, s.region)};
}

} // namespace skyplan

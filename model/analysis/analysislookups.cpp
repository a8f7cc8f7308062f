#include "analysislookups.h"

#include "model/catalog/catalog.h"
#include "model/design.h"
#include "model/idnumbers.h"
#include "placenumbers.h"

#include <algorithm>

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

bool AnalysisLookups::update(const Design &design, const Catalog &catalog,
                             const std::vector<int> &moved)
{
    const auto &services = design.services();
    if (services.size() != m_entries.size())
        return false;
    std::vector<int> placeOf = m_placeOf;
    for (const int i : moved) {
        const PlacedService &s = services[std::size_t(i)];
        const auto place = std::find_if(m_places.begin(), m_places.end(), [&](const Place &p) {
            return p.region == s.region && p.provider == s.provider;
        });
        if (place == m_places.end())
            return false; // a new place
        placeOf[std::size_t(i)] = int(place - m_places.begin());
    }
    // Every place still used, and first used in the order of its number.
    int next = 0;
    for (const int place : placeOf) {
        if (place == next)
            ++next;
        else if (place > next)
            return false;
    }
    if (next != int(m_places.size()))
        return false;
    m_placeOf = std::move(placeOf);
    for (const int i : moved)
        m_entries[std::size_t(i)] = of(services[std::size_t(i)], catalog);
    return true;
}

AnalysisLookups::Entry AnalysisLookups::of(const PlacedService &s, const Catalog &catalog)
{
    return {catalog.provider(s.provider), catalog.service(s.provider, s.service),
            catalog.catalogRegion(s.provider, s.region)};
}

} // namespace skyplan

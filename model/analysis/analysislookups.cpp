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
    number(design, catalog);
}

void AnalysisLookups::number(const Design &design, const Catalog &catalog)
{
    const auto &services = design.services();
    std::vector<Entry> entries;
    std::vector<int> placeOf;
    entries.reserve(services.size());
    placeOf.reserve(services.size());
    m_places.clear();
    // The provider and region once per place; the offering once per service. Providers are
    // numbered as their places appear, which is the order of their first use.
    PlaceNumbers places;
    IdNumbers providers;
    std::vector<Entry> ofPlace;
    for (std::size_t i = 0; i < services.size(); ++i) {
        const PlacedService &s = services[i];
        bool isNew = false;
        const int place = places.number(s.provider, s.region, &isNew);
        if (isNew) {
            ofPlace.push_back({catalog.provider(s.provider), nullptr,
                               catalog.catalogRegion(s.provider, s.region)});
            m_places.push_back({s.provider, s.region, providers.number(s.provider)});
        }
        placeOf.push_back(place);
        Entry e = ofPlace[std::size_t(place)];
        e.offering = catalog.service(s.provider, s.service);
        entries.push_back(e);
    }
    m_entries = std::move(entries);
    m_placeOf = std::move(placeOf);
    m_providers = providers.ids();
}

bool AnalysisLookups::update(const Design &design, const Catalog &catalog,
                             const std::vector<int> &moved)
{
    const auto &services = design.services();
    if (services.size() != m_entries.size()) {
        *this = AnalysisLookups(design, catalog); // not an edit of placement alone
        return false;
    }
    // The moved services at the places they are now, by the numbers the places had; a place
    // no service was at takes the next number past them.
    std::vector<Place> places = m_places;
    std::vector<int> placeOf = m_placeOf;
    for (const int i : moved) {
        const PlacedService &s = services[std::size_t(i)];
        auto place = std::find_if(places.begin(), places.end(), [&](const Place &p) {
            return p.region == s.region && p.provider == s.provider;
        });
        if (place == places.end())
            place = places.insert(places.end(), {s.provider, s.region, -1});
        placeOf[std::size_t(i)] = int(place - places.begin());
        m_entries[std::size_t(i)] = of(s, catalog);
    }
    // Numbered again in the order of first use, as a new AnalysisLookups numbers them: by the
    // services' place numbers, not their strings (the services that did not move are where
    // they were, with the same catalog entries).
    std::vector<int> renumbered(places.size(), -1);
    int count = 0;
    for (int &place : placeOf) {
        int &now = renumbered[std::size_t(place)];
        if (now < 0)
            now = count++;
        place = now;
    }
    bool kept = count == int(m_places.size());
    for (std::size_t p = 0; kept && p < m_places.size(); ++p)
        kept = renumbered[p] == int(p);
    m_placeWas.assign(std::size_t(count), -1);
    for (std::size_t p = 0; p < places.size(); ++p) {
        if (renumbered[p] >= 0)
            m_placeWas[std::size_t(renumbered[p])] = int(p);
    }
    m_placesBefore = std::move(m_places);
    m_places.assign(std::size_t(count), Place());
    for (std::size_t p = 0; p < places.size(); ++p) {
        if (renumbered[p] >= 0)
            m_places[std::size_t(renumbered[p])] = std::move(places[p]);
    }
    // Providers numbered as their places appear.
    IdNumbers providers;
    for (Place &place : m_places)
        place.providerNumber = providers.number(place.provider);
    m_providers = providers.ids();
    m_placeOf = std::move(placeOf);
    return kept;
}

AnalysisLookups::Entry AnalysisLookups::of(const PlacedService &s, const Catalog &catalog)
{
    return {catalog.provider(s.provider), catalog.service(s.provider, s.service),
            catalog.catalogRegion(s.provider, s.region)};
}

} // namespace skyplan

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
    number(design, catalog, nullptr);
}

void AnalysisLookups::number(const Design &design, const Catalog &catalog,
                             const std::vector<char> *offeringKept)
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
        e.offering = offeringKept && (*offeringKept)[i] ? m_entries[i].offering
                                                        : catalog.service(s.provider, s.service);
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
    // Where the moved services are, if the places keep their numbers.
    std::vector<int> placeOf = m_placeOf;
    bool renumber = false;
    for (const int i : moved) {
        const PlacedService &s = services[std::size_t(i)];
        const auto place = std::find_if(m_places.begin(), m_places.end(), [&](const Place &p) {
            return p.region == s.region && p.provider == s.provider;
        });
        if (place == m_places.end()) {
            renumber = true; // a new place
            break;
        }
        placeOf[std::size_t(i)] = int(place - m_places.begin());
    }
    // Every place still used, and first used in the order of its number.
    int next = 0;
    for (std::size_t k = 0; !renumber && k < placeOf.size(); ++k) {
        if (placeOf[k] == next)
            ++next;
        else if (placeOf[k] > next)
            renumber = true;
    }
    if (renumber || next != int(m_places.size())) {
        // Numbered again; the services that did not move keep their offerings.
        std::vector<char> kept(services.size(), 1);
        for (const int i : moved)
            kept[std::size_t(i)] = 0;
        number(design, catalog, &kept);
        return false;
    }
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

#include "datagravity.h"

#include "egressestimator.h"
#include "model/catalog/catalog.h"
#include "model/design.h"

#include <algorithm>
#include <map>

namespace skyplan {

namespace {

/// The first internet tier that costs anything (AWS's first 100 GB a month are free).
double firstPaidRate(const Catalog &catalog, const QString &provider)
{
    if (const Provider *p = catalog.provider(provider)) {
        for (const EgressTier &t : p->egress.internetTiers) {
            if (t.rate > 0)
                return t.rate;
        }
    }
    return 0;
}

/// Data stays where it is: the hints move what processes it.
bool holdsData(const Catalog &catalog, const PlacedService &s)
{
    const ServiceOffering *o = catalog.service(s.provider, s.service);
    return o && (o->category == ServiceCategory::ObjectStorage ||
                 o->category == ServiceCategory::DataWarehouse ||
                 o->category == ServiceCategory::Database);
}

} // namespace

std::vector<DataGravityHint> dataGravityHints(const Design &design, const EgressReport &egress,
                                              const Catalog &catalog, double minimumSavingUsd)
{
    // Per service: egress paid and GB exchanged on its links, per other provider.
    struct Exchange {
        double usd = 0;
        double gb = 0;
    };
    std::map<QString, std::map<QString, Exchange>> exchanged;
    std::map<QString, std::vector<std::size_t>> linksOf; // built once: linear, not quadratic
    const auto &links = design.links();
    for (std::size_t i = 0; i < links.size() && i < egress.links.size(); ++i) {
        const Link &l = links[i];
        linksOf[l.from].push_back(i);
        linksOf[l.to].push_back(i);
        const PlacedService *a = design.service(l.from);
        const PlacedService *b = design.service(l.to);
        if (!a || !b || a->provider == b->provider)
            continue;
        for (const auto &[self, other] : {std::pair{a, b}, std::pair{b, a}}) {
            Exchange &e = exchanged[self->id][other->provider];
            e.usd += egress.links[i].monthly;
            e.gb += l.gbPerMonth;
        }
    }
    std::vector<DataGravityHint> hints;
    for (const auto &[serviceId, byProvider] : exchanged) {
        const PlacedService *s = design.service(serviceId);
        if (holdsData(catalog, *s))
            continue;
        for (const auto &[provider, e] : byProvider) {
            DataGravityHint h;
            h.service = serviceId;
            h.toProvider = provider;
            h.avoidedUsd = e.usd;
            h.gb = e.gb;
            // Its links with services of its current provider would now cross clouds.
            for (const std::size_t i : linksOf[serviceId]) {
                const Link &l = links[i];
                const PlacedService *other = design.service(l.from == serviceId ? l.to : l.from);
                if (!other || other->provider != s->provider)
                    continue;
                // The sender pays: on request links the responses come from `to`.
                const QString sender = l.kind == LinkKind::Request ? l.to : l.from;
                const QString senderProvider = sender == serviceId ? provider : s->provider;
                h.addedUsd += l.gbPerMonth * firstPaidRate(catalog, senderProvider);
            }
            if (h.savingUsd() >= minimumSavingUsd)
                hints.push_back(h);
        }
    }
    std::sort(hints.begin(), hints.end(), [](const DataGravityHint &x, const DataGravityHint &y) {
        return x.savingUsd() > y.savingUsd();
    });
    return hints;
}

} // namespace skyplan

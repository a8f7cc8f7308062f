#include "egressestimator.h"

#include "model/catalog/catalog.h"
#include "model/design.h"
#include "model/idnumbers.h"
#include "model/numbertext.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace skyplan {

EgressReport EgressEstimator::estimate(const Design &design, const AnalysisLookups *lookups) const
{
    EgressReport report;
    report.links.reserve(design.links().size());
    // The formula texts in the interface language, looked up once rather than once a link.
    const QString interRegionText =
        QCoreApplication::translate("Analysis", "inter-region rate $%1/GB");
    const QString crossZoneText = QCoreApplication::translate("Analysis", "cross-zone rate $%1/GB");
    const QString sameRegionText = QCoreApplication::translate("Analysis", "same region: free");
    const QString interconnectText =
        QCoreApplication::translate("Analysis", "private interconnect rate $%1/GB");
    const QString internetText = QCoreApplication::translate(
        "Analysis", "%1 internet tiers on %2 GB/month in all, blended $%3/GB");
    const QString discountText =
        QCoreApplication::translate("Analysis", ", less %1% negotiated discount");

    // Providers by number, in order of first appearance: a design has a handful, and each link
    // asks for its sender's several times (rates, totals, discount, the provider pair).
    struct ProviderFigures {
        QString id;
        const Provider *provider = nullptr;
        double discount = 0;
        double internetGb = 0;
        bool internet = false; ///< sends to the internet
        double blended = 0;    ///< $/GB over its internet tiers
        double monthly = 0;
        bool charged = false; ///< has a charged link
        /// The formula of its links, by EgressCharge: every link a provider sends of one kind
        /// has the same rate, so the text is written once and shared (20,000 links, a handful
        /// of texts).
        std::array<QString, 5> formulas;
    };
    std::vector<ProviderFigures> providers;
    IdNumbers providerNumbers;
    const auto providerNumber = [&](const QString &id) {
        bool isNew = false;
        const int number = providerNumbers.number(id, &isNew);
        if (isNew) {
            ProviderFigures figures;
            figures.id = id;
            figures.provider = m_catalog.provider(id);
            figures.discount = design.organization.discountFraction(id);
            providers.push_back(std::move(figures));
        }
        return number;
    };
    std::vector<std::pair<int, int>> numbers; // per link: sender's and receiver's provider

    // First pass: classify each link and total the internet-bound GB per sending provider.
    numbers.reserve(design.links().size());
    const auto &ends = lookups ? lookups->linkEnds() : design.linkEnds();
    const auto serviceAt = [&](int index) {
        return index >= 0 ? &design.services()[std::size_t(index)] : nullptr;
    };
    for (std::size_t li = 0; li < design.links().size(); ++li) {
        const Link &link = design.links()[li];
        LinkEgress e;
        e.id = link.id;
        e.from = link.from;
        e.to = link.to;
        e.gb = link.gbPerMonth;
        e.path = link.path;
        e.sender = link.kind == LinkKind::Request ? link.to : link.from;
        const bool request = link.kind == LinkKind::Request;
        const PlacedService *sender = serviceAt(request ? ends[li].to : ends[li].from);
        const PlacedService *receiver = serviceAt(request ? ends[li].from : ends[li].to);
        if (!sender || !receiver) {
            report.links.push_back(std::move(e));
            numbers.push_back({-1, -1});
            continue;
        }
        e.senderProvider = sender->provider;
        e.receiverProvider = receiver->provider;
        const int from = providerNumber(sender->provider);
        numbers.push_back({from, providerNumber(receiver->provider)});
        const Provider *provider = providers[std::size_t(from)].provider;
        if (sender->provider == receiver->provider) {
            if (sender->region != receiver->region) {
                e.charge = EgressCharge::InterRegion;
                e.ratePerGb = provider ? provider->egress.interRegion : 0;
            } else if (link.crossZone) {
                e.charge = EgressCharge::CrossZone;
                e.ratePerGb = provider ? provider->egress.crossZone : 0;
            }
        } else if (link.path == NetworkPath::Interconnect) {
            e.charge = EgressCharge::Interconnect;
            e.ratePerGb = provider ? provider->egress.interconnect : 0;
        } else {
            e.charge = EgressCharge::Internet;
            providers[std::size_t(from)].internetGb += e.gb;
            providers[std::size_t(from)].internet = true;
        }
        report.links.push_back(std::move(e));
    }

    // Internet tiers apply to each provider's monthly total; every link pays its share.
    for (ProviderFigures &p : providers) {
        if (!p.internet)
            continue;
        report.internetGbByProvider[p.id] = p.internetGb;
        p.blended = p.provider && p.internetGb > 0
                        ? p.provider->egress.internetCost(p.internetGb) / p.internetGb
                        : 0;
    }

    std::map<std::pair<int, int>, ProviderPairEgress> pairs; // by provider numbers
    for (std::size_t li = 0; li < report.links.size(); ++li) {
        LinkEgress &e = report.links[li];
        const auto [from, to] = numbers[li];
        if (from < 0)
            continue; // an end names no service: nothing is charged
        ProviderFigures &sender = providers[std::size_t(from)];
        if (e.charge == EgressCharge::Internet)
            e.ratePerGb = sender.blended;
        QString &formula = sender.formulas[std::size_t(e.charge)];
        const double discount = sender.discount;
        const bool discounted = discount > 0 && e.ratePerGb > 0;
        if (formula.isNull()) {
            switch (e.charge) {
            case EgressCharge::None:
                formula = sameRegionText;
                break;
            case EgressCharge::CrossZone:
                formula = crossZoneText.arg(gNumber(e.ratePerGb));
                break;
            case EgressCharge::InterRegion:
                formula = interRegionText.arg(gNumber(e.ratePerGb));
                break;
            case EgressCharge::Interconnect:
                formula = interconnectText.arg(gNumber(e.ratePerGb));
                break;
            case EgressCharge::Internet:
                formula = internetText.arg(e.senderProvider, gNumber(sender.internetGb),
                                           gNumber(e.ratePerGb));
                break;
            }
            if (discounted)
                formula += discountText.arg(gNumber(discount * 100));
        }
        e.formula = formula;
        if (discounted) {
            e.discountPct = discount * 100;
            e.ratePerGb *= 1.0 - discount;
        }
        e.monthly = e.gb * e.ratePerGb;
        if (e.charge == EgressCharge::None)
            continue;
        report.monthlyGb += e.gb;
        report.monthlyUsd += e.monthly;
        sender.monthly += e.monthly;
        sender.charged = true;
        ProviderPairEgress &pair = pairs[{from, to}];
        pair.from = e.senderProvider;
        pair.to = e.receiverProvider;
        pair.gb += e.gb;
        pair.monthly += e.monthly;
    }
    for (const ProviderFigures &p : providers) {
        if (p.charged)
            report.byProvider[p.id] = p.monthly;
    }
    // Pairs in the order of their providers' ids, as the report lists them.
    std::map<std::pair<QString, QString>, const ProviderPairEgress *> byIds;
    for (const auto &[key, pair] : pairs)
        byIds.emplace(std::make_pair(pair.from, pair.to), &pair);
    for (const auto &[key, pair] : byIds)
        report.pairs.push_back(*pair);
    return report;
}

} // namespace skyplan

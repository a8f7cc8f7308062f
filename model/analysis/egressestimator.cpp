#include "egressestimator.h"

#include "model/catalog/catalog.h"
#include "model/design.h"
#include "model/numbertext.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <optional>

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

    // Providers by number (AnalysisLookups::providers()): a design has a handful, and each link
    // asks for its sender's several times (rates, totals, discount, the provider pair).
    std::optional<AnalysisLookups> own;
    const AnalysisLookups &looked = lookups ? *lookups : own.emplace(design, m_catalog);
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
    std::vector<ProviderFigures> providers(std::size_t(looked.providers().size()));
    for (std::size_t p = 0; p < providers.size(); ++p) {
        const QString &id = looked.providers()[qsizetype(p)];
        providers[p].id = id;
        providers[p].provider = m_catalog.provider(id);
        providers[p].discount = design.organization.discountFraction(id);
    }
    std::vector<std::pair<int, int>> numbers; // per link: sender's and receiver's provider

    // First pass: classify each link and total the internet-bound GB per sending provider.
    // Services are compared by their numbers (provider, place), not by their strings.
    numbers.reserve(design.links().size());
    const auto &ends = looked.linkEnds();
    for (std::size_t li = 0; li < design.links().size(); ++li) {
        const Link &link = design.links()[li];
        LinkEgress e;
        e.gb = link.gbPerMonth;
        e.path = link.path;
        const bool request = link.kind == LinkKind::Request;
        const int sender = request ? ends[li].to : ends[li].from;
        const int receiver = request ? ends[li].from : ends[li].to;
        if (sender < 0 || receiver < 0) {
            report.links.push_back(std::move(e));
            numbers.push_back({-1, -1});
            continue;
        }
        const int from = looked.providerOf(std::size_t(sender));
        const int to = looked.providerOf(std::size_t(receiver));
        numbers.push_back({from, to});
        e.senderProvider = providers[std::size_t(from)].id;
        e.receiverProvider = providers[std::size_t(to)].id;
        const Provider *provider = providers[std::size_t(from)].provider;
        if (from == to) {
            // One provider: one place is one region.
            if (looked.placeOf(std::size_t(sender)) != looked.placeOf(std::size_t(receiver))) {
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

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
    std::optional<AnalysisLookups> own;
    const AnalysisLookups &looked = lookups ? *lookups : own.emplace(design, m_catalog);
    EgressReport report;
    report.links.resize(design.links().size());
    fill(report, design, looked, nullptr);
    return report;
}

void EgressEstimator::reestimate(EgressReport &report, const Design &design,
                                 const AnalysisLookups &lookups,
                                 const std::vector<int> &links) const
{
    if (report.links.size() != design.links().size()) {
        report = estimate(design, &lookups);
        return;
    }
    std::vector<char> again(report.links.size(), 0);
    for (const int i : links)
        again[std::size_t(i)] = 1;
    fill(report, design, lookups, &again);
}

void EgressEstimator::fill(EgressReport &report, const Design &design,
                           const AnalysisLookups &looked, const std::vector<char> *again) const
{
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
    struct ProviderFigures {
        QString id;
        const Provider *provider = nullptr;
        double discount = 0;
        double internetGb = 0;
        bool internet = false; ///< sends to the internet
        double blended = 0;    ///< $/GB over its internet tiers
        double monthly = 0;
        bool charged = false; ///< has a charged link
        /// Its internet links are priced again (its internet total changed since `report`).
        bool repriced = false;
        /// The formula of its links, by EgressCharge: every link a provider sends of one kind
        /// has the same rate, so the text is written once and shared (20,000 links, a handful
        /// of texts).
        std::array<QString, 5> formulas;
    };
    const qsizetype providerCount = looked.providers().size();
    std::vector<ProviderFigures> providers(static_cast<std::size_t>(providerCount));
    for (std::size_t p = 0; p < providers.size(); ++p) {
        const QString &id = looked.providers()[qsizetype(p)];
        providers[p].id = id;
        providers[p].provider = m_catalog.provider(id);
        providers[p].discount = design.organization.discountFraction(id);
    }
    const auto &links = design.links();
    std::vector<std::pair<int, int>> numbers; // per link: sender's and receiver's provider
    numbers.reserve(links.size());

    // First pass: classify each link (those to do again) and total the internet-bound GB per
    // sending provider. Services are compared by their numbers (provider, place), not by their
    // strings.
    const auto &ends = looked.linkEnds();
    for (std::size_t li = 0; li < links.size(); ++li) {
        const Link &link = links[li];
        LinkEgress &e = report.links[li];
        const bool request = link.kind == LinkKind::Request;
        const int sender = request ? ends[li].to : ends[li].from;
        const int receiver = request ? ends[li].from : ends[li].to;
        if (sender < 0 || receiver < 0) {
            if (!again || (*again)[li]) {
                e = LinkEgress();
                e.gb = link.gbPerMonth;
                e.path = link.path;
            }
            numbers.push_back({-1, -1});
            continue;
        }
        const int from = looked.providerOf(std::size_t(sender));
        const int to = looked.providerOf(std::size_t(receiver));
        numbers.push_back({from, to});
        if (!again || (*again)[li]) {
            e = LinkEgress();
            e.gb = link.gbPerMonth;
            e.path = link.path;
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
            }
        }
        if (e.charge == EgressCharge::Internet) {
            providers[std::size_t(from)].internetGb += e.gb;
            providers[std::size_t(from)].internet = true;
        }
    }

    // Internet tiers apply to each provider's monthly total; every link pays its share. Done
    // again, the internet links of a provider whose total moved are priced again.
    for (ProviderFigures &p : providers) {
        if (again) {
            const auto was = report.internetGbByProvider.find(p.id);
            p.repriced = p.internet &&
                         (was == report.internetGbByProvider.end() || was->second != p.internetGb);
        }
        if (!p.internet)
            continue;
        p.blended = p.provider && p.internetGb > 0
                        ? p.provider->egress.internetCost(p.internetGb) / p.internetGb
                        : 0;
    }
    if (again) {
        report.internetGbByProvider.clear();
        report.monthlyGb = 0;
        report.monthlyUsd = 0;
        report.byProvider.clear();
        report.pairs.clear();
    }
    for (const ProviderFigures &p : providers) {
        if (p.internet)
            report.internetGbByProvider[p.id] = p.internetGb;
    }

    // The provider pairs, by sender and receiver number.
    std::vector<ProviderPairEgress> pairs(std::size_t(providerCount * providerCount));
    std::vector<char> paired(pairs.size(), 0);
    for (std::size_t li = 0; li < report.links.size(); ++li) {
        LinkEgress &e = report.links[li];
        const auto [from, to] = numbers[li];
        if (from < 0)
            continue; // an end names no service: nothing is charged
        ProviderFigures &sender = providers[std::size_t(from)];
        // A link not classified again is priced again only as an internet link of a provider
        // whose total moved: the classification's rate for the others is as it was.
        if (!again || (*again)[li] || (e.charge == EgressCharge::Internet && sender.repriced)) {
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
            e.discountPct = 0;
            if (discounted) {
                e.discountPct = discount * 100;
                e.ratePerGb *= 1.0 - discount;
            }
            e.monthly = e.gb * e.ratePerGb;
        }
        if (e.charge == EgressCharge::None)
            continue;
        report.monthlyGb += e.gb;
        report.monthlyUsd += e.monthly;
        sender.monthly += e.monthly;
        sender.charged = true;
        const std::size_t pair = std::size_t(from * providerCount + to);
        if (!paired[pair]) {
            paired[pair] = 1;
            pairs[pair].from = e.senderProvider;
            pairs[pair].to = e.receiverProvider;
        }
        pairs[pair].gb += e.gb;
        pairs[pair].monthly += e.monthly;
    }
    for (const ProviderFigures &p : providers) {
        if (p.charged)
            report.byProvider[p.id] = p.monthly;
    }
    // Pairs in the order of their providers' ids, as the report lists them.
    std::map<std::pair<QString, QString>, const ProviderPairEgress *> byIds;
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        if (paired[k])
            byIds.emplace(std::make_pair(pairs[k].from, pairs[k].to), &pairs[k]);
    }
    for (const auto &[key, pair] : byIds)
        report.pairs.push_back(*pair);
}

} // namespace skyplan

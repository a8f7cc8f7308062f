#include "egressestimator.h"

#include "model/catalog/catalog.h"
#include "model/design.h"
#include "model/numbertext.h"

#include <QCoreApplication>

#include <algorithm>

namespace skyplan {

EgressReport EgressEstimator::estimate(const Design &design) const
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

    // First pass: classify each link and total the internet-bound GB per sending provider.
    const auto &ends = design.linkEnds();
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
            continue;
        }
        e.senderProvider = sender->provider;
        e.receiverProvider = receiver->provider;
        const Provider *provider = m_catalog.provider(sender->provider);
        if (sender->provider == receiver->provider) {
            if (sender->region != receiver->region) {
                e.charge = EgressCharge::InterRegion;
                e.ratePerGb = provider ? provider->egress.interRegion : 0;
                e.formula = interRegionText.arg(gNumber(e.ratePerGb));
            } else if (link.crossZone) {
                e.charge = EgressCharge::CrossZone;
                e.ratePerGb = provider ? provider->egress.crossZone : 0;
                e.formula = crossZoneText.arg(gNumber(e.ratePerGb));
            } else {
                e.formula = sameRegionText;
            }
        } else if (link.path == NetworkPath::Interconnect) {
            e.charge = EgressCharge::Interconnect;
            e.ratePerGb = provider ? provider->egress.interconnect : 0;
            e.formula = interconnectText.arg(gNumber(e.ratePerGb));
        } else {
            e.charge = EgressCharge::Internet;
            report.internetGbByProvider[sender->provider] += e.gb;
        }
        report.links.push_back(std::move(e));
    }

    // Internet tiers apply to each provider's monthly total; every link pays its share.
    std::map<QString, double> blended;
    for (const auto &[providerId, gb] : report.internetGbByProvider) {
        const Provider *provider = m_catalog.provider(providerId);
        blended[providerId] = provider && gb > 0 ? provider->egress.internetCost(gb) / gb : 0;
    }

    std::map<std::pair<QString, QString>, ProviderPairEgress> pairs;
    for (LinkEgress &e : report.links) {
        if (e.charge == EgressCharge::Internet) {
            const double total = report.internetGbByProvider[e.senderProvider];
            e.ratePerGb = blended[e.senderProvider];
            e.formula = internetText.arg(e.senderProvider, gNumber(total), gNumber(e.ratePerGb));
        }
        const double discount = design.organization.discountFraction(e.senderProvider);
        if (discount > 0 && e.ratePerGb > 0) {
            e.discountPct = discount * 100;
            e.ratePerGb *= 1.0 - discount;
            e.formula += discountText.arg(gNumber(e.discountPct));
        }
        e.monthly = e.gb * e.ratePerGb;
        if (e.charge == EgressCharge::None)
            continue;
        report.monthlyGb += e.gb;
        report.monthlyUsd += e.monthly;
        report.byProvider[e.senderProvider] += e.monthly;
        ProviderPairEgress &pair = pairs[{e.senderProvider, e.receiverProvider}];
        pair.from = e.senderProvider;
        pair.to = e.receiverProvider;
        pair.gb += e.gb;
        pair.monthly += e.monthly;
    }
    for (auto &[key, pair] : pairs)
        report.pairs.push_back(pair);
    return report;
}

} // namespace skyplan

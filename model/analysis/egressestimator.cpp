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
    fill(report, design, looked, nullptr);
    return report;
}

void EgressEstimator::reestimate(EgressReport &report, const Design &design,
                                 const AnalysisLookups &lookups,
                                 const std::vector<int> &links) const
{
    std::vector<int> again = links;
    std::sort(again.begin(), again.end());
    again.erase(std::unique(again.begin(), again.end()), again.end());
    const bool kept = report.links.size() == design.links().size() &&
                      report.sums.providers == lookups.providers() &&
                      (again.empty() ||
                       (again.front() >= 0 && std::size_t(again.back()) < design.links().size()));
    fill(report, design, lookups, kept ? &again : nullptr);
}

void EgressEstimator::fill(EgressReport &report, const Design &design,
                           const AnalysisLookups &looked, const std::vector<int> *again) const
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

    const auto &links = design.links();
    EgressSums &sums = report.sums;
    const qsizetype providerCount = looked.providers().size();
    if (!again) {
        report.links.assign(links.size(), LinkEgress());
        sums = EgressSums();
        sums.providers = looked.providers();
        sums.byProvider.resize(std::size_t(providerCount));
        sums.pairs.resize(std::size_t(providerCount * providerCount));
    }

    // Providers by number (AnalysisLookups::providers()): a design has a handful, and each link
    // asks for its sender's several times (rates, totals, discount, the provider pair).
    struct ProviderFigures {
        QString id;
        const Provider *provider = nullptr;
        double discount = 0;
        double internetGbBefore = 0;
        double blended = 0; ///< $/GB over its internet tiers
        /// Its internet links are priced again (its internet total changed since `report`).
        bool repriced = false;
        /// The formula of its links, by EgressCharge: every link a provider sends of one kind
        /// has the same rate, so the text is written once and shared (20,000 links, a handful
        /// of texts).
        std::array<QString, 5> formulas;
    };
    std::vector<ProviderFigures> providers(static_cast<std::size_t>(providerCount));
    for (std::size_t p = 0; p < providers.size(); ++p) {
        const QString &id = looked.providers()[qsizetype(p)];
        providers[p].id = id;
        providers[p].provider = m_catalog.provider(id);
        providers[p].discount = design.organization.discountFraction(id);
        providers[p].internetGbBefore = sums.byProvider[p].internetGb.value();
    }
    const auto numberOf = [&](const QString &provider) {
        return int(looked.providers().indexOf(provider));
    };
    // What a link adds to the sums (`sign` 1) or, priced as it was, takes away (-1). A link
    // with no charge adds nothing, whatever its volume.
    const auto count = [&](const LinkEgress &e, int from, int to, int sign) {
        if (e.charge == EgressCharge::None)
            return;
        EgressSums::Pair &pair = sums.pairs[std::size_t(from * providerCount + to)];
        pair.gb.add(e.gb, sign);
        pair.monthly.add(e.monthly, sign);
        pair.links += sign;
    };
    const auto countInternet = [&](const LinkEgress &e, int from, int sign) {
        if (e.charge != EgressCharge::Internet)
            return;
        EgressSums::Provider &sender = sums.byProvider[std::size_t(from)];
        sender.internetGb.add(e.gb, sign);
        sender.internetLinks += sign;
    };

    // The links priced again take away what they added, as they were priced.
    if (again) {
        for (const int li : *again) {
            const LinkEgress &e = report.links[std::size_t(li)];
            if (e.charge == EgressCharge::None)
                continue;
            const int from = numberOf(e.senderProvider);
            const int to = numberOf(e.receiverProvider);
            countInternet(e, from, -1);
            count(e, from, to, -1);
        }
    }

    // Classify each link (those to do again) and total the internet-bound GB per sending
    // provider. Services are compared by their numbers (provider, place), not by their strings.
    // A link's sending and receiving services: a request's response flows back, so its
    // callee sends.
    const auto &ends = looked.linkEnds();
    const auto senderAndReceiver = [&](std::size_t li) {
        return links[li].kind == LinkKind::Request ? std::pair(ends[li].to, ends[li].from)
                                                   : std::pair(ends[li].from, ends[li].to);
    };
    const std::size_t classified = again ? again->size() : links.size();
    std::vector<std::pair<int, int>> numbers; // per link classified: sender's, receiver's provider
    numbers.reserve(classified);
    for (std::size_t k = 0; k < classified; ++k) {
        const std::size_t li = again ? std::size_t((*again)[k]) : k;
        const Link &link = links[li];
        LinkEgress &e = report.links[li];
        e = LinkEgress();
        e.gb = link.gbPerMonth;
        e.path = link.path;
        const auto [sender, receiver] = senderAndReceiver(li);
        if (sender < 0 || receiver < 0) {
            numbers.push_back({-1, -1}); // an end names no service: nothing is charged
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
        }
        countInternet(e, from, 1);
    }

    // Internet tiers apply to each provider's monthly total; every link pays its share. Done
    // again, the internet links of a provider whose total moved are priced again: their rate
    // and their formula, which names the total.
    bool repriced = false;
    for (std::size_t p = 0; p < providers.size(); ++p) {
        ProviderFigures &figures = providers[p];
        const EgressSums::Provider &sent = sums.byProvider[p];
        if (sent.internetLinks == 0)
            continue;
        const double gb = sent.internetGb.value();
        figures.blended =
            figures.provider && gb > 0 ? figures.provider->egress.internetCost(gb) / gb : 0;
        figures.repriced = again && gb != figures.internetGbBefore;
        repriced = repriced || figures.repriced;
    }

    const auto price = [&](LinkEgress &e, ProviderFigures &sender) {
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
            case EgressCharge::Internet: {
                const double gb =
                    sums.byProvider[std::size_t(&sender - providers.data())].internetGb.value();
                formula = internetText.arg(e.senderProvider, gNumber(gb), gNumber(e.ratePerGb));
                break;
            }
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
    };

    // The internet links of a repriced provider that were not classified again: their charge
    // and volume are as they were, their rate is not.
    if (repriced) {
        auto next = again->begin();
        for (std::size_t li = 0; li < links.size(); ++li) {
            if (next != again->end() && std::size_t(*next) == li) {
                ++next;
                continue;
            }
            LinkEgress &e = report.links[li];
            if (e.charge != EgressCharge::Internet)
                continue;
            const auto [senderService, receiverService] = senderAndReceiver(li);
            const int from = looked.providerOf(std::size_t(senderService));
            ProviderFigures &sender = providers[std::size_t(from)];
            if (!sender.repriced)
                continue;
            const int to = looked.providerOf(std::size_t(receiverService));
            count(e, from, to, -1);
            price(e, sender);
            count(e, from, to, 1);
        }
    }
    for (std::size_t k = 0; k < classified; ++k) {
        const auto [from, to] = numbers[k];
        if (from < 0)
            continue;
        LinkEgress &e = report.links[again ? std::size_t((*again)[k]) : k];
        price(e, providers[std::size_t(from)]);
        count(e, from, to, 1);
    }

    // The totals, read off the pairs' sums: by sender, and in all.
    ExactSum gb;
    ExactSum usd;
    std::vector<ExactSum> sent(providers.size());
    std::vector<int> charged(providers.size(), 0);
    // Pairs in the order of their providers' ids, as the report lists them.
    std::map<std::pair<QString, QString>, ProviderPairEgress> byIds;
    for (std::size_t k = 0; k < sums.pairs.size(); ++k) {
        const EgressSums::Pair &pair = sums.pairs[k];
        if (pair.links <= 0)
            continue;
        const std::size_t sender = k / std::size_t(providerCount);
        gb += pair.gb;
        usd += pair.monthly;
        sent[sender] += pair.monthly;
        charged[sender] += pair.links;
        const QString &from = providers[sender].id;
        const QString &to = providers[k % std::size_t(providerCount)].id;
        byIds.emplace(std::make_pair(from, to),
                      ProviderPairEgress{from, to, pair.gb.value(), pair.monthly.value()});
    }
    report.monthlyGb = gb.value();
    report.monthlyUsd = usd.value();
    report.byProvider.clear();
    report.internetGbByProvider.clear();
    for (std::size_t p = 0; p < providers.size(); ++p) {
        if (charged[p] > 0)
            report.byProvider[providers[p].id] = sent[p].value();
        if (sums.byProvider[p].internetLinks > 0)
            report.internetGbByProvider[providers[p].id] = sums.byProvider[p].internetGb.value();
    }
    report.pairs.clear();
    for (const auto &[key, pair] : byIds)
        report.pairs.push_back(pair);
}

} // namespace skyplan

#pragma once

#include "analysislookups.h"
#include "exactsum.h"
#include "model/enums.h"

#include <QString>

#include <map>
#include <vector>

namespace skyplan {

class Catalog;
class Design;

/// What kind of transfer charge a link incurs.
enum class EgressCharge {
    None,         ///< same provider and region: free
    CrossZone,    ///< same region, another zone
    InterRegion,  ///< same provider, another region
    Internet,     ///< to another provider or the internet, on the sender's internet tiers
    Interconnect, ///< over a private interconnect, at its per-GB rate
};

template<> struct EnumKeys<EgressCharge> {
    static constexpr std::pair<EgressCharge, std::string_view> table[] = {
        {EgressCharge::None, "none"},
        {EgressCharge::CrossZone, "cross_zone"},
        {EgressCharge::InterRegion, "inter_region"},
        {EgressCharge::Internet, "internet"},
        {EgressCharge::Interconnect, "interconnect"},
    };
};

inline QString egressChargeKey(EgressCharge charge)
{
    return enumKeyString(charge);
}

/// The egress of one link. A report's links are in the design's order, so the link is
/// design.links()[i] (no copies of its id and ends: 20,000 links' strings, first touched by
/// the estimate, took a fifth of it). egressSender() names the service that pays.
struct LinkEgress {
    QString senderProvider;
    QString receiverProvider;
    NetworkPath path = NetworkPath::Internet;
    EgressCharge charge = EgressCharge::None;
    double gb = 0;
    double ratePerGb = 0; ///< effective: tiers blended pro rata, after the negotiated discount
    double monthly = 0;   ///< gb x ratePerGb
    double discountPct = 0;
    QString formula;
};

/// The service whose provider pays for a link's egress: the one that sends the data (`from`;
/// `to` for a request link, whose response carries it).
inline const QString &egressSender(const Link &link)
{
    return link.kind == LinkKind::Request ? link.to : link.from;
}

struct ProviderPairEgress {
    QString from;
    QString to;
    double gb = 0;
    double monthly = 0;
};

/// What an egress report's totals are read off, kept with it so that an update takes away and
/// adds only the links it prices again, and still gets the totals a fresh estimate adds up
/// (ExactSum). Providers are numbered as in AnalysisLookups::providers(). The totals by sender
/// and in all are the pairs' sums added up: exact sums add up to the sum of their figures.
struct EgressSums {
    struct Provider {
        ExactSum internetGb; ///< the GB its internet tiers apply to
        int internetLinks = 0;
    };
    struct Pair {
        ExactSum gb;
        ExactSum monthly;
        int links = 0; ///< links with a charge (possibly of $0)
    };
    QStringList providers;
    std::vector<Provider> byProvider;
    std::vector<Pair> pairs; ///< by sender x providers.size() + receiver
};

struct EgressReport {
    std::vector<LinkEgress> links;         ///< in design order
    std::vector<ProviderPairEgress> pairs; ///< sender provider -> receiver provider, sorted
    std::map<QString, double> byProvider;  ///< USD charged to each sending provider
    std::map<QString, double> internetGbByProvider;
    double monthlyGb = 0; ///< GB that leave a region or zone
    double monthlyUsd = 0;
    EgressSums sums;
};

/// Prices data transfer. Each link's monthly GB is charged to the sending side: same provider
/// and region free (or the cross-zone rate when the link says cross_zone); same provider,
/// another region at that provider's inter-region rate; another provider or the internet on the
/// sender's internet tiers, applied to the provider's monthly total of internet-bound GB (as the
/// clouds bill it) with each link charged its pro-rata share; a private interconnect at its
/// per-GB rate. Ingress is free. On request links the GB are the responses, sent by `to`.
class EgressEstimator {
public:
    explicit EgressEstimator(const Catalog &catalog) : m_catalog(catalog) {}
    /// `lookups`: the design's link ends, when the caller has them.
    EgressReport estimate(const Design &design, const AnalysisLookups *lookups = nullptr) const;
    /// After edits of the volume, path or zones of the links at `links`, or of the provider or
    /// region of a service at one of their ends (and of nothing else since `report` was made
    /// of `design`; no link or service added or removed):
    /// classifies those links again, prices again them and the internet links of the
    /// providers whose internet total changed, and adds the totals up again, to the very
    /// figures estimate() would give. `lookups`: made of `design`.
    void reestimate(EgressReport &report, const Design &design, const AnalysisLookups &lookups,
                    const std::vector<int> &links) const;

private:
    /// estimate()'s work on `report`: with `again` null, every link; else the links at the
    /// sorted, distinct indices in it, as reestimate() says.
    void fill(EgressReport &report, const Design &design, const AnalysisLookups &lookups,
              const std::vector<int> *again) const;
    const Catalog &m_catalog;
};

} // namespace skyplan

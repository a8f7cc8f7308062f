#pragma once

#include "enums.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace skyplan {

/// Who the design is for: the facts the analyses weigh a design against (budget, team size,
/// availability target, regulatory regimes, signed BAAs, negotiated discounts).
struct OrganizationProfile {
    int teamEngineers = 0;
    double annualCloudSpendUsd = 0;
    double monthlyBudgetUsd = 0;
    double availabilityTarget = 0; ///< a fraction such as 0.9999; 0 = none stated
    QStringList regimes;           ///< e.g. gdpr, hipaa, pci_dss, ccpa
    QStringList baaSigned;         ///< providers with a signed HIPAA business associate agreement
    QMap<QString, double> negotiatedDiscountPct; ///< provider -> percent off every charge

    double discountFraction(const QString &provider) const
    {
        return negotiatedDiscountPct.value(provider, 0.0) / 100.0;
    }
    bool operator==(const OrganizationProfile &) const = default;
};

/// An on-premises site declared by the design (the catalog has a few generic ones too).
struct OnPremSite {
    QString id;
    QString name;
    QString country; ///< ISO 3166-1 alpha-2
    bool operator==(const OnPremSite &) const = default;
};

struct CanvasPosition {
    double x = 0;
    double y = 0;
    bool operator==(const CanvasPosition &) const = default;
};

/// One service placed in a provider's region, with the sizing the cost engine prices and the
/// data facts the compliance analysis reads.
struct PlacedService {
    QString id;       ///< stable, unique in the design
    QString provider; ///< catalog provider id (aws, gcp, azure, onprem)
    QString service;  ///< catalog service id (s3, bigquery, ...)
    QString region;   ///< catalog region id or on-prem site id
    QString label;
    QString role;    ///< dotted path in the allocation spec (ml_platform.training.large_models)
    QString reason;  ///< why this provider was chosen for this role
    QString compute; ///< the spec's free-form `compute` hint, kept as written

    QString instanceType; ///< empty for services priced without instance types
    int instances = 1;
    double hoursPerDay = 24;
    double daysPerWeek = 7;
    PricingModel pricing = PricingModel::OnDemand;
    Deployment deployment = Deployment::SingleZone;
    double storageGb = 0;
    StorageTier storageTier = StorageTier::Standard;
    double tbScannedPerMonth = 0;
    double requestsMillionsPerMonth = 0;
    double tokensMillionsPerMonth = 0;

    DataClassification classification = DataClassification::Internal;
    QString dataOrigin; ///< ISO country code or "EU"; empty when the service originates no data
    bool encryptionAtRest = true;
    bool encryptionInTransit = true;

    QMap<QString, QString> tags; ///< FinOps tags: project, environment, team, cost-centre, owner
    CanvasPosition position;

    double availability = 0; ///< overrides the catalog SLA when above 0 (a fraction)
    WorkloadType workloadType = WorkloadType::None;
    DrStrategy drStrategy = DrStrategy::None;

    bool operator==(const PlacedService &) const = default;
};

/// Services that can stand in for each other. A request link to any member means "needs any
/// one of them" (k of them for k-of-n).
struct RedundancyGroup {
    QString name;
    RedundancyMode mode = RedundancyMode::ActiveActive;
    QStringList members;
    int k = 1; ///< members needed (k-of-n); 1 for active-active and active-passive
    Failover failover = Failover::Automatic;
    double rtoMinutes = 0; ///< stated recovery time (0: the strategy's typical figure)
    double rpoMinutes = 0;
    bool operator==(const RedundancyGroup &) const = default;
};

/// One side of a disaster-recovery plan, as in Lecture 01's `disaster_recovery:` example.
struct DrSite {
    QString cloud;
    QString region;
    QString capacity; ///< as written, e.g. "100%"
    bool operator==(const DrSite &) const = default;
};

/// The lecture's `disaster_recovery:` block: an active-passive (or active-active) plan between
/// two clouds with failover targets in seconds.
struct DisasterRecoveryPlan {
    QString name;
    RedundancyMode mode = RedundancyMode::ActivePassive;
    DrSite primary;
    DrSite standby;
    bool automatic = true;
    double rtoSeconds = 0;
    double rpoSeconds = 0;
    QMap<QString, QString> synchronization;
    WorkloadType workloadType = WorkloadType::RealTimeInference;
    bool operator==(const DisasterRecoveryPlan &) const = default;
};

/// A region as the lecture's `compliance_requirements:` lists it: "eu-west-1 (AWS)".
struct ComplianceRegion {
    QString region;
    QString provider; ///< as written ("AWS"); matched to a provider id or short name
    bool operator==(const ComplianceRegion &) const = default;
};

/// One regime of `compliance_requirements:` (gdpr, ccpa, ...): where its data may live and what
/// it requires, e.g. {data_residency: EU, right_to_deletion: enabled}.
struct RegimeRequirements {
    QString regime;
    std::vector<ComplianceRegion> regions;
    std::vector<std::pair<QString, QString>> requirements; ///< in written order
    bool operator==(const RegimeRequirements &) const = default;
};

struct ComplianceRequirements {
    std::vector<RegimeRequirements> regimes;
    std::vector<std::pair<QString, QString>> piiHandling; ///< encryption_at_rest: required, ...
    bool isEmpty() const { return regimes.empty() && piiHandling.empty(); }
    bool operator==(const ComplianceRequirements &) const = default;
};

/// A directed connection between two placed services.
struct Link {
    QString id;
    QString from;
    QString to;
    LinkKind kind = LinkKind::Data;
    double gbPerMonth = 0;
    NetworkPath path = NetworkPath::Internet;
    bool crossZone = false;  ///< same region, another availability zone
    bool anonymized = false; ///< personal data is anonymised or aggregated before it is sent
    TransferMechanism transferMechanism = TransferMechanism::None;
    QString label;

    bool operator==(const Link &) const = default;
};

/// A named part of the canvas for presentations (View > Saved Views, F5): the area to show and
/// the layers to leave out, so a workshop can walk through a design step by step.
struct SavedView {
    QString name;
    double x = 0; ///< the canvas area, in canvas units
    double y = 0;
    double width = 0;
    double height = 0;
    /// Layers hidden in this view: "frames", "data" (data flows), "requests", "replication",
    /// "labels" (link labels and service costs).
    QStringList hiddenLayers;
    bool operator==(const SavedView &) const = default;
};

/// A whole design: metadata, organisation profile, placed services and links. Services and
/// links keep their insertion order (files are written in that order) and are found by id in
/// constant time.
class Design {
public:
    QString name;
    QString description;
    OrganizationProfile organization;
    std::vector<OnPremSite> sites;
    QStringList entryPoints; ///< the user-facing services whose availability matters
    std::vector<RedundancyGroup> redundancyGroups;
    std::vector<DisasterRecoveryPlan> disasterRecovery;
    ComplianceRequirements complianceRequirements;
    std::vector<SavedView> views; ///< canvas-only: in .skyplan files, not in YAML specs

    const std::vector<PlacedService> &services() const { return m_services; }
    const std::vector<Link> &links() const { return m_links; }

    const PlacedService *service(const QString &id) const;
    /// Mutable access for edits that keep the id; use renameService() to change it.
    PlacedService *service(const QString &id);
    int serviceIndex(const QString &id) const { return m_serviceIndex.value(id, -1); }
    const Link *link(const QString &id) const;
    Link *link(const QString &id);
    int linkIndex(const QString &id) const { return m_linkIndex.value(id, -1); }
    /// Where a link starts and ends, as indices into services() (-1: no such service).
    struct LinkEnds {
        int from = -1;
        int to = -1;
    };
    /// The ends of every link, in links() order: what each analysis would otherwise find by
    /// hashing 2 ids per link (a tenth of the analysis of 10,000 services). Kept between
    /// calls and checked against the links and services at each call, which costs a string
    /// comparison per end: any edit since, through whatever accessor, is seen and rebuilds it.
    const std::vector<LinkEnds> &linkEnds() const;
    const OnPremSite *site(const QString &id) const;

    /// Inserts at `index` (-1 appends). The id must be new.
    void insertService(PlacedService service, int index = -1);
    PlacedService takeService(const QString &id);
    void insertLink(Link link, int index = -1);
    Link takeLink(const QString &id);

    /// Ids of the links that start or end at a service.
    QStringList linksOf(const QString &serviceId) const;
    /// A service id not yet used, built from `base` ("s3", "s3_2", ...).
    QString uniqueServiceId(const QString &base) const;
    QString uniqueLinkId(const QString &base) const;
    QStringList providers() const;

    bool operator==(const Design &other) const;

private:
    void reindexServices();
    void reindexLinks();

    std::vector<PlacedService> m_services;
    std::vector<Link> m_links;
    QHash<QString, int> m_serviceIndex;
    QHash<QString, int> m_linkIndex;
    // site() lookups: `sites` is a plain public vector, so the index remembers which vector it
    // was built from and every hit is checked against it; a mismatch rebuilds it. Not for
    // concurrent use of one Design (like the rest of its const API, it is used from one thread).
    mutable QHash<QString, int> m_siteIndex;
    mutable std::vector<LinkEnds> m_linkEnds; ///< linkEnds(), as last checked
    mutable const OnPremSite *m_siteIndexData = nullptr;
    mutable std::size_t m_siteIndexSize = 0;
};

} // namespace skyplan

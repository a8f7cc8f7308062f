#pragma once

#include "analysislookups.h"
#include "exactsum.h"
#include "model/design.h"
#include "model/enums.h"

#include <QHash>

#include <QString>

#include <array>
#include <map>
#include <memory>
#include <vector>

namespace skyplan {

class Catalog;
class Design;
struct PlacedService;
struct PriceDimension;
struct InstanceType;
struct Provider;
struct EgressReport;

/// One invoice line: quantity x rate = monthly, in the style of Infracost's breakdown.
struct CostComponent {
    QString item;
    double quantity = 0;
    QString unit;
    double rate = 0; ///< USD per unit
    double monthly = 0;
    CostCategory category = CostCategory::Managed;
    bool discount = false; ///< the negotiated-discount line (spread over the categories)
    /// How quantity and rate were found, for tooltips and reports. Written by the estimate of
    /// one service and by formulas(); a design's estimate leaves it empty (70,000 formulas
    /// were a fifth of the analysis of 10,000 services, and a panel shows a few at a time).
    QString formula;
    bool operator==(const CostComponent &) const = default;
};

/// The price of one service. A report's services are in the design's order, so the service is
/// design.services()[i] (no copy of its id: copying 10,000 ids took a tenth of an analysis).
struct ServiceCost {
    double monthly = 0;
    std::vector<CostComponent> components;
    QString problem; ///< why the service could not be priced (unknown in the catalog)
    bool operator==(const ServiceCost &) const = default;
};

/// What a cost report's totals of the services are read off, kept with it so that repricing a
/// few services takes away and adds theirs alone, and still gets the totals a fresh estimate
/// adds up (ExactSum). Providers are numbered as in AnalysisLookups::providers(); the total of
/// the services is their spend added up.
struct CostSums {
    QStringList providers;
    std::vector<double> keep;    ///< per provider: 1 - its negotiated discount
    std::vector<int> providerOf; ///< per service: the provider its price was added to
    std::vector<ExactSum> spend; ///< per provider
    std::array<ExactSum, std::size(enumValues<CostCategory>())> byCategory;
};

struct CostReport {
    std::vector<ServiceCost> services;
    std::map<QString, double> byProvider;      ///< services and egress charged to the sender
    std::map<CostCategory, double> byCategory; ///< compute, storage, network, managed, egress
    double servicesMonthly = 0;
    double egressMonthly = 0;
    double monthly = 0; ///< servicesMonthly + egressMonthly
    double annual() const { return monthly * 12; }
    CostSums sums;
};

/// What an earlier estimate priced, for the next one (the editor keeps one per design): a
/// service whose fields are unchanged, under the same organisation profile, sites and
/// catalog, keeps its ServiceCost. An edit then prices one service instead of all of them.
class CostCache {
private:
    friend class CostEstimator;
    const void *m_catalog = nullptr;
    OrganizationProfile m_organization;
    std::vector<OnPremSite> m_sites;
    QHash<QString, std::pair<PlacedService, ServiceCost>> m_byId;
};

/// Prices placed services from the catalog. Rules (docs/cost-model.md): 730 hours a month; a
/// schedule of H hours a day on D days a week runs 730 x (H x D) / 168 hours; instances
/// multiply; the pricing model picks its rate; storage is GB x tier rate; scans are TB x rate;
/// fixed fees (control planes, ports) run 730 hours; a provider's negotiated discount applies to
/// all of that provider's charges, as a line of its own.
class CostEstimator {
public:
    static constexpr double hoursPerMonth = 730.0;
    static double scheduledHours(double hoursPerDay, double daysPerWeek)
    {
        return hoursPerMonth * hoursPerDay * daysPerWeek / 168.0;
    }

    explicit CostEstimator(const Catalog &catalog);

    /// One service, with the formulas of its lines.
    ServiceCost estimate(const PlacedService &service, const Design &design) const;
    /// The formulas of the lines estimate() gives `service`, in their order: for the lines of
    /// a design's estimate, which leaves them out.
    std::vector<QString> formulas(const PlacedService &service, const Design &design) const;
    /// Every service, plus the egress charges in the totals; lines without formulas.
    /// `lookups`: the design's catalog entries, when the caller has them.
    CostReport estimate(const Design &design, const EgressReport &egress,
                        CostCache *cache = nullptr, const AnalysisLookups *lookups = nullptr) const;
    /// After edits of the sizing of the services at `indices` (and nothing else since `report`
    /// was made of `design`): prices those services again and adds the totals up again, to
    /// the very figures estimate() would give.
    /// `lookups`: the design's catalog entries, when the caller has them.
    void reprice(CostReport &report, const Design &design, const EgressReport &egress,
                 const std::vector<int> &indices, CostCache *cache = nullptr,
                 const AnalysisLookups *lookups = nullptr) const;

private:
    /// report.sums made again over every service.
    static void sumAll(CostReport &report, const Design &design, const AnalysisLookups &lookups);
    /// The totals of a report, read off its sums and the egress.
    void readTotals(CostReport &report, const EgressReport &egress) const;
    ServiceCost price(const PlacedService &service, const Design &design, bool formulas,
                      const AnalysisLookups::Entry &catalogEntries) const;
    QString dimensionBasis(const PriceDimension &d, const PlacedService &s, double used) const;
    QString computeItem(const Provider &provider, const InstanceType &type,
                        PricingModel pricing) const;
    struct Texts;
    const Catalog &m_catalog;
    std::shared_ptr<const Texts> m_texts; ///< its texts in the interface language, looked up once
    /// Invoice items, made once per estimator (the catalog outlives it): computeItem() by
    /// instance type and pricing model, an owned type's (-1), a tiered dimension's by tier.
    QString &item(const void *catalogEntry, int variant) const;
    mutable std::map<std::pair<const void *, int>, QString> m_items;
    mutable std::map<double, QString> m_discountItems; ///< by discount fraction
};

} // namespace skyplan

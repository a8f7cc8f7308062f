#pragma once

#include <QString>
#include <QStringList>

#include "analysislookups.h"
#include "exactsum.h"

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace skyplan {

class Catalog;
class Design;
struct AvailabilityReport;
struct ComplianceReport;
struct CostReport;
struct EgressReport;
struct ServiceOffering;

struct MaturityCriterionResult {
    int level = 0;
    QString id;
    QString text;
    bool met = false;
    QString evidence; ///< what in the design made it met or not
};

struct AntiPatternFinding {
    QString id;
    QString name;
    QString message;
    QStringList subjects; ///< services (or links) that show it
};

struct LockIn {
    double proprietaryShare = 0; ///< of monthly service spend
    double proprietaryMonthlyUsd = 0;
    double exitCostUsd = 0; ///< one-off egress to move every provider's stored data out
    std::map<QString, double> exitCostByProvider;
};

struct MulticloudVerdict {
    bool justified = false;
    QString verdict; ///< yes | no | borderline
    QStringList reasonsFor;
    QStringList reasonsAgainst;
};

struct MaturityReport {
    int level = 0;
    QString levelName;
    std::vector<MaturityCriterionResult> checklist;
    QStringList missingForNext;
    LockIn lockIn;
    double crossCloudEgressShare = 0;
    std::vector<AntiPatternFinding> antiPatterns;
    MulticloudVerdict decision;
};

/// What the maturity assessment reads from a design apart from its figures (prices, sizes,
/// schedules and pricing models): providers, catalog offerings, reasons, links' egress,
/// redundancy groups, entry points, regimes. After an edit of a service's sizing it is the
/// same, and the assessment reuses it (LiveAnalysis).
struct MaturityStructure {
    QStringList providers;                          ///< the services' providers, sorted
    std::vector<int> providerOf;                    ///< per service: index into providers
    std::vector<const ServiceOffering *> offerings; ///< per service (null: not in the catalog)
    std::vector<char> tpuTypes;  ///< per service: its offering has a TPU instance type
    QStringList publicClouds;    ///< as Design::providers() lists them
    std::vector<int> unreasoned; ///< public-cloud services without a stated reason
    QStringList manualCritical;  ///< manual failovers on the way of an entry point
    /// The criteria that do not read figures, by id: met, and the evidence.
    std::map<QString, std::pair<bool, QString>> criteria;
    double crossCloudEgressUsd = 0;
    QStringList costlyCrossCloudLinks;
    int regions = 0;
    int continents = 0;
    int regimes = 0;
    bool inconsistentDeployment = false; ///< workloads on clouds without managed Kubernetes
    QStringList inconsistentSubjects;
    QStringList kubernetesProviders; ///< sorted, when inconsistentDeployment
    /// What assess() adds up over every service from the services' sizes, schedules and
    /// prices, kept for the next assess() with this structure: read from 10,000 services
    /// (whose memory an edit elsewhere has not touched) they were a third of the cache misses
    /// of an analysis after a data edit. updateReasons() forgets them; whoever changes a
    /// service's price or sizing brings them up to date with updatePrices() (LiveAnalysis).
    /// The sums are exact (ExactSum): brought up to date service by service, they are what
    /// adding up every service gives.
    struct Figures {
        std::vector<double> spend;    ///< by provider
        std::vector<double> storedGb; ///< by provider
        int main = -1;                ///< the provider with the most spend
        double proprietaryMonthlyUsd = 0;
        QStringList withoutReason; ///< outside the main provider
        QStringList optimised;     ///< on a cost optimisation
        // What the figures above are read off (spend: the cost report's sums).
        std::vector<ExactSum> storedGbSums; ///< by provider
        ExactSum proprietarySum;
        std::vector<double> priced;       ///< per service: the price added to the sums
        std::vector<double> stored;       ///< per service: the stored GB added
        std::vector<char> onOptimisation; ///< per service
    };
    mutable std::optional<Figures> figures;
};

/// Scores a design on Lecture 01's multi-cloud maturity model (levels 0-4), measures lock-in,
/// detects the lecture's anti-patterns and applies its "is multi-cloud justified?" framework.
/// Criteria, thresholds and texts come from catalogs/policies/maturity.yaml.
class MaturityAssessor {
public:
    explicit MaturityAssessor(const Catalog &catalog) : m_catalog(catalog) {}
    MaturityReport assess(const Design &design, const CostReport &cost, const EgressReport &egress,
                          const AvailabilityReport &availability,
                          const ComplianceReport &compliance) const;
    /// The two halves of assess(): what does not depend on figures, and the report from it.
    /// `lookups`: the design's catalog entries, when the caller has them.
    MaturityStructure structure(const Design &design, const EgressReport &egress,
                                const AvailabilityReport &availability,
                                const ComplianceReport &compliance,
                                const AnalysisLookups *lookups = nullptr) const;
    /// The second half keeps its sums over the services in `structure` (Figures): a structure
    /// assessed again must be of the same services at the same prices, or have forgotten them.
    MaturityReport assess(const Design &design, const CostReport &cost,
                          const MaturityStructure &structure) const;

    /// The parts of a structure that read one input each, for an editor that changed only
    /// that input since structure() made it: the egress report (the cross-cloud egress and
    /// its costly links), the compliance report (the regimes in scope), the services' stated
    /// reasons. Each gives what structure() would give.
    /// `ends`: the design's link ends (AnalysisLookups::linkEnds()).
    static void updateEgress(MaturityStructure &structure, const Design &design,
                             const EgressReport &egress, const std::vector<Design::LinkEnds> &ends);
    static void updateCompliance(MaturityStructure &structure, const ComplianceReport &compliance);
    static void updateReasons(MaturityStructure &structure, const Design &design);
    /// After edits of the prices or sizing of the services at `services` (now priced by
    /// `cost`): the structure's figures brought up to date, when it holds them.
    static void updatePrices(MaturityStructure &structure, const Design &design,
                             const CostReport &cost, const std::vector<int> &services);
    /// After edits of the region or deployment of the services at `moved` (and of nothing
    /// else but the egress, regimes, reasons and prices, which their own updates bring): the
    /// regions and continents in use again. False, with nothing changed, when a moved service's
    /// provider or offering is not the structure's: then make the structure again.
    bool updatePlaces(MaturityStructure &structure, const Design &design,
                      const AnalysisLookups &lookups, const std::vector<int> &moved) const;

private:
    /// MaturityStructure::Figures of `design` priced by `cost` (made by CostEstimator: its
    /// sums hold the spend by provider).
    static MaturityStructure::Figures figures(const Design &design, const CostReport &cost,
                                              const MaturityStructure &structure);
    /// What a service adds to the figures (`sign` 1) or, as it was added, takes away (-1).
    static void count(MaturityStructure::Figures &figures, const MaturityStructure &structure,
                      std::size_t service, int sign);
    /// The figures read off their sums: spend, stored data, the main provider, proprietary
    /// spend; the services without a reason outside the main provider when `reasons`, and
    /// the services on a cost optimisation when `optimised`.
    static void readFigures(MaturityStructure::Figures &figures, const Design &design,
                            const CostReport &cost, const MaturityStructure &structure,
                            bool reasons, bool optimised);
    /// The regions and continents the places of `lookups` are in.
    void countPlaces(MaturityStructure &structure, const AnalysisLookups &lookups) const;
    const Catalog &m_catalog;
};

} // namespace skyplan

#pragma once

#include "availability.h"
#include "compliance.h"
#include "costestimator.h"
#include "disasterrecovery.h"
#include "egressestimator.h"
#include "maturity.h"
#include "model/document/designchange.h"

#include <QSet>

#include <optional>

namespace skyplan {

/// A target the organisation profile sets that the design misses (an entry point below the
/// availability target, a workload whose recovery misses its RTO/RPO).
struct UnmetTarget {
    QString kind; ///< availability | dr
    QString subject;
    Severity severity = Severity::Error;
    QString message;
};

/// Everything the analyses say about one design, computed together.
struct DesignAnalysis {
    EgressReport egress;
    CostReport cost;
    AvailabilityReport availability;
    std::vector<DrCheck> dr;
    ComplianceReport compliance;
    MaturityReport maturity;
    std::vector<UnmetTarget> unmetTargets;
};

/// What one analysis keeps for the next analysis of the same design (an editor holds one):
/// results of parts that an edit did not touch.
struct AnalysisCache {
    CostCache cost;
    ComplianceCache compliance;
    /// The request graph, kept for the live analysis (a whole analysis builds it again).
    AvailabilityCache availability;
};

DesignAnalysis analyzeDesign(const Design &design, const Catalog &catalog,
                             AnalysisCache *cache = nullptr);

/// The analysis of one design kept up to date as it is edited (an editor holds one). It is
/// told of every change; when next asked it computes again only the analyses those changes
/// can reach (docs/editor.md has the table):
/// - a service's sizing: its price, the totals, maturity;
/// - a service's label, role, reason or tags: compliance (its texts name the service by its
///   label), maturity (the stated reasons);
/// - a service's or a link's data fields: compliance (those subjects, and the ones their data
///   reaches), maturity;
/// - a service's resilience fields: availability (on the request graph it keeps, solving
///   again only the entry points that depend on a changed service), disaster recovery,
///   maturity;
/// - the entry points or the redundancy groups: the same with the graph built again, and the
///   maturity structure;
/// - a link's volume, path or zones: the egress of those links (and of their provider's internet
///   links when its internet total moves), the cost totals, maturity;
/// - a link's label, the design's name or description: nothing;
/// - a service's placement (provider, service, region, deployment): its price, the egress of
///   its links, availability (as for a resilience field, the moved service counting as
///   changed), disaster recovery, the compliance of what it reaches, the regions in the
///   maturity structure (the whole structure when its provider or service changed);
/// - anything else (a link's kind, the organisation profile, the sites, a service or link
///   added or removed): the whole analysis, which still reuses the prices and findings of
///   what did not change.
/// Maturity is assessed again from the structure it kept, whose parts that read the egress,
/// the compliance regimes and the reasons are brought up to date alone.
class LiveAnalysis {
public:
    /// What an update computed again.
    enum class Part : unsigned {
        None = 0,
        Prices = 1 << 0,           ///< the prices of the services whose sizing changed
        Egress = 1 << 1,           ///< the egress estimate, and the cost totals with it
        Availability = 1 << 2,     ///< availability, and the targets it misses
        DisasterRecovery = 1 << 3, ///< the DR checks, and the targets they miss
        Compliance = 1 << 4,
        Structure = 1 << 5, ///< the whole maturity structure (entry points, groups)
        Whole = 1 << 6,     ///< the whole analysis
    };
    Q_DECLARE_FLAGS(Parts, Part)

    void noteChange(const DesignChange &change);
    /// Brings the analysis up to date with `design`, the design the noted changes were made
    /// to (another design or catalog is analysed whole).
    const DesignAnalysis &update(const Design &design, const Catalog &catalog);
    const DesignAnalysis &analysis() const { return m_analysis; }
    /// What the last update() computed again (for tests and benchmarks).
    Parts lastUpdate() const { return m_last; }

private:
    DesignAnalysis m_analysis;
    AnalysisCache m_cache;
    MaturityStructure m_maturity;
    /// The lookups of the last analysis, brought up to date when a service's placement changes
    /// (a link's ends change only when links are added or removed: the whole analysis).
    std::optional<AnalysisLookups> m_lookups;
    const Design *m_design = nullptr;
    const Catalog *m_catalog = nullptr;
    bool m_whole = true;              ///< a change since the last update needs the whole analysis
    Parts m_stale;                    ///< what the changes since the last update reach
    bool m_reasons = false;           ///< a service's label or reason changed since
    bool m_regraph = false;           ///< the entry points or redundancy groups changed since
    bool m_serviceDataEdited = false; ///< a service's data fields changed since
    bool m_linkDataEdited = false;    ///< a link's data fields changed since
    QSet<QString> m_resized;          ///< services whose sizing changed since
    QSet<QString> m_moved;            ///< services whose placement changed since
    QSet<QString> m_checkServices, m_checkLinks; ///< whose data fields or label changed since
    QSet<QString> m_transferLinks; ///< links whose volume, path or zones changed since
    Parts m_last = Part::Whole;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(LiveAnalysis::Parts)

} // namespace skyplan

#pragma once

#include "availability.h"
#include "compliance.h"
#include "costestimator.h"
#include "disasterrecovery.h"
#include "egressestimator.h"
#include "maturity.h"
#include "model/document/designchange.h"

#include <QSet>

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
};

DesignAnalysis analyzeDesign(const Design &design, const Catalog &catalog,
                             AnalysisCache *cache = nullptr);

/// The analysis of one design kept up to date as it is edited (an editor holds one). It is
/// told of every change; when next asked it recomputes only what those changes can affect.
/// After edits of services' sizing alone (instances, instance types, schedules, pricing
/// models, storage, scans, requests, tokens: DesignChange::Field::Sizing) that is those
/// services' prices, the totals and the maturity figures: no other analysis reads sizing
/// (docs/editor.md lists what each one reads). After any other change it is the whole
/// analysis, which still reuses the prices and findings of what did not change.
class LiveAnalysis {
public:
    void noteChange(const DesignChange &change);
    /// Brings the analysis up to date with `design`, the design the noted changes were made
    /// to (another design or catalog is analysed whole).
    const DesignAnalysis &update(const Design &design, const Catalog &catalog);
    const DesignAnalysis &analysis() const { return m_analysis; }
    /// Whether the last update() repriced the resized services only (for tests).
    bool lastUpdateWasPartial() const { return m_lastPartial; }

private:
    DesignAnalysis m_analysis;
    AnalysisCache m_cache;
    MaturityStructure m_maturity;
    const Design *m_design = nullptr;
    const Catalog *m_catalog = nullptr;
    bool m_whole = true;     ///< a change since the last update needs the whole analysis
    QSet<QString> m_resized; ///< services whose sizing changed since
    bool m_lastPartial = false;
};

} // namespace skyplan

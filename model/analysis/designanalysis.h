#pragma once

#include "availability.h"
#include "compliance.h"
#include "costestimator.h"
#include "disasterrecovery.h"
#include "egressestimator.h"
#include "maturity.h"

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

} // namespace skyplan

#include "designanalysis.h"

#include "model/design.h"

#include <QCoreApplication>

namespace skyplan {

DesignAnalysis analyzeDesign(const Design &design, const Catalog &catalog, AnalysisCache *cache)
{
    DesignAnalysis a;
    a.egress = EgressEstimator(catalog).estimate(design);
    a.cost = CostEstimator(catalog).estimate(design, a.egress, cache ? &cache->cost : nullptr);
    a.availability = AvailabilityAnalyzer(catalog).analyze(design);
    a.dr = DisasterRecoveryChecker(catalog).check(design);
    a.compliance = ComplianceChecker(catalog).check(design, cache ? &cache->compliance : nullptr);
    a.maturity =
        MaturityAssessor(catalog).assess(design, a.cost, a.egress, a.availability, a.compliance);

    const double target = design.organization.availabilityTarget;
    if (target > 0) {
        for (const EntryPointAvailability &e : a.availability.entryPoints) {
            // With Monte Carlo, only a miss the interval is sure of counts.
            const double best =
                e.method == QLatin1String("monte_carlo") ? e.confidenceHigh : e.availability;
            if (best < target) {
                a.unmetTargets.push_back(
                    {QStringLiteral("availability"), e.id, Severity::Error,
                     QCoreApplication::translate(
                         "Analysis",
                         "%1 is %2% available (%3 min down a year), below the %4% target")
                         .arg(e.id)
                         .arg(e.availability * 100, 0, 'f', 4)
                         .arg(e.downtimeMinutesPerYear, 0, 'f', 1)
                         .arg(target * 100, 0, 'g', 8)});
            }
        }
    }
    for (const DrCheck &c : a.dr) {
        if (!c.meets)
            a.unmetTargets.push_back(
                {QStringLiteral("dr"), c.subject.isEmpty() ? c.workload : c.subject,
                 Severity::Warning,
                 QStringLiteral("%1 (%2): %3")
                     .arg(c.workload, enumKeyString(c.workloadType), c.advice)});
    }
    return a;
}

} // namespace skyplan

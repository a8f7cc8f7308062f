#include "designanalysis.h"

#include "model/design.h"

#include <QCoreApplication>

#include <algorithm>

namespace skyplan {

namespace {

DesignAnalysis analyzeWhole(const Design &design, const Catalog &catalog, AnalysisCache *cache,
                            MaturityStructure *maturity)
{
    DesignAnalysis a;
    const AnalysisLookups lookups(design, catalog); // for every analyser below
    a.egress = EgressEstimator(catalog).estimate(design, &lookups);
    a.cost =
        CostEstimator(catalog).estimate(design, a.egress, cache ? &cache->cost : nullptr, &lookups);
    a.availability = AvailabilityAnalyzer(catalog).analyze(design, &lookups);
    a.dr = DisasterRecoveryChecker(catalog).check(design);
    a.compliance =
        ComplianceChecker(catalog).check(design, cache ? &cache->compliance : nullptr, &lookups);
    const MaturityAssessor assessor(catalog);
    if (maturity) {
        *maturity = assessor.structure(design, a.egress, a.availability, a.compliance, &lookups);
        a.maturity = assessor.assess(design, a.cost, *maturity);
    } else {
        a.maturity = assessor.assess(
            design, a.cost,
            assessor.structure(design, a.egress, a.availability, a.compliance, &lookups));
    }

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

} // namespace

DesignAnalysis analyzeDesign(const Design &design, const Catalog &catalog, AnalysisCache *cache)
{
    return analyzeWhole(design, catalog, cache, nullptr);
}

void LiveAnalysis::noteChange(const DesignChange &change)
{
    using Field = DesignChange::Field;
    if (!change.affectsAnalysis())
        return;
    if (change.kind == DesignChange::Kind::ServiceChanged &&
        !(change.fields & ~DesignChange::Fields(Field::Sizing | Field::Position)))
        m_resized.insert(change.id);
    else
        m_whole = true;
}

const DesignAnalysis &LiveAnalysis::update(const Design &design, const Catalog &catalog)
{
    m_lastPartial = false;
    std::vector<int> indices;
    if (!m_whole && m_design == &design && m_catalog == &catalog &&
        m_analysis.cost.services.size() == design.services().size()) {
        for (const QString &id : std::as_const(m_resized)) {
            const int i = design.serviceIndex(id);
            if (i < 0) {
                indices.clear();
                m_whole = true;
                break;
            }
            indices.push_back(i);
        }
    } else {
        m_whole = true;
    }
    if (m_whole) {
        m_analysis = analyzeWhole(design, catalog, &m_cache, &m_maturity);
    } else if (!indices.empty()) {
        // Sizing reaches the prices and, through them, the maturity figures; nothing else.
        std::sort(indices.begin(), indices.end());
        CostEstimator(catalog).reprice(m_analysis.cost, design, m_analysis.egress, indices,
                                       &m_cache.cost);
        m_analysis.maturity = MaturityAssessor(catalog).assess(design, m_analysis.cost, m_maturity);
        m_lastPartial = true;
    }
    m_design = &design;
    m_catalog = &catalog;
    m_whole = false;
    m_resized.clear();
    return m_analysis;
}

} // namespace skyplan

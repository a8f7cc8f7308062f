#include "designanalysis.h"

#include "model/design.h"

#include <QCoreApplication>

#include <algorithm>

namespace skyplan {

namespace {

/// The targets of the organisation profile that `availability` and `dr` miss.
std::vector<UnmetTarget> unmetTargetsOf(const Design &design,
                                        const AvailabilityReport &availability,
                                        const std::vector<DrCheck> &dr)
{
    std::vector<UnmetTarget> unmet;
    const double target = design.organization.availabilityTarget;
    if (target > 0) {
        for (const EntryPointAvailability &e : availability.entryPoints) {
            // With Monte Carlo, only a miss the interval is sure of counts.
            const double best =
                e.method == QLatin1String("monte_carlo") ? e.confidenceHigh : e.availability;
            if (best < target) {
                unmet.push_back(
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
    for (const DrCheck &c : dr) {
        if (!c.meets)
            unmet.push_back({QStringLiteral("dr"), c.subject.isEmpty() ? c.workload : c.subject,
                             Severity::Warning,
                             QStringLiteral("%1 (%2): %3")
                                 .arg(c.workload, enumKeyString(c.workloadType), c.advice)});
    }
    return unmet;
}

/// `lookups`: made of `design` and `catalog`, for every analyser.
DesignAnalysis analyzeWhole(const Design &design, const Catalog &catalog, AnalysisCache *cache,
                            MaturityStructure *maturity, const AnalysisLookups &lookups)
{
    DesignAnalysis a;
    a.egress = EgressEstimator(catalog).estimate(design, &lookups);
    a.cost =
        CostEstimator(catalog).estimate(design, a.egress, cache ? &cache->cost : nullptr, &lookups);
    if (cache)
        cache->availability.forgetGraph(); // any edit may have changed the request graph
    a.availability = AvailabilityAnalyzer(catalog).analyze(design, &lookups, nullptr,
                                                           cache ? &cache->availability : nullptr);
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

    a.unmetTargets = unmetTargetsOf(design, a.availability, a.dr);
    return a;
}

} // namespace

DesignAnalysis analyzeDesign(const Design &design, const Catalog &catalog, AnalysisCache *cache)
{
    return analyzeWhole(design, catalog, cache, nullptr, AnalysisLookups(design, catalog));
}

void LiveAnalysis::noteChange(const DesignChange &change)
{
    using Field = DesignChange::Field;
    using Fields = DesignChange::Fields;
    using Kind = DesignChange::Kind;
    const Fields fields = change.fields & ~Fields(Field::Position);
    if (!fields)
        return; // a move: no analysis reads positions
    const auto only = [&](Fields allowed) { return !(fields & ~allowed); };
    // What each analyser reads is listed in docs/editor.md; tst_analysis edits every field
    // and compares with a fresh analysis.
    switch (change.kind) {
    case Kind::ServiceChanged:
        if (!only(Field::Identity | Field::Sizing | Field::Data | Field::Resilience |
                  Field::Placement))
            break;
        if (fields & Field::Placement) {
            // Another provider, service, region or deployment reaches every analysis, each
            // brought up to date for the moved service: its price, its links' egress, the
            // entry points that depend on it, the compliance of what it reaches, the regions
            // in the maturity structure (update() has the details).
            m_stale |=
                Part::Egress | Part::Availability | Part::DisasterRecovery | Part::Compliance;
            m_resized.insert(change.id);
            m_moved.insert(change.id);
            m_checkServices.insert(change.id);
        }
        if (fields & Field::Sizing)
            m_resized.insert(change.id);
        if (fields & (Field::Identity | Field::Data)) {
            m_stale |= Part::Compliance; // findings name the service by its label
            m_checkServices.insert(change.id);
        }
        if (fields & Field::Data)
            m_serviceDataEdited = true; // the data may propagate otherwise
        if (fields & Field::Identity)
            m_reasons = true;
        if (fields & Field::Resilience)
            m_stale |= Part::Availability | Part::DisasterRecovery;
        return;
    case Kind::LinkChanged:
        if (!only(Field::Identity | Field::Transfer | Field::Data))
            break; // a link's kind reaches every analysis
        if (fields & Field::Transfer) {
            m_stale |= Part::Egress;
            m_transferLinks.insert(change.id);
        }
        if (fields & Field::Data) {
            m_stale |= Part::Compliance;
            m_checkLinks.insert(change.id);
            m_linkDataEdited = true;
        }
        return; // no analysis reads a link's label
    case Kind::DesignChanged:
        if (!only(Field::Identity | Field::Resilience))
            break; // the organisation profile and the sites reach every analysis
        if (fields & Field::Resilience) { // entry points and redundancy groups
            m_stale |= Part::Availability | Part::DisasterRecovery | Part::Structure;
            m_regraph = true;
        }
        return; // no analysis reads the design's name or description
    default:
        break; // services and links added or removed, a design loaded
    }
    m_whole = true;
}

const DesignAnalysis &LiveAnalysis::update(const Design &design, const Catalog &catalog)
{
    std::vector<int> indices, moved, checkServices, checkLinks, transferLinks;
    if (m_whole || m_design != &design || m_catalog != &catalog || !m_lookups ||
        m_analysis.cost.services.size() != design.services().size() ||
        m_lookups->size() != design.services().size() ||
        m_lookups->linkEnds().size() != design.links().size()) {
        m_whole = true;
    } else {
        // The services and links by index (each is there: adding or removing one analyses
        // the whole design).
        const auto indicesOf = [&](const QSet<QString> &ids, std::vector<int> &out,
                                   int (Design::*indexOf)(const QString &) const) {
            for (const QString &id : ids) {
                const int i = (design.*indexOf)(id);
                if (i < 0)
                    m_whole = true;
                out.push_back(i);
            }
        };
        indicesOf(m_resized, indices, &Design::serviceIndex);
        indicesOf(m_moved, moved, &Design::serviceIndex);
        indicesOf(m_checkServices, checkServices, &Design::serviceIndex);
        indicesOf(m_checkLinks, checkLinks, &Design::linkIndex);
        indicesOf(m_transferLinks, transferLinks, &Design::linkIndex);
    }
    if (m_whole) {
        m_lookups.emplace(design, catalog);
        m_analysis = analyzeWhole(design, catalog, &m_cache, &m_maturity, *m_lookups);
        m_last = Part::Whole;
    } else {
        const bool placed = !moved.empty(); // a service's provider, service, region, deployment
        if (placed)
            (void)m_lookups->update(design, catalog, moved);
        const AnalysisLookups &lookups = *m_lookups;
        Parts done = m_stale;
        if (placed) {
            // A service's place: the charges of its links (and of its providers' internet
            // links, when their totals move).
            std::vector<char> isMoved(design.services().size(), 0);
            for (const int i : moved)
                isMoved[std::size_t(i)] = 1;
            const auto &ends = lookups.linkEnds();
            for (std::size_t li = 0; li < ends.size(); ++li) {
                if ((ends[li].from >= 0 && isMoved[std::size_t(ends[li].from)]) ||
                    (ends[li].to >= 0 && isMoved[std::size_t(ends[li].to)]))
                    transferLinks.push_back(int(li));
            }
        }
        if (m_stale & Part::Egress) // a link's volume, path or zones, or where its ends are
            EgressEstimator(catalog).reestimate(m_analysis.egress, design, lookups, transferLinks);
        if (!indices.empty() || (m_stale & Part::Egress)) {
            // Prices do not read egress; the totals do.
            std::sort(indices.begin(), indices.end());
            CostEstimator(catalog).reprice(m_analysis.cost, design, m_analysis.egress, indices,
                                           &m_cache.cost, &lookups);
            if (!indices.empty())
                done |= Part::Prices;
        }
        if (m_stale & Part::Availability) {
            // The request graph is kept unless the entry points or groups changed; the entry
            // points that depend on no service whose availability or place changed keep their
            // figures.
            if (m_regraph)
                m_cache.availability.forgetGraph();
            m_analysis.availability = AvailabilityAnalyzer(catalog).analyze(
                design, &lookups, &m_analysis.availability, &m_cache.availability);
        }
        if (m_stale & Part::DisasterRecovery)
            m_analysis.dr = DisasterRecoveryChecker(catalog).check(design);
        if (m_stale & Part::Compliance)
            ComplianceChecker(catalog).recheck(
                m_analysis.compliance, design, m_cache.compliance, lookups, checkServices,
                checkLinks,
                m_linkDataEdited      ? ComplianceChecker::DataEdited::Links
                : m_serviceDataEdited ? ComplianceChecker::DataEdited::Services
                                      : ComplianceChecker::DataEdited::None);
        const MaturityAssessor assessor(catalog);
        if (placed && !(m_stale & Part::Structure) &&
            !assessor.updatePlaces(m_maturity, design, lookups, moved))
            m_stale |= Part::Structure; // a service's provider or offering changed
        if (m_stale & Part::Structure) {
            done |= Part::Structure;
            m_maturity = assessor.structure(design, m_analysis.egress, m_analysis.availability,
                                            m_analysis.compliance, &lookups);
        } else {
            if (m_stale & Part::Egress)
                MaturityAssessor::updateEgress(m_maturity, design, m_analysis.egress,
                                               lookups.linkEnds());
            if (m_stale & Part::Compliance)
                MaturityAssessor::updateCompliance(m_maturity, m_analysis.compliance);
            if (!indices.empty()) // the sums of the services' prices and sizes
                MaturityAssessor::updatePrices(m_maturity, design, m_analysis.cost, indices);
            if (m_reasons)
                MaturityAssessor::updateReasons(m_maturity, design);
        }
        if (done || m_reasons)
            m_analysis.maturity = assessor.assess(design, m_analysis.cost, m_maturity);
        if (m_stale & (Part::Availability | Part::DisasterRecovery))
            m_analysis.unmetTargets =
                unmetTargetsOf(design, m_analysis.availability, m_analysis.dr);
        m_last = done;
    }
    m_design = &design;
    m_catalog = &catalog;
    m_whole = false;
    m_stale = Part::None;
    m_reasons = false;
    m_regraph = false;
    m_serviceDataEdited = false;
    m_linkDataEdited = false;
    m_resized.clear();
    m_moved.clear();
    m_checkServices.clear();
    m_checkLinks.clear();
    m_transferLinks.clear();
    return m_analysis;
}

} // namespace skyplan

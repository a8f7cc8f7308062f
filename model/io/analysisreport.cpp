// The availability, DR, compliance and maturity sections of the JSON report.

#include "report.h"

#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/design.h"

#include <algorithm>
#include <cmath>

namespace skyplan {

namespace {

double nines(double availability)
{
    return availability >= 1 ? 99.0 : round6(-std::log10(1 - availability));
}

} // namespace

Tree availabilityToTree(const Design &design, const DesignAnalysis &analysis)
{
    const AvailabilityReport &r = analysis.availability;
    Tree t = objectWithRoom(12);
    t["entry_points_inferred"] = r.entryPointsInferred;
    Tree entries = Tree::array();
    for (const EntryPointAvailability &e : r.entryPoints) {
        Tree x = Tree::object();
        x["id"] = toStd(e.id);
        x["availability"] = round9(e.availability);
        x["nines"] = nines(e.availability);
        x["downtime_minutes_per_year"] = round6(e.downtimeMinutesPerYear);
        x["method"] = toStd(e.method);
        if (e.method == QLatin1String("monte_carlo")) {
            x["confidence_95"] = Tree::array({round9(e.confidenceLow), round9(e.confidenceHigh)});
            x["trials"] = e.trials;
        }
        x["single_points_of_failure"] = toTree(e.singlePointsOfFailure);
        x["depends_on"] = toTree(e.dependsOn);
        entries.push_back(std::move(x));
    }
    t["entry_points"] = std::move(entries);
    Tree services = Tree::array();
    for (std::size_t i = 0; i < r.services.size() && i < design.services().size(); ++i) {
        const ServiceAvailability &s = r.services[i];
        Tree x = Tree::object();
        x["id"] = toStd(design.services()[i].id);
        x["availability"] = round9(s.availability);
        x["basis"] = toStd(s.basis);
        services.push_back(std::move(x));
    }
    t["services"] = std::move(services);
    const auto outages = [](const std::vector<OutageScenario> &list, bool withRegion) {
        Tree out = Tree::array();
        for (const OutageScenario &o : list) {
            Tree x = Tree::object();
            x["provider"] = toStd(o.provider);
            if (withRegion)
                x["region"] = toStd(o.region);
            Tree eps = Tree::array();
            for (const OutageScenario::Survivor &s : o.entryPoints) {
                Tree y = Tree::object();
                y["id"] = toStd(s.id);
                y["availability"] = round9(s.availability);
                y["survives"] = s.availability > 0;
                eps.push_back(std::move(y));
            }
            x["entry_points"] = std::move(eps);
            out.push_back(std::move(x));
        }
        return out;
    };
    t["provider_outages"] = outages(r.providerOutages, false);
    t["region_outages"] = outages(r.regionOutages, true);
    t["request_cycles"] = toTree(r.cycles);
    t["ignored_requests"] = toTree(r.ignoredRequests);
    return t;
}

Tree drToTree(const DesignAnalysis &analysis)
{
    Tree list = Tree::array();
    for (const DrCheck &c : analysis.dr) {
        Tree x = Tree::object();
        x["workload"] = toStd(c.workload);
        x["workload_type"] = std::string(enumKey(c.workloadType));
        x["strategy"] = std::string(enumKey(c.strategy));
        x["rto_minutes"] = c.rtoMinutes < 0 ? Tree(nullptr) : Tree(round6(c.rtoMinutes));
        x["rpo_minutes"] = c.rpoMinutes < 0 ? Tree(nullptr) : Tree(round6(c.rpoMinutes));
        x["target_rto_minutes"] = c.targetRtoMinutes;
        x["target_rpo_minutes"] = c.targetRpoMinutes;
        x["meets"] = c.meets;
        x["basis"] = toStd(c.basis);
        x["advice"] = toStd(c.advice);
        list.push_back(std::move(x));
    }
    return list;
}

Tree complianceToTree(const Design &design, const DesignAnalysis &analysis)
{
    const ComplianceReport &r = analysis.compliance;
    Tree t = objectWithRoom(12);
    Tree counts = Tree::object();
    for (const Severity s : enumValues<Severity>())
        counts[std::string(enumKey(s))] = r.count(s);
    t["counts"] = counts;
    Tree regimes = Tree::array();
    for (const RegimeInScope &g : r.regimes) {
        Tree x = Tree::object();
        x["id"] = toStd(g.id);
        x["name"] = toStd(g.name);
        x["reason"] = toStd(g.reason);
        regimes.push_back(std::move(x));
    }
    t["regimes"] = std::move(regimes);
    Tree findings = Tree::array();
    for (const ComplianceFinding &f : r.findings) {
        Tree x = Tree::object();
        x["rule"] = toStd(f.rule);
        x["regime"] = toStd(f.regime);
        x["severity"] = std::string(enumKey(f.severity));
        x["subject"] = toStd(f.subject);
        x["subject_kind"] = f.aboutLink ? "link" : "service";
        x["message"] = toStd(f.message);
        x["fix"] = toStd(f.fix);
        Tree action = Tree::object();
        action["kind"] = toStd(f.fixAction.kind);
        if (!f.fixAction.region.isEmpty()) {
            action["provider"] = toStd(f.fixAction.provider);
            action["region"] = toStd(f.fixAction.region);
        }
        if (!f.fixAction.mechanism.isEmpty())
            action["mechanism"] = toStd(f.fixAction.mechanism);
        x["fix_action"] = action;
        findings.push_back(std::move(x));
    }
    t["findings"] = std::move(findings);
    Tree held = Tree::object();
    // Services holding personal data, by id.
    std::vector<std::size_t> holding;
    for (std::size_t i = 0; i < r.dataHeld.size() && i < design.services().size(); ++i) {
        if (!r.dataHeld[i].empty())
            holding.push_back(i);
    }
    std::sort(holding.begin(), holding.end(), [&](std::size_t a, std::size_t b) {
        return design.services()[a].id < design.services()[b].id;
    });
    for (const std::size_t i : holding) {
        Tree labels = Tree::array();
        for (const DataLabel &l : r.dataHeld[i]) {
            Tree x = Tree::object();
            x["classification"] = std::string(enumKey(l.classification));
            x["origin"] = toStd(l.origin);
            x["source"] = toStd(l.source);
            x["safeguard"] = std::string(enumKey(l.safeguard));
            labels.push_back(std::move(x));
        }
        // One key per service, unique (from a map): appended without the ordered map's linear
        // search for an existing key, which made this quadratic in the number of services.
        held.get_ref<Tree::object_t &>().emplace_back(toStd(design.services()[i].id),
                                                      std::move(labels));
    }
    t["personal_data"] = std::move(held);
    return t;
}

Tree maturityToTree(const DesignAnalysis &analysis)
{
    const MaturityReport &m = analysis.maturity;
    Tree t = objectWithRoom(12);
    t["level"] = m.level;
    t["name"] = toStd(m.levelName);
    Tree checklist = Tree::array();
    for (const MaturityCriterionResult &c : m.checklist) {
        Tree x = Tree::object();
        x["level"] = c.level;
        x["id"] = toStd(c.id);
        x["criterion"] = toStd(c.text);
        x["met"] = c.met;
        x["evidence"] = toStd(c.evidence);
        checklist.push_back(std::move(x));
    }
    t["checklist"] = std::move(checklist);
    t["missing_for_next"] = toTree(m.missingForNext);
    Tree lock = Tree::object();
    lock["proprietary_share"] = round6(m.lockIn.proprietaryShare);
    lock["proprietary_monthly_usd"] = round6(m.lockIn.proprietaryMonthlyUsd);
    lock["exit_cost_usd"] = round6(m.lockIn.exitCostUsd);
    Tree byProvider = Tree::object();
    for (const auto &[p, usd] : m.lockIn.exitCostByProvider)
        byProvider[toStd(p)] = round6(usd);
    lock["exit_cost_by_provider"] = byProvider;
    t["lock_in"] = lock;
    t["cross_cloud_egress_share"] = round6(m.crossCloudEgressShare);
    Tree aps = Tree::array();
    for (const AntiPatternFinding &a : m.antiPatterns) {
        Tree x = Tree::object();
        x["id"] = toStd(a.id);
        x["name"] = toStd(a.name);
        x["message"] = toStd(a.message);
        x["subjects"] = toTree(a.subjects);
        aps.push_back(std::move(x));
    }
    t["anti_patterns"] = std::move(aps);
    t["multicloud_justified"] = m.decision.justified;
    Tree decision = Tree::object();
    decision["verdict"] = toStd(m.decision.verdict);
    decision["reasons_for"] = toTree(m.decision.reasonsFor);
    decision["reasons_against"] = toTree(m.decision.reasonsAgainst);
    t["decision"] = decision;
    return t;
}

Tree unmetTargetsToTree(const DesignAnalysis &analysis)
{
    Tree list = Tree::array();
    for (const UnmetTarget &u : analysis.unmetTargets) {
        Tree x = Tree::object();
        x["kind"] = toStd(u.kind);
        x["subject"] = toStd(u.subject);
        x["severity"] = std::string(enumKey(u.severity));
        x["message"] = toStd(u.message);
        list.push_back(std::move(x));
    }
    return list;
}

} // namespace skyplan

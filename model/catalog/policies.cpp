#include "policies.h"

#include "catalog.h"
#include "model/io/tree.h"

#include <algorithm>

namespace skyplan {

bool DataMatch::matches(DataClassification classification, const QString &origin,
                        const Catalog &catalog) const
{
    if (!classifications.empty() && std::find(classifications.begin(), classifications.end(),
                                              classification) == classifications.end())
        return false;
    if (origins.isEmpty() || origins.contains(QLatin1String("any")))
        return true;
    for (const QString &o : origins) {
        if (o == origin)
            return true;
        if (o == QLatin1String("EU")) {
            const Country *c = catalog.country(origin);
            if (c && (c->eu || c->eea))
                return true;
        }
    }
    return false;
}

const RegimeDefinition *Policies::regime(const QString &id) const
{
    for (const RegimeDefinition &r : regimes) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

namespace policyreader {

namespace {

DataMatch readDataMatch(const TreeNode &node)
{
    node.expectObject("a data match {classification: [...], origin: [...]}");
    DataMatch m;
    if (const auto c = node.find("classification")) {
        c->expectArray("a list of classifications");
        for (std::size_t i = 0; i < c->size(); ++i)
            m.classifications.push_back(c->at(i).toEnum<DataClassification>());
    }
    readInto(node, "origin", m.origins);
    return m;
}

std::vector<TransferMechanism> readMechanisms(const TreeNode &node)
{
    node.expectArray("a list of transfer mechanisms");
    std::vector<TransferMechanism> list;
    for (std::size_t i = 0; i < node.size(); ++i)
        list.push_back(node.at(i).toEnum<TransferMechanism>());
    return list;
}

/// A misspelt condition would silently widen a rule, so unknown keys are errors here.
void requireKnownKeys(const TreeNode &when, std::initializer_list<const char *> known)
{
    for (const QString &k : when.keys()) {
        bool ok = false;
        for (const char *name : known)
            ok = ok || k == QLatin1String(name);
        if (!ok) {
            QStringList names;
            for (const char *name : known)
                names << QString::fromLatin1(name);
            when.require(toStd(k)).fail(
                QStringLiteral("unknown condition \"%1\"; expected one of: %2")
                    .arg(k, names.join(QLatin1String(", "))));
        }
    }
}

bool readTrue(const TreeNode &when, std::string_view key, bool expected = true)
{
    if (const auto n = when.find(key))
        return n->toBool() == expected;
    return false;
}

} // namespace

void readCompliance(const TreeNode &root, Policies &policies)
{
    if (const auto regimes = root.find("regimes")) {
        regimes->expectArray();
        for (std::size_t i = 0; i < regimes->size(); ++i) {
            const TreeNode n = regimes->at(i).expectObject();
            RegimeDefinition r;
            r.id = n.require("id").toString();
            r.name = n.require("name").toString();
            if (const auto t = n.find("triggered_by"))
                r.triggeredBy = readDataMatch(*t);
            std::erase_if(policies.regimes,
                          [&](const RegimeDefinition &o) { return o.id == r.id; });
            policies.regimes.push_back(std::move(r));
        }
    }
    const auto rules = root.find("rules");
    if (!rules)
        return;
    rules->expectArray();
    for (std::size_t i = 0; i < rules->size(); ++i) {
        const TreeNode n = rules->at(i).expectObject("a rule");
        ComplianceRule r;
        r.id = n.require("id").toString();
        r.regime = n.require("regime").toString();
        r.severity = n.require("severity").toEnum<Severity>();
        const QString subject = n.require("subject").toString();
        if (subject != QLatin1String("service") && subject != QLatin1String("link"))
            n.require("subject").fail(QStringLiteral("expected service | link"));
        r.aboutLink = subject == QLatin1String("link");
        const TreeNode when = n.require("when").expectObject("conditions");
        if (r.aboutLink) {
            requireKnownKeys(when, {"carries", "crosses_border", "from_region_within",
                                    "to_region_outside", "transfer_mechanism"});
            if (const auto c = when.find("carries"))
                r.carries = readDataMatch(*c);
            r.crossesBorder = readTrue(when, "crosses_border");
            readInto(when, "from_region_within", r.fromRegionWithin);
            readInto(when, "to_region_outside", r.toRegionOutside);
            if (const auto t = when.find("transfer_mechanism"))
                r.transferMechanisms = readMechanisms(*t);
        } else {
            requireKnownKeys(when,
                             {"holds", "region_outside", "region_within", "provider_without_baa",
                              "service_not_hipaa_eligible", "encryption_at_rest",
                              "encryption_in_transit", "not_offered_in_region", "originates"});
            if (const auto h = when.find("holds"))
                r.holds = readDataMatch(*h);
            readInto(when, "region_outside", r.regionOutside);
            readInto(when, "region_within", r.regionWithin);
            r.providerWithoutBaa = readTrue(when, "provider_without_baa");
            r.serviceNotHipaaEligible = readTrue(when, "service_not_hipaa_eligible");
            r.encryptionAtRestMissing = readTrue(when, "encryption_at_rest", false);
            r.encryptionInTransitMissing = readTrue(when, "encryption_in_transit", false);
            r.notOfferedInRegion = readTrue(when, "not_offered_in_region");
            r.originates = readTrue(when, "originates");
        }
        if (const auto s = n.find("safeguards"))
            r.safeguards = readMechanisms(*s);
        if (const auto s = n.find("severity_with_safeguard"))
            r.severityWithSafeguard = s->toEnum<Severity>();
        r.message = n.require("message").toString();
        readInto(n, "fix_text", r.fixText);
        if (const auto fix = n.find("fix")) {
            fix->expectObject("a fix {action, ...}");
            r.fixAction = fix->require("action").toString();
            readInto(*fix, "within", r.fixWithin);
            readInto(*fix, "offered", r.fixOffered);
            readInto(*fix, "mechanism", r.fixMechanism);
        }
        std::erase_if(policies.rules, [&](const ComplianceRule &o) { return o.id == r.id; });
        policies.rules.push_back(std::move(r));
    }
}

void readResilience(const TreeNode &root, Policies &policies)
{
    ResiliencePolicy &p = policies.resilience;
    if (const auto s = root.find("dr_strategies")) {
        s->expectObject();
        for (const QString &k : s->keys()) {
            const TreeNode n = s->require(toStd(k)).expectObject();
            const auto strategy = enumFromKey<DrStrategy>(toStd(k));
            if (!strategy || *strategy == DrStrategy::None)
                n.fail(QStringLiteral("unknown DR strategy \"%1\"; expected one of: %2")
                           .arg(k, enumKeyList<DrStrategy>()));
            DrStrategyFigures f;
            f.rtoMinutes = n.require("rto_minutes").toNumber(0, 1e7);
            f.rpoMinutes = n.require("rpo_minutes").toNumber(0, 1e7);
            readInto(n, "lecture", f.lecture);
            p.strategies[*strategy] = f;
        }
    }
    if (const auto t = root.find("workload_targets")) {
        t->expectObject();
        for (const QString &k : t->keys()) {
            const TreeNode n = t->require(toStd(k)).expectObject();
            const auto workload = enumFromKey<WorkloadType>(toStd(k));
            if (!workload || *workload == WorkloadType::None)
                n.fail(QStringLiteral("unknown workload type \"%1\"; expected one of: %2")
                           .arg(k, enumKeyList<WorkloadType>()));
            WorkloadTarget w;
            w.rtoMinutes = n.require("rto_minutes").toNumber(0, 1e7);
            w.rpoMinutes = n.require("rpo_minutes").toNumber(0, 1e7);
            readInto(n, "strategy", w.suggested);
            readInto(n, "note", w.note);
            p.targets[*workload] = w;
        }
    }
    readInto(root, "assumed_availability_without_sla", p.assumedAvailabilityWithoutSla, 0.5, 1);
    readInto(root, "exact_factoring_limit", p.exactFactoringLimit, 0, 24);
    readInto(root, "monte_carlo_trials", p.monteCarloTrials, 1000, 10'000'000);
}

void readMaturity(const TreeNode &root, Policies &policies)
{
    MaturityModel &m = policies.maturity;
    if (const auto levels = root.find("maturity_levels")) {
        levels->expectArray();
        m.levels.clear();
        for (std::size_t i = 0; i < levels->size(); ++i) {
            const TreeNode n = levels->at(i).expectObject();
            MaturityLevel level;
            level.level = n.require("level").toInt(0, 4);
            if (level.level != int(i))
                n.require("level").fail(
                    QStringLiteral("levels must be listed 0, 1, 2, ... in order"));
            level.name = n.require("name").toString();
            readInto(n, "summary", level.summary);
            if (const auto criteria = n.find("criteria")) {
                criteria->expectArray();
                for (std::size_t c = 0; c < criteria->size(); ++c) {
                    const TreeNode cn = criteria->at(c).expectObject();
                    level.criteria.push_back(
                        {cn.require("id").toString(), cn.require("text").toString()});
                }
            }
            m.levels.push_back(std::move(level));
        }
    }
    if (const auto t = root.find("thresholds")) {
        readInto(*t, "egress_share_max", m.egressShareMax, 0, 1);
        readInto(*t, "engineers_per_provider", m.engineersPerProvider, 0, 10000);
    }
    if (const auto a = root.find("anti_patterns")) {
        a->expectArray();
        m.antiPatterns.clear();
        for (std::size_t i = 0; i < a->size(); ++i) {
            const TreeNode n = a->at(i).expectObject();
            m.antiPatterns.push_back({n.require("id").toString(), n.require("name").toString(),
                                      n.require("explanation").toString()});
        }
    }
    if (const auto d = root.find("decision_framework")) {
        DecisionFramework &f = m.decision;
        if (const auto yes = d->find("yes")) {
            readInto(*yes, "annual_spend_usd_at_least", f.yesAnnualSpendAtLeast, 0, 1e13);
            readInto(*yes, "availability_target_at_least", f.yesAvailabilityAtLeast, 0, 1);
            readInto(*yes, "jurisdictions_at_least", f.yesJurisdictionsAtLeast, 0, 1000);
            readInto(*yes, "specialised_hardware", f.yesSpecialisedHardware);
            readInto(*yes, "global_regions_at_least", f.yesGlobalRegionsAtLeast, 0, 1000);
        }
        if (const auto no = d->find("no")) {
            readInto(*no, "team_engineers_below", f.noTeamBelow, 0, 1'000'000);
            readInto(*no, "annual_spend_usd_below", f.noAnnualSpendBelow, 0, 1e13);
            readInto(*no, "single_region", f.noSingleRegion);
            readInto(*no, "availability_target_at_most", f.noAvailabilityAtMost, 0, 1);
        }
    }
}

} // namespace policyreader
} // namespace skyplan

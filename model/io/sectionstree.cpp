// The design sections about resilience and compliance: entry points, redundancy groups, the
// lecture's `disaster_recovery:` plans and `compliance_requirements:`, in both file formats.

#include "designtree.h"

#include <QHash>
#include <QRegularExpression>

namespace skyplan::designtree {

namespace {

template<typename E> std::string key(E value)
{
    return std::string(enumKey(value));
}

Tree pairsToList(const std::vector<std::pair<QString, QString>> &pairs)
{
    Tree list = Tree::array();
    for (const auto &[k, v] : pairs) {
        Tree item = Tree::object();
        item[toStd(k)] = toStd(v);
        list.push_back(item);
    }
    return list;
}

Tree pairsToMap(const std::vector<std::pair<QString, QString>> &pairs)
{
    Tree map = Tree::object();
    for (const auto &[k, v] : pairs)
        map[toStd(k)] = toStd(v);
    return map;
}

/// `{a: x, b: y}` or the lecture's `[{a: x}, {b: y}]`, in written order.
std::vector<std::pair<QString, QString>> readPairs(const TreeNode &node)
{
    std::vector<std::pair<QString, QString>> pairs;
    const auto readMap = [&](const TreeNode &map) {
        for (const QString &k : map.keys()) {
            const TreeNode v = map.require(toStd(k));
            if (v.value().is_structured())
                v.fail(QStringLiteral("expected a single value for \"%1\"").arg(k));
            pairs.emplace_back(k, v.toString());
        }
    };
    if (node.isArray()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            readMap(node.at(i).expectObject("a mapping such as {data_residency: EU}"));
    } else {
        readMap(node.expectObject("a mapping or a list of single-key mappings"));
    }
    return pairs;
}

Tree siteToTree(const DrSite &site)
{
    Tree t = Tree::object();
    t["cloud"] = toStd(site.cloud);
    t["region"] = toStd(site.region);
    t["capacity"] = toStd(site.capacity);
    return t;
}

DrSite siteFrom(const TreeNode &node)
{
    node.expectObject("a site {cloud, region, capacity}");
    DrSite site;
    site.cloud = node.require("cloud").toString();
    readInto(node, "region", site.region);
    readInto(node, "capacity", site.capacity);
    return site;
}

Tree planToTree(const DisasterRecoveryPlan &plan)
{
    Tree t = Tree::object();
    t["name"] = toStd(plan.name);
    t["workload_type"] = key(plan.workloadType);
    t["mode"] = key(plan.mode);
    t["primary"] = siteToTree(plan.primary);
    t["standby"] = siteToTree(plan.standby);
    Tree failover = Tree::object();
    failover["automatic"] = plan.automatic;
    failover["rto"] = plan.rtoSeconds;
    failover["rpo"] = plan.rpoSeconds;
    t["failover"] = failover;
    Tree sync = Tree::object();
    for (auto it = plan.synchronization.cbegin(); it != plan.synchronization.cend(); ++it)
        sync[toStd(it.key())] = toStd(it.value());
    t["synchronization"] = sync;
    return t;
}

DisasterRecoveryPlan planFrom(const TreeNode &node)
{
    node.expectObject("a disaster-recovery plan (mode, primary, standby, failover)");
    DisasterRecoveryPlan plan;
    readInto(node, "name", plan.name);
    readInto(node, "workload_type", plan.workloadType);
    readInto(node, "mode", plan.mode);
    if (plan.mode == RedundancyMode::KOfN)
        node.require("mode").fail(QStringLiteral("a disaster-recovery plan is active-passive or "
                                                 "active-active"));
    plan.primary = siteFrom(node.require("primary"));
    plan.standby = siteFrom(node.require("standby"));
    if (const auto f = node.find("failover")) {
        f->expectObject("failover {automatic, rto, rpo} (seconds)");
        readInto(*f, "automatic", plan.automatic);
        readInto(*f, "rto", plan.rtoSeconds, 0, 1e9);
        readInto(*f, "rpo", plan.rpoSeconds, 0, 1e9);
    }
    if (const auto sync = node.find("synchronization")) {
        for (const auto &[k, v] : readPairs(*sync))
            plan.synchronization.insert(k, v);
    }
    return plan;
}

QString regionText(const ComplianceRegion &r)
{
    return r.provider.isEmpty() ? r.region
                                : r.region + QStringLiteral(" (") + r.provider + QLatin1Char(')');
}

ComplianceRegion regionFrom(const TreeNode &node)
{
    ComplianceRegion r;
    if (node.isObject()) {
        r.region = node.require("region").toString();
        readInto(node, "provider", r.provider);
        return r;
    }
    // The lecture writes "eu-west-1 (AWS)".
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([^()\\s]+)\\s*(?:\\(([^()]*)\\))?\\s*$"));
    const QString text = node.toString();
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        node.fail(QStringLiteral("expected a region such as \"eu-west-1 (AWS)\", found \"%1\"")
                      .arg(text));
    r.region = match.captured(1);
    r.provider = match.captured(2).trimmed();
    return r;
}

QString resolveOrFail(const TreeNode &node, const std::function<QString(const QString &)> &resolve,
                      const QString &accepted)
{
    const QString written = node.toString();
    const QString id = resolve(written);
    if (id.isEmpty())
        node.fail(QStringLiteral("unknown service \"%1\" (expected %2)").arg(written, accepted));
    return id;
}

} // namespace

void writeSections(Tree &root, const Design &design)
{
    root["entry_points"] = toTree(design.entryPoints);

    Tree groups = Tree::array();
    for (const RedundancyGroup &g : design.redundancyGroups) {
        Tree t = Tree::object();
        t["name"] = toStd(g.name);
        t["mode"] = key(g.mode);
        t["members"] = toTree(g.members);
        t["k"] = g.k;
        t["failover"] = key(g.failover);
        t["rto_minutes"] = g.rtoMinutes;
        t["rpo_minutes"] = g.rpoMinutes;
        groups.push_back(t);
    }
    root["redundancy_groups"] = groups;

    Tree plans = Tree::array();
    for (const DisasterRecoveryPlan &p : design.disasterRecovery)
        plans.push_back(planToTree(p));
    root["disaster_recovery"] = plans;

    Tree compliance = Tree::object();
    for (const RegimeRequirements &r : design.complianceRequirements.regimes) {
        Tree t = Tree::object();
        Tree regions = Tree::array();
        for (const ComplianceRegion &region : r.regions)
            regions.push_back(toStd(regionText(region)));
        t["regions"] = regions;
        t["requirements"] = pairsToList(r.requirements);
        compliance[toStd(r.regime)] = t;
    }
    if (!design.complianceRequirements.piiHandling.empty())
        compliance["pii_handling"] = pairsToMap(design.complianceRequirements.piiHandling);
    root["compliance_requirements"] = compliance;
}

void readSections(const TreeNode &root, Design &design,
                  const std::function<QString(const QString &)> &resolve, const QString &accepted)
{
    if (const auto entries = root.find("entry_points")) {
        entries->expectArray("a list of service ids");
        for (std::size_t i = 0; i < entries->size(); ++i) {
            const QString id = resolveOrFail(entries->at(i), resolve, accepted);
            if (!design.entryPoints.contains(id))
                design.entryPoints << id;
        }
    }

    QHash<QString, QString> groupOf;
    if (const auto groups = root.find("redundancy_groups")) {
        groups->expectArray("a list of redundancy groups");
        for (std::size_t i = 0; i < groups->size(); ++i) {
            const TreeNode n =
                groups->at(i).expectObject("a redundancy group {name, mode, members}");
            RedundancyGroup g;
            g.name = n.require("name").toString();
            for (const RedundancyGroup &other : design.redundancyGroups) {
                if (other.name == g.name)
                    n.require("name").fail(
                        QStringLiteral("duplicate redundancy group \"%1\"").arg(g.name));
            }
            readInto(n, "mode", g.mode);
            const TreeNode members = n.require("members").expectArray("a list of service ids");
            for (std::size_t m = 0; m < members.size(); ++m) {
                const QString id = resolveOrFail(members.at(m), resolve, accepted);
                if (groupOf.contains(id) || g.members.contains(id))
                    members.at(m).fail(
                        QStringLiteral("service \"%1\" is already in group \"%2\"; a "
                                       "service stands in one group only")
                            .arg(id, groupOf.value(id, g.name)));
                groupOf.insert(id, g.name);
                g.members << id;
            }
            if (g.members.size() < 2)
                members.fail(QStringLiteral("a redundancy group needs at least two members"));
            g.k = 1;
            if (g.mode == RedundancyMode::KOfN) {
                g.k = n.require("k").toInt(1, int(g.members.size()));
            } else if (const auto k = n.find("k")) {
                if (k->toInt(1, int(g.members.size())) != 1)
                    k->fail(QStringLiteral("k applies to k-of-n groups; %1 needs any one member")
                                .arg(enumKeyString(g.mode)));
            }
            readInto(n, "failover", g.failover);
            readInto(n, "rto_minutes", g.rtoMinutes, 0, 1e7);
            readInto(n, "rpo_minutes", g.rpoMinutes, 0, 1e7);
            design.redundancyGroups.push_back(std::move(g));
        }
    }

    if (const auto dr = root.find("disaster_recovery")) {
        if (dr->isArray()) {
            for (std::size_t i = 0; i < dr->size(); ++i)
                design.disasterRecovery.push_back(planFrom(dr->at(i)));
        } else {
            design.disasterRecovery.push_back(planFrom(*dr));
        }
    }

    if (const auto compliance = root.find("compliance_requirements")) {
        compliance->expectObject("compliance requirements (a mapping of regimes)");
        for (const QString &regime : compliance->keys()) {
            const TreeNode n = compliance->require(toStd(regime));
            if (regime == QLatin1String("pii_handling")) {
                design.complianceRequirements.piiHandling = readPairs(n);
                continue;
            }
            n.expectObject("a regime {regions, requirements}");
            RegimeRequirements r;
            r.regime = regime;
            if (const auto regions = n.find("regions")) {
                regions->expectArray("a list of regions such as \"eu-west-1 (AWS)\"");
                for (std::size_t i = 0; i < regions->size(); ++i)
                    r.regions.push_back(regionFrom(regions->at(i)));
            }
            if (const auto req = n.find("requirements"))
                r.requirements = readPairs(*req);
            design.complianceRequirements.regimes.push_back(std::move(r));
        }
    }
}

} // namespace skyplan::designtree

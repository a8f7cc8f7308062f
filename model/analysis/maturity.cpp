#include "maturity.h"

#include "availability.h"
#include "compliance.h"
#include "costestimator.h"
#include "egressestimator.h"
#include "model/catalog/catalog.h"
#include "model/catalog/datatext.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace skyplan {

namespace {

/// Names for an evidence or anti-pattern text: all of them when there are a few, else the
/// first ones and how many more. A checklist line naming 3,000 services helps nobody, and
/// joining them was a tenth of the maturity assessment of 10,000 services.
QString someOf(const QStringList &names)
{
    constexpr qsizetype shown = 8;
    if (names.size() <= shown + 1)
        return names.join(QLatin1String(", "));
    return QCoreApplication::translate("Analysis", "%1 and %n more", "a list cut short",
                                       int(names.size() - shown))
        .arg(names.first(shown).join(QLatin1String(", ")));
}

bool isPublicCloud(const QString &provider)
{
    return provider != QLatin1String("onprem");
}

bool runsWorkloads(ServiceCategory c)
{
    switch (c) {
    case ServiceCategory::Compute:
    case ServiceCategory::GpuCompute:
    case ServiceCategory::Accelerator:
    case ServiceCategory::MlPlatform:
    case ServiceCategory::Kubernetes:
    case ServiceCategory::Batch:
    case ServiceCategory::Serverless:
        return true;
    default:
        return false;
    }
}

/// Rough continent of a region, enough to tell a global footprint from a local one.
QString continentOf(double lon)
{
    if (lon < -30)
        return QStringLiteral("Americas");
    if (lon < 60)
        return QStringLiteral("Europe/Africa");
    return QStringLiteral("Asia-Pacific");
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'g', 3) + QLatin1Char('%');
}

/// The criteria whose outcome depends on the design's figures (spend, egress share, pricing
/// models and schedules); MaturityStructure holds the others'.
bool isFigureCriterion(const QString &id)
{
    return id == QLatin1String("stated_reasons") || id == QLatin1String("egress_share_low") ||
           id == QLatin1String("cost_optimisation_in_use");
}

/// The redundancy groups each service needs, directly or through its dependencies. The
/// request graph is indexed once for all the entry points asked about.
class GroupNeeds {
public:
    /// By node: a service's index, or a number after them for an id no service has (a link or
    /// a group may name one in a design being repaired); ids are looked up once, here.
    /// `ends`: the design's link ends (Design::linkEnds()).
    GroupNeeds(const Design &design, const std::vector<Design::LinkEnds> &ends)
        : m_design(design), m_nodes(int(design.services().size()))
    {
        const auto node = [&](int index, const QString &id) {
            if (index >= 0)
                return index;
            auto it = m_unknown.constFind(id);
            if (it == m_unknown.cend())
                it = m_unknown.insert(id, m_nodes++);
            return it.value();
        };
        m_members.resize(design.redundancyGroups.size());
        for (std::size_t g = 0; g < design.redundancyGroups.size(); ++g) {
            for (const QString &m : design.redundancyGroups[g].members)
                m_members[g].push_back(node(design.serviceIndex(m), m));
        }
        std::vector<std::pair<int, int>> requests; // from, to
        for (std::size_t i = 0; i < design.links().size(); ++i) {
            const Link &l = design.links()[i];
            if (l.kind == LinkKind::Request)
                requests.push_back({node(ends[i].from, l.from), node(ends[i].to, l.to)});
        }
        m_groupOf.assign(std::size_t(m_nodes), -1);
        for (std::size_t g = 0; g < m_members.size(); ++g) {
            for (const int m : m_members[g])
                m_groupOf[std::size_t(m)] = int(g); // the last group naming it
        }
        // One array for all nodes, each node's in link order: node n needs m_needs[m_first[n]]
        // to m_needs[m_first[n + 1]] (a vector per service was a third of the structure).
        m_first.assign(std::size_t(m_nodes) + 1, 0);
        for (const auto &[from, to] : requests)
            ++m_first[std::size_t(from) + 1];
        for (std::size_t n = 0; n < std::size_t(m_nodes); ++n)
            m_first[n + 1] += m_first[n];
        m_needs.resize(requests.size());
        std::vector<int> next(m_first.begin(), m_first.end() - 1);
        for (const auto &[from, to] : requests)
            m_needs[std::size_t(next[std::size_t(from)]++)] = to;
    }

    /// Indices into design.redundancyGroups, each once, in the order they are reached.
    std::vector<int> of(const QString &rootId) const
    {
        std::vector<int> groups;
        const int root = m_design.serviceIndex(rootId);
        const int rootNode = root >= 0 ? root : m_unknown.value(rootId, -1);
        if (rootNode < 0)
            return groups; // nothing needs it and it needs nothing
        // Marks of this call, so that a call costs what it reaches, not the whole design
        // (there may be an entry point for every other service).
        ++m_call;
        m_groupSeen.resize(m_members.size(), 0);
        m_seen.resize(std::size_t(m_nodes), 0);
        const auto addGroup = [&](int g) {
            if (m_groupSeen[std::size_t(g)] != m_call) {
                m_groupSeen[std::size_t(g)] = m_call;
                groups.push_back(g);
            }
        };
        std::vector<int> pending{rootNode};
        while (!pending.empty()) {
            const int n = pending.back();
            pending.pop_back();
            if (m_seen[std::size_t(n)] == m_call)
                continue;
            m_seen[std::size_t(n)] = m_call;
            for (int k = m_first[std::size_t(n)]; k < m_first[std::size_t(n) + 1]; ++k) {
                const int t = m_needs[std::size_t(k)];
                const int g = m_groupOf[std::size_t(t)];
                if (g >= 0) {
                    addGroup(g);
                    pending.insert(pending.end(), m_members[std::size_t(g)].begin(),
                                   m_members[std::size_t(g)].end());
                } else {
                    pending.push_back(t);
                }
            }
        }
        if (const int g = m_groupOf[std::size_t(rootNode)]; g >= 0)
            addGroup(g);
        return groups;
    }

private:
    const Design &m_design;
    int m_nodes;                             ///< services, then unknown ids
    QHash<QString, int> m_unknown;           ///< ids no service has -> their node
    std::vector<std::vector<int>> m_members; ///< per group
    std::vector<int> m_groupOf;              ///< per node: the last group naming it, or -1
    std::vector<int> m_first;                ///< per node: where its needs start in m_needs
    std::vector<int> m_needs;                ///< what each node's request links reach
    mutable int m_call = 0;                  ///< of() calls so far
    mutable std::vector<int> m_seen;         ///< per node: the last call that reached it
    mutable std::vector<int> m_groupSeen;    ///< per group: the last call that added it
};

} // namespace

MaturityStructure MaturityAssessor::structure(const Design &design, const EgressReport &egress,
                                              const AvailabilityReport &availability,
                                              const ComplianceReport &compliance,
                                              const AnalysisLookups *lookups) const
{
    std::optional<AnalysisLookups> own;
    const AnalysisLookups &entries = lookups ? *lookups : own.emplace(design, m_catalog);
    MaturityStructure st;
    const MaturityModel &model = m_catalog.policies().maturity;
    const auto &services = design.services();
    updateCompliance(st, compliance);

    // Each service's provider (by index into the sorted providers) and catalog offering.
    const QStringList &providers = entries.providers(); // in order of first use
    st.providers = providers;
    st.providers.sort();
    st.providers.removeDuplicates();
    std::vector<int> sortedIndex; // by provider number
    sortedIndex.reserve(std::size_t(providers.size()));
    for (const QString &p : providers)
        sortedIndex.push_back(int(std::lower_bound(st.providers.begin(), st.providers.end(), p) -
                                  st.providers.begin()));
    st.providerOf.reserve(services.size());
    st.offerings.reserve(services.size());
    st.tpuTypes.reserve(services.size());
    QHash<const ServiceOffering *, char> tpu;
    for (std::size_t i = 0; i < services.size(); ++i) {
        st.providerOf.push_back(sortedIndex[std::size_t(entries.providerOf(i))]);
        const ServiceOffering *o = entries[i].offering;
        st.offerings.push_back(o);
        char hasTpu = 0;
        if (o) {
            auto it = tpu.find(o);
            if (it == tpu.end()) {
                char any = 0;
                for (const InstanceType &t : o->instanceTypes)
                    any = any || t.accelerator.contains(QLatin1String("TPU"));
                it = tpu.insert(o, any);
            }
            hasTpu = it.value();
        }
        st.tpuTypes.push_back(hasTpu);
    }

    for (const QString &p : providers) {
        if (isPublicCloud(p))
            st.publicClouds << p;
    }
    updateEgress(st, design, egress, entries.linkEnds());
    QSet<QString> kubernetesProviders, workloadProviders;
    for (std::size_t i = 0; i < services.size(); ++i) {
        const ServiceOffering *o = st.offerings[i];
        if (!o || !isPublicCloud(services[i].provider))
            continue;
        if (o->category == ServiceCategory::Kubernetes)
            kubernetesProviders.insert(services[i].provider);
        if (runsWorkloads(o->category))
            workloadProviders.insert(services[i].provider);
    }
    updateReasons(st, design);
    const GroupNeeds groupNeeds(design, entries.linkEnds());
    std::vector<std::vector<int>> entryGroups; // per entry point, the groups it needs
    {
        std::vector<char> listed(design.redundancyGroups.size(), 0);
        for (const EntryPointAvailability &e : availability.entryPoints) {
            entryGroups.push_back(groupNeeds.of(e.id));
            for (int g : entryGroups.back()) {
                const RedundancyGroup &group = design.redundancyGroups[std::size_t(g)];
                if (group.failover == Failover::Manual && !listed[std::size_t(g)] &&
                    !st.manualCritical.contains(group.name)) {
                    listed[std::size_t(g)] = 1;
                    st.manualCritical << group.name;
                }
            }
        }
    }
    for (const DisasterRecoveryPlan &p : design.disasterRecovery) {
        if (!p.automatic)
            st.manualCritical << (p.name.isEmpty() ? QStringLiteral("disaster_recovery %1 -> %2")
                                                         .arg(p.primary.cloud, p.standby.cloud)
                                                   : p.name);
    }

    // The criteria that read the design's structure only, by id.
    const auto criterion = [&](const QString &id, QString &evidence) -> bool {
        if (id == QLatin1String("portable_application_layer")) {
            QStringList ids;
            for (std::size_t i = 0; i < services.size(); ++i) {
                const ServiceOffering *o = st.offerings[i];
                if (o && (o->category == ServiceCategory::Kubernetes ||
                          (o->portability == Portability::Portable && runsWorkloads(o->category))))
                    ids << services[i].id;
            }
            evidence = ids.isEmpty()
                           ? QCoreApplication::translate(
                                 "Analysis", "no workload on Kubernetes or portable compute")
                           : QCoreApplication::translate("Analysis", "portable workloads: %1")
                                 .arg(someOf(ids));
            return !ids.isEmpty();
        }
        if (id == QLatin1String("open_data_layer")) {
            QStringList ids;
            for (std::size_t i = 0; i < services.size(); ++i) {
                const ServiceOffering *o = st.offerings[i];
                if (o && o->portability != Portability::Proprietary &&
                    (o->category == ServiceCategory::ObjectStorage ||
                     o->category == ServiceCategory::ContainerRegistry ||
                     o->category == ServiceCategory::Database))
                    ids << services[i].id;
            }
            evidence =
                ids.isEmpty()
                    ? QCoreApplication::translate("Analysis", "no open-interface storage")
                    : QCoreApplication::translate("Analysis", "open storage: %1").arg(someOf(ids));
            return !ids.isEmpty();
        }
        if (id == QLatin1String("could_migrate")) {
            const bool allPortable =
                std::all_of(st.offerings.begin(), st.offerings.end(), [](const ServiceOffering *o) {
                    return o && o->portability != Portability::Proprietary;
                });
            evidence = providers.size() >= 2
                           ? QCoreApplication::translate("Analysis", "workloads on %1")
                                 .arg(providers.join(QLatin1String(", ")))
                       : allPortable ? QCoreApplication::translate(
                                           "Analysis", "every service is portable or managed-open")
                                     : QCoreApplication::translate(
                                           "Analysis", "one provider, with proprietary services");
            return providers.size() >= 2 || (allPortable && !services.empty());
        }
        if (id == QLatin1String("two_or_more_clouds")) {
            evidence =
                QCoreApplication::translate("Analysis", "public clouds: %1")
                    .arg(st.publicClouds.isEmpty()
                             ? QCoreApplication::translate("Analysis", "none", "no public cloud")
                             : st.publicClouds.join(QLatin1String(", ")));
            return st.publicClouds.size() >= 2;
        }
        if (id == QLatin1String("critical_active_active")) {
            if (availability.entryPoints.empty()) {
                evidence = QCoreApplication::translate(
                    "Analysis", "no entry points (mark the user-facing services)");
                return false;
            }
            QStringList without;
            for (std::size_t i = 0; i < availability.entryPoints.size(); ++i) {
                const bool activeActive =
                    std::any_of(entryGroups[i].begin(), entryGroups[i].end(), [&](int g) {
                        return design.redundancyGroups[std::size_t(g)].mode !=
                               RedundancyMode::ActivePassive;
                    });
                if (!activeActive)
                    without << availability.entryPoints[i].id;
            }
            evidence = without.isEmpty()
                           ? QCoreApplication::translate(
                                 "Analysis", "every entry point is served active-active")
                           : QCoreApplication::translate("Analysis", "not active-active: %1")
                                 .arg(someOf(without));
            return without.isEmpty();
        }
        if (id == QLatin1String("management_plane")) {
            QStringList ids;
            for (std::size_t i = 0; i < services.size(); ++i) {
                const ServiceOffering *o = st.offerings[i];
                if (o && o->category == ServiceCategory::ManagementPlane)
                    ids << services[i].id;
            }
            evidence = ids.isEmpty()
                           ? QCoreApplication::translate("Analysis", "no management plane")
                           : QCoreApplication::translate("Analysis", "management plane: %1")
                                 .arg(someOf(ids));
            return !ids.isEmpty();
        }
        if (id == QLatin1String("automated_failover")) {
            QStringList manual;
            for (const RedundancyGroup &g : design.redundancyGroups) {
                if (g.failover == Failover::Manual)
                    manual << g.name;
            }
            for (const DisasterRecoveryPlan &p : design.disasterRecovery) {
                if (!p.automatic)
                    manual << (p.name.isEmpty() ? QStringLiteral("disaster_recovery") : p.name);
            }
            const bool any = !design.redundancyGroups.empty() || !design.disasterRecovery.empty();
            evidence =
                !any ? QCoreApplication::translate("Analysis", "no redundancy groups or DR plans")
                : manual.isEmpty()
                    ? QCoreApplication::translate("Analysis", "every failover is automatic")
                    : QCoreApplication::translate("Analysis", "manual failover: %1")
                          .arg(someOf(manual));
            return any && manual.isEmpty();
        }
        if (id == QLatin1String("consistent_deployment")) {
            QStringList missing;
            for (const QString &p : std::as_const(st.publicClouds)) {
                if (!kubernetesProviders.contains(p))
                    missing << p;
            }
            evidence = missing.isEmpty()
                           ? QCoreApplication::translate("Analysis",
                                                         "managed Kubernetes on every cloud in use")
                           : QCoreApplication::translate("Analysis", "no managed Kubernetes on: %1")
                                 .arg(missing.join(QLatin1String(", ")));
            return missing.isEmpty() && !st.publicClouds.isEmpty();
        }
        evidence = QCoreApplication::translate("Analysis", "unknown criterion \"%1\" (not checked)")
                       .arg(id);
        return false;
    };
    for (const MaturityLevel &level : model.levels) {
        for (const MaturityCriterion &c : level.criteria) {
            if (isFigureCriterion(c.id) || st.criteria.count(c.id))
                continue;
            QString evidence;
            const bool met = criterion(c.id, evidence);
            st.criteria.emplace(c.id, std::make_pair(met, evidence));
        }
    }

    countPlaces(st, entries);

    if (workloadProviders.size() >= 2 && kubernetesProviders.size() < workloadProviders.size()) {
        st.inconsistentDeployment = true;
        for (std::size_t i = 0; i < services.size(); ++i) {
            const PlacedService &s = services[i];
            const ServiceOffering *o = st.offerings[i];
            if (o && runsWorkloads(o->category) && o->category != ServiceCategory::Kubernetes &&
                !kubernetesProviders.contains(s.provider) && workloadProviders.contains(s.provider))
                st.inconsistentSubjects << s.id;
        }
        st.kubernetesProviders =
            QStringList(kubernetesProviders.begin(), kubernetesProviders.end());
        st.kubernetesProviders.sort();
    }
    return st;
}

MaturityReport MaturityAssessor::assess(const Design &design, const CostReport &cost,
                                        const EgressReport &egress,
                                        const AvailabilityReport &availability,
                                        const ComplianceReport &compliance) const
{
    return assess(design, cost, structure(design, egress, availability, compliance));
}

void MaturityAssessor::countPlaces(MaturityStructure &st, const AnalysisLookups &lookups) const
{
    QSet<QString> continents;
    for (const AnalysisLookups::Place &p : lookups.places()) {
        // On-prem sites have no coordinates: only catalog regions have a continent.
        if (const Region *r = m_catalog.catalogRegion(p.provider, p.region);
            r && (r->lat != 0 || r->lon != 0))
            continents.insert(continentOf(r->lon));
    }
    st.regions = int(lookups.places().size());
    st.continents = int(continents.size());
}

bool MaturityAssessor::updatePlaces(MaturityStructure &st, const Design &design,
                                    const AnalysisLookups &lookups,
                                    const std::vector<int> &moved) const
{
    const auto &services = design.services();
    if (st.offerings.size() != services.size())
        return false;
    // The figures stay: a moved service keeps its provider and offering, and its new price
    // is for updatePrices().
    for (const int i : moved) {
        const std::size_t at = std::size_t(i);
        // The providers, their order of first use and the offerings read by everything else
        // stay as they were only when each moved service kept its provider and offering.
        if (st.offerings[at] != lookups[at].offering ||
            st.providers.value(st.providerOf[at]) != services[at].provider)
            return false;
    }
    countPlaces(st, lookups);
    return true;
}

void MaturityAssessor::updateEgress(MaturityStructure &st, const Design &design,
                                    const EgressReport &egress,
                                    const std::vector<Design::LinkEnds> &ends)
{
    st.crossCloudEgressUsd = 0;
    st.costlyCrossCloudLinks.clear();
    const std::size_t links = std::min({egress.links.size(), design.links().size(), ends.size()});
    for (std::size_t i = 0; i < links; ++i) {
        // Between two providers: compared by their numbers (a link with an end that names no
        // service has no providers, and no charge).
        const auto [from, to] = ends[i];
        if (from < 0 || to < 0 ||
            st.providerOf[std::size_t(from)] == st.providerOf[std::size_t(to)])
            continue;
        const LinkEgress &e = egress.links[i];
        st.crossCloudEgressUsd += e.monthly;
        if (e.monthly > 0)
            st.costlyCrossCloudLinks << design.links()[i].id;
    }
}

void MaturityAssessor::updateCompliance(MaturityStructure &st, const ComplianceReport &compliance)
{
    st.regimes = int(compliance.regimes.size());
}

void MaturityAssessor::updateReasons(MaturityStructure &st, const Design &design)
{
    st.figures.reset();
    st.unreasoned.clear();
    const auto &services = design.services();
    for (std::size_t i = 0; i < services.size(); ++i) {
        if (isPublicCloud(services[i].provider) && services[i].reason.trimmed().isEmpty())
            st.unreasoned.push_back(int(i));
    }
}

namespace {

/// A service on a cost optimisation: one with instances, not on demand around the clock.
char onOptimisation(const PlacedService &s, const ServiceOffering *offering)
{
    return offering && !offering->instanceTypes.empty() &&
           (s.pricing != PricingModel::OnDemand || s.hoursPerDay < 24 || s.daysPerWeek < 7);
}

} // namespace

MaturityStructure::Figures MaturityAssessor::figures(const Design &design, const CostReport &cost,
                                                     const MaturityStructure &st)
{
    MaturityStructure::Figures f;
    const auto &services = design.services();
    const auto providers = std::size_t(st.providers.size());
    f.storedGbSums.resize(providers);
    f.priced.resize(services.size());
    f.stored.resize(services.size());
    f.onOptimisation.resize(services.size());
    for (std::size_t i = 0; i < services.size(); ++i) {
        const PlacedService &s = services[i];
        f.priced[i] = cost.services[i].monthly;
        f.stored[i] = s.storageGb;
        f.onOptimisation[i] = onOptimisation(s, st.offerings[i]);
        count(f, st, i, 1);
    }
    readFigures(f, design, cost, st, true, true);
    return f;
}

void MaturityAssessor::count(MaturityStructure::Figures &f, const MaturityStructure &st,
                             std::size_t i, int sign)
{
    if (st.providerOf[i] >= 0)
        f.storedGbSums[std::size_t(st.providerOf[i])].add(f.stored[i], sign);
    const ServiceOffering *o = st.offerings[i];
    if (o && o->portability == Portability::Proprietary)
        f.proprietarySum.add(f.priced[i], sign);
}

void MaturityAssessor::readFigures(MaturityStructure::Figures &f, const Design &design,
                                   const CostReport &cost, const MaturityStructure &st,
                                   bool reasons, bool optimised)
{
    const auto &services = design.services();
    // The spend by provider is the cost estimate's (CostSums, which every report CostEstimator
    // makes holds), read by the providers' ids.
    f.spend.assign(std::size_t(st.providers.size()), 0.0);
    for (qsizetype p = 0; p < st.providers.size(); ++p) {
        const qsizetype at = cost.sums.providers.indexOf(st.providers[p]);
        if (at >= 0)
            f.spend[std::size_t(p)] = cost.sums.spend[std::size_t(at)].value();
    }
    f.storedGb.clear();
    for (const ExactSum &sum : f.storedGbSums)
        f.storedGb.push_back(sum.value());
    f.proprietaryMonthlyUsd = f.proprietarySum.value();
    const int mainBefore = f.main;
    f.main = -1;
    for (int p = 0; p < st.providers.size(); ++p) {
        // As the spend map did: a provider without an id never stays the main one.
        if (isPublicCloud(st.providers[p]) &&
            (f.main < 0 || st.providers[f.main].isEmpty() ||
             f.spend[std::size_t(p)] > f.spend[std::size_t(f.main)]))
            f.main = p;
    }
    if (reasons || f.main != mainBefore) {
        f.withoutReason.clear();
        for (const int i : st.unreasoned) {
            if (st.providerOf[std::size_t(i)] != f.main)
                f.withoutReason << services[std::size_t(i)].id;
        }
    }
    if (optimised) {
        f.optimised.clear();
        for (std::size_t i = 0; i < services.size(); ++i) {
            if (f.onOptimisation[i])
                f.optimised << services[i].id;
        }
    }
}

void MaturityAssessor::updatePrices(MaturityStructure &st, const Design &design,
                                    const CostReport &cost, const std::vector<int> &services)
{
    if (!st.figures)
        return;
    MaturityStructure::Figures &f = *st.figures;
    const auto &placed = design.services();
    if (f.priced.size() != placed.size() || cost.services.size() != placed.size() ||
        st.providerOf.size() != placed.size()) {
        st.figures.reset(); // not of these services: made again when read
        return;
    }
    bool optimised = false;
    for (const int service : services) {
        const auto i = std::size_t(service);
        const PlacedService &s = placed[i];
        count(f, st, i, -1);
        f.priced[i] = cost.services[i].monthly;
        f.stored[i] = s.storageGb;
        count(f, st, i, 1);
        const char on = onOptimisation(s, st.offerings[i]);
        optimised = optimised || on != f.onOptimisation[i];
        f.onOptimisation[i] = on;
    }
    readFigures(f, design, cost, st, false, optimised);
}

MaturityReport MaturityAssessor::assess(const Design &design, const CostReport &cost,
                                        const MaturityStructure &st) const
{
    MaturityReport report;
    const MaturityModel &model = m_catalog.policies().maturity;
    const auto &services = design.services();

    if (!st.figures)
        st.figures = figures(design, cost, st);
    const MaturityStructure::Figures &sums = *st.figures;
    const int main = sums.main;
    const QString mainProvider = main >= 0 ? st.providers[main] : QString();
    const QStringList &withoutReason = sums.withoutReason;
    report.crossCloudEgressShare = cost.monthly > 0 ? st.crossCloudEgressUsd / cost.monthly : 0;

    // The criteria that read figures; the others were found with the structure.
    const auto criterion = [&](const QString &id, QString &evidence) -> bool {
        if (id == QLatin1String("stated_reasons")) {
            evidence = withoutReason.isEmpty()
                           ? QCoreApplication::translate("Analysis",
                                                         "every service outside %1 has a reason")
                                 .arg(mainProvider)
                           : QCoreApplication::translate("Analysis", "no reason stated for: %1")
                                 .arg(someOf(withoutReason));
            return withoutReason.isEmpty() && st.publicClouds.size() >= 2;
        }
        if (id == QLatin1String("egress_share_low")) {
            evidence =
                QCoreApplication::translate("Analysis", "cross-cloud egress is %1 of monthly spend")
                    .arg(percent(report.crossCloudEgressShare));
            return report.crossCloudEgressShare <= model.egressShareMax;
        }
        if (id == QLatin1String("cost_optimisation_in_use")) {
            const QStringList &ids = sums.optimised;
            evidence =
                ids.isEmpty()
                    ? QCoreApplication::translate("Analysis",
                                                  "everything runs on demand, around the clock")
                    : QCoreApplication::translate("Analysis", "optimised: %1").arg(someOf(ids));
            return !ids.isEmpty();
        }
        const auto known = st.criteria.find(id);
        if (known == st.criteria.end())
            return false; // not in the model the structure was found with
        evidence = known->second.second;
        return known->second.first;
    };

    const QString shareText = QString::number(model.egressShareMax * 100, 'g', 3);
    bool reached = true;
    for (const MaturityLevel &level : model.levels) {
        bool allMet = true;
        for (const MaturityCriterion &c : level.criteria) {
            MaturityCriterionResult r;
            r.level = level.level;
            r.id = c.id;
            r.text = dataText(c.text).replace(QStringLiteral("{egress_share_max_pct}"), shareText);
            r.met = criterion(c.id, r.evidence);
            allMet = allMet && r.met;
            report.checklist.push_back(r);
        }
        if (reached && allMet) {
            report.level = level.level;
            report.levelName = dataText(level.name);
        } else if (reached) {
            reached = false;
            for (const MaturityCriterionResult &r : report.checklist) {
                if (r.level == level.level && !r.met)
                    report.missingForNext << r.text;
            }
        }
    }

    // Lock-in.
    report.lockIn.proprietaryMonthlyUsd = sums.proprietaryMonthlyUsd;
    report.lockIn.proprietaryShare =
        cost.servicesMonthly > 0 ? report.lockIn.proprietaryMonthlyUsd / cost.servicesMonthly : 0;
    const std::vector<double> &storedGb = sums.storedGb;
    for (int p = 0; p < st.providers.size(); ++p) {
        const QString &providerId = st.providers[p];
        const Provider *provider = m_catalog.provider(providerId);
        const double usd = provider ? provider->egress.internetCost(storedGb[std::size_t(p)]) : 0;
        report.lockIn.exitCostByProvider[providerId] = usd;
        report.lockIn.exitCostUsd += usd;
    }

    // The decision framework.
    const DecisionFramework &f = model.decision;
    const OrganizationProfile &org = design.organization;
    MulticloudVerdict &v = report.decision;
    if (org.annualCloudSpendUsd >= f.yesAnnualSpendAtLeast)
        v.reasonsFor
            << QCoreApplication::translate("Analysis",
                                           "cloud spend of $%1 a year is enterprise scale")
                   .arg(QLocale(QLocale::English).toString(org.annualCloudSpendUsd, 'f', 0));
    if (org.availabilityTarget >= f.yesAvailabilityAtLeast)
        v.reasonsFor << QCoreApplication::translate(
                            "Analysis", "availability target %1 needs more than one provider")
                            .arg(percent(org.availabilityTarget));
    if (st.regimes >= f.yesJurisdictionsAtLeast)
        v.reasonsFor << QCoreApplication::translate("Analysis", "%n regulatory regimes in scope",
                                                    nullptr, st.regimes);
    if (f.yesSpecialisedHardware) {
        for (std::size_t i = 0; i < services.size(); ++i) {
            const ServiceOffering *o = st.offerings[i];
            if (!o || (o->category != ServiceCategory::Accelerator && !st.tpuTypes[i]))
                continue;
            const PlacedService &s = services[i];
            const InstanceType *t = o->instanceType(s.instanceType);
            if (o->category == ServiceCategory::Accelerator ||
                (t && t->accelerator.contains(QLatin1String("TPU")))) {
                v.reasonsFor << QCoreApplication::translate("Analysis",
                                                            "specialised hardware (%1 on %2)")
                                    .arg(t ? t->id : o->name, s.provider);
                break;
            }
        }
    }
    if (st.continents >= f.yesGlobalRegionsAtLeast)
        v.reasonsFor << QCoreApplication::translate(
            "Analysis", "regions on %n continents (global users)", nullptr, st.continents);
    if (org.teamEngineers > 0 && org.teamEngineers < f.noTeamBelow)
        v.reasonsAgainst << QCoreApplication::translate(
            "Analysis", "a team of %n engineers is small for several clouds", nullptr,
            org.teamEngineers);
    if (org.annualCloudSpendUsd > 0 && org.annualCloudSpendUsd < f.noAnnualSpendBelow)
        v.reasonsAgainst
            << QCoreApplication::translate("Analysis",
                                           "cloud spend of $%1 a year is too small to negotiate")
                   .arg(QLocale(QLocale::English).toString(org.annualCloudSpendUsd, 'f', 0));
    if (f.noSingleRegion && st.regions == 1)
        v.reasonsAgainst << QCoreApplication::translate("Analysis",
                                                        "everything runs in one region");
    if (org.availabilityTarget > 0 && org.availabilityTarget <= f.noAvailabilityAtMost)
        v.reasonsAgainst << QCoreApplication::translate(
                                "Analysis", "availability target %1 is met by one cloud")
                                .arg(percent(org.availabilityTarget));
    v.verdict = v.reasonsFor.size() > v.reasonsAgainst.size()   ? QStringLiteral("yes")
                : v.reasonsFor.size() < v.reasonsAgainst.size() ? QStringLiteral("no")
                                                                : QStringLiteral("borderline");
    v.justified = v.verdict == QLatin1String("yes");

    // Anti-patterns.
    const auto text = [&](const QString &id) -> const AntiPatternText * {
        for (const AntiPatternText &t : model.antiPatterns) {
            if (t.id == id)
                return &t;
        }
        return nullptr;
    };
    const auto flag = [&](const QString &id, const QString &detail, const QStringList &subjects) {
        const AntiPatternText *t = text(id);
        if (!t)
            return;
        QString explanation = dataText(t->explanation);
        explanation.replace(QStringLiteral("{egress_share_max_pct}"), shareText)
            .replace(QStringLiteral("{providers}"), QString::number(st.publicClouds.size()))
            .replace(QStringLiteral("{engineers}"), QString::number(org.teamEngineers))
            .replace(QStringLiteral("{engineers_per_provider}"),
                     QString::number(model.engineersPerProvider));
        report.antiPatterns.push_back(
            {id, dataText(t->name),
             explanation + (detail.isEmpty() ? QString() : QStringLiteral(" ") + detail),
             subjects});
    };
    if (st.publicClouds.size() >= 2 &&
        (!withoutReason.isEmpty() || v.verdict == QLatin1String("no")))
        flag(QStringLiteral("multicloud_without_reasons"),
             withoutReason.isEmpty()
                 ? QCoreApplication::translate("Analysis", "(Decision framework: %1.)")
                       .arg(v.reasonsAgainst.join(QLatin1String("; ")))
                 : QCoreApplication::translate("Analysis", "(No reason: %1.)")
                       .arg(someOf(withoutReason)),
             withoutReason);
    if (st.inconsistentDeployment)
        flag(QStringLiteral("inconsistent_deployment"),
             st.kubernetesProviders.isEmpty()
                 ? QCoreApplication::translate("Analysis", "(No cloud runs Kubernetes.)")
                 : QCoreApplication::translate("Analysis", "(Kubernetes only on %1.)")
                       .arg(st.kubernetesProviders.join(QLatin1String(", "))),
             st.inconsistentSubjects);
    if (report.crossCloudEgressShare > model.egressShareMax)
        flag(QStringLiteral("egress_heavy"),
             QCoreApplication::translate("Analysis", "(Now %1.)")
                 .arg(percent(report.crossCloudEgressShare)),
             st.costlyCrossCloudLinks);
    if (!st.manualCritical.isEmpty())
        flag(
            QStringLiteral("manual_failover_on_critical_path"),
            QCoreApplication::translate("Analysis", "(Groups: %1.)").arg(someOf(st.manualCritical)),
            st.manualCritical);
    if (org.teamEngineers > 0 && st.publicClouds.size() >= 2 &&
        org.teamEngineers < model.engineersPerProvider * st.publicClouds.size())
        flag(QStringLiteral("team_too_small"), QString(), {});
    return report;
}

} // namespace skyplan

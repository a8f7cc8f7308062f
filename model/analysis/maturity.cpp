#include "maturity.h"

#include "availability.h"
#include "compliance.h"
#include "costestimator.h"
#include "egressestimator.h"
#include "model/catalog/catalog.h"
#include "model/catalog/datatext.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

namespace skyplan {

namespace {

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

/// The redundancy groups each service needs, directly or through its dependencies. The
/// request graph is indexed once for all the entry points asked about.
class GroupNeeds {
public:
    explicit GroupNeeds(const Design &design) : m_design(design)
    {
        for (std::size_t g = 0; g < design.redundancyGroups.size(); ++g) {
            for (const QString &m : design.redundancyGroups[g].members)
                m_groupOf.insert(m, int(g));
        }
        for (const Link &l : design.links()) {
            if (l.kind == LinkKind::Request)
                m_needs[l.from] << l.to;
        }
    }

    /// Indices into design.redundancyGroups, each once.
    std::vector<int> of(const QString &root) const
    {
        std::vector<int> groups;
        std::vector<char> inGroups(m_design.redundancyGroups.size(), 0);
        const auto addGroup = [&](int g) {
            if (!inGroups[std::size_t(g)]) {
                inGroups[std::size_t(g)] = 1;
                groups.push_back(g);
            }
        };
        QSet<QString> seen;
        QStringList pending{root};
        while (!pending.isEmpty()) {
            const QString id = pending.takeLast();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            for (const QString &t : m_needs.value(id)) {
                const int g = m_groupOf.value(t, -1);
                if (g >= 0) {
                    addGroup(g);
                    pending << m_design.redundancyGroups[std::size_t(g)].members;
                } else {
                    pending << t;
                }
            }
        }
        if (const int g = m_groupOf.value(root, -1); g >= 0)
            addGroup(g);
        return groups;
    }

private:
    const Design &m_design;
    QHash<QString, int> m_groupOf;
    QHash<QString, QStringList> m_needs;
};

} // namespace

MaturityReport MaturityAssessor::assess(const Design &design, const CostReport &cost,
                                        const EgressReport &egress,
                                        const AvailabilityReport &availability,
                                        const ComplianceReport &compliance) const
{
    MaturityReport report;
    const MaturityModel &model = m_catalog.policies().maturity;
    const auto &services = design.services();

    // Facts the criteria and anti-patterns share.
    QStringList publicClouds;
    for (const QString &p : design.providers()) {
        if (isPublicCloud(p))
            publicClouds << p;
    }
    const auto offering = [&](const PlacedService &s) {
        return m_catalog.service(s.provider, s.service);
    };
    const auto category = [&](const PlacedService &s, ServiceCategory c) {
        const ServiceOffering *o = offering(s);
        return o && o->category == c;
    };
    std::map<QString, double> spendByProvider;
    for (std::size_t i = 0; i < services.size(); ++i)
        spendByProvider[services[i].provider] += cost.services[i].monthly;
    QString mainProvider;
    for (const auto &[p, usd] : spendByProvider) {
        if (isPublicCloud(p) && (mainProvider.isEmpty() || usd > spendByProvider[mainProvider]))
            mainProvider = p;
    }
    double crossCloud = 0;
    for (const LinkEgress &e : egress.links) {
        if (e.senderProvider != e.receiverProvider)
            crossCloud += e.monthly;
    }
    report.crossCloudEgressShare = cost.monthly > 0 ? crossCloud / cost.monthly : 0;
    QSet<QString> kubernetesProviders, workloadProviders;
    for (const PlacedService &s : services) {
        const ServiceOffering *o = offering(s);
        if (!o || !isPublicCloud(s.provider))
            continue;
        if (o->category == ServiceCategory::Kubernetes)
            kubernetesProviders.insert(s.provider);
        if (runsWorkloads(o->category))
            workloadProviders.insert(s.provider);
    }
    QStringList withoutReason;
    for (const PlacedService &s : services) {
        if (isPublicCloud(s.provider) && s.provider != mainProvider && s.reason.trimmed().isEmpty())
            withoutReason << s.id;
    }
    QStringList manualCritical;
    const GroupNeeds groupNeeds(design);
    std::vector<std::vector<int>> entryGroups; // per entry point, the groups it needs
    {
        std::vector<char> listed(design.redundancyGroups.size(), 0);
        for (const EntryPointAvailability &e : availability.entryPoints) {
            entryGroups.push_back(groupNeeds.of(e.id));
            for (int g : entryGroups.back()) {
                const RedundancyGroup &group = design.redundancyGroups[std::size_t(g)];
                if (group.failover == Failover::Manual && !listed[std::size_t(g)] &&
                    !manualCritical.contains(group.name)) {
                    listed[std::size_t(g)] = 1;
                    manualCritical << group.name;
                }
            }
        }
    }

    for (const DisasterRecoveryPlan &p : design.disasterRecovery) {
        if (!p.automatic)
            manualCritical << (p.name.isEmpty() ? QStringLiteral("disaster_recovery %1 -> %2")
                                                      .arg(p.primary.cloud, p.standby.cloud)
                                                : p.name);
    }

    // The criteria, by id.
    const auto criterion = [&](const QString &id, QString &evidence) -> bool {
        if (id == QLatin1String("portable_application_layer")) {
            QStringList ids;
            for (const PlacedService &s : services) {
                const ServiceOffering *o = offering(s);
                if (o && (o->category == ServiceCategory::Kubernetes ||
                          (o->portability == Portability::Portable && runsWorkloads(o->category))))
                    ids << s.id;
            }
            evidence = ids.isEmpty()
                           ? QCoreApplication::translate(
                                 "Analysis", "no workload on Kubernetes or portable compute")
                           : QCoreApplication::translate("Analysis", "portable workloads: %1")
                                 .arg(ids.join(QLatin1String(", ")));
            return !ids.isEmpty();
        }
        if (id == QLatin1String("open_data_layer")) {
            QStringList ids;
            for (const PlacedService &s : services) {
                const ServiceOffering *o = offering(s);
                if (o && o->portability != Portability::Proprietary &&
                    (o->category == ServiceCategory::ObjectStorage ||
                     o->category == ServiceCategory::ContainerRegistry ||
                     o->category == ServiceCategory::Database))
                    ids << s.id;
            }
            evidence = ids.isEmpty()
                           ? QCoreApplication::translate("Analysis", "no open-interface storage")
                           : QCoreApplication::translate("Analysis", "open storage: %1")
                                 .arg(ids.join(QLatin1String(", ")));
            return !ids.isEmpty();
        }
        if (id == QLatin1String("could_migrate")) {
            const bool allPortable =
                std::all_of(services.begin(), services.end(), [&](const PlacedService &s) {
                    const ServiceOffering *o = offering(s);
                    return o && o->portability != Portability::Proprietary;
                });
            evidence = design.providers().size() >= 2
                           ? QCoreApplication::translate("Analysis", "workloads on %1")
                                 .arg(design.providers().join(QLatin1String(", ")))
                       : allPortable ? QCoreApplication::translate(
                                           "Analysis", "every service is portable or managed-open")
                                     : QCoreApplication::translate(
                                           "Analysis", "one provider, with proprietary services");
            return design.providers().size() >= 2 || (allPortable && !services.empty());
        }
        if (id == QLatin1String("two_or_more_clouds")) {
            evidence =
                QCoreApplication::translate("Analysis", "public clouds: %1")
                    .arg(publicClouds.isEmpty()
                             ? QCoreApplication::translate("Analysis", "none", "no public cloud")
                             : publicClouds.join(QLatin1String(", ")));
            return publicClouds.size() >= 2;
        }
        if (id == QLatin1String("stated_reasons")) {
            evidence = withoutReason.isEmpty()
                           ? QCoreApplication::translate("Analysis",
                                                         "every service outside %1 has a reason")
                                 .arg(mainProvider)
                           : QCoreApplication::translate("Analysis", "no reason stated for: %1")
                                 .arg(withoutReason.join(QLatin1String(", ")));
            return withoutReason.isEmpty() && publicClouds.size() >= 2;
        }
        if (id == QLatin1String("egress_share_low")) {
            evidence =
                QCoreApplication::translate("Analysis", "cross-cloud egress is %1 of monthly spend")
                    .arg(percent(report.crossCloudEgressShare));
            return report.crossCloudEgressShare <= model.egressShareMax;
        }
        if (id == QLatin1String("cost_optimisation_in_use")) {
            QStringList ids;
            for (const PlacedService &s : services) {
                const ServiceOffering *o = offering(s);
                if (!o || o->instanceTypes.empty())
                    continue;
                if (s.pricing != PricingModel::OnDemand || s.hoursPerDay < 24 || s.daysPerWeek < 7)
                    ids << s.id;
            }
            evidence = ids.isEmpty()
                           ? QCoreApplication::translate(
                                 "Analysis", "everything runs on demand, around the clock")
                           : QCoreApplication::translate("Analysis", "optimised: %1")
                                 .arg(ids.join(QLatin1String(", ")));
            return !ids.isEmpty();
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
                                 .arg(without.join(QLatin1String(", ")));
            return without.isEmpty();
        }
        if (id == QLatin1String("management_plane")) {
            QStringList ids;
            for (const PlacedService &s : services) {
                if (category(s, ServiceCategory::ManagementPlane))
                    ids << s.id;
            }
            evidence = ids.isEmpty()
                           ? QCoreApplication::translate("Analysis", "no management plane")
                           : QCoreApplication::translate("Analysis", "management plane: %1")
                                 .arg(ids.join(QLatin1String(", ")));
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
                          .arg(manual.join(QLatin1String(", ")));
            return any && manual.isEmpty();
        }
        if (id == QLatin1String("consistent_deployment")) {
            QStringList missing;
            for (const QString &p : publicClouds) {
                if (!kubernetesProviders.contains(p))
                    missing << p;
            }
            evidence = missing.isEmpty()
                           ? QCoreApplication::translate("Analysis",
                                                         "managed Kubernetes on every cloud in use")
                           : QCoreApplication::translate("Analysis", "no managed Kubernetes on: %1")
                                 .arg(missing.join(QLatin1String(", ")));
            return missing.isEmpty() && !publicClouds.isEmpty();
        }
        evidence = QCoreApplication::translate("Analysis", "unknown criterion \"%1\" (not checked)")
                       .arg(id);
        return false;
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
    for (std::size_t i = 0; i < services.size(); ++i) {
        const ServiceOffering *o = offering(services[i]);
        if (o && o->portability == Portability::Proprietary)
            report.lockIn.proprietaryMonthlyUsd += cost.services[i].monthly;
    }
    report.lockIn.proprietaryShare =
        cost.servicesMonthly > 0 ? report.lockIn.proprietaryMonthlyUsd / cost.servicesMonthly : 0;
    std::map<QString, double> storedGb;
    for (const PlacedService &s : services)
        storedGb[s.provider] += s.storageGb;
    for (const auto &[providerId, gb] : storedGb) {
        const Provider *p = m_catalog.provider(providerId);
        const double usd = p ? p->egress.internetCost(gb) : 0;
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
    if (int(compliance.regimes.size()) >= f.yesJurisdictionsAtLeast)
        v.reasonsFor << QCoreApplication::translate("Analysis", "%n regulatory regimes in scope",
                                                    nullptr, int(compliance.regimes.size()));
    if (f.yesSpecialisedHardware) {
        for (const PlacedService &s : services) {
            const ServiceOffering *o = offering(s);
            const InstanceType *t = o ? o->instanceType(s.instanceType) : nullptr;
            if ((o && o->category == ServiceCategory::Accelerator) ||
                (t && t->accelerator.contains(QLatin1String("TPU")))) {
                v.reasonsFor << QCoreApplication::translate("Analysis",
                                                            "specialised hardware (%1 on %2)")
                                    .arg(t ? t->id : o->name, s.provider);
                break;
            }
        }
    }
    QSet<QString> continents, regions;
    for (const PlacedService &s : services) {
        regions.insert(s.provider + QLatin1Char('/') + s.region);
        if (const auto r = m_catalog.region(s.provider, s.region, &design);
            r && (r->lat != 0 || r->lon != 0))
            continents.insert(continentOf(r->lon));
    }
    if (int(continents.size()) >= f.yesGlobalRegionsAtLeast)
        v.reasonsFor << QCoreApplication::translate(
            "Analysis", "regions on %n continents (global users)", nullptr, int(continents.size()));
    if (org.teamEngineers > 0 && org.teamEngineers < f.noTeamBelow)
        v.reasonsAgainst << QCoreApplication::translate(
            "Analysis", "a team of %n engineers is small for several clouds", nullptr,
            org.teamEngineers);
    if (org.annualCloudSpendUsd > 0 && org.annualCloudSpendUsd < f.noAnnualSpendBelow)
        v.reasonsAgainst
            << QCoreApplication::translate("Analysis",
                                           "cloud spend of $%1 a year is too small to negotiate")
                   .arg(QLocale(QLocale::English).toString(org.annualCloudSpendUsd, 'f', 0));
    if (f.noSingleRegion && regions.size() == 1)
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
            .replace(QStringLiteral("{providers}"), QString::number(publicClouds.size()))
            .replace(QStringLiteral("{engineers}"), QString::number(org.teamEngineers))
            .replace(QStringLiteral("{engineers_per_provider}"),
                     QString::number(model.engineersPerProvider));
        report.antiPatterns.push_back(
            {id, dataText(t->name),
             explanation + (detail.isEmpty() ? QString() : QStringLiteral(" ") + detail),
             subjects});
    };
    if (publicClouds.size() >= 2 && (!withoutReason.isEmpty() || v.verdict == QLatin1String("no")))
        flag(QStringLiteral("multicloud_without_reasons"),
             withoutReason.isEmpty()
                 ? QCoreApplication::translate("Analysis", "(Decision framework: %1.)")
                       .arg(v.reasonsAgainst.join(QLatin1String("; ")))
                 : QCoreApplication::translate("Analysis", "(No reason: %1.)")
                       .arg(withoutReason.join(QLatin1String(", "))),
             withoutReason);
    if (workloadProviders.size() >= 2 && kubernetesProviders.size() < workloadProviders.size()) {
        QStringList subjects;
        for (const PlacedService &s : services) {
            const ServiceOffering *o = offering(s);
            if (o && runsWorkloads(o->category) && o->category != ServiceCategory::Kubernetes &&
                !kubernetesProviders.contains(s.provider) && workloadProviders.contains(s.provider))
                subjects << s.id;
        }
        QStringList with(kubernetesProviders.begin(), kubernetesProviders.end());
        with.sort();
        flag(QStringLiteral("inconsistent_deployment"),
             with.isEmpty() ? QCoreApplication::translate("Analysis", "(No cloud runs Kubernetes.)")
                            : QCoreApplication::translate("Analysis", "(Kubernetes only on %1.)")
                                  .arg(with.join(QLatin1String(", "))),
             subjects);
    }
    if (report.crossCloudEgressShare > model.egressShareMax) {
        QStringList heavy;
        for (const LinkEgress &e : egress.links) {
            if (e.senderProvider != e.receiverProvider && e.monthly > 0)
                heavy << e.id;
        }
        flag(QStringLiteral("egress_heavy"),
             QCoreApplication::translate("Analysis", "(Now %1.)")
                 .arg(percent(report.crossCloudEgressShare)),
             heavy);
    }
    if (!manualCritical.isEmpty())
        flag(QStringLiteral("manual_failover_on_critical_path"),
             QCoreApplication::translate("Analysis", "(Groups: %1.)")
                 .arg(manualCritical.join(QLatin1String(", "))),
             manualCritical);
    if (org.teamEngineers > 0 && publicClouds.size() >= 2 &&
        org.teamEngineers < model.engineersPerProvider * publicClouds.size())
        flag(QStringLiteral("team_too_small"), QString(), {});
    return report;
}

} // namespace skyplan

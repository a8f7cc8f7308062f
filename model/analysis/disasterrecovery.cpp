#include "disasterrecovery.h"

#include "model/catalog/catalog.h"
#include "model/catalog/datatext.h"
#include "model/design.h"
#include "model/keytext.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace skyplan {

namespace {

QString minutes(double m)
{
    if (m < 0)
        return QCoreApplication::translate("Analysis", "none", "no recovery time");
    if (m >= 60 && std::fmod(m, 60) == 0)
        return QCoreApplication::translate("Analysis", "%1 h").arg(m / 60);
    return QCoreApplication::translate("Analysis", "%1 min").arg(m);
}

void judge(DrCheck &c, const ResiliencePolicy &policy)
{
    const auto target = policy.targets.find(c.workloadType);
    if (target == policy.targets.end())
        return;
    c.targetRtoMinutes = target->second.rtoMinutes;
    c.targetRpoMinutes = target->second.rpoMinutes;
    c.meets = c.rtoMinutes >= 0 && c.rtoMinutes <= c.targetRtoMinutes &&
              c.rpoMinutes <= c.targetRpoMinutes;
    if (c.meets)
        return;
    QStringList gaps;
    if (c.rtoMinutes < 0)
        gaps << QCoreApplication::translate("Analysis", "no DR strategy");
    else {
        if (c.rtoMinutes > c.targetRtoMinutes)
            gaps << QCoreApplication::translate("Analysis", "RTO %1 > target %2")
                        .arg(minutes(c.rtoMinutes), minutes(c.targetRtoMinutes));
        if (c.rpoMinutes > c.targetRpoMinutes)
            gaps << QCoreApplication::translate("Analysis", "RPO %1 > target %2")
                        .arg(minutes(c.rpoMinutes), minutes(c.targetRpoMinutes));
    }
    c.advice = gaps.join(QLatin1String(", ")) +
               QCoreApplication::translate("Analysis", "; Lecture 01 suggests %1 (%2)")
                   .arg(keyText(target->second.suggested), dataText(target->second.note));
}

} // namespace

std::vector<DrCheck> DisasterRecoveryChecker::check(const Design &design) const
{
    const ResiliencePolicy &policy = m_catalog.policies().resilience;
    std::vector<DrCheck> checks;
    for (const PlacedService &s : design.services()) {
        if (s.workloadType == WorkloadType::None)
            continue;
        DrCheck c;
        c.workload = s.id;
        c.subject = s.id;
        c.workloadType = s.workloadType;
        c.strategy = s.drStrategy;
        c.basis = QCoreApplication::translate("Analysis", "dr_strategy of the service");
        const RedundancyGroup *group = nullptr;
        for (const RedundancyGroup &g : design.redundancyGroups) {
            if (g.members.contains(s.id))
                group = &g;
        }
        QStringList regions;
        if (group) {
            for (const QString &m : group->members) {
                const PlacedService *member = design.service(m);
                const QString where =
                    member ? member->provider + QLatin1Char('/') + member->region : QString();
                if (member && !regions.contains(where))
                    regions << where;
            }
        }
        const bool noSpare =
            group && group->mode == RedundancyMode::KOfN && group->k >= group->members.size();
        if (c.strategy == DrStrategy::None && group && (regions.size() < 2 || noSpare)) {
            // A group in one region does not survive a regional disaster; k = n has no spare.
            c.basis = regions.size() < 2
                          ? QCoreApplication::translate(
                                "Analysis", "redundancy group \"%1\" sits in one region "
                                            "(%2): a regional disaster takes every member")
                                .arg(group->name, regions.value(0))
                          : QCoreApplication::translate(
                                "Analysis",
                                "redundancy group \"%1\" needs all its members: there is no spare")
                                .arg(group->name);
        } else if (c.strategy == DrStrategy::None && group) {
            // The redundancy group says how the workload recovers.
            if (group->mode != RedundancyMode::ActivePassive)
                c.strategy = DrStrategy::ActiveActive;
            else
                c.strategy = group->failover == Failover::Automatic ? DrStrategy::WarmStandby
                                                                    : DrStrategy::PilotLight;
            c.basis =
                QCoreApplication::translate("Analysis", "redundancy group \"%1\" (%2, %3 failover)")
                    .arg(group->name, keyText(group->mode), keyText(group->failover));
        }
        if (const auto f = policy.strategies.find(c.strategy); f != policy.strategies.end()) {
            c.rtoMinutes = f->second.rtoMinutes;
            c.rpoMinutes = f->second.rpoMinutes;
        }
        if (group && (group->rtoMinutes > 0 || group->rpoMinutes > 0)) {
            c.rtoMinutes = group->rtoMinutes;
            c.rpoMinutes = group->rpoMinutes;
            c.basis += QCoreApplication::translate("Analysis", ", stated RTO/RPO");
        }
        if (c.strategy == DrStrategy::None && !group)
            c.basis =
                QCoreApplication::translate("Analysis", "no DR strategy and no redundancy group");
        judge(c, policy);
        checks.push_back(std::move(c));
    }
    for (std::size_t i = 0; i < design.disasterRecovery.size(); ++i) {
        const DisasterRecoveryPlan &plan = design.disasterRecovery[i];
        DrCheck c;
        c.workload = plan.name.isEmpty() ? QStringLiteral("%1 %2 -> %3 %4")
                                               .arg(plan.primary.cloud, plan.primary.region,
                                                    plan.standby.cloud, plan.standby.region)
                                         : plan.name;
        c.workloadType = plan.workloadType;
        c.strategy = plan.mode == RedundancyMode::ActiveActive ? DrStrategy::ActiveActive
                     : plan.automatic                          ? DrStrategy::WarmStandby
                                                               : DrStrategy::PilotLight;
        c.rtoMinutes = plan.rtoSeconds / 60.0;
        c.rpoMinutes = plan.rpoSeconds / 60.0;
        c.basis =
            QCoreApplication::translate(
                "Analysis", "disaster_recovery plan (%1, %2 failover, standby capacity %3)")
                .arg(keyText(plan.mode),
                     keyText(plan.automatic ? Failover::Automatic : Failover::Manual),
                     plan.standby.capacity.isEmpty() ? QStringLiteral("?") : plan.standby.capacity);
        judge(c, policy);
        checks.push_back(std::move(c));
    }
    return checks;
}

} // namespace skyplan

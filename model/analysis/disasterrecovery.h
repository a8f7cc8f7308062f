#pragma once

#include "model/enums.h"

#include <QString>

#include <vector>

namespace skyplan {

class Catalog;
class Design;

/// One workload's recovery: what its strategy achieves against Lecture 01's targets.
struct DrCheck {
    QString workload; ///< a service id, or a disaster-recovery plan's name
    QString subject;  ///< the service the row is about (empty for a plan)
    WorkloadType workloadType = WorkloadType::None;
    DrStrategy strategy = DrStrategy::None;
    QString basis;          ///< where the strategy and figures come from
    double rtoMinutes = -1; ///< -1: no strategy, no recovery
    double rpoMinutes = -1;
    double targetRtoMinutes = 0;
    double targetRpoMinutes = 0;
    bool meets = false;
    QString advice;
};

/// Checks every workload with a workload type, and every `disaster_recovery:` plan, against the
/// RTO/RPO targets of catalogs/policies/resilience.yaml.
class DisasterRecoveryChecker {
public:
    explicit DisasterRecoveryChecker(const Catalog &catalog) : m_catalog(catalog) {}
    std::vector<DrCheck> check(const Design &design) const;

private:
    const Catalog &m_catalog;
};

} // namespace skyplan

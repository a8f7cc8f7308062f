#pragma once

#include "model/enums.h"

#include <QString>

#include <map>
#include <vector>

namespace skyplan {

class Catalog;
class Design;
struct CostReport;

/// One change Lecture 05's optimisation strategies suggest for a service.
struct PricingSuggestion {
    QString service;
    QString strategy; ///< spot_training | reserved_inference | schedule_dev_test | storage_tiering
    QString change;   ///< what to change, for a person
    double monthlyBefore = 0;
    double monthlyAfter = 0;
    double savingUsd() const { return monthlyBefore - monthlyAfter; }
};

/// The design's monthly bill priced three ways: with every service on-demand, as designed, and
/// with the suggestions applied (services only; egress does not depend on pricing models).
struct CostWhatIf {
    double allOnDemand = 0;
    double asDesigned = 0;
    double suggested = 0;
    std::vector<PricingSuggestion> suggestions; ///< largest saving first
};

/// Lecture 05's strategies, applied where the catalog allows them:
/// - spot for training (workload type "training", or a role/label that says so): fault
///   tolerant with checkpoints;
/// - reserved 1 year (else a savings plan) for steady inference: real-time inference running
///   around the clock;
/// - a 9-hours-a-day, 5-days-a-week schedule for services tagged environment dev/test/staging;
/// - the archive tier for object storage whose role or label says archive or backup.
CostWhatIf costWhatIf(const Design &design, const Catalog &catalog);

/// Monthly service cost per value of a FinOps tag (project, environment, team...); services
/// without the tag are under the empty key.
std::map<QString, double> costByTag(const Design &design, const CostReport &cost,
                                    const QString &tag);

} // namespace skyplan

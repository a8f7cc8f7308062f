#pragma once

#include "model/enums.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace skyplan {

class Catalog;
class TreeNode;

/// A set of data labels: classifications and origins. Origins are ISO country codes, "EU"
/// (any EU/EEA country, or data marked EU) or "any".
struct DataMatch {
    std::vector<DataClassification> classifications;
    QStringList origins;
    bool matches(DataClassification classification, const QString &origin,
                 const Catalog &catalog) const;
};

struct RegimeDefinition {
    QString id;
    QString name;
    std::optional<DataMatch> triggeredBy; ///< data that brings the regime into scope
};

/// One compliance rule of catalogs/policies/*.yaml: conditions on a service or a link, the
/// finding it raises, and the fix it suggests. See the comments in compliance.yaml.
struct ComplianceRule {
    QString id;
    QString regime; ///< "any" applies whatever is in scope
    Severity severity = Severity::Error;
    bool aboutLink = false;

    std::optional<DataMatch> holds;
    QStringList regionOutside;
    QStringList regionWithin;
    bool providerWithoutBaa = false;
    bool serviceNotHipaaEligible = false;
    bool encryptionAtRestMissing = false;
    bool encryptionInTransitMissing = false;
    bool notOfferedInRegion = false;
    bool originates = false; ///< only where the data originates (its primary copy)

    std::optional<DataMatch> carries;
    bool crossesBorder = false;
    QStringList fromRegionWithin;
    QStringList toRegionOutside;
    std::vector<TransferMechanism> transferMechanisms; ///< empty: any

    std::vector<TransferMechanism> safeguards;
    std::optional<Severity> severityWithSafeguard;

    QString message;
    QString fixText;
    QString fixAction; ///< move_to_region, move_to_onprem, sign_baa, enable_encryption_at_rest, ...
    QStringList fixWithin;
    bool fixOffered = false;
    QString fixMechanism;
};

struct DrStrategyFigures {
    double rtoMinutes = 0;
    double rpoMinutes = 0;
    QString lecture;
};

struct WorkloadTarget {
    double rtoMinutes = 0;
    double rpoMinutes = 0;
    DrStrategy suggested = DrStrategy::None;
    QString note;
};

struct ResiliencePolicy {
    std::map<DrStrategy, DrStrategyFigures> strategies;
    std::map<WorkloadType, WorkloadTarget> targets;
    double assumedAvailabilityWithoutSla = 0.995;
    int exactFactoringLimit = 16;
    int monteCarloTrials = 200000;
};

struct MaturityCriterion {
    QString id;
    QString text;
};

struct MaturityLevel {
    int level = 0;
    QString name;
    QString summary;
    std::vector<MaturityCriterion> criteria;
};

struct AntiPatternText {
    QString id;
    QString name;
    QString explanation;
};

struct DecisionFramework {
    double yesAnnualSpendAtLeast = 1'000'000;
    double yesAvailabilityAtLeast = 0.9999;
    int yesJurisdictionsAtLeast = 2;
    bool yesSpecialisedHardware = true;
    int yesGlobalRegionsAtLeast = 2;
    int noTeamBelow = 10;
    double noAnnualSpendBelow = 100'000;
    bool noSingleRegion = true;
    double noAvailabilityAtMost = 0.999;
};

struct MaturityModel {
    std::vector<MaturityLevel> levels;
    double egressShareMax = 0.10;
    int engineersPerProvider = 10;
    std::vector<AntiPatternText> antiPatterns;
    DecisionFramework decision;
};

/// The rules and figures the analyses apply, loaded from catalogs/policies/ like the prices.
struct Policies {
    std::vector<RegimeDefinition> regimes;
    std::vector<ComplianceRule> rules;
    ResiliencePolicy resilience;
    MaturityModel maturity;

    const RegimeDefinition *regime(const QString &id) const;
};

namespace policyreader {
/// Each reads its part of a policy file into `policies`, throwing TreeError on bad data.
void readCompliance(const TreeNode &root, Policies &policies);
void readResilience(const TreeNode &root, Policies &policies);
void readMaturity(const TreeNode &root, Policies &policies);
} // namespace policyreader

} // namespace skyplan

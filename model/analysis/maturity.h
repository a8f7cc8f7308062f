#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace skyplan {

class Catalog;
class Design;
struct AvailabilityReport;
struct ComplianceReport;
struct CostReport;
struct EgressReport;

struct MaturityCriterionResult {
    int level = 0;
    QString id;
    QString text;
    bool met = false;
    QString evidence; ///< what in the design made it met or not
};

struct AntiPatternFinding {
    QString id;
    QString name;
    QString message;
    QStringList subjects; ///< services (or links) that show it
};

struct LockIn {
    double proprietaryShare = 0; ///< of monthly service spend
    double proprietaryMonthlyUsd = 0;
    double exitCostUsd = 0; ///< one-off egress to move every provider's stored data out
    std::map<QString, double> exitCostByProvider;
};

struct MulticloudVerdict {
    bool justified = false;
    QString verdict; ///< yes | no | borderline
    QStringList reasonsFor;
    QStringList reasonsAgainst;
};

struct MaturityReport {
    int level = 0;
    QString levelName;
    std::vector<MaturityCriterionResult> checklist;
    QStringList missingForNext;
    LockIn lockIn;
    double crossCloudEgressShare = 0;
    std::vector<AntiPatternFinding> antiPatterns;
    MulticloudVerdict decision;
};

/// Scores a design on Lecture 01's multi-cloud maturity model (levels 0-4), measures lock-in,
/// detects the lecture's anti-patterns and applies its "is multi-cloud justified?" framework.
/// Criteria, thresholds and texts come from catalogs/policies/maturity.yaml.
class MaturityAssessor {
public:
    explicit MaturityAssessor(const Catalog &catalog) : m_catalog(catalog) {}
    MaturityReport assess(const Design &design, const CostReport &cost, const EgressReport &egress,
                          const AvailabilityReport &availability,
                          const ComplianceReport &compliance) const;

private:
    const Catalog &m_catalog;
};

} // namespace skyplan

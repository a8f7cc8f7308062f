#pragma once

#include "tree.h"

#include <QString>

namespace skyplan {

class Catalog;
class Design;
struct DesignAnalysis;

/// The machine-readable report (`skyplan report --format json`), documented in docs/cli.md.
/// Amounts are USD per month unless a key says otherwise, rounded to 6 decimals.
Tree reportToTree(const Design &design, const DesignAnalysis &analysis, const Catalog &catalog);
Tree availabilityToTree(const Design &design, const DesignAnalysis &analysis);
Tree drToTree(const DesignAnalysis &analysis);
Tree complianceToTree(const Design &design, const DesignAnalysis &analysis);
Tree maturityToTree(const DesignAnalysis &analysis);
Tree unmetTargetsToTree(const DesignAnalysis &analysis);

/// The availability, DR, compliance and maturity part of the text report.
QString analysisToText(const DesignAnalysis &analysis);

/// The `summary:` section of an exported YAML spec.
Tree summaryToTree(const DesignAnalysis &analysis, const Catalog &catalog);
/// The human-readable report (`skyplan report --format text`).
QString reportToText(const Design &design, const DesignAnalysis &analysis, const Catalog &catalog);

} // namespace skyplan

#pragma once

#include "tree.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace skyplan {

class Design;
struct DesignAnalysis;

/// The figures candidate designs are compared on, and a review diff reports the change of.
struct DesignFigures {
    QString name;
    QString file;
    int services = 0;
    int links = 0;
    double monthlyUsd = 0;                                ///< services and egress
    double egressUsd = 0;                                 ///< per month
    double egressGb = 0;                                  ///< per month, leaving a region or zone
    std::vector<std::pair<QString, double>> availability; ///< entry point -> fraction
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int maturityLevel = 0;
    double lockInShare = 0; ///< proprietary share of the service spend, 0-1
    double exitCostUsd = 0;
};
DesignFigures designFigures(const Design &design, const DesignAnalysis &analysis,
                            const QString &file);

enum class FiguresFormat { Text, Json, Markdown, Csv };

/// One row of a comparison as a view shows it: the figure, one formatted cell per design ("-"
/// where a design lacks it, e.g. an entry point), and the columns holding the best value (none
/// when the figure has no better direction or every design has the same value).
struct ComparisonRow {
    std::string key;  ///< "monthly_usd", "availability:<entry point>", ...
    QString label;    ///< English; views translate by key
    QString argument; ///< the entry point of an availability row
    std::vector<std::optional<double>> values;
    QStringList cells;
    std::vector<std::size_t> best;
};
std::vector<ComparisonRow> comparisonRows(const std::vector<DesignFigures> &designs);

/// `skyplan compare`: one column per design, one row per figure, the best value of each row
/// marked (lowest cost, egress, findings, lock-in and exit cost; highest availability and
/// maturity). Documented in docs/cli.md.
QByteArray compareDesigns(const std::vector<DesignFigures> &designs, FiguresFormat format);

/// One service or link that exists in both designs with different values.
struct ItemChange {
    QString id;
    struct Field {
        std::string key;
        Tree before;
        Tree after;
    };
    std::vector<Field> fields;
};

/// `skyplan diff BASE HEAD`: what a review needs to see.
struct DesignDiff {
    QStringList servicesAdded;
    QStringList servicesRemoved;
    std::vector<ItemChange> servicesChanged;
    QStringList linksAdded;
    QStringList linksRemoved;
    std::vector<ItemChange> linksChanged;
    QStringList settingsChanged; ///< top-level sections of the design file that differ
    DesignFigures base;
    DesignFigures head;
    bool empty() const;
};
DesignDiff diffDesigns(const Design &base, const DesignFigures &baseFigures, const Design &head,
                       const DesignFigures &headFigures);
QByteArray diffReport(const DesignDiff &diff, FiguresFormat format);

} // namespace skyplan

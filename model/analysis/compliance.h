#pragma once

#include "model/enums.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace skyplan {

class Catalog;
class Design;

/// Personal data of one classification and origin, as a service holds it. `safeguard` is the
/// transfer mechanism of the last link that carried it across (none when it came unprotected).
struct DataLabel {
    DataClassification classification = DataClassification::Pii;
    QString origin; ///< ISO country, "EU", or empty when unknown
    TransferMechanism safeguard = TransferMechanism::None;
    QString source; ///< a service where the data originates (the first one found)
    /// Labels are the same data whatever service it came from: a service holds at most a
    /// handful, however many sources feed it.
    bool operator==(const DataLabel &o) const
    {
        return classification == o.classification && origin == o.origin && safeguard == o.safeguard;
    }
};

/// What a fix would change, for a one-click "apply" in the editor.
struct FixAction {
    QString kind;   ///< move_to_region, move_to_onprem, sign_baa, enable_encryption_at_rest, ...
    QString region; ///< for moves: the suggested region (or on-prem site)
    QString provider;
    QString mechanism; ///< for set_transfer_mechanism
};

struct ComplianceFinding {
    QString rule;
    QString regime;
    Severity severity = Severity::Error;
    QString subject; ///< a service id or a link id
    bool aboutLink = false;
    QString message;
    QString fix;
    FixAction fixAction;
};

struct RegimeInScope {
    QString id;
    QString name;
    QString reason;
};

struct ComplianceReport {
    std::vector<RegimeInScope> regimes;
    std::vector<ComplianceFinding> findings;        ///< errors first, then warnings, then info
    QMap<QString, std::vector<DataLabel>> dataHeld; ///< service id -> personal data it holds
    int count(Severity s) const;
};

/// Checks a design against the compliance rules of catalogs/policies/ (docs/analyses.md).
/// Data classification and origin set on a service flow along data and replication links to
/// every service that receives the data, unless a link is anonymised.
class ComplianceChecker {
public:
    explicit ComplianceChecker(const Catalog &catalog) : m_catalog(catalog) {}
    ComplianceReport check(const Design &design) const;

    /// The personal data each service holds, after propagation.
    QMap<QString, std::vector<DataLabel>> propagate(const Design &design) const;

private:
    const Catalog &m_catalog;
};

} // namespace skyplan

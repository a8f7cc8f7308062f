#pragma once

#include "analysislookups.h"
#include "model/design.h"
#include "model/enums.h"

#include <QHash>

#include <algorithm>

#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <tuple>
#include <vector>

namespace skyplan {

class Catalog;
class Design;
struct Country;

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
    std::vector<ComplianceFinding> findings; ///< errors first, then warnings, then info
    /// The personal data each service holds, by index in the design's services (empty for
    /// most). By index, not by id: a map of 10,000 ids was a tenth of the analysis.
    std::vector<std::vector<DataLabel>> dataHeld;
    int count(Severity s) const;
    /// dataHeld of the service `id` of `design` (the design the report is of).
    const std::vector<DataLabel> &heldBy(const Design &design, const QString &id) const;
};

/// Checks a design against the compliance rules of catalogs/policies/ (docs/analyses.md).
/// Data classification and origin set on a service flow along data and replication links to
/// every service that receives the data, unless a link is anonymised.
/// What a check keeps for the next check of the same design (the editor holds one): the
/// findings of each rule for each service and link. A service's findings are reused while the
/// service, its country and the data it holds are unchanged; a link's while the link, the
/// countries at its ends and the data its sender holds are; all of them while the organisation
/// profile, the on-prem sites and the catalog are the same.
class ComplianceCache {
private:
    friend class ComplianceChecker;
    /// The findings of the rules checked so far (most subjects have none), by rule index.
    struct PerRule {
        std::vector<bool> checked; ///< per rule of the catalog
        std::vector<std::pair<std::size_t, ComplianceFinding>> findings;
        explicit PerRule(std::size_t rules = 0) : checked(rules, false) {}
    };
    struct ServiceEntry {
        PlacedService service;
        QString country;
        std::vector<DataLabel> held;
        PerRule byRule;
    };
    struct LinkEntry {
        Link link;
        bool endsKnown = false;
        QString fromCountry, toCountry;
        std::vector<DataLabel> fromHeld;
        PerRule byRule;
    };
    const void *m_catalog = nullptr;
    OrganizationProfile m_organization;
    std::vector<OnPremSite> m_sites;
    QHash<QString, ServiceEntry> m_services;
    QHash<QString, LinkEntry> m_links;
    /// Where each finding of the last report came from, parallel to its findings: the rule
    /// (its index in the policies; the rule count for the design's own requirements), the
    /// subject (a service's or a link's index, by the rule's kind) and the finding's place
    /// among that subject's for the rule. A report lists its findings by severity, then in
    /// that order: recheck() puts new findings in their places by it.
    struct Origin {
        Severity severity = Severity::Error;
        std::uint32_t rule = 0;
        std::uint32_t subject = 0;
        std::uint32_t place = 0;
        auto key() const { return std::make_tuple(int(severity), rule, subject, place); }
    };
    std::vector<Origin> m_origins;
    bool m_originsKept = false; ///< m_origins is parallel to the last report's findings
    /// The last report's propagated data, by number (ComplianceChecker::Propagated): what
    /// recheck() compares the new propagation with, to find the services whose data changed.
    std::vector<DataLabel> m_labels;
    std::vector<int> m_originOf;
    int m_originCount = 0;
    int m_seeds = 0;
    std::vector<int> m_seedService; ///< the service of each seed (Propagated::seedService)
    /// The data and replication links that carry data (not anonymised) out of each service, in
    /// the order of the design's links: service i's are outgoing[first[i]] to
    /// outgoing[first[i + 1]], each the receiver's index and the link's. The same until a
    /// link's data fields change (or a link's kind, or the links: the whole check).
    struct Flows {
        std::vector<int> first;
        std::vector<std::pair<int, int>> outgoing;
    };
    Flows m_flows;
    /// By the catalog's regimes: the service the reason of each regime in scope by the data
    /// names (-1: none).
    std::vector<int> m_regimeFirst;
    std::vector<int> m_heldFirst, m_heldLabels;
    QHash<QString, int> m_countryNumbers; ///< every country code seen, numbered once
    std::vector<int> m_countryOf;         ///< the last report's country of each service, by it
};

class ComplianceChecker {
public:
    explicit ComplianceChecker(const Catalog &catalog) : m_catalog(catalog) {}
    /// `lookups`: the design's catalog entries, when the caller has them.
    ComplianceReport check(const Design &design, ComplianceCache *cache = nullptr,
                           const AnalysisLookups *lookups = nullptr) const;
    /// After edits of the services at `services` and of the data fields of the links at
    /// `links` (and of nothing else that compliance reads since `report` was made of `design`
    /// with `cache`; no service or link added or removed): brings `report` up to date,
    /// checking again those subjects and the ones the edits reach: the services whose data or
    /// country changed, the links that carry changed data or whose ends moved to another
    /// country. The findings of every other subject are kept, in their places. When the edits
    /// change the regimes in scope, it checks the whole design, as check() does. Gives what
    /// check() would give, to the letter. `lookups`: made of `design`. `edited`: whose data
    /// fields the edits changed. The last propagation of the data is reused, while every
    /// service is in the country it was in, when they changed none, or only services' and
    /// each service at `services` starts the data it started (its classification and origin
    /// when personal, none otherwise): an encryption edit, or one between two kinds of data
    /// that are not personal.
    enum class DataEdited { None, Services, Links };
    void recheck(ComplianceReport &report, const Design &design, ComplianceCache &cache,
                 const AnalysisLookups &lookups, const std::vector<int> &services,
                 const std::vector<int> &links, DataEdited edited = DataEdited::Links) const;

    /// The personal data each service holds, after propagation, by service index.
    /// `lookups`: the design's places and link ends, when the caller has them.
    std::vector<std::vector<DataLabel>> propagate(const Design &design,
                                                  const AnalysisLookups *lookups = nullptr) const;
    /// propagate()'s result with each distinct label once, by number: what the checks read
    /// (defined in compliance.cpp).
    struct Propagated;
    /// The country of each service, by index: its code ("" for an unknown region) and the
    /// catalog's entry for it (null when the catalog has none), found once per place and held
    /// per place (AnalysisLookups::placeOf()).
    struct Countries {
        std::vector<QString> placeCode;
        std::vector<const Country *> placeEntry;
        std::vector<int> placeNumber; ///< per place: its country, by number into `codes`
        std::vector<QString> codes;   ///< the places' countries, each once
        const AnalysisLookups *lookups = nullptr;
        /// The number of the country `code` among the places' (-1: no place's).
        int number(const QString &code) const
        {
            const auto at = std::find(codes.begin(), codes.end(), code);
            return at == codes.end() ? -1 : int(at - codes.begin());
        }
        const QString &code(std::size_t service) const
        {
            return placeCode[std::size_t(lookups->placeOf(service))];
        }
        const Country *entry(std::size_t service) const
        {
            return placeEntry[std::size_t(lookups->placeOf(service))];
        }
        /// Each service's country as a number of `numbers` (which numbers new ones).
        std::vector<int> numbered(QHash<QString, int> &numbers, std::size_t services) const;
    };

private:
    Countries countriesOf(const Design &design, const AnalysisLookups &lookups) const;
    /// The links data flows along, out of each service. `ends`: the design's link ends
    /// (Design::linkEnds()).
    static ComplianceCache::Flows flowsOf(const Design &design,
                                          const std::vector<Design::LinkEnds> &ends);
    /// The last propagation's labels, for a propagation after edits of the services at
    /// `edited` alone (and of no other service's data fields): every other service starts the
    /// data it started, and its label is moved out of `labels` (its seed number there).
    struct SeedsBefore {
        std::vector<DataLabel> *labels;
        const std::vector<int> *originOf;
        int origins = 0;
        const std::vector<int> *seedService;
        const std::vector<int> *edited;
    };
    Propagated propagateNumbered(const Design &design, const Countries &countries,
                                 const ComplianceCache::Flows &flows,
                                 SeedsBefore *before = nullptr) const;

    const Catalog &m_catalog;
};

} // namespace skyplan

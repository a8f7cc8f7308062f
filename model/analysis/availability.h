#pragma once

#include <QString>
#include <QStringList>

#include "analysislookups.h"

#include <memory>
#include <vector>

namespace skyplan {

class Catalog;
class Design;
struct PlacedService;

struct EntryPointAvailability {
    QString id;
    double availability = 0;
    double downtimeMinutesPerYear = 0; ///< 365-day year
    QString method;                    ///< series_parallel | factoring | monte_carlo
    double confidenceLow = 0;          ///< 95% interval, Monte Carlo only
    double confidenceHigh = 0;
    int trials = 0;
    QStringList singlePointsOfFailure; ///< besides the entry point itself
    QStringList dependsOn;             ///< every service it needs, directly or not
};

/// One service's own availability. A report's services are in the design's order, so the service
/// is design.services()[i].
struct ServiceAvailability {
    double availability = 0;
    QString basis; ///< "catalog SLA (multi_zone)", "override", "assumed: no published SLA"
};

struct OutageScenario {
    QString provider;
    QString region; ///< empty: the whole provider
    struct Survivor {
        QString id;
        double availability = 0;
    };
    std::vector<Survivor> entryPoints;
};

struct AvailabilityReport {
    std::vector<EntryPointAvailability> entryPoints;
    std::vector<ServiceAvailability> services;
    std::vector<OutageScenario> providerOutages;
    std::vector<OutageScenario> regionOutages;
    bool entryPointsInferred = false; ///< none were declared; the roots of the request graph
    QStringList cycles;               ///< services on request cycles (a design smell)
    QStringList ignoredRequests;      ///< request links between members of one group
};

/// What the availability analyses of one design keep for the next (an editor's live analysis
/// holds one): the request graph with its cycles, the entry points and what each depends on,
/// which no edit of a service's fields changes; and where each service was, so the next
/// analysis can tell which services moved.
class AvailabilityCache {
public:
    AvailabilityCache();
    ~AvailabilityCache();
    AvailabilityCache(AvailabilityCache &&) noexcept;
    AvailabilityCache &operator=(AvailabilityCache &&) noexcept;

    /// For a change of the request links, the redundancy groups or the entry points: the next
    /// analysis builds the graph again. (A service or link added or removed is noticed.)
    void forgetGraph();
    bool hasGraph() const { return m_graph != nullptr; }

private:
    friend class AvailabilityAnalyzer;
    struct Graph; // availability.cpp
    std::unique_ptr<Graph> m_graph;
    std::vector<AnalysisLookups::Place> m_places; ///< at the last analysis
    std::vector<int> m_placeOf;                   ///< per service, into m_places
    /// What a service's own availability is made of, and what it was at the last analysis:
    /// a service whose parts are the same keeps it (most services, after one edit).
    struct ServiceParts {
        const ServiceOffering *offering = nullptr;
        double availability = 0; ///< the service's override
        Deployment deployment = Deployment::SingleZone;
        bool operator==(const ServiceParts &) const = default;
    };
    const Catalog *m_catalog = nullptr; ///< of m_parts and m_services
    std::vector<ServiceParts> m_parts;
    std::vector<ServiceAvailability> m_services;
};

/// Availability of each entry point under independent failures, from the request-dependency
/// links and redundancy groups (docs/analyses.md). Exact: series-parallel reduction where the
/// dependencies form a tree, factoring (conditioning) on shared components where they do not,
/// with sub-graphs reached only through one component collapsed first; Monte Carlo with a 95%
/// interval when more components would have to be conditioned on than the policy allows.
class AvailabilityAnalyzer {
public:
    explicit AvailabilityAnalyzer(const Catalog &catalog) : m_catalog(catalog) {}

    /// `lookups`: the design's catalog entries, when the caller has them.
    ///
    /// `before`: an earlier report of this design, whose figures are kept where they still
    /// hold. An entry point none of whose dependencies changed its availability (or, with a
    /// cache, its place) keeps its figures, in every outage, without being solved again. The
    /// report is the one made without it. Without a cache, `before` must be the report before
    /// edits of services' resilience fields alone (no service, link, group, entry point or
    /// placement changed since). With one, it must be the report of the last analysis made
    /// with that cache, and services may also have moved (provider, region, service,
    /// deployment).
    ///
    /// `cache`: what the last analysis with it kept (an empty one: nothing), brought up to
    /// date. Its graph is reused unless forgetGraph() was called or services or links were
    /// added or removed.
    AvailabilityReport analyze(const Design &design, const AnalysisLookups *lookups = nullptr,
                               const AvailabilityReport *before = nullptr,
                               AvailabilityCache *cache = nullptr) const;
    ServiceAvailability serviceAvailability(const PlacedService &service) const;
    static double downtimeMinutesPerYear(double availability)
    {
        return (1.0 - availability) * 365.0 * 24.0 * 60.0;
    }

private:
    /// `offering`: the service's entry in the catalog, if any.
    ServiceAvailability serviceAvailability(const PlacedService &service,
                                            const ServiceOffering *offering) const;
    const Catalog &m_catalog;
};

} // namespace skyplan

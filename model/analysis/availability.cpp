#include "availability.h"

#include "model/catalog/catalog.h"
#include "model/design.h"
#include "placenumbers.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <random>
#include <set>

namespace skyplan {

namespace {

/// The request-dependency structure as a graph: nodes 0..n-1 are services, n.. are redundancy
/// groups (gates that need k of their members).
struct DependencyGraph {
    int services = 0;
    QStringList ignoredRequests;            ///< requests between members of one group
    std::vector<std::vector<int>> children; ///< what each node needs
    std::vector<int> k;                     ///< per group node: members needed
    bool cyclic = false;                    ///< any request cycle anywhere

    bool isGroup(int node) const { return node >= services; }
    int size() const { return int(children.size()); }
};

/// `ends`: the design's link ends (Design::linkEnds()).
DependencyGraph buildGraph(const Design &design, const std::vector<Design::LinkEnds> &ends)
{
    DependencyGraph g;
    const auto &services = design.services();
    g.services = int(services.size());
    const int groups = int(design.redundancyGroups.size());
    g.children.assign(std::size_t(g.services + groups), {});
    g.k.assign(std::size_t(g.services + groups), 0);
    std::vector<int> groupOf(services.size(), -1); // by service: its (last) group's node
    for (int i = 0; i < groups; ++i) {
        const RedundancyGroup &group = design.redundancyGroups[std::size_t(i)];
        const int node = g.services + i;
        g.k[std::size_t(node)] = group.mode == RedundancyMode::KOfN ? group.k : 1;
        for (const QString &m : group.members) {
            const int idx = design.serviceIndex(m);
            if (idx >= 0) {
                g.children[std::size_t(node)].push_back(idx);
                groupOf[std::size_t(idx)] = node;
            }
        }
    }
    for (std::size_t li = 0; li < design.links().size(); ++li) {
        const Link &l = design.links()[li];
        if (l.kind != LinkKind::Request)
            continue;
        const int from = ends[li].from;
        const int to = ends[li].to;
        if (from < 0 || to < 0)
            continue;
        // A request to a member of a group needs any one (k) of the group.
        const int target = groupOf[std::size_t(to)] >= 0 ? groupOf[std::size_t(to)] : to;
        if (target == from || groupOf[std::size_t(from)] == target) {
            // A member cannot need its own group; the link says nothing the model can use.
            if (target != from)
                g.ignoredRequests << l.id;
            continue;
        }
        auto &c = g.children[std::size_t(from)];
        if (std::find(c.begin(), c.end(), target) == c.end())
            c.push_back(target);
    }
    // Any request cycle anywhere: evaluation then needs the fixpoint form (Solver::upWith).
    // Iterative depth-first search, so a long chain cannot exhaust the stack.
    std::vector<char> state(std::size_t(g.size()), 0); // 0 new, 1 on the path, 2 done
    std::vector<std::pair<int, std::size_t>> path;     // node, next child to look at
    for (int start = 0; start < g.size() && !g.cyclic; ++start) {
        if (state[std::size_t(start)] != 0)
            continue;
        state[std::size_t(start)] = 1;
        path.push_back({start, 0});
        while (!path.empty() && !g.cyclic) {
            auto &[v, next] = path.back();
            const auto &children = g.children[std::size_t(v)];
            if (next == children.size()) {
                state[std::size_t(v)] = 2;
                path.pop_back();
                continue;
            }
            const int c = children[next++];
            if (state[std::size_t(c)] == 1) {
                g.cyclic = true;
            } else if (state[std::size_t(c)] == 0) {
                state[std::size_t(c)] = 1;
                path.push_back({c, 0});
            }
        }
    }
    return g;
}

/// P(at least k of the independent events with probabilities q happen).
double atLeastK(const std::vector<double> &q, int k)
{
    std::vector<double> dp(q.size() + 1, 0.0); // dp[j] = P(exactly j so far)
    dp[0] = 1.0;
    for (std::size_t i = 0; i < q.size(); ++i) {
        for (std::size_t j = i + 1; j > 0; --j)
            dp[j] = dp[j] * (1 - q[i]) + dp[j - 1] * q[i];
        dp[0] *= 1 - q[i];
    }
    double p = 0;
    for (std::size_t j = std::size_t(std::max(k, 0)); j < dp.size(); ++j)
        p += dp[j];
    return std::clamp(p, 0.0, 1.0);
}

/// Solves the availability of one root over a dependency graph whose service nodes fail
/// independently with probability 1 - p[i].
class Solver {
public:
    Solver(const DependencyGraph &g, const std::vector<double> &p, int exactLimit, int trials)
        : m_g(g), m_p(p), m_exactLimit(exactLimit), m_trials(trials), m_cyclic(g.cyclic)
    {}

    struct Result {
        double availability = 0;
        QString method;
        double low = 0;
        double high = 0;
        int trials = 0;
    };

    /// Drops what depends on the probabilities, which the caller is about to change (an outage
    /// scenario); what depends on the graph alone is kept for the next solve().
    void forget()
    {
        m_moduleValue.clear();
        m_moduleFactored.clear();
    }

    Result solve(int root)
    {
        Result r;
        if (m_cyclic && subDagOf(root).cyclic) {
            // On a request cycle every service of the cycle is needed, once: enumerate the
            // states of the services involved when they are few enough.
            const std::vector<int> nodes = reachableServices(root);
            if (int(nodes.size()) <= m_exactLimit) {
                r.method = QStringLiteral("enumeration");
                r.availability = enumerate(root, nodes);
                r.low = r.high = r.availability;
                return r;
            }
            return monteCarlo(root);
        }
        r.method = QStringLiteral("series_parallel");
        r.availability = solveExact(root, r.method);
        if (r.availability < 0) {
            r = monteCarlo(root);
        } else {
            r.low = r.high = r.availability;
        }
        return r;
    }

    /// Services reachable from root (including root), in DFS pre-order.
    std::vector<int> reachableServices(int root) const
    {
        std::vector<int> services;
        for (int v : scopeOf(root)) {
            if (!m_g.isGroup(v))
                services.push_back(v);
        }
        return services;
    }

    /// Whether root is up when exactly the services in `down` are down. Reuses its scratch
    /// buffers, as Monte Carlo calls it once a trial.
    bool upWith(int root, const std::vector<char> &down) const
    {
        if (m_cyclic)
            return upFixpoint(root, down);
        // Only what root depends on is looked at: reset just that (the arrays span the graph).
        const std::size_t n = std::size_t(m_g.size());
        m_memo.resize(n, -1);
        m_onStack.resize(n, 0);
        for (int v : scopeOf(root)) {
            m_memo[std::size_t(v)] = -1;
            m_onStack[std::size_t(v)] = 0;
        }
        return up(root, down);
    }

    /// Every node root depends on (services and groups, root included), in depth-first
    /// pre-order (the order of the dependency lists in reports), computed once per root: Monte
    /// Carlo and the single-point-of-failure test evaluate root many times.
    const std::vector<int> &scopeOf(int root) const
    {
        auto it = m_scope.find(root);
        if (it != m_scope.end())
            return it->second;
        std::vector<int> nodes;
        std::vector<char> &seen = m_seen; // scratch, all 0 between calls
        seen.resize(std::size_t(m_g.size()), 0);
        std::vector<int> pending{root}; // children pushed last-first, so they pop in order
        while (!pending.empty()) {
            const int v = pending.back();
            pending.pop_back();
            if (seen[std::size_t(v)])
                continue;
            seen[std::size_t(v)] = 1;
            nodes.push_back(v);
            const auto &children = m_g.children[std::size_t(v)];
            for (auto c = children.rbegin(); c != children.rend(); ++c) {
                if (!seen[std::size_t(*c)])
                    pending.push_back(*c);
            }
        }
        for (int v : nodes)
            seen[std::size_t(v)] = 0;
        return m_scope.emplace(root, std::move(nodes)).first->second;
    }

    /// With request cycles: the greatest fixpoint of "up = own component up and every need
    /// met", starting from everything up. A cycle then needs each of its services once. Only
    /// the nodes root depends on can change its state, so only they are iterated.
    bool upFixpoint(int root, const std::vector<char> &down) const
    {
        const std::vector<int> &scope = scopeOf(root);
        m_status.resize(std::size_t(m_g.size()), 1);
        for (int v : scope)
            m_status[std::size_t(v)] = 1;
        for (bool changed = true; changed;) {
            changed = false;
            for (int v : scope) {
                if (!m_status[std::size_t(v)])
                    continue;
                bool ok;
                if (m_g.isGroup(v)) {
                    int upCount = 0;
                    for (int c : m_g.children[std::size_t(v)])
                        upCount += m_status[std::size_t(c)];
                    ok = upCount >= m_g.k[std::size_t(v)];
                } else {
                    ok = !down[std::size_t(v)];
                    for (int c : m_g.children[std::size_t(v)])
                        ok = ok && m_status[std::size_t(c)];
                }
                if (!ok) {
                    m_status[std::size_t(v)] = 0;
                    changed = true;
                }
            }
        }
        return m_status[std::size_t(root)] != 0;
    }

    double enumerate(int root, const std::vector<int> &nodes) const
    {
        std::vector<char> down(std::size_t(m_g.size()), 0);
        double total = 0;
        const std::size_t combinations = std::size_t(1) << nodes.size();
        for (std::size_t mask = 0; mask < combinations; ++mask) {
            double weight = 1;
            for (std::size_t i = 0; i < nodes.size(); ++i) {
                const bool up = (mask >> i) & 1;
                down[std::size_t(nodes[i])] = up ? 0 : 1;
                weight *= up ? m_p[std::size_t(nodes[i])] : 1 - m_p[std::size_t(nodes[i])];
            }
            if (weight > 0 && upFixpoint(root, down))
                total += weight;
        }
        return std::clamp(total, 0.0, 1.0);
    }

    bool up(int v, const std::vector<char> &down) const
    {
        if (m_onStack[std::size_t(v)])
            return true; // a request cycle: already required on this path
        if (m_memo[std::size_t(v)] >= 0)
            return m_memo[std::size_t(v)] == 1;
        m_onStack[std::size_t(v)] = 1;
        bool result;
        if (m_g.isGroup(v)) {
            int upCount = 0;
            for (int c : m_g.children[std::size_t(v)])
                upCount += up(c, down) ? 1 : 0;
            result = upCount >= m_g.k[std::size_t(v)];
        } else {
            result = !down[std::size_t(v)];
            for (int c : m_g.children[std::size_t(v)]) {
                if (!result)
                    break;
                result = up(c, down);
            }
        }
        m_onStack[std::size_t(v)] = 0;
        m_memo[std::size_t(v)] = result ? 1 : 0;
        return result;
    }

private:
    /// The acyclic part of the graph reachable from root, numbered locally: node i of the
    /// sub-DAG is graph node nodes[i], in topological order (root first, as 0), and its
    /// children (without back edges) are local numbers. Everything below works on these
    /// numbers, so solving one entry point costs what its dependencies cost, not what the
    /// whole design does (a region outage re-solves each entry point it touches).
    struct SubDag {
        std::vector<int> nodes;                 ///< graph node of each local node
        std::vector<std::vector<int>> children; ///< local children of each local node
        bool cyclic = false;
    };

    /// subDag(), made once per root: it depends on the graph alone, and one solver answers
    /// every outage scenario (forget()).
    const SubDag &subDagOf(int root) const
    {
        auto it = m_subDags.find(root);
        if (it == m_subDags.end())
            it = m_subDags.emplace(root, subDag(root)).first;
        return it->second;
    }

    SubDag subDag(int root) const
    {
        SubDag d;
        // Scratch arrays over the whole graph, reset for the nodes visited before returning.
        const std::size_t n = std::size_t(m_g.size());
        m_state.resize(n, 0); // 0 new, 1 on stack, 2 done
        m_order.resize(n, -1);
        std::vector<int> visited;                 // graph nodes in discovery order
        std::vector<std::vector<int>> keptGlobal; // per discovered node: kept children (graph)
        std::vector<int> post;
        std::function<void(int)> visit = [&](int v) {
            m_state[std::size_t(v)] = 1;
            const std::size_t mine = visited.size();
            m_order[std::size_t(v)] = int(mine);
            visited.push_back(v);
            keptGlobal.emplace_back();
            for (int c : m_g.children[std::size_t(v)]) {
                if (m_state[std::size_t(c)] == 1) {
                    d.cyclic = true;
                    continue; // back edge: needed already on this path
                }
                keptGlobal[mine].push_back(c);
                if (m_state[std::size_t(c)] == 0)
                    visit(c);
            }
            m_state[std::size_t(v)] = 2;
            post.push_back(v);
        };
        visit(root);
        d.nodes.assign(post.rbegin(), post.rend());
        // Local numbers in topological order.
        m_local.resize(n, -1);
        for (std::size_t i = 0; i < d.nodes.size(); ++i)
            m_local[std::size_t(d.nodes[i])] = int(i);
        d.children.resize(d.nodes.size());
        for (std::size_t i = 0; i < d.nodes.size(); ++i) {
            const std::vector<int> &kept =
                keptGlobal[std::size_t(m_order[std::size_t(d.nodes[i])])];
            d.children[i].reserve(kept.size());
            for (int c : kept)
                d.children[i].push_back(m_local[std::size_t(c)]);
        }
        for (int v : visited) {
            m_state[std::size_t(v)] = 0;
            m_order[std::size_t(v)] = -1;
            m_local[std::size_t(v)] = -1;
        }
        return d;
    }

    /// Exact availability of root, or -1 when it would need more conditioning than allowed.
    double solveExact(int root, QString &method)
    {
        const auto memo = m_moduleValue.find(root);
        if (memo != m_moduleValue.end()) {
            if (m_moduleFactored.count(root))
                method = QStringLiteral("factoring");
            return memo->second;
        }
        const SubDag &d = subDagOf(root);
        const std::size_t n = d.nodes.size();
        const auto graphNode = [&](int v) { return d.nodes[std::size_t(v)]; };
        const auto isGroup = [&](int v) { return m_g.isGroup(graphNode(v)); };

        // Paths from root (local 0) to each node, capped at 2: a node reached twice is shared.
        std::vector<int> paths(n, 0);
        std::vector<std::vector<int>> parents(n);
        paths[0] = 1;
        for (int v = 0; v < int(n); ++v) {
            for (int c : d.children[std::size_t(v)]) {
                paths[std::size_t(c)] = std::min(2, paths[std::size_t(c)] + paths[std::size_t(v)]);
                parents[std::size_t(c)].push_back(v);
            }
        }

        // Shared services, outermost first. One that is a module (everything below it is
        // reached only through it) collapses into a single component solved on its own.
        std::vector<int> conditioned;
        std::vector<char> collapsed(n, 0), hidden(n, 0);
        std::vector<double> moduleValue(n, 0);
        for (int v = 1; v < int(n); ++v) {
            if (paths[std::size_t(v)] < 2 || hidden[std::size_t(v)])
                continue;
            std::vector<int> below;
            std::vector<char> inBelow(n, 0);
            std::function<void(int)> collect = [&](int x) {
                for (int c : d.children[std::size_t(x)]) {
                    if (!inBelow[std::size_t(c)]) {
                        inBelow[std::size_t(c)] = 1;
                        below.push_back(c);
                        collect(c);
                    }
                }
            };
            collect(v);
            bool module = !below.empty();
            for (int x : below) {
                for (int parent : parents[std::size_t(x)])
                    module = module && (parent == v || inBelow[std::size_t(parent)]);
            }
            if (module) {
                QString inner = QStringLiteral("series_parallel");
                const double value = solveExact(graphNode(v), inner);
                if (value < 0)
                    return -1;
                m_moduleValue[graphNode(v)] = value;
                moduleValue[std::size_t(v)] = value;
                if (inner != QLatin1String("series_parallel")) {
                    m_moduleFactored.insert(graphNode(v));
                    method = QStringLiteral("factoring");
                }
                collapsed[std::size_t(v)] = 1;
                for (int x : below)
                    hidden[std::size_t(x)] = 1;
            } else if (isGroup(v)) {
                continue; // a gate is no component; its shared members are conditioned on
            }
            conditioned.push_back(v);
        }
        // Shared leaves needed by exactly the same services, in series, fail those services
        // alike: one variable stands for the lot (20 shared disks behind a pair are one).
        std::vector<std::vector<int>> variables;
        std::map<std::vector<int>, std::size_t> bundleOf;
        for (int v : conditioned) {
            std::vector<int> ps = parents[std::size_t(v)];
            std::sort(ps.begin(), ps.end());
            const bool bundleable = !collapsed[std::size_t(v)] &&
                                    d.children[std::size_t(v)].empty() &&
                                    std::none_of(ps.begin(), ps.end(), isGroup);
            if (bundleable) {
                const auto it = bundleOf.find(ps);
                if (it != bundleOf.end()) {
                    variables[it->second].push_back(v);
                    continue;
                }
                bundleOf.emplace(ps, variables.size());
            }
            variables.push_back({v});
        }
        if (int(variables.size()) > m_exactLimit)
            return -1;
        if (!conditioned.empty() && method == QLatin1String("series_parallel"))
            method = QStringLiteral("factoring");

        std::vector<double> pv(n, 0);
        for (int v = 0; v < int(n); ++v) {
            if (collapsed[std::size_t(v)])
                pv[std::size_t(v)] = moduleValue[std::size_t(v)];
            else if (!isGroup(v))
                pv[std::size_t(v)] = m_p[std::size_t(graphNode(v))];
        }

        std::vector<double> variableP;
        for (const std::vector<int> &members : variables) {
            double p = 1;
            for (int v : members)
                p *= pv[std::size_t(v)];
            variableP.push_back(p);
        }
        std::vector<signed char> fixed(n, -1);
        double total = 0;
        const std::size_t combinations = std::size_t(1) << variables.size();
        for (std::size_t mask = 0; mask < combinations; ++mask) {
            double weight = 1;
            for (std::size_t i = 0; i < variables.size(); ++i) {
                const bool up = (mask >> i) & 1;
                for (int v : variables[i])
                    fixed[std::size_t(v)] = up ? 1 : 0;
                weight *= up ? variableP[i] : 1 - variableP[i];
            }
            if (weight == 0)
                continue;
            std::function<double(int)> eval = [&](int v) -> double {
                const int g = graphNode(v);
                if (m_g.isGroup(g)) {
                    if (fixed[std::size_t(v)] >= 0)
                        return fixed[std::size_t(v)]; // a collapsed group: up or down as a whole
                    std::vector<double> q;
                    for (int c : d.children[std::size_t(v)])
                        q.push_back(eval(c));
                    // Members cut off by a back edge are up on this path.
                    const int cut = int(m_g.children[std::size_t(g)].size() -
                                        d.children[std::size_t(v)].size());
                    return atLeastK(q, m_g.k[std::size_t(g)] - cut);
                }
                double value;
                if (fixed[std::size_t(v)] >= 0) {
                    if (fixed[std::size_t(v)] == 0)
                        return 0;
                    if (collapsed[std::size_t(v)])
                        return 1;
                    value = 1;
                } else {
                    value = pv[std::size_t(v)];
                }
                for (int c : d.children[std::size_t(v)]) {
                    if (value == 0)
                        break;
                    value *= eval(c);
                }
                return value;
            };
            total += weight * eval(0);
        }
        return std::clamp(total, 0.0, 1.0);
    }

    Result monteCarlo(int root) const
    {
        const std::vector<int> nodes = reachableServices(root);
        // Keep the work bounded on huge graphs; the interval says how precise the result is.
        const long long budget = 60'000'000;
        const int trials = int(std::clamp<long long>(
            budget / std::max<long long>(1, (long long)(nodes.size())), 2000, m_trials));
        std::mt19937_64 rng(0x5CA1AB1E); // fixed seed: the same design gives the same figure
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        std::vector<char> down(std::size_t(m_g.size()), 0);
        long long upCount = 0;
        for (int t = 0; t < trials; ++t) {
            for (int v : nodes)
                down[std::size_t(v)] = uniform(rng) >= m_p[std::size_t(v)] ? 1 : 0;
            upCount += upWith(root, down) ? 1 : 0;
        }
        Result r;
        r.method = QStringLiteral("monte_carlo");
        r.trials = trials;
        const double nTrials = trials;
        const double phat = upCount / nTrials;
        // Wilson score interval, 95%.
        const double z = 1.959963984540054;
        const double denom = 1 + z * z / nTrials;
        const double centre = (phat + z * z / (2 * nTrials)) / denom;
        const double half =
            z * std::sqrt(phat * (1 - phat) / nTrials + z * z / (4 * nTrials * nTrials)) / denom;
        r.availability = phat;
        r.low = std::max(0.0, centre - half);
        r.high = std::min(1.0, centre + half);
        return r;
    }

    const DependencyGraph &m_g;
    const std::vector<double> &m_p;
    int m_exactLimit;
    int m_trials;
    std::map<int, double> m_moduleValue; ///< depends on the probabilities: see forget()
    std::set<int> m_moduleFactored;
    mutable std::map<int, SubDag> m_subDags; ///< subDagOf(); std::map: references stay valid
    bool m_cyclic;
    mutable std::vector<char> m_status;
    mutable std::vector<signed char> m_memo;
    mutable std::vector<char> m_onStack;
    // subDag()'s scratch over the whole graph, all reset (0, -1, -1) between calls.
    mutable std::vector<char> m_state;
    mutable std::vector<int> m_order;
    mutable std::vector<int> m_local;
    mutable std::vector<char> m_seen;                ///< scopeOf()'s scratch, all 0 between calls
    mutable std::map<int, std::vector<int>> m_scope; ///< scopeOf()
};

} // namespace

ServiceAvailability AvailabilityAnalyzer::serviceAvailability(const PlacedService &s) const
{
    return serviceAvailability(s, m_catalog.service(s.provider, s.service));
}

ServiceAvailability AvailabilityAnalyzer::serviceAvailability(const PlacedService &s,
                                                              const ServiceOffering *o) const
{
    ServiceAvailability a;
    if (s.availability > 0) {
        a.availability = s.availability;
        a.basis = QStringLiteral("override");
        return a;
    }
    const double assumed = m_catalog.policies().resilience.assumedAvailabilityWithoutSla;
    if (!o || o->sla.none) {
        a.availability = assumed;
        a.basis = QStringLiteral("assumed: no published SLA");
        return a;
    }
    a.availability = o->sla.forDeployment(s.deployment);
    // One text per deployment, shared by every service deployed so.
    static const std::map<Deployment, QString> bases = [] {
        std::map<Deployment, QString> texts;
        for (const Deployment d : enumValues<Deployment>())
            texts[d] = QStringLiteral("catalog SLA (%1)").arg(enumKeyString(d));
        return texts;
    }();
    const auto basis = bases.find(s.deployment);
    a.basis = basis != bases.end()
                  ? basis->second
                  : QStringLiteral("catalog SLA (%1)").arg(enumKeyString(s.deployment));
    return a;
}

/// The part of an analysis that reads the request graph alone: the same until a request link,
/// a redundancy group or an entry point changes, or a service or link comes or goes.
struct AvailabilityCache::Graph {
    DependencyGraph graph;
    QStringList entries; ///< declared, or inferred
    bool inferred = false;
    QStringList cycles;        ///< services on request cycles
    std::vector<int> roots;    ///< per entry point: its service (-1: not in the design)
    std::vector<int> normalOf; ///< per entry point: its place among the results (-1: none)
    std::size_t solved = 0;    ///< entry points whose service exists
    /// Per entry point: every service it depends on, itself included (DFS pre-order).
    std::vector<std::vector<int>> reach;
    // What it was made from, to notice a design it no longer fits.
    std::size_t serviceCount = 0, linkCount = 0, groupCount = 0;
    QStringList declared; ///< Design::entryPoints

    Graph(const Design &design, const std::vector<Design::LinkEnds> &ends);
    bool fits(const Design &design) const
    {
        return serviceCount == design.services().size() && linkCount == design.links().size() &&
               groupCount == design.redundancyGroups.size() && declared == design.entryPoints;
    }
};

AvailabilityCache::AvailabilityCache() = default;
AvailabilityCache::~AvailabilityCache() = default;
AvailabilityCache::AvailabilityCache(AvailabilityCache &&) noexcept = default;
AvailabilityCache &AvailabilityCache::operator=(AvailabilityCache &&) noexcept = default;

void AvailabilityCache::forgetGraph()
{
    m_graph.reset();
}

AvailabilityCache::Graph::Graph(const Design &design, const std::vector<Design::LinkEnds> &ends)
{
    const auto &services = design.services();
    graph = buildGraph(design, ends);
    serviceCount = services.size();
    linkCount = design.links().size();
    groupCount = design.redundancyGroups.size();
    declared = design.entryPoints;

    entries = design.entryPoints;
    if (entries.isEmpty()) {
        // No entry points declared: the services nothing depends on that depend on something.
        std::vector<char> needed(services.size(), 0);
        for (int v = 0; v < graph.size(); ++v) {
            for (int c : graph.children[std::size_t(v)]) {
                if (!graph.isGroup(c))
                    needed[std::size_t(c)] = 1;
                else
                    for (int member : graph.children[std::size_t(c)])
                        needed[std::size_t(member)] = 1;
            }
        }
        for (std::size_t i = 0; i < services.size(); ++i) {
            if (!needed[i] && !graph.children[i].empty())
                entries << services[i].id;
        }
        inferred = !entries.isEmpty();
    }

    // Services on request cycles.
    {
        std::vector<char> state(std::size_t(graph.size()), 0);
        std::set<int> onCycle;
        std::vector<int> stack;
        std::function<void(int)> visit = [&](int v) {
            state[std::size_t(v)] = 1;
            stack.push_back(v);
            for (int c : graph.children[std::size_t(v)]) {
                if (state[std::size_t(c)] == 1) {
                    for (auto it = std::find(stack.begin(), stack.end(), c); it != stack.end();
                         ++it)
                        if (!graph.isGroup(*it))
                            onCycle.insert(*it);
                } else if (state[std::size_t(c)] == 0) {
                    visit(c);
                }
            }
            stack.pop_back();
            state[std::size_t(v)] = 2;
        };
        for (int v = 0; v < graph.size(); ++v) {
            if (state[std::size_t(v)] == 0)
                visit(v);
        }
        for (int v : onCycle)
            cycles << services[std::size_t(v)].id;
    }

    // What each entry point depends on (itself included): an outage that touches none of it
    // leaves its availability as it is, and is not solved again.
    roots.reserve(std::size_t(entries.size()));
    for (const QString &id : std::as_const(entries))
        roots.push_back(design.serviceIndex(id));
    const std::vector<double> unused;
    const Solver walker(graph, unused, 0, 0);
    normalOf.assign(roots.size(), -1);
    for (std::size_t i = 0; i < roots.size(); ++i) {
        const int root = roots[i];
        reach.push_back(root < 0 ? std::vector<int>{} : walker.reachableServices(root));
        if (root >= 0)
            normalOf[i] = int(solved++);
    }
}

namespace {

bool samePlaces(const std::vector<AnalysisLookups::Place> &a,
                const std::vector<AnalysisLookups::Place> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.region == y.region && x.provider == y.provider;
    });
}

} // namespace

AvailabilityReport AvailabilityAnalyzer::analyze(const Design &design,
                                                 const AnalysisLookups *lookups,
                                                 const AvailabilityReport *before,
                                                 AvailabilityCache *cache) const
{
    std::optional<AnalysisLookups> own;
    const AnalysisLookups &looked = lookups ? *lookups : own.emplace(design, m_catalog);
    AvailabilityCache local;
    AvailabilityCache &kept = cache ? *cache : local;
    AvailabilityReport report;
    const auto &services = design.services();
    const ResiliencePolicy &policy = m_catalog.policies().resilience;
    if (!kept.m_graph || !kept.m_graph->fits(design)) {
        kept.m_graph = std::make_unique<AvailabilityCache::Graph>(design, looked.linkEnds());
        if (cache)
            before = nullptr; // the graph changed since the report before
    }
    const AvailabilityCache::Graph &structure = *kept.m_graph;
    const DependencyGraph &graph = structure.graph;
    const QStringList &entries = structure.entries;
    const std::vector<int> &roots = structure.roots;
    const std::vector<int> &normalOf = structure.normalOf;
    report.entryPointsInferred = structure.inferred;
    report.cycles = structure.cycles;
    report.ignoredRequests = graph.ignoredRequests;

    std::vector<double> p(std::size_t(graph.size()), 1.0);
    report.services.reserve(services.size());
    if (cache) {
        // Each service's own figure, made again when what it is made of changed.
        if (kept.m_catalog != &m_catalog || kept.m_parts.size() != services.size()) {
            kept.m_catalog = &m_catalog;
            kept.m_parts.assign(services.size(), {});
            kept.m_services.assign(services.size(), {});
            for (std::size_t i = 0; i < services.size(); ++i)
                kept.m_parts[i].availability = std::numeric_limits<double>::quiet_NaN(); // unequal
        }
        for (std::size_t i = 0; i < services.size(); ++i) {
            const PlacedService &s = services[i];
            const AvailabilityCache::ServiceParts parts{looked[i].offering, s.availability,
                                                        s.deployment};
            if (!(kept.m_parts[i] == parts)) {
                kept.m_parts[i] = parts;
                kept.m_services[i] = serviceAvailability(s, parts.offering);
            }
            p[i] = kept.m_services[i].availability;
            report.services.push_back(kept.m_services[i]);
        }
    } else {
        for (std::size_t i = 0; i < services.size(); ++i) {
            ServiceAvailability a = serviceAvailability(services[i], looked[i].offering);
            p[i] = a.availability;
            report.services.push_back(std::move(a));
        }
    }
    // The places (provider, region) as numbers, providers in design order, places in order of
    // first appearance.
    const QStringList &providers = looked.providers();
    const auto &regions = looked.places();

    // With the report before: the services whose availability (or, with a cache, place)
    // changed since, and the entry points that depend on one of them.
    if (before && (before->services.size() != services.size() ||
                   before->entryPoints.size() != structure.solved))
        before = nullptr;
    for (std::size_t i = 0; before && i < normalOf.size(); ++i) {
        if (normalOf[i] >= 0 &&
            before->entryPoints[std::size_t(normalOf[i])].id != entries[qsizetype(i)])
            before = nullptr; // other entry points than the report's: all solved again
    }
    std::vector<char> changed(before ? services.size() : 0, 0);
    for (std::size_t i = 0; i < changed.size(); ++i)
        changed[i] = p[i] != before->services[i].availability;
    // Each place now as the number it had (those it had not: numbers past the last); most
    // edits keep every place's number.
    std::vector<int> placeWas;
    const std::size_t placesWere = kept.m_places.size();
    if (before && cache) {
        if (kept.m_placeOf.size() != services.size()) {
            before = nullptr; // no places kept
        } else {
            placeWas.resize(regions.size());
            if (samePlaces(kept.m_places, regions)) {
                std::iota(placeWas.begin(), placeWas.end(), 0);
            } else if (!looked.placeWas().empty() &&
                       samePlaces(kept.m_places, looked.placesBefore())) {
                placeWas = looked.placeWas(); // the lookups were brought up to date since
            } else {
                PlaceNumbers was;
                for (const AnalysisLookups::Place &place : kept.m_places)
                    (void)was.number(place.provider, place.region);
                for (std::size_t r = 0; r < regions.size(); ++r)
                    placeWas[r] = was.number(regions[r].provider, regions[r].region);
            }
            for (std::size_t i = 0; i < changed.size(); ++i) {
                if (placeWas[std::size_t(looked.placeOf(i))] != kept.m_placeOf[i])
                    changed[i] = 1;
            }
        }
    }
    std::vector<char> again(roots.size(), 1);
    for (std::size_t i = 0; before && i < roots.size(); ++i) {
        const auto &reach = structure.reach[i];
        again[i] = std::any_of(reach.begin(), reach.end(),
                               [&](int v) { return changed[std::size_t(v)] != 0; });
    }
    if (cache) {
        kept.m_places = regions;
        kept.m_placeOf.resize(services.size());
        for (std::size_t i = 0; i < services.size(); ++i)
            kept.m_placeOf[i] = looked.placeOf(i);
    }

    // The normal state: every entry point, with what it depends on and its single points of
    // failure.
    {
        Solver solver(graph, p, policy.exactFactoringLimit, policy.monteCarloTrials);
        report.entryPoints.reserve(structure.solved);
        for (std::size_t i = 0; i < roots.size(); ++i) {
            const int root = roots[i];
            if (root < 0)
                continue;
            if (!again[i]) {
                report.entryPoints.push_back(before->entryPoints[std::size_t(normalOf[i])]);
                continue;
            }
            EntryPointAvailability e;
            e.id = entries[qsizetype(i)];
            const Solver::Result r = solver.solve(root);
            e.availability = r.availability;
            e.method = r.method;
            e.confidenceLow = r.low;
            e.confidenceHigh = r.high;
            e.trials = r.trials;
            e.downtimeMinutesPerYear = downtimeMinutesPerYear(r.availability);
            std::vector<char> down(std::size_t(graph.size()), 0);
            for (int v : solver.reachableServices(root)) {
                if (v == root)
                    continue;
                e.dependsOn << services[std::size_t(v)].id;
                down[std::size_t(v)] = 1;
                if (!solver.upWith(root, down))
                    e.singlePointsOfFailure << services[std::size_t(v)].id;
                down[std::size_t(v)] = 0;
            }
            report.entryPoints.push_back(std::move(e));
        }
    }

    // The services in each place; per entry point, the places (and providers) its
    // dependencies are in, as sorted sets.
    std::vector<std::vector<int>> servicesIn(regions.size());
    for (std::size_t i = 0; i < services.size(); ++i)
        servicesIn[std::size_t(looked.placeOf(i))].push_back(int(i));
    std::vector<std::vector<int>> entryRegions(roots.size()), entryProviders(roots.size());
    for (std::size_t i = 0; i < roots.size(); ++i) {
        for (int v : structure.reach[i]) {
            entryRegions[i].push_back(looked.placeOf(std::size_t(v)));
            entryProviders[i].push_back(looked.providerOf(std::size_t(v)));
        }
        for (auto *set : {&entryRegions[i], &entryProviders[i]}) {
            std::sort(set->begin(), set->end());
            set->erase(std::unique(set->begin(), set->end()), set->end());
        }
    }
    // The scenarios of the report before, by place (numbered only when needed).
    std::optional<PlaceNumbers> scenarioBefore;
    const auto previousRegionOutage = [&](std::size_t r) -> const OutageScenario * {
        const auto &was = before->regionOutages;
        const auto at = [&](std::size_t n) {
            return n < was.size() && was[n].region == regions[r].region &&
                   was[n].provider == regions[r].provider;
        };
        if (at(r))
            return &was[r];
        if (!placeWas.empty()) {
            const std::size_t n = std::size_t(placeWas[r]);
            if (at(n))
                return &was[n];
            if (n >= placesWere && was.size() == placesWere)
                return nullptr; // a place no service was at
        }
        if (!scenarioBefore) {
            scenarioBefore.emplace();
            for (const OutageScenario &o : was)
                (void)scenarioBefore->number(o.provider, o.region);
        }
        const int n = scenarioBefore->number(regions[r].provider, regions[r].region);
        return std::size_t(n) < was.size() ? &was[std::size_t(n)] : nullptr;
    };

    // What survives when a whole provider, or one region, is down. `q` is `p` with the failed
    // services at 0, restored after each scenario.
    std::vector<double> q = p;
    // One solver for every scenario, told to forget() the figures of the last one: what it
    // knows of the graph (each entry point's sub-graph) holds for all of them. Outage
    // scenarios only need to tell what survives: a tenth of the trials will do.
    Solver outageSolver(graph, q, policy.exactFactoringLimit,
                        std::max(2000, policy.monteCarloTrials / 10));
    // `touched(i)`: whether the outage reaches entry point i; those it does not keep their
    // normal figure. `previous`: the same scenario in the report before, if it had it: the
    // entry points not solved again keep their figure in it.
    // An entry point not solved again keeps its figure in the scenario before whether the
    // outage reaches it or not: what it depends on is where it was, as available as it was.
    // The services are failed in `q` only for the first entry point solved.
    const auto scenario = [&](const QString &provider, const QString &region,
                              const std::vector<int> &regionsDown, const auto &touched,
                              const OutageScenario *previous) {
        bool failed = false;
        const auto fail = [&](bool down) {
            for (int r : regionsDown) {
                for (int v : servicesIn[std::size_t(r)])
                    q[std::size_t(v)] = down ? 0 : p[std::size_t(v)];
            }
            failed = down;
        };
        OutageScenario o;
        o.provider = provider;
        o.region = region;
        o.entryPoints.reserve(structure.solved);
        outageSolver.forget();
        for (std::size_t i = 0; i < roots.size(); ++i) {
            const int root = roots[i];
            if (root < 0)
                continue;
            const std::size_t n = std::size_t(normalOf[i]);
            if (!again[i] && previous) {
                o.entryPoints.push_back(previous->entryPoints[n]);
            } else if (!touched(i)) {
                o.entryPoints.push_back(
                    {entries[qsizetype(i)], report.entryPoints[n].availability});
            } else {
                if (!failed)
                    fail(true);
                o.entryPoints.push_back(
                    {entries[qsizetype(i)], outageSolver.solve(root).availability});
            }
        }
        if (failed)
            fail(false);
        return o;
    };
    const auto contains = [](const std::vector<int> &sorted, int x) {
        return std::binary_search(sorted.begin(), sorted.end(), x);
    };
    report.providerOutages.reserve(std::size_t(providers.size()));
    for (qsizetype pi = 0; pi < providers.size(); ++pi) {
        std::vector<int> down;
        for (std::size_t r = 0; r < regions.size(); ++r) {
            if (regions[r].providerNumber == int(pi))
                down.push_back(int(r));
        }
        const OutageScenario *previous = nullptr;
        if (before) {
            for (const OutageScenario &o : before->providerOutages) {
                if (o.provider == providers[pi])
                    previous = &o;
            }
        }
        report.providerOutages.push_back(scenario(
            providers[pi], QString(), down,
            [&](std::size_t i) { return contains(entryProviders[i], int(pi)); }, previous));
    }
    report.regionOutages.reserve(regions.size());
    for (std::size_t r = 0; r < regions.size(); ++r) {
        const OutageScenario *previous = before ? previousRegionOutage(r) : nullptr;
        report.regionOutages.push_back(scenario(
            regions[r].provider, regions[r].region, {int(r)},
            [&](std::size_t i) { return contains(entryRegions[i], int(r)); }, previous));
    }
    return report;
}

} // namespace skyplan

#include "compliance.h"

#include "model/catalog/catalog.h"
#include "model/catalog/datatext.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <limits>
#include <optional>
#include <span>
#include <unordered_map>

namespace skyplan {

const std::vector<DataLabel> &ComplianceReport::heldBy(const Design &design,
                                                       const QString &id) const
{
    static const std::vector<DataLabel> none;
    const int i = design.serviceIndex(id);
    return i >= 0 && std::size_t(i) < dataHeld.size() ? dataHeld[std::size_t(i)] : none;
}

int ComplianceReport::count(Severity s) const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [s](const ComplianceFinding &f) { return f.severity == s; }));
}

namespace {

bool isPersonal(DataClassification c)
{
    return c == DataClassification::Pii || c == DataClassification::Phi ||
           c == DataClassification::Pci;
}

double distanceKm(const Region &a, const Region &b)
{
    constexpr double toRad = 3.14159265358979323846 / 180.0;
    const double dLat = (b.lat - a.lat) * toRad;
    const double dLon = (b.lon - a.lon) * toRad;
    const double h =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(a.lat * toRad) * std::cos(b.lat * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

/// The {names} a rule's message and fix may use.
enum Slot {
    Label,
    Id,
    ServiceName,
    ProviderName,
    RegionId,
    RegionName,
    CountryName, ///< the last of a service's own values (ServiceValues)
    Classification,
    Origin,
    FixRegion,
    From,
    To,
    FromCountry,
    ToCountry,
    SlotCount
};

constexpr int serviceSlots = CountryName + 1;

const std::array<QLatin1String, SlotCount> &slotNames()
{
    static const std::array<QLatin1String, SlotCount> names = {
        QLatin1String("label"),        QLatin1String("id"),
        QLatin1String("service_name"), QLatin1String("provider"),
        QLatin1String("region"),       QLatin1String("region_name"),
        QLatin1String("country"),      QLatin1String("classification"),
        QLatin1String("origin"),       QLatin1String("fix_region"),
        QLatin1String("from"),         QLatin1String("to"),
        QLatin1String("from_country"), QLatin1String("to_country")};
    return names;
}

/// A finding's values by slot; null: the finding has none (its {name} stays as written).
using SlotValues = std::array<const QString *, SlotCount>;
/// A service's own values, by slot (Label to CountryName).
using ServiceValues = std::array<QString, serviceSlots>;

/// A message or fix template, split once per rule into literal text and {name} slots, so
/// that each finding only joins pieces (7,000 findings each scanned and looked up their
/// names in a map: a sixth of the analysis of 10,000 services).
class Template {
public:
    /// Splits `text` as filling it in one pass would read it: a {name} of a slot is
    /// replaced; anything else in braces stays as written, and the scan goes on after its
    /// opening brace.
    explicit Template(const QString &text)
    {
        QString literal;
        qsizetype i = 0;
        while (i < text.size()) {
            const qsizetype open = text.indexOf(QLatin1Char('{'), i);
            const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open + 1);
            if (close < 0) {
                literal += QStringView(text).mid(i);
                break;
            }
            literal += QStringView(text).mid(i, open - i);
            const QStringView name = QStringView(text).mid(open + 1, close - open - 1);
            const auto &names = slotNames();
            const auto slot = std::find(names.begin(), names.end(), name);
            if (slot != names.end()) {
                m_parts.push_back({std::move(literal), int(slot - names.begin())});
                literal.clear();
                i = close + 1;
            } else {
                literal += QLatin1Char('{');
                i = open + 1;
            }
        }
        if (!literal.isEmpty())
            m_parts.push_back({std::move(literal), -1});
    }

    /// The text with each slot's value in its place; a value is never expanded again (a label
    /// may contain braces).
    QString fill(const SlotValues &values) const
    {
        QString out;
        out.reserve(64);
        for (const Part &part : m_parts) {
            out += part.literal;
            if (part.slot < 0)
                continue;
            if (const QString *value = values[std::size_t(part.slot)]) {
                out += *value;
            } else {
                out += QLatin1Char('{');
                out += slotNames()[std::size_t(part.slot)];
                out += QLatin1Char('}');
            }
        }
        return out;
    }

private:
    struct Part {
        QString literal; ///< text before the slot
        int slot = -1;   ///< a Slot, or -1 for the text after the last one
    };
    std::vector<Part> m_parts;
};

/// A rule's list of region classes (eu, eea, eu_eea, adequacy, dpf, origin, or an ISO code),
/// read once per check: each test is then a switch, not up to seven string comparisons (a
/// check of 10,000 services tests a quarter of a million).
class RegionClasses {
public:
    RegionClasses() = default;
    explicit RegionClasses(const QStringList &classes)
    {
        static const std::array<std::pair<QLatin1String, Kind>, 6> named = {
            {{QLatin1String("origin"), Kind::Origin},
             {QLatin1String("eu"), Kind::Eu},
             {QLatin1String("eea"), Kind::Eea},
             {QLatin1String("eu_eea"), Kind::EuEea},
             {QLatin1String("adequacy"), Kind::Adequacy},
             {QLatin1String("dpf"), Kind::Dpf}}};
        for (const QString &cls : classes) {
            Kind kind = Kind::Code;
            for (const auto &[name, k] : named) {
                if (cls == name)
                    kind = k;
            }
            m_classes.push_back({kind, cls});
        }
    }
    bool isEmpty() const { return m_classes.empty(); }

    /// Whether `country` belongs to one of the classes. `c`: the catalog's entry for
    /// `country`, if any; `origin`: the data's origin, for the class "origin".
    bool contain(const QString &country, const Country *c, const QString &origin) const
    {
        return std::any_of(m_classes.begin(), m_classes.end(),
                           [&](const Class &cls) { return holds(cls, country, c, origin); });
    }

private:
    enum class Kind { Origin, Eu, Eea, EuEea, Adequacy, Dpf, Code };
    struct Class {
        Kind kind;
        QString text; ///< as written
    };

    static bool holds(const Class &cls, const QString &country, const Country *c,
                      const QString &origin)
    {
        if (cls.kind == Kind::Origin) {
            if (origin == QLatin1String("EU"))
                return c && (c->eu || c->eea);
            return !origin.isEmpty() && country == origin;
        }
        if (!c)
            return cls.text == country;
        switch (cls.kind) {
        case Kind::Eu:
            return c->eu;
        case Kind::Eea:
            return c->eea;
        case Kind::EuEea:
            return c->eu || c->eea;
        case Kind::Adequacy:
            return c->gdprAdequacy == QLatin1String("full");
        case Kind::Dpf:
            return c->gdprAdequacy == QLatin1String("dpf");
        case Kind::Origin:
        case Kind::Code:
            break;
        }
        return cls.text == country;
    }

    std::vector<Class> m_classes;
};

} // namespace

/// The personal data each service holds after propagation, by label number: each distinct
/// label (classification, origin, safeguard, source) once.
struct ComplianceChecker::Propagated {
    std::vector<DataLabel> labels; ///< by number
    std::vector<int> originOf;     ///< by label number: its origin's number
    int origins = 0;
    /// The labels numbered first, 0 to seeds - 1: each personal service's own, in the order of
    /// the services (seedService: that service's index).
    int seeds = 0;
    std::vector<int> seedService;
    /// Given the propagation before (SeedsBefore): per seed, its number there, or -1 when it
    /// was made from the design.
    std::vector<int> seedWas;
    /// The label numbers each service holds, one array for all: service i's are
    /// heldLabels[heldFirst[i]] to heldLabels[heldFirst[i + 1]].
    std::vector<int> heldFirst{0};
    std::vector<int> heldLabels;

    std::size_t services() const { return heldFirst.size() - 1; }
    /// The numbers of the labels the service at index `i` holds.
    std::span<const int> held(std::size_t i) const
    {
        return {heldLabels.data() + heldFirst[i], heldLabels.data() + heldFirst[i + 1]};
    }

    /// What propagate() gives: the labels each service holds.
    std::vector<std::vector<DataLabel>> byService() const
    {
        std::vector<std::vector<DataLabel>> result(services());
        for (std::size_t i = 0; i < result.size(); ++i) {
            const std::span<const int> numbers = held(i);
            result[i].reserve(numbers.size());
            for (const int l : numbers)
                result[i].push_back(labels[std::size_t(l)]);
        }
        return result;
    }
};

namespace {

/// DataMatch::matches() of propagated labels, by number, answered once per classification
/// and origin: a check asks it of every label of every service for every rule (a tenth of the
/// analysis of 10,000 services, looking up the origin's country each time).
class LabelMatcher {
public:
    LabelMatcher(const Catalog &catalog, const ComplianceChecker::Propagated &data)
        : m_catalog(catalog), m_data(data)
    {
        for (const DataLabel &l : data.labels)
            m_classifications = std::max(m_classifications, std::size_t(l.classification) + 1);
    }

    /// Whether the label at number `label` matches. `match` must outlive the matcher (the
    /// catalog's rules and regimes do): answers are remembered by its address.
    bool operator()(const DataMatch &match, int label) const
    {
        return answer(memoOf(match), match, label);
    }
    /// operator() of every label, by number.
    std::vector<char> all(const DataMatch &match) const
    {
        std::vector<signed char> &memo = memoOf(match);
        std::vector<char> matched(m_data.labels.size());
        for (std::size_t n = 0; n < matched.size(); ++n)
            matched[n] = answer(memo, match, int(n));
        return matched;
    }

private:
    std::vector<signed char> &memoOf(const DataMatch &match) const
    {
        std::vector<signed char> &memo = m_memo[&match];
        if (memo.empty())
            memo.assign(std::size_t(m_data.origins) * m_classifications, -1);
        return memo;
    }
    bool answer(std::vector<signed char> &memo, const DataMatch &match, int label) const
    {
        const DataLabel &l = m_data.labels[std::size_t(label)];
        const std::size_t key =
            std::size_t(m_data.originOf[std::size_t(label)]) * m_classifications +
            std::size_t(l.classification);
        if (memo[key] < 0)
            memo[key] = match.matches(l.classification, l.origin, m_catalog) ? 1 : 0;
        return memo[key] == 1;
    }

    std::size_t m_classifications = 0; ///< the labels' largest classification, plus one
    const Catalog &m_catalog;
    const ComplianceChecker::Propagated &m_data;
    mutable std::unordered_map<const DataMatch *, std::vector<signed char>> m_memo;
};

/// Evaluates the rules of the catalog's policies against one design.
class RuleEngine {
public:
    /// `countries`: the country of each service, by index: its code and the catalog's entry.
    RuleEngine(const Catalog &catalog, const Design &design, const AnalysisLookups &entries,
               const std::vector<std::vector<DataLabel>> &held,
               const ComplianceChecker::Propagated &data, const LabelMatcher &matches,
               const ComplianceChecker::Countries &countries)
        : m_catalog(catalog), m_design(design), m_entries(entries), m_data(data),
          m_matches(matches), m_countries(countries), m_held(held)
    {
        // What every rule asks of a service, looked up once.
        m_serviceValuesAt.assign(design.services().size(), -1);
    }

    /// A rule's region classes, read once (RegionClasses).
    struct RuleClasses {
        RegionClasses regionOutside, regionWithin, fromRegionWithin, toRegionOutside, fixWithin;
    };
    const RuleClasses &classes(const ComplianceRule &rule) const
    {
        auto it = m_classes.find(&rule);
        if (it == m_classes.end())
            it = m_classes
                     .emplace(&rule, RuleClasses{RegionClasses(rule.regionOutside),
                                                 RegionClasses(rule.regionWithin),
                                                 RegionClasses(rule.fromRegionWithin),
                                                 RegionClasses(rule.toRegionOutside),
                                                 RegionClasses(rule.fixWithin)})
                     .first;
        return it->second;
    }

    bool inAny(const QString &country, const RegionClasses &classes, const QString &origin) const
    {
        return !classes.isEmpty() && classes.contain(country, m_catalog.country(country), origin);
    }
    /// inAny() of the country of the service at index `service`.
    bool inAny(std::size_t service, const RegionClasses &classes, const QString &origin) const
    {
        return classes.contain(m_countries.code(service), m_countries.entry(service), origin);
    }

    /// A region of `provider` (or an on-prem site) near `from` that satisfies the fix.
    QString suggestRegion(const PlacedService &s, const ComplianceRule &rule,
                          const QString &origin) const
    {
        const Provider *provider = m_catalog.provider(
            rule.fixAction == QLatin1String("move_to_onprem") ? QStringLiteral("onprem")
                                                              : s.provider);
        const ServiceOffering *offering = m_catalog.service(s.provider, s.service);
        if (!provider)
            return {};
        const auto here = m_catalog.region(s.provider, s.region, &m_design);
        const RegionClasses &fixWithin = classes(rule).fixWithin;
        QString best;
        double bestDistance = std::numeric_limits<double>::infinity();
        const auto consider = [&](const Region &r) {
            if (!fixWithin.isEmpty() && !inAny(r.country, fixWithin, origin))
                return;
            if (provider->id == s.provider && offering && !offering->offeredIn(r.id))
                return;
            if (r.id == s.region && provider->id == s.provider)
                return;
            const double d = here && (r.lat != 0 || r.lon != 0) ? distanceKm(*here, r) : 1e9;
            if (d < bestDistance) {
                bestDistance = d;
                best = r.id;
            }
        };
        for (const Region &r : provider->regions)
            consider(r);
        if (provider->id == QLatin1String("onprem")) {
            for (const OnPremSite &site : m_design.sites)
                consider(*m_catalog.region(QStringLiteral("onprem"), site.id, &m_design));
        }
        return best;
    }

    /// The translated, split message and fix of a rule, made once per rule.
    const std::pair<Template, Template> &templates(const ComplianceRule &rule) const
    {
        auto it = m_templates.find(&rule);
        if (it == m_templates.end())
            it = m_templates
                     .emplace(&rule, std::pair<Template, Template>(Template(text(rule.message)),
                                                                   Template(text(rule.fixText))))
                     .first;
        return it->second;
    }

    /// serviceValues() of the service at index i, computed once.
    const ServiceValues &serviceValuesAt(std::size_t i) const
    {
        int &at = m_serviceValuesAt[i];
        if (at < 0) {
            at = int(m_serviceValues.size());
            m_serviceValues.push_back(serviceValues(m_design.services()[i], m_entries[i]));
        }
        return m_serviceValues[std::size_t(at)];
    }

    /// suggestRegion(), remembered: many services share a provider, service, region and data
    /// origin, and the search measures the distance to every region of the provider.
    QString suggestRegionCached(const PlacedService &s, const ComplianceRule &rule,
                                const QString &origin) const
    {
        const QString key = rule.id + QLatin1Char('\n') + s.provider + QLatin1Char('\n') +
                            s.service + QLatin1Char('\n') + s.region + QLatin1Char('\n') + origin;
        auto it = m_suggested.constFind(key);
        if (it == m_suggested.cend())
            it = m_suggested.insert(key, suggestRegion(s, rule, origin));
        return *it;
    }

    ServiceValues serviceValues(const PlacedService &s, const AnalysisLookups::Entry &entries) const
    {
        ServiceValues v;
        const ServiceOffering *o = entries.offering;
        const Provider *p = entries.provider;
        const auto r = m_catalog.region(s.provider, s.region, &m_design);
        const Country *c = r ? m_catalog.country(r->country) : nullptr;
        v[Label] = s.label.isEmpty() ? s.id : s.label;
        v[Id] = s.id;
        v[ServiceName] = o ? o->name : s.service;
        v[ProviderName] = p ? p->shortName : s.provider;
        v[RegionId] = s.region;
        v[RegionName] = r ? QStringLiteral("%1 (%2)").arg(s.region, r->name) : s.region;
        v[CountryName] =
            c ? text(c->name)
              : (r ? r->country : QCoreApplication::translate("Analysis", "an unknown country"));
        return v;
    }

    /// `i`: the index of the service in the design.
    void checkService(const ComplianceRule &rule, std::size_t i,
                      std::vector<ComplianceFinding> &out) const
    {
        const PlacedService &s = m_design.services()[i];
        const ServiceOffering *o = m_entries[i].offering;
        if (rule.notOfferedInRegion && (!o || o->offeredIn(s.region)))
            return;
        if (rule.providerWithoutBaa && (s.provider == QLatin1String("onprem") ||
                                        m_design.organization.baaSigned.contains(s.provider)))
            return;
        if (rule.serviceNotHipaaEligible && (!o || o->hipaaEligible))
            return;
        if (rule.encryptionAtRestMissing && s.encryptionAtRest)
            return;
        if (rule.encryptionInTransitMissing && s.encryptionInTransit)
            return;

        // Data conditions: which labels the rule is about.
        const RuleClasses &where = classes(rule);
        std::vector<DataLabel> matching;
        if (rule.holds) {
            for (const int number : m_data.held(i)) {
                if (!m_matches(*rule.holds, number))
                    continue;
                const DataLabel &l = m_data.labels[std::size_t(number)];
                if (rule.originates && l.source != s.id)
                    continue; // copies elsewhere are lawful; the rule is about the primary
                if (!where.regionOutside.isEmpty() && inAny(i, where.regionOutside, l.origin))
                    continue;
                if (!where.regionWithin.isEmpty() && !inAny(i, where.regionWithin, l.origin))
                    continue;
                matching.push_back(l);
            }
            if (matching.empty())
                return;
        } else {
            if (!where.regionOutside.isEmpty() && inAny(i, where.regionOutside, QString()))
                return;
            if (!where.regionWithin.isEmpty() && !inAny(i, where.regionWithin, QString()))
                return;
        }

        ComplianceFinding f;
        f.rule = rule.id;
        f.regime = rule.regime;
        f.subject = s.id;
        f.severity = rule.severity;
        if (!matching.empty() && rule.severityWithSafeguard) {
            const bool allSafe =
                std::all_of(matching.begin(), matching.end(), [&](const DataLabel &l) {
                    return std::find(rule.safeguards.begin(), rule.safeguards.end(), l.safeguard) !=
                           rule.safeguards.end();
                });
            if (allSafe)
                f.severity = *rule.severityWithSafeguard;
        }
        // The label to describe: an unprotected one when there is one.
        const auto described =
            std::find_if(matching.begin(), matching.end(),
                         [](const DataLabel &l) { return l.safeguard == TransferMechanism::None; });
        const DataLabel *label = described != matching.end()
                                     ? &*described
                                     : (matching.empty() ? nullptr : &matching.front());
        const ServiceValues &own = serviceValuesAt(i);
        SlotValues values{};
        for (int slot = 0; slot < serviceSlots; ++slot)
            values[std::size_t(slot)] = &own[std::size_t(slot)];
        QString classification;
        QString origin;
        if (label) {
            classification = enumKeyString(label->classification).toUpper();
            origin = label->origin.isEmpty()
                         ? QCoreApplication::translate("Analysis", "unknown", "data origin")
                         : label->origin;
            values[Classification] = &classification;
            values[Origin] = &origin;
        }
        f.fixAction.kind = rule.fixAction;
        f.fixAction.provider = s.provider;
        if (rule.fixAction == QLatin1String("move_to_region") ||
            rule.fixAction == QLatin1String("move_to_onprem")) {
            f.fixAction.region = suggestRegionCached(s, rule, label ? label->origin : QString());
            if (rule.fixAction == QLatin1String("move_to_onprem"))
                f.fixAction.provider = QStringLiteral("onprem");
            values[FixRegion] = &f.fixAction.region;
        }
        const auto &[message, fix] = templates(rule);
        f.message = message.fill(values);
        f.fix = fix.fill(values);
        if ((rule.fixAction == QLatin1String("move_to_region") ||
             rule.fixAction == QLatin1String("move_to_onprem")) &&
            f.fixAction.region.isEmpty()) {
            f.fixAction.kind.clear();
            f.fix = QCoreApplication::translate(
                        "Analysis",
                        "No %1 region qualifies: move %2 to a provider that has one, or to an "
                        "on-premises site there")
                        .arg(own[ProviderName], own[Label]);
        }
        out.push_back(std::move(f));
    }

    /// `i`: the index of the link in the design.
    void checkLink(const ComplianceRule &rule, std::size_t i,
                   std::vector<ComplianceFinding> &out) const
    {
        const Link &link = m_design.links()[i];
        if (link.kind == LinkKind::Request || link.anonymized)
            return; // nothing personal travels on it as far as the model knows
        const auto [fromIndex, toIndex] = ends(i);
        if (fromIndex < 0 || toIndex < 0)
            return;
        if (!rule.transferMechanisms.empty() &&
            std::find(rule.transferMechanisms.begin(), rule.transferMechanisms.end(),
                      link.transferMechanism) == rule.transferMechanisms.end())
            return;
        const QString &fromCountry = m_countries.code(std::size_t(fromIndex));
        const QString &toCountry = m_countries.code(std::size_t(toIndex));
        if (rule.crossesBorder && fromCountry == toCountry)
            return;
        const RuleClasses &where = classes(rule);
        const DataLabel *hit = nullptr;
        for (const int number : m_data.held(std::size_t(fromIndex))) {
            if (rule.carries && !m_matches(*rule.carries, number))
                continue;
            const DataLabel &l = m_data.labels[std::size_t(number)];
            if (!where.fromRegionWithin.isEmpty() &&
                !inAny(std::size_t(fromIndex), where.fromRegionWithin, l.origin))
                continue;
            if (!where.toRegionOutside.isEmpty() &&
                inAny(std::size_t(toIndex), where.toRegionOutside, l.origin))
                continue;
            hit = &l;
            break;
        }
        if (!hit && rule.carries)
            return;
        ComplianceFinding f;
        f.rule = rule.id;
        f.regime = rule.regime;
        f.subject = link.id;
        f.aboutLink = true;
        f.severity = rule.severity;
        const Country *fc = m_catalog.country(fromCountry);
        const Country *tc = m_catalog.country(toCountry);
        const QString fromName = fc ? text(fc->name) : fromCountry;
        const QString toName = tc ? text(tc->name) : toCountry;
        SlotValues values{};
        values[Id] = &link.id;
        values[From] = &link.from;
        values[To] = &link.to;
        values[FromCountry] = &fromName;
        values[ToCountry] = &toName;
        QString classification;
        if (hit) {
            classification = enumKeyString(hit->classification).toUpper();
            values[Classification] = &classification;
            values[Origin] = &hit->origin;
        }
        f.fixAction.kind = rule.fixAction;
        f.fixAction.mechanism = rule.fixMechanism;
        const auto &[message, fix] = templates(rule);
        f.message = message.fill(values);
        f.fix = fix.fill(values);
        out.push_back(std::move(f));
    }

    /// Whether `written` ("AWS", "aws", "Google Cloud") names the catalog provider `id`.
    bool namesProvider(const QString &written, const QString &id) const
    {
        const Provider *p = m_catalog.provider(id);
        return written.compare(id, Qt::CaseInsensitive) == 0 ||
               (p && (written.compare(p->shortName, Qt::CaseInsensitive) == 0 ||
                      written.compare(p->name, Qt::CaseInsensitive) == 0));
    }

    /// The lecture's `compliance_requirements:`: allowed regions per regime, and pii_handling.
    void checkRequirements(std::vector<ComplianceFinding> &out) const
    {
        const ComplianceRequirements &req = m_design.complianceRequirements;
        for (const RegimeRequirements &r : req.regimes) {
            QString residency;
            for (const auto &[k, v] : r.requirements) {
                if (k == QLatin1String("data_residency"))
                    residency = v;
            }
            if (r.regions.empty() || residency.isEmpty())
                continue;
            DataMatch scope;
            scope.classifications = {DataClassification::Pii, DataClassification::Phi,
                                     DataClassification::Pci};
            scope.origins = {residency.toUpper()};
            QStringList allowed;
            for (const ComplianceRegion &cr : r.regions)
                allowed << (cr.provider.isEmpty() ? cr.region
                                                  : cr.region + QStringLiteral(" (") + cr.provider +
                                                        QLatin1Char(')'));
            for (std::size_t i = 0; i < m_design.services().size(); ++i) {
                const PlacedService &s = m_design.services()[i];
                const auto &labels = heldBy(i);
                const bool inScope =
                    std::any_of(labels.begin(), labels.end(), [&](const DataLabel &l) {
                        return scope.matches(l.classification, l.origin, m_catalog);
                    });
                if (!inScope)
                    continue;
                const bool listed = std::any_of(
                    r.regions.begin(), r.regions.end(), [&](const ComplianceRegion &cr) {
                        if (cr.region != s.region)
                            return false;
                        return cr.provider.isEmpty() || namesProvider(cr.provider, s.provider);
                    });
                if (listed)
                    continue;
                ComplianceFinding f;
                f.rule = QStringLiteral("requirements.%1.regions").arg(r.regime);
                f.regime = r.regime;
                f.subject = s.id;
                f.severity = Severity::Error;
                f.message =
                    QCoreApplication::translate(
                        "Analysis",
                        "%1 holds %2-resident personal data in %3, which is not among the "
                        "regions your compliance requirements allow for %4")
                        .arg(s.label.isEmpty() ? s.id : s.label, residency, s.region, r.regime);
                f.fix = QCoreApplication::translate("Analysis", "Move it to one of: %1")
                            .arg(allowed.join(QLatin1String(", ")));
                f.fixAction.kind = QStringLiteral("move_to_region");
                f.fixAction.provider = s.provider;
                for (const ComplianceRegion &cr : r.regions) {
                    if (namesProvider(cr.provider, s.provider)) {
                        f.fixAction.region = cr.region;
                        break;
                    }
                }
                out.push_back(std::move(f));
            }
        }
        for (const auto &[k, v] : req.piiHandling) {
            const bool required = v.compare(QLatin1String("required"), Qt::CaseInsensitive) == 0;
            const bool atRest = k == QLatin1String("encryption_at_rest");
            const bool inTransit = k == QLatin1String("encryption_in_transit");
            if (!required || (!atRest && !inTransit))
                continue;
            for (std::size_t i = 0; i < m_design.services().size(); ++i) {
                const PlacedService &s = m_design.services()[i];
                if (heldBy(i).empty())
                    continue;
                if ((atRest && s.encryptionAtRest) || (inTransit && s.encryptionInTransit))
                    continue;
                ComplianceFinding f;
                f.rule = QStringLiteral("requirements.pii_handling.%1").arg(k);
                f.regime = QStringLiteral("pii_handling");
                f.subject = s.id;
                f.severity = Severity::Error;
                const QString encryption =
                    atRest ? QCoreApplication::translate("Analysis", "encryption at rest")
                           : QCoreApplication::translate("Analysis", "encryption in transit");
                f.message = QCoreApplication::translate(
                                "Analysis", "%1 holds personal data without %2, which your "
                                            "pii_handling requirements make mandatory")
                                .arg(s.label.isEmpty() ? s.id : s.label, encryption);
                f.fix =
                    QCoreApplication::translate("Analysis", "Turn on %1 for it").arg(encryption);
                f.fixAction.kind = atRest ? QStringLiteral("enable_encryption_at_rest")
                                          : QStringLiteral("enable_encryption_in_transit");
                out.push_back(std::move(f));
            }
        }
    }

private:
    const Catalog &m_catalog;
    const Design &m_design;
    const AnalysisLookups &m_entries;
    const ComplianceChecker::Propagated &m_data;
    const LabelMatcher &m_matches;
    /// Catalog texts (rule messages and fix templates, countries) in the interface language,
    /// looked up once per check rather than once a finding.
    DataTexts text;
    const std::vector<DataLabel> m_none;

public:
    const QString &country(std::size_t service) const { return m_countries.code(service); }
    const std::vector<DataLabel> &heldBy(std::size_t service) const
    {
        return service < m_held.size() ? m_held[service] : m_none;
    }
    std::pair<int, int> ends(std::size_t link) const
    {
        const Design::LinkEnds &e = m_entries.linkEnds()[link];
        return {e.from, e.to};
    }

private:
    const ComplianceChecker::Countries &m_countries;
    const std::vector<std::vector<DataLabel>> &m_held; ///< per service
    /// serviceValuesAt(): for the services with findings (a few of them), by index into
    /// m_serviceValues (-1: none yet).
    mutable std::vector<int> m_serviceValuesAt;
    mutable std::deque<ServiceValues> m_serviceValues;
    mutable std::unordered_map<const ComplianceRule *, std::pair<Template, Template>>
        m_templates;                                                           ///< templates()
    mutable std::unordered_map<const ComplianceRule *, RuleClasses> m_classes; ///< classes()
    mutable QHash<QString, QString> m_suggested; ///< suggestRegionCached()
};

} // namespace

ComplianceChecker::Countries ComplianceChecker::countriesOf(const Design &design,
                                                            const AnalysisLookups &lookups) const
{
    // One lookup per place (provider, region), not per service.
    Countries countries;
    countries.lookups = &lookups;
    for (const AnalysisLookups::Place &p : lookups.places()) {
        const QString code = m_catalog.countryOf(p.provider, p.region, &design);
        int number = countries.number(code); // a design's places are in a few countries
        if (number < 0) {
            number = int(countries.codes.size());
            countries.codes.push_back(code);
        }
        countries.placeCode.push_back(code);
        countries.placeEntry.push_back(m_catalog.country(code));
        countries.placeNumber.push_back(number);
    }
    return countries;
}

std::vector<int> ComplianceChecker::Countries::numbered(QHash<QString, int> &numbers,
                                                        std::size_t services) const
{
    std::vector<int> ofCountry; // by number into `codes`
    ofCountry.reserve(codes.size());
    for (const QString &code : codes) {
        auto known = numbers.constFind(code);
        if (known == numbers.cend())
            known = numbers.insert(code, int(numbers.size()));
        ofCountry.push_back(known.value());
    }
    std::vector<int> of(services);
    for (std::size_t i = 0; i < services; ++i)
        of[i] = ofCountry[std::size_t(placeNumber[std::size_t(lookups->placeOf(i))])];
    return of;
}

std::vector<std::vector<DataLabel>>
ComplianceChecker::propagate(const Design &design, const AnalysisLookups *lookups) const
{
    std::optional<AnalysisLookups> own;
    const AnalysisLookups &looked = lookups ? *lookups : own.emplace(design, m_catalog);
    return propagateNumbered(design, countriesOf(design, looked),
                             flowsOf(design, looked.linkEnds()))
        .byService();
}

ComplianceCache::Flows ComplianceChecker::flowsOf(const Design &design,
                                                  const std::vector<Design::LinkEnds> &ends)
{
    // The links data leaves each service by, as one array in the order of the design's links
    // (`first[i]` to `first[i + 1]`: the links out of service i).
    const auto carries = [&](std::size_t li) {
        const Link &l = design.links()[li];
        return l.kind != LinkKind::Request && !l.anonymized && ends[li].from >= 0 &&
               ends[li].to >= 0;
    };
    const std::size_t n = design.services().size();
    ComplianceCache::Flows flows;
    flows.first.assign(n + 1, 0);
    std::vector<char> carried(ends.size(), 0);
    for (std::size_t li = 0; li < ends.size(); ++li) {
        carried[li] = carries(li);
        if (carried[li])
            ++flows.first[std::size_t(ends[li].from) + 1];
    }
    for (std::size_t i = 0; i < n; ++i)
        flows.first[i + 1] += flows.first[i];
    flows.outgoing.resize(std::size_t(flows.first[n]));
    std::vector<int> next(flows.first.begin(), flows.first.end() - 1);
    for (std::size_t li = 0; li < ends.size(); ++li) {
        if (carried[li])
            flows.outgoing[std::size_t(next[std::size_t(ends[li].from)]++)] = {ends[li].to,
                                                                               int(li)};
    }
    return flows;
}

ComplianceChecker::Propagated
ComplianceChecker::propagateNumbered(const Design &design, const Countries &countries,
                                     const ComplianceCache::Flows &flows, SeedsBefore *before) const
{
    // By service index: a breadth-first walk over the data and replication links, each
    // (service, label) visited once. Labels go by number (`labels`), so that the walk copies
    // and compares integers, not the strings of a label, along every link; countries go by
    // number too.
    const auto &services = design.services();
    const std::size_t n = services.size();
    const AnalysisLookups &lookups = *countries.lookups;
    const std::vector<int> &placeCountry = countries.placeNumber;
    std::vector<char> placeInEu; // the EU/EEA
    for (const Country *c : countries.placeEntry)
        placeInEu.push_back(c && (c->eu || c->eea));
    struct Known {
        DataLabel label;
        int origin = 0;         ///< labels of one origin have one number here
        bool euZone = false;    ///< the origin's zone is the EU/EEA (else its country)
        int originCountry = -1; ///< the origin as a country of a place (-1: none's)
        std::array<int, 8> withSafeguard{-1, -1, -1, -1, -1, -1, -1, -1}; ///< by mechanism
    };
    struct Origin {
        bool euZone = false;
        int country = -1;
    };
    std::vector<Known> labels;
    labels.reserve(n + 16);
    QHash<QString, int> origins;
    std::vector<Origin> originData;
    int lastOrigin = -1; // the last label's: most labels have the origin of the one before
    const auto originNumber = [&](const QString &code) {
        auto origin = origins.constFind(code);
        if (origin == origins.cend()) {
            const Country *o = code.isEmpty() ? nullptr : m_catalog.country(code);
            originData.push_back(
                {code == QLatin1String("EU") || (o && (o->eu || o->eea)), countries.number(code)});
            origin = origins.insert(code, int(origins.size()));
        }
        return origin.value();
    };
    const auto known = [&](DataLabel label, int origin) {
        lastOrigin = origin;
        const Origin &o = originData[std::size_t(origin)];
        labels.push_back({std::move(label), origin, o.euZone, o.country});
        return int(labels.size() - 1);
    };
    const auto makeLabel = [&](DataLabel label) {
        const bool sameOrigin = lastOrigin >= 0 && labels.back().label.origin == label.origin;
        const int origin = sameOrigin ? lastOrigin : originNumber(label.origin);
        return known(std::move(label), origin);
    };
    // The same label with another safeguard (a hop that leaves the origin's zone).
    const auto safeguarded = [&](int label, TransferMechanism mechanism) {
        if (labels[std::size_t(label)].label.safeguard == mechanism)
            return label;
        const std::size_t m = std::size_t(mechanism);
        const bool remembered = m < labels[std::size_t(label)].withSafeguard.size();
        if (remembered && labels[std::size_t(label)].withSafeguard[m] >= 0)
            return labels[std::size_t(label)].withSafeguard[m];
        DataLabel carried = labels[std::size_t(label)].label;
        carried.safeguard = mechanism;
        const int made = makeLabel(std::move(carried));
        if (remembered)
            labels[std::size_t(label)].withSafeguard[m] = made;
        return made;
    };
    // Labels are the same data whatever service it came from (DataLabel::operator==).
    const auto same = [&](int a, int b) {
        const Known &x = labels[std::size_t(a)];
        const Known &y = labels[std::size_t(b)];
        return x.label.classification == y.label.classification && x.origin == y.origin &&
               x.label.safeguard == y.label.safeguard;
    };
    // Each service's labels as a list in flat arrays, in the order they came: most services
    // hold none or a few, and a vector each cost an allocation per service.
    std::vector<int> head(n, -1), tail(n, -1);
    std::vector<std::pair<int, int>> nodes; // label, next node of the same service (-1: none)
    std::vector<std::pair<int, int>> queue; // service, label; read from `next`
    nodes.reserve(n + flows.outgoing.size());
    queue.reserve(n + flows.outgoing.size());
    std::size_t next = 0;
    const auto add = [&](int service, int label) {
        for (int k = head[std::size_t(service)]; k >= 0; k = nodes[std::size_t(k)].second) {
            if (same(nodes[std::size_t(k)].first, label))
                return;
        }
        const int node = int(nodes.size());
        nodes.push_back({label, -1});
        int &last = tail[std::size_t(service)];
        (last >= 0 ? nodes[std::size_t(last)].second : head[std::size_t(service)]) = node;
        last = node;
        queue.emplace_back(service, label);
    };
    std::vector<int> seedService, seedWas;
    const auto seedOf = [&](std::size_t i) {
        const PlacedService &s = services[i];
        if (!isPersonal(s.classification))
            return;
        add(int(i), makeLabel({s.classification, s.dataOrigin, TransferMechanism::None, s.id}));
        seedService.push_back(int(i));
        seedWas.push_back(-1);
    };
    if (!before) {
        for (std::size_t i = 0; i < n; ++i)
            seedOf(i);
    } else {
        // The services not edited start the data they started: their labels are taken from
        // the propagation before (moved, so that no service's strings are read), in the order
        // of the services, and the edited services' are made from the design between them.
        std::vector<int> edited = *before->edited;
        std::sort(edited.begin(), edited.end());
        edited.erase(std::unique(edited.begin(), edited.end()), edited.end());
        const std::vector<int> &was = *before->seedService;
        std::vector<int> originNow(std::size_t(before->origins), -1); // by origin number then
        const auto take = [&](std::size_t k) {
            DataLabel &label = (*before->labels)[k];
            int &origin = originNow[std::size_t((*before->originOf)[k])];
            if (origin < 0)
                origin = originNumber(label.origin);
            add(was[k], known(std::move(label), origin));
            seedService.push_back(was[k]);
            seedWas.push_back(int(k));
        };
        std::size_t k = 0;
        for (const int e : edited) {
            for (; k < was.size() && was[k] <= e; ++k) {
                if (was[k] != e) // an edited service's own is made again below
                    take(k);
            }
            seedOf(std::size_t(e));
        }
        for (; k < was.size(); ++k)
            take(k);
    }
    const int seeds = int(seedService.size());
    const std::vector<int> &first = flows.first;
    // A transfer mechanism protects the data on the hop where it leaves its origin zone (the
    // EU/EEA for EU data, the country otherwise); hops inside the zone or further afield keep
    // whatever the exit hop gave it.
    const auto inZone = [&](int service, const Known &label) {
        if (label.label.origin.isEmpty())
            return false;
        const std::size_t place = std::size_t(lookups.placeOf(std::size_t(service)));
        return label.euZone ? placeInEu[place] != 0 : placeCountry[place] == label.originCountry;
    };
    const auto countryOf = [&](int service) {
        return placeCountry[std::size_t(lookups.placeOf(std::size_t(service)))];
    };
    while (next < queue.size()) {
        const auto [service, label] = queue[next++];
        const bool unknownOrigin = labels[std::size_t(label)].label.origin.isEmpty();
        const bool fromInZone = inZone(service, labels[std::size_t(label)]);
        for (int k = first[std::size_t(service)]; k < first[std::size_t(service) + 1]; ++k) {
            const auto [to, link] = flows.outgoing[std::size_t(k)];
            const bool leaves = unknownOrigin
                                    ? countryOf(service) != countryOf(to)
                                    : fromInZone && !inZone(to, labels[std::size_t(label)]);
            add(to, leaves ? safeguarded(label, design.links()[std::size_t(link)].transferMechanism)
                           : label);
        }
    }
    Propagated result;
    result.labels.reserve(labels.size());
    result.originOf.reserve(labels.size());
    for (Known &k : labels) {
        result.labels.push_back(std::move(k.label));
        result.originOf.push_back(k.origin);
    }
    result.origins = int(origins.size());
    result.seeds = seeds;
    result.seedService = std::move(seedService);
    result.seedWas = std::move(seedWas);
    result.heldFirst.reserve(n + 1);
    result.heldLabels.reserve(nodes.size());
    for (std::size_t i = 0; i < n; ++i) {
        for (int k = head[i]; k >= 0; k = nodes[std::size_t(k)].second)
            result.heldLabels.push_back(nodes[std::size_t(k)].first);
        result.heldFirst.push_back(int(result.heldLabels.size()));
    }
    return result;
}

namespace {

/// The service each regime's reason names (by the catalog's regimes; -1: none) as the last
/// check found it, and the services whose data changed since (null: any may have).
struct RegimeHolders {
    std::vector<int> first;
    const std::vector<char> *changed = nullptr;
};

/// The regimes in scope of `design`, with the reason for each, appended to `regimes`: the
/// organisation's, those the compliance requirements name, and those the data brings (the
/// reason names the first service, by id, that holds data the regime covers). Gives their ids.
/// `holders`: what the last check named, brought up to date.

QSet<QString> regimesInScope(const Design &design, const Catalog &catalog,
                             const ComplianceChecker::Propagated &data, const LabelMatcher &matches,
                             std::vector<RegimeInScope> &regimes, RegimeHolders &holders)
{
    const Policies &policies = catalog.policies();
    QSet<QString> inScope;
    for (const QString &r : design.organization.regimes) {
        const RegimeDefinition *def = policies.regime(r);
        regimes.push_back({r, def ? dataText(def->name) : r.toUpper(),
                           QCoreApplication::translate("Analysis", "organisation profile")});
        inScope.insert(r);
    }
    for (const RegimeRequirements &r : design.complianceRequirements.regimes) {
        if (inScope.contains(r.regime))
            continue;
        const RegimeDefinition *def = policies.regime(r.regime);
        regimes.push_back({r.regime, def ? dataText(def->name) : r.regime.toUpper(),
                           QStringLiteral("compliance_requirements")});
        inScope.insert(r.regime);
    }
    std::vector<int> named(policies.regimes.size(), -1);
    for (std::size_t r = 0; r < policies.regimes.size(); ++r) {
        const RegimeDefinition &def = policies.regimes[r];
        if (inScope.contains(def.id) || !def.triggeredBy)
            continue;
        // The reason names the first service, by id, that holds data the regime covers.
        const std::vector<char> covered = matches.all(*def.triggeredBy); // by label number
        const DataLabel *first = nullptr;
        const QString *firstId = nullptr;
        const auto consider = [&](std::size_t i) {
            const std::span<const int> held = data.held(i);
            const auto hit = std::find_if(held.begin(), held.end(),
                                          [&](int number) { return covered[std::size_t(number)]; });
            if (hit == held.end())
                return;
            const QString &id = design.services()[i].id;
            if (!firstId || id < *firstId) {
                first = &data.labels[std::size_t(*hit)];
                firstId = &id;
                named[r] = int(i);
            }
        };
        // The service named last, when its data is as it was, still holds what the regime
        // covers: only a service whose data changed can come before it. (Reading every
        // service's id was most of this for 10,000 services.)
        const int was = r < holders.first.size() ? holders.first[r] : -1;
        if (holders.changed && was >= 0 && std::size_t(was) < holders.changed->size() &&
            !(*holders.changed)[std::size_t(was)]) {
            consider(std::size_t(was));
            for (std::size_t i = 0; i < holders.changed->size(); ++i) {
                if ((*holders.changed)[i])
                    consider(i);
            }
        } else if (std::find(covered.begin(), covered.end(), 1) != covered.end()) {
            for (std::size_t i = 0; i < data.services(); ++i)
                consider(i);
        }
        if (first) {
            regimes.push_back(
                {def.id, dataText(def.name),
                 QCoreApplication::translate("Analysis", "%1 data of origin %2 in %3")
                     .arg(enumKeyString(first->classification).toUpper(),
                          first->origin.isEmpty()
                              ? QCoreApplication::translate("Analysis", "unknown", "data origin")
                              : first->origin,
                          *firstId)});
            inScope.insert(def.id);
        }
    }
    holders.first = std::move(named);
    return inScope;
}

/// Whether two labels are the same data from the same source (texts name the source).
bool sameLabel(const DataLabel &x, const DataLabel &y)
{
    return x == y && x.source == y.source;
}

/// Whether two services hold the same labels, from the same sources.
bool sameLabels(const std::vector<DataLabel> &a, const std::vector<DataLabel> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameLabel);
}

} // namespace

ComplianceReport ComplianceChecker::check(const Design &design, ComplianceCache *cache,
                                          const AnalysisLookups *lookups) const
{
    std::optional<AnalysisLookups> own;
    const AnalysisLookups &entries = lookups ? *lookups : own.emplace(design, m_catalog);
    ComplianceReport report;
    Countries countries = countriesOf(design, entries);
    ComplianceCache::Flows flows = flowsOf(design, entries.linkEnds());
    const Propagated data = propagateNumbered(design, countries, flows);
    report.dataHeld = data.byService();
    const LabelMatcher matches(m_catalog, data);
    const Policies &policies = m_catalog.policies();
    RegimeHolders holders;
    const QSet<QString> inScope =
        regimesInScope(design, m_catalog, data, matches, report.regimes, holders);
    RuleEngine engine(m_catalog, design, entries, report.dataHeld, data, matches, countries);
    const auto &services = design.services();
    const auto &links = design.links();
    const std::size_t rules = policies.rules.size();

    // With a cache: entries are kept only for the services and links that have findings (most
    // have none, and checking them again is cheap; what is slow is writing a finding). An
    // entry whose inputs changed is dropped; the lookups come after every erase and before
    // any insert, as QHash moves entries when it changes.
    std::vector<ComplianceCache::ServiceEntry *> serviceEntry(services.size(), nullptr);
    std::vector<ComplianceCache::LinkEntry *> linkEntry(links.size(), nullptr);
    static const std::vector<DataLabel> none;
    const auto linkInputs = [&](std::size_t i) {
        const auto [from, to] = engine.ends(i);
        const bool known = from >= 0 && to >= 0;
        return std::make_tuple(known, known ? engine.country(std::size_t(from)) : QString(),
                               known ? engine.country(std::size_t(to)) : QString(),
                               known ? &engine.heldBy(std::size_t(from)) : &none);
    };
    if (cache) {
        if (cache->m_catalog != &m_catalog || cache->m_organization != design.organization ||
            cache->m_sites != design.sites) {
            cache->m_services.clear();
            cache->m_links.clear();
            cache->m_catalog = &m_catalog;
            cache->m_organization = design.organization;
            cache->m_sites = design.sites;
        }
        cache->m_services.removeIf([&](const auto &entry) {
            const int i = design.serviceIndex(entry.key());
            const ComplianceCache::ServiceEntry &e = entry.value();
            return i < 0 || e.byRule.checked.size() != rules || !(e.service == services[i]) ||
                   e.country != engine.country(std::size_t(i)) ||
                   !sameLabels(e.held, engine.heldBy(std::size_t(i)));
        });
        cache->m_links.removeIf([&](const auto &entry) {
            const int i = design.linkIndex(entry.key());
            if (i < 0)
                return true;
            const ComplianceCache::LinkEntry &e = entry.value();
            const auto [known, fromCountry, toCountry, held] = linkInputs(std::size_t(i));
            return e.byRule.checked.size() != rules || !(e.link == links[std::size_t(i)]) ||
                   e.endsKnown != known || e.fromCountry != fromCountry ||
                   e.toCountry != toCountry || !sameLabels(e.fromHeld, *held);
        });
        for (auto it = cache->m_services.begin(); it != cache->m_services.end(); ++it)
            serviceEntry[std::size_t(design.serviceIndex(it.key()))] = &it.value();
        for (auto it = cache->m_links.begin(); it != cache->m_links.end(); ++it)
            linkEntry[std::size_t(design.linkIndex(it.key()))] = &it.value();
    }
    // Findings of subjects without an entry, to keep once every rule has run.
    std::map<std::size_t, ComplianceCache::PerRule> newServices, newLinks;
    std::vector<bool> ran(rules, false);
    // The findings of rule r for one subject: from its entry when it has one.
    const auto findings = [&](ComplianceCache::PerRule *cached,
                              std::map<std::size_t, ComplianceCache::PerRule> &fresh,
                              std::size_t subject, std::size_t r, const auto &compute) {
        if (!cache) {
            compute(report.findings);
            return;
        }
        if (!cached) {
            std::vector<ComplianceFinding> out;
            compute(out);
            if (!out.empty()) {
                auto &entry = fresh.try_emplace(subject, rules).first->second;
                for (const ComplianceFinding &f : out)
                    entry.findings.emplace_back(r, f);
            }
            std::move(out.begin(), out.end(), std::back_inserter(report.findings));
            return;
        }
        if (!cached->checked[r]) {
            std::vector<ComplianceFinding> out;
            compute(out);
            for (ComplianceFinding &f : out)
                cached->findings.emplace_back(r, std::move(f));
            cached->checked[r] = true;
        }
        for (const auto &[rule, f] : cached->findings) {
            if (rule == r)
                report.findings.push_back(f);
        }
    };
    // Where each finding comes from, for recheck().
    std::vector<ComplianceCache::Origin> origins;
    const auto from = [&](std::size_t rule, std::size_t subject, std::size_t first) {
        if (!cache)
            return;
        for (std::size_t k = first; k < report.findings.size(); ++k)
            origins.push_back({report.findings[k].severity, std::uint32_t(rule),
                               std::uint32_t(subject), std::uint32_t(k - first)});
    };
    for (std::size_t r = 0; r < rules; ++r) {
        const ComplianceRule &rule = policies.rules[r];
        if (rule.regime != QLatin1String("any") && !inScope.contains(rule.regime))
            continue;
        ran[r] = true;
        if (rule.aboutLink) {
            for (std::size_t i = 0; i < links.size(); ++i) {
                const std::size_t first = report.findings.size();
                findings(linkEntry[i] ? &linkEntry[i]->byRule : nullptr, newLinks, i, r,
                         [&](auto &out) { engine.checkLink(rule, i, out); });
                from(r, i, first);
            }
        } else {
            for (std::size_t i = 0; i < services.size(); ++i) {
                const std::size_t first = report.findings.size();
                findings(serviceEntry[i] ? &serviceEntry[i]->byRule : nullptr, newServices, i, r,
                         [&](auto &out) { engine.checkService(rule, i, out); });
                from(r, i, first);
            }
        }
    }
    if (cache) {
        // Every rule that ran has been checked for the new entries, with or without findings.
        for (auto &[i, perRule] : newServices) {
            for (std::size_t r = 0; r < rules; ++r)
                perRule.checked[r] = ran[r] && !policies.rules[r].aboutLink;
            cache->m_services.insert(services[i].id, {services[i], engine.country(i),
                                                      engine.heldBy(i), std::move(perRule)});
        }
        for (auto &[i, perRule] : newLinks) {
            for (std::size_t r = 0; r < rules; ++r)
                perRule.checked[r] = ran[r] && policies.rules[r].aboutLink;
            const auto [known, fromCountry, toCountry, held] = linkInputs(i);
            cache->m_links.insert(
                links[i].id, {links[i], known, fromCountry, toCountry, *held, std::move(perRule)});
        }
    }
    const std::size_t first = report.findings.size();
    engine.checkRequirements(report.findings);
    from(rules, 0, first);
    // By severity, each in the order found; the origins in the same order.
    const auto bySeverity = [](const auto &a, const auto &b) {
        return int(a.severity) < int(b.severity);
    };
    std::stable_sort(report.findings.begin(), report.findings.end(), bySeverity);
    if (cache) {
        std::stable_sort(origins.begin(), origins.end(), bySeverity);
        cache->m_origins = std::move(origins);
        cache->m_originsKept = true;
        cache->m_labels = data.labels;
        cache->m_originOf = data.originOf;
        cache->m_originCount = data.origins;
        cache->m_seeds = data.seeds;
        cache->m_seedService = data.seedService;
        cache->m_flows = std::move(flows);
        cache->m_regimeFirst = std::move(holders.first);
        cache->m_heldFirst = data.heldFirst;
        cache->m_heldLabels = data.heldLabels;
        cache->m_countryOf = countries.numbered(cache->m_countryNumbers, services.size());
    }
    return report;
}

void ComplianceChecker::recheck(ComplianceReport &report, const Design &design,
                                ComplianceCache &cache, const AnalysisLookups &lookups,
                                const std::vector<int> &services, const std::vector<int> &links,
                                DataEdited edited) const
{
    const auto &all = design.services();
    if (!cache.m_originsKept || cache.m_origins.size() != report.findings.size() ||
        report.dataHeld.size() != all.size() || cache.m_heldFirst.size() != all.size() + 1 ||
        cache.m_countryOf.size() != all.size() || cache.m_catalog != &m_catalog ||
        cache.m_seedService.size() != std::size_t(cache.m_seeds) ||
        cache.m_originOf.size() != cache.m_labels.size() ||
        cache.m_organization != design.organization || cache.m_sites != design.sites) {
        report = check(design, &cache, &lookups);
        return;
    }
    const Countries countries = countriesOf(design, lookups);
    std::vector<int> countryOf = countries.numbered(cache.m_countryNumbers, all.size());
    // A service starts the data it started when its own label, if it is personal now, is the
    // one the last walk began from: the first of its list then, the only one whose source it
    // is (every other label names the service its data started at).
    const auto startsAsBefore = [&](const PlacedService &s, std::size_t i) {
        const int first = cache.m_heldFirst[i];
        const DataLabel *before = nullptr;
        if (first < cache.m_heldFirst[i + 1]) {
            const DataLabel &label =
                cache.m_labels[std::size_t(cache.m_heldLabels[std::size_t(first)])];
            if (label.source == s.id)
                before = &label;
        }
        if (!isPersonal(s.classification))
            return before == nullptr;
        return before && before->classification == s.classification &&
               before->origin == s.dataOrigin && before->safeguard == TransferMechanism::None;
    };
    // With no data field edited but services' that start the data they started, and every
    // service in the country it was in, the data propagates as it did: the last propagation
    // is taken as it is.
    const bool sameData = edited == DataEdited::None ||
                          (edited == DataEdited::Services &&
                           std::all_of(services.begin(), services.end(), [&](int i) {
                               return startsAsBefore(all[std::size_t(i)], std::size_t(i));
                           }));
    const bool samePropagation = sameData && countryOf == cache.m_countryOf;
    Propagated data;
    if (samePropagation) {
        data.labels = std::move(cache.m_labels);
        data.originOf = std::move(cache.m_originOf);
        data.origins = cache.m_originCount;
        data.seeds = cache.m_seeds;
        data.seedService = std::move(cache.m_seedService);
        data.heldFirst = std::move(cache.m_heldFirst);
        data.heldLabels = std::move(cache.m_heldLabels);
    } else {
        // The links the data takes, as they were unless a link's data fields changed.
        if (edited == DataEdited::Links || cache.m_flows.first.size() != all.size() + 1)
            cache.m_flows = flowsOf(design, lookups.linkEnds());
        // The seeds of the services not at `services` are the last propagation's.
        SeedsBefore before{&cache.m_labels, &cache.m_originOf, cache.m_originCount,
                           &cache.m_seedService, &services};
        data = propagateNumbered(design, countries, cache.m_flows, &before);
    }
    // What is checked again: the services edited and those whose data changed; the links
    // edited and those that carry the changed data (a link's checks read its sender's data).
    std::vector<char> serviceAgain(all.size(), 0), linkAgain(design.links().size(), 0);
    for (const int i : services)
        serviceAgain[std::size_t(i)] = 1;
    for (const int i : links)
        linkAgain[std::size_t(i)] = 1;
    // The seeds taken from the last propagation are told the same as theirs by their numbers
    // there (their labels were moved out of it); the other labels by their texts.
    const std::vector<int> &seedWas = data.seedWas;
    const auto same = [&](int a, int b) {
        const int seed = std::size_t(a) < seedWas.size() ? seedWas[std::size_t(a)] : -1;
        return seed >= 0 ? seed == b
                         : sameLabel(data.labels[std::size_t(a)], cache.m_labels[std::size_t(b)]);
    };
    // A service's data changed when its labels differ from the last propagation's, in order
    // and source: only those services' lists in the report are made again.
    std::vector<char> dataChanged(all.size(), 0);
    for (std::size_t i = 0; !samePropagation && i < all.size(); ++i) {
        const std::span<const int> now = data.held(i);
        const auto was = std::span<const int>(cache.m_heldLabels)
                             .subspan(std::size_t(cache.m_heldFirst[i]),
                                      std::size_t(cache.m_heldFirst[i + 1] - cache.m_heldFirst[i]));
        if (std::equal(now.begin(), now.end(), was.begin(), was.end(), same))
            continue;
        dataChanged[i] = serviceAgain[i] = 1;
        std::vector<DataLabel> &held = report.dataHeld[i];
        held.clear();
        for (const int number : now)
            held.push_back(data.labels[std::size_t(number)]);
    }
    const LabelMatcher matches(m_catalog, data);
    std::vector<RegimeInScope> regimes;
    RegimeHolders holders{std::move(cache.m_regimeFirst), &dataChanged};
    const QSet<QString> inScope =
        regimesInScope(design, m_catalog, data, matches, regimes, holders);
    if (!std::equal(regimes.begin(), regimes.end(), report.regimes.begin(), report.regimes.end(),
                    [](const RegimeInScope &a, const RegimeInScope &b) { return a.id == b.id; })) {
        report = check(design, &cache, &lookups); // other rules run
        return;
    }
    // A service moved to another country is checked again, and so is every link at it.
    std::vector<char> moved(all.size(), 0);
    for (std::size_t i = 0; !samePropagation && i < all.size(); ++i) {
        if (countryOf[i] != cache.m_countryOf[i])
            moved[i] = serviceAgain[i] = 1;
    }
    const auto &ends = lookups.linkEnds();
    for (std::size_t i = 0; i < ends.size(); ++i) {
        const auto [from, to] = ends[i];
        if ((from >= 0 && (dataChanged[std::size_t(from)] || moved[std::size_t(from)])) ||
            (to >= 0 && moved[std::size_t(to)]))
            linkAgain[i] = 1;
    }
    const auto indicesOf = [](const std::vector<char> &again) {
        std::vector<std::size_t> indices;
        for (std::size_t i = 0; i < again.size(); ++i) {
            if (again[i])
                indices.push_back(i);
        }
        return indices;
    };
    const std::vector<std::size_t> serviceIndices = indicesOf(serviceAgain);
    const std::vector<std::size_t> linkIndices = indicesOf(linkAgain);

    const Policies &policies = m_catalog.policies();
    const std::size_t rules = policies.rules.size();
    RuleEngine engine(m_catalog, design, lookups, report.dataHeld, data, matches, countries);
    using Origin = ComplianceCache::Origin;
    std::vector<std::pair<Origin, ComplianceFinding>> found;
    const auto add = [&](std::size_t rule, std::size_t subject,
                         std::vector<ComplianceFinding> &out) {
        for (std::size_t k = 0; k < out.size(); ++k)
            found.emplace_back(Origin{out[k].severity, std::uint32_t(rule), std::uint32_t(subject),
                                      std::uint32_t(k)},
                               std::move(out[k]));
        out.clear();
    };
    std::vector<ComplianceFinding> out;
    for (std::size_t r = 0; r < rules; ++r) {
        const ComplianceRule &rule = policies.rules[r];
        if (rule.regime != QLatin1String("any") && !inScope.contains(rule.regime))
            continue;
        for (const std::size_t i : rule.aboutLink ? linkIndices : serviceIndices) {
            if (rule.aboutLink)
                engine.checkLink(rule, i, out);
            else
                engine.checkService(rule, i, out);
            add(r, i, out);
        }
    }
    engine.checkRequirements(out); // they read every service's data: found again whole
    add(rules, 0, out);
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.first.key() < b.first.key(); });

    // The findings kept and the ones found, merged in their order.
    const auto kept = [&](const Origin &o) {
        if (o.rule >= rules)
            return false;
        return !(policies.rules[o.rule].aboutLink ? linkAgain : serviceAgain)[o.subject];
    };
    std::vector<ComplianceFinding> findings;
    std::vector<Origin> origins;
    findings.reserve(report.findings.size() + found.size());
    origins.reserve(report.findings.size() + found.size());
    auto next = found.begin();
    for (std::size_t k = 0; k < report.findings.size(); ++k) {
        const Origin &o = cache.m_origins[k];
        if (!kept(o))
            continue;
        for (; next != found.end() && next->first.key() < o.key(); ++next) {
            origins.push_back(next->first);
            findings.push_back(std::move(next->second));
        }
        origins.push_back(o);
        findings.push_back(std::move(report.findings[k]));
    }
    for (; next != found.end(); ++next) {
        origins.push_back(next->first);
        findings.push_back(std::move(next->second));
    }
    report.findings = std::move(findings);
    report.regimes = std::move(regimes);
    cache.m_origins = std::move(origins);
    cache.m_labels = std::move(data.labels);
    cache.m_originOf = std::move(data.originOf);
    cache.m_originCount = data.origins;
    cache.m_seeds = data.seeds;
    cache.m_seedService = std::move(data.seedService);
    cache.m_regimeFirst = std::move(holders.first);
    cache.m_heldFirst = std::move(data.heldFirst);
    cache.m_heldLabels = std::move(data.heldLabels);
    if (!samePropagation)
        cache.m_countryOf = std::move(countryOf);
}

} // namespace skyplan

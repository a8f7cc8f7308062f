#include "compliance.h"

#include "model/catalog/catalog.h"
#include "model/design.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace skyplan {

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

/// Evaluates the rules of the catalog's policies against one design.
class RuleEngine {
public:
    RuleEngine(const Catalog &catalog, const Design &design,
               const QMap<QString, std::vector<DataLabel>> &held)
        : m_catalog(catalog), m_design(design), m_held(held)
    {}

    QString countryOf(const PlacedService &s) const
    {
        const auto r = m_catalog.region(s.provider, s.region, &m_design);
        return r ? r->country : QString();
    }

    /// Whether `country` belongs to a region class: eu, eea, eu_eea, adequacy, dpf, origin, or
    /// an ISO code.
    bool inClass(const QString &country, const QString &cls, const QString &origin) const
    {
        const Country *c = m_catalog.country(country);
        if (cls == QLatin1String("origin")) {
            if (origin == QLatin1String("EU"))
                return c && (c->eu || c->eea);
            return !origin.isEmpty() && country == origin;
        }
        if (!c)
            return cls == country;
        if (cls == QLatin1String("eu"))
            return c->eu;
        if (cls == QLatin1String("eea"))
            return c->eea;
        if (cls == QLatin1String("eu_eea"))
            return c->eu || c->eea;
        if (cls == QLatin1String("adequacy"))
            return c->gdprAdequacy == QLatin1String("full");
        if (cls == QLatin1String("dpf"))
            return c->gdprAdequacy == QLatin1String("dpf");
        return cls == country;
    }

    bool inAny(const QString &country, const QStringList &classes, const QString &origin) const
    {
        return std::any_of(classes.begin(), classes.end(),
                           [&](const QString &cls) { return inClass(country, cls, origin); });
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
        QString best;
        double bestDistance = std::numeric_limits<double>::infinity();
        const auto consider = [&](const Region &r) {
            if (!rule.fixWithin.isEmpty() && !inAny(r.country, rule.fixWithin, origin))
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

    QString fill(QString text, const QMap<QString, QString> &values) const
    {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        return text;
    }

    QMap<QString, QString> serviceValues(const PlacedService &s) const
    {
        QMap<QString, QString> v;
        const ServiceOffering *o = m_catalog.service(s.provider, s.service);
        const Provider *p = m_catalog.provider(s.provider);
        const auto r = m_catalog.region(s.provider, s.region, &m_design);
        const Country *c = r ? m_catalog.country(r->country) : nullptr;
        v[QStringLiteral("label")] = s.label.isEmpty() ? s.id : s.label;
        v[QStringLiteral("id")] = s.id;
        v[QStringLiteral("service_name")] = o ? o->name : s.service;
        v[QStringLiteral("provider")] = p ? p->shortName : s.provider;
        v[QStringLiteral("region")] = s.region;
        v[QStringLiteral("region_name")] =
            r ? QStringLiteral("%1 (%2)").arg(s.region, r->name) : s.region;
        v[QStringLiteral("country")] =
            c ? c->name : (r ? r->country : QStringLiteral("an unknown country"));
        return v;
    }

    void checkService(const ComplianceRule &rule, const PlacedService &s,
                      std::vector<ComplianceFinding> &out) const
    {
        const ServiceOffering *o = m_catalog.service(s.provider, s.service);
        const QString country = countryOf(s);
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
        std::vector<DataLabel> matching;
        if (rule.holds) {
            for (const DataLabel &l : m_held.value(s.id)) {
                if (!rule.holds->matches(l.classification, l.origin, m_catalog))
                    continue;
                if (rule.originates && l.source != s.id)
                    continue; // copies elsewhere are lawful; the rule is about the primary
                if (!rule.regionOutside.isEmpty() && inAny(country, rule.regionOutside, l.origin))
                    continue;
                if (!rule.regionWithin.isEmpty() && !inAny(country, rule.regionWithin, l.origin))
                    continue;
                matching.push_back(l);
            }
            if (matching.empty())
                return;
        } else {
            if (!rule.regionOutside.isEmpty() && inAny(country, rule.regionOutside, QString()))
                return;
            if (!rule.regionWithin.isEmpty() && !inAny(country, rule.regionWithin, QString()))
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
        QMap<QString, QString> values = serviceValues(s);
        if (label) {
            values[QStringLiteral("classification")] =
                enumKeyString(label->classification).toUpper();
            values[QStringLiteral("origin")] =
                label->origin.isEmpty() ? QStringLiteral("unknown") : label->origin;
        }
        f.fixAction.kind = rule.fixAction;
        f.fixAction.provider = s.provider;
        if (rule.fixAction == QLatin1String("move_to_region") ||
            rule.fixAction == QLatin1String("move_to_onprem")) {
            f.fixAction.region = suggestRegion(s, rule, label ? label->origin : QString());
            if (rule.fixAction == QLatin1String("move_to_onprem"))
                f.fixAction.provider = QStringLiteral("onprem");
            values[QStringLiteral("fix_region")] = f.fixAction.region;
        }
        f.message = fill(rule.message, values);
        f.fix = fill(rule.fixText, values);
        if ((rule.fixAction == QLatin1String("move_to_region") ||
             rule.fixAction == QLatin1String("move_to_onprem")) &&
            f.fixAction.region.isEmpty()) {
            f.fixAction.kind.clear();
            f.fix = QStringLiteral(
                        "No %1 region qualifies: move %2 to a provider that has one, or to an "
                        "on-premises site there")
                        .arg(values.value(QStringLiteral("provider")),
                             values.value(QStringLiteral("label")));
        }
        out.push_back(std::move(f));
    }

    void checkLink(const ComplianceRule &rule, const Link &link,
                   std::vector<ComplianceFinding> &out) const
    {
        if (link.kind == LinkKind::Request || link.anonymized)
            return; // nothing personal travels on it as far as the model knows
        const PlacedService *from = m_design.service(link.from);
        const PlacedService *to = m_design.service(link.to);
        if (!from || !to)
            return;
        if (!rule.transferMechanisms.empty() &&
            std::find(rule.transferMechanisms.begin(), rule.transferMechanisms.end(),
                      link.transferMechanism) == rule.transferMechanisms.end())
            return;
        const QString fromCountry = countryOf(*from);
        const QString toCountry = countryOf(*to);
        if (rule.crossesBorder && fromCountry == toCountry)
            return;
        const std::vector<DataLabel> labels = m_held.value(from->id);
        const DataLabel *hit = nullptr;
        for (const DataLabel &l : labels) {
            if (rule.carries && !rule.carries->matches(l.classification, l.origin, m_catalog))
                continue;
            if (!rule.fromRegionWithin.isEmpty() &&
                !inAny(fromCountry, rule.fromRegionWithin, l.origin))
                continue;
            if (!rule.toRegionOutside.isEmpty() && inAny(toCountry, rule.toRegionOutside, l.origin))
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
        QMap<QString, QString> values;
        values[QStringLiteral("id")] = link.id;
        values[QStringLiteral("from")] = link.from;
        values[QStringLiteral("to")] = link.to;
        values[QStringLiteral("from_country")] = fc ? fc->name : fromCountry;
        values[QStringLiteral("to_country")] = tc ? tc->name : toCountry;
        if (hit) {
            values[QStringLiteral("classification")] = enumKeyString(hit->classification).toUpper();
            values[QStringLiteral("origin")] = hit->origin;
        }
        f.fixAction.kind = rule.fixAction;
        f.fixAction.mechanism = rule.fixMechanism;
        f.message = fill(rule.message, values);
        f.fix = fill(rule.fixText, values);
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
            for (const PlacedService &s : m_design.services()) {
                const auto &labels = m_held.value(s.id);
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
                    QStringLiteral(
                        "%1 holds %2-resident personal data in %3, which is not among the "
                        "regions your compliance requirements allow for %4")
                        .arg(s.label.isEmpty() ? s.id : s.label, residency, s.region, r.regime);
                f.fix =
                    QStringLiteral("Move it to one of: %1").arg(allowed.join(QLatin1String(", ")));
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
            for (const PlacedService &s : m_design.services()) {
                if (m_held.value(s.id).empty())
                    continue;
                if ((atRest && s.encryptionAtRest) || (inTransit && s.encryptionInTransit))
                    continue;
                ComplianceFinding f;
                f.rule = QStringLiteral("requirements.pii_handling.%1").arg(k);
                f.regime = QStringLiteral("pii_handling");
                f.subject = s.id;
                f.severity = Severity::Error;
                f.message =
                    QStringLiteral("%1 holds personal data without %2, which your pii_handling "
                                   "requirements make mandatory")
                        .arg(s.label.isEmpty() ? s.id : s.label,
                             atRest ? QStringLiteral("encryption at rest")
                                    : QStringLiteral("encryption in transit"));
                f.fix = QStringLiteral("Turn on %1 for it")
                            .arg(atRest ? QStringLiteral("encryption at rest")
                                        : QStringLiteral("encryption in transit"));
                f.fixAction.kind = atRest ? QStringLiteral("enable_encryption_at_rest")
                                          : QStringLiteral("enable_encryption_in_transit");
                out.push_back(std::move(f));
            }
        }
    }

private:
    const Catalog &m_catalog;
    const Design &m_design;
    const QMap<QString, std::vector<DataLabel>> &m_held;
};

} // namespace

QMap<QString, std::vector<DataLabel>> ComplianceChecker::propagate(const Design &design) const
{
    QMap<QString, std::vector<DataLabel>> held;
    std::deque<std::pair<QString, DataLabel>> queue;
    const auto add = [&](const QString &service, const DataLabel &label) {
        auto &list = held[service];
        if (std::find(list.begin(), list.end(), label) != list.end())
            return;
        list.push_back(label);
        queue.emplace_back(service, label);
    };
    for (const PlacedService &s : design.services()) {
        if (isPersonal(s.classification))
            add(s.id, {s.classification, s.dataOrigin, TransferMechanism::None, s.id});
    }
    QHash<QString, std::vector<const Link *>> outgoing;
    for (const Link &l : design.links()) {
        if (l.kind != LinkKind::Request && !l.anonymized)
            outgoing[l.from].push_back(&l);
    }
    // A transfer mechanism protects the data on the hop where it leaves its origin zone (the
    // EU/EEA for EU data, the country otherwise); hops inside the zone or further afield keep
    // whatever the exit hop gave it.
    const auto countryOf = [&](const QString &id) {
        const PlacedService *s = design.service(id);
        const auto r = s ? m_catalog.region(s->provider, s->region, &design) : std::nullopt;
        return r ? r->country : QString();
    };
    const auto inZone = [&](const QString &country, const QString &origin) {
        if (origin.isEmpty())
            return false;
        const Country *c = m_catalog.country(country);
        const Country *o = m_catalog.country(origin);
        if (origin == QLatin1String("EU") || (o && (o->eu || o->eea)))
            return c && (c->eu || c->eea);
        return country == origin;
    };
    while (!queue.empty()) {
        const auto [service, label] = queue.front();
        queue.pop_front();
        const QString from = countryOf(service);
        for (const Link *l : outgoing.value(service)) {
            DataLabel carried = label;
            const QString to = countryOf(l->to);
            const bool leaves = label.origin.isEmpty()
                                    ? from != to
                                    : inZone(from, label.origin) && !inZone(to, label.origin);
            if (leaves)
                carried.safeguard = l->transferMechanism;
            add(l->to, carried);
        }
    }
    return held;
}

ComplianceReport ComplianceChecker::check(const Design &design) const
{
    ComplianceReport report;
    report.dataHeld = propagate(design);
    const Policies &policies = m_catalog.policies();

    // Regimes in scope: the organisation's, and those the data brings.
    QSet<QString> inScope;
    for (const QString &r : design.organization.regimes) {
        const RegimeDefinition *def = policies.regime(r);
        report.regimes.push_back(
            {r, def ? def->name : r.toUpper(), QStringLiteral("organisation profile")});
        inScope.insert(r);
    }
    for (const RegimeRequirements &r : design.complianceRequirements.regimes) {
        if (inScope.contains(r.regime))
            continue;
        const RegimeDefinition *def = policies.regime(r.regime);
        report.regimes.push_back({r.regime, def ? def->name : r.regime.toUpper(),
                                  QStringLiteral("compliance_requirements")});
        inScope.insert(r.regime);
    }
    for (const RegimeDefinition &def : policies.regimes) {
        if (inScope.contains(def.id) || !def.triggeredBy)
            continue;
        for (auto it = report.dataHeld.cbegin();
             it != report.dataHeld.cend() && !inScope.contains(def.id); ++it) {
            for (const DataLabel &l : it.value()) {
                if (def.triggeredBy->matches(l.classification, l.origin, m_catalog)) {
                    report.regimes.push_back(
                        {def.id, def.name,
                         QStringLiteral("%1 data of origin %2 in %3")
                             .arg(enumKeyString(l.classification).toUpper(),
                                  l.origin.isEmpty() ? QStringLiteral("unknown") : l.origin,
                                  it.key())});
                    inScope.insert(def.id);
                    break;
                }
            }
        }
    }

    RuleEngine engine(m_catalog, design, report.dataHeld);
    for (const ComplianceRule &rule : policies.rules) {
        if (rule.regime != QLatin1String("any") && !inScope.contains(rule.regime))
            continue;
        if (rule.aboutLink) {
            for (const Link &l : design.links())
                engine.checkLink(rule, l, report.findings);
        } else {
            for (const PlacedService &s : design.services())
                engine.checkService(rule, s, report.findings);
        }
    }
    engine.checkRequirements(report.findings);
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const ComplianceFinding &a, const ComplianceFinding &b) {
                         return int(a.severity) < int(b.severity);
                     });
    return report;
}

} // namespace skyplan

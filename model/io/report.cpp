#include "report.h"

#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/design.h"
#include "model/numbertext.h"

#include <QLocale>

#include <cmath>

namespace skyplan {

namespace {

Tree providerTotals(const std::map<QString, double> &byProvider, const Catalog &catalog)
{
    Tree t = Tree::object();
    for (const Provider &p : catalog.providers()) {
        const auto it = byProvider.find(p.id);
        t[toStd(p.id)] = round6(it == byProvider.end() ? 0.0 : it->second);
    }
    return t;
}

Tree categoryTotals(const std::map<CostCategory, double> &byCategory)
{
    Tree t = Tree::object();
    for (const CostCategory c : enumValues<CostCategory>()) {
        const auto it = byCategory.find(c);
        t[std::string(enumKey(c))] = round6(it == byCategory.end() ? 0.0 : it->second);
    }
    return t;
}

} // namespace

Tree reportToTree(const Design &design, const DesignAnalysis &analysis, const Catalog &catalog)
{
    Tree root = objectWithRoom(8);
    Tree d = objectWithRoom(4);
    d["name"] = toStd(design.name);
    d["nodes"] = design.services().size();
    d["links"] = design.links().size();
    Tree providers = Tree::array();
    for (const QString &p : design.providers())
        providers.push_back(toStd(p));
    d["providers"] = std::move(providers);
    root["design"] = std::move(d);

    const CostReport &cost = analysis.cost;
    Tree c = objectWithRoom(8);
    c["monthly_usd"] = round6(cost.monthly);
    c["annual_usd"] = round6(cost.annual());
    c["services_monthly_usd"] = round6(cost.servicesMonthly);
    c["egress_monthly_usd"] = round6(cost.egressMonthly);
    c["by_provider"] = providerTotals(cost.byProvider, catalog);
    c["by_category"] = categoryTotals(cost.byCategory);
    Tree nodes = Tree::array();
    const CostEstimator estimator(catalog); // the lines' formulas, which an analysis leaves out
    for (std::size_t i = 0; i < cost.services.size(); ++i) {
        const ServiceCost &sc = cost.services[i];
        const PlacedService &s = design.services()[i];
        std::vector<QString> formulas = estimator.formulas(s, design);
        formulas.resize(sc.components.size());
        Tree n = objectWithRoom(9);
        n["id"] = toStd(s.id);
        n["label"] = toStd(s.label);
        n["provider"] = toStd(s.provider);
        n["service"] = toStd(s.service);
        n["region"] = toStd(s.region);
        n["role"] = toStd(s.role);
        n["monthly_usd"] = round6(sc.monthly);
        Tree components = Tree::array();
        for (std::size_t k = 0; k < sc.components.size(); ++k) {
            const CostComponent &cc = sc.components[k];
            Tree x = objectWithRoom(8);
            x["item"] = toStd(cc.item);
            x["quantity"] = round6(cc.quantity);
            x["unit"] = toStd(cc.unit);
            x["rate_usd"] = cc.rate;
            x["monthly_usd"] = round6(cc.monthly);
            x["category"] =
                cc.discount ? std::string("discount") : std::string(enumKey(cc.category));
            x["formula"] = toStd(formulas[k]);
            components.push_back(std::move(x));
        }
        n["components"] = std::move(components);
        if (!sc.problem.isEmpty())
            n["problem"] = toStd(sc.problem);
        nodes.push_back(std::move(n));
    }
    c["nodes"] = std::move(nodes);
    root["cost"] = std::move(c);

    const EgressReport &egress = analysis.egress;
    Tree e = objectWithRoom(4);
    e["monthly_usd"] = round6(egress.monthlyUsd);
    e["monthly_gb"] = round6(egress.monthlyGb);
    Tree links = Tree::array();
    for (std::size_t i = 0; i < egress.links.size() && i < design.links().size(); ++i) {
        const LinkEgress &le = egress.links[i];
        const Link &link = design.links()[i];
        Tree x = objectWithRoom(10);
        x["id"] = toStd(link.id);
        x["from"] = toStd(link.from);
        x["to"] = toStd(link.to);
        x["sender"] = toStd(egressSender(link));
        x["gb"] = round6(le.gb);
        x["rate_usd_per_gb"] = le.ratePerGb;
        x["monthly_usd"] = round6(le.monthly);
        x["path"] = std::string(enumKey(le.path));
        x["charge"] = toStd(egressChargeKey(le.charge));
        x["formula"] = toStd(le.formula);
        links.push_back(std::move(x));
    }
    e["links"] = std::move(links);
    Tree pairs = Tree::array();
    for (const ProviderPairEgress &p : egress.pairs) {
        Tree x = Tree::object();
        x["from"] = toStd(p.from);
        x["to"] = toStd(p.to);
        x["gb"] = round6(p.gb);
        x["monthly_usd"] = round6(p.monthly);
        pairs.push_back(std::move(x));
    }
    e["by_provider_pair"] = std::move(pairs);
    root["egress"] = std::move(e);
    root["availability"] = availabilityToTree(design, analysis);
    root["dr"] = drToTree(analysis);
    root["compliance"] = complianceToTree(design, analysis);
    root["maturity"] = maturityToTree(analysis);
    root["unmet_targets"] = unmetTargetsToTree(analysis);
    return root;
}

Tree summaryToTree(const DesignAnalysis &analysis, const Catalog &catalog)
{
    const CostReport &cost = analysis.cost;
    Tree t = Tree::object();
    t["monthly_usd"] = round6(cost.monthly);
    t["annual_usd"] = round6(cost.annual());
    t["services_monthly_usd"] = round6(cost.servicesMonthly);
    t["egress_monthly_usd"] = round6(cost.egressMonthly);
    t["egress_monthly_gb"] = round6(analysis.egress.monthlyGb);
    t["by_provider"] = providerTotals(cost.byProvider, catalog);
    t["by_category"] = categoryTotals(cost.byCategory);
    return t;
}

QString reportToText(const Design &design, const DesignAnalysis &analysis, const Catalog &catalog)
{
    const QLocale c = QLocale::c();
    const auto pad = [](const QString &s, int width) -> QString {
        return s.leftJustified(width, QLatin1Char(' '));
    };
    const auto rpad = [](const QString &s, int width) -> QString {
        return s.rightJustified(width, QLatin1Char(' '));
    };

    QString out;
    const CostReport &cost = analysis.cost;
    out += QStringLiteral("Design: %1\n").arg(design.name);
    out += QStringLiteral("Services: %1, links: %2, providers: %3\n\n")
               .arg(design.services().size())
               .arg(design.links().size())
               .arg(design.providers().join(QLatin1String(", ")));
    out += QStringLiteral("Monthly cost: %1   (annual %2)\n")
               .arg(usdText(cost.monthly), usdText(cost.annual()));
    out += QStringLiteral("  services %1, egress %2\n\n")
               .arg(usdText(cost.servicesMonthly), usdText(cost.egressMonthly));

    out += QStringLiteral("By provider\n");
    for (const Provider &p : catalog.providers())
        out += QStringLiteral("  %1 %2\n")
                   .arg(pad(p.shortName, 10), rpad(usdText(cost.byProvider.at(p.id)), 14));
    out += QStringLiteral("By category\n");
    for (const CostCategory cat : enumValues<CostCategory>())
        out += QStringLiteral("  %1 %2\n")
                   .arg(pad(enumKeyString(cat), 10), rpad(usdText(cost.byCategory.at(cat)), 14));

    out += QStringLiteral("\nServices\n");
    for (std::size_t i = 0; i < cost.services.size(); ++i) {
        const ServiceCost &sc = cost.services[i];
        const PlacedService &s = design.services()[i];
        out +=
            QStringLiteral("  %1 %2 %3/%4 in %5\n")
                .arg(pad(s.id, 24), rpad(usdText(sc.monthly), 14), s.provider, s.service, s.region);
        for (const CostComponent &cc : sc.components) {
            out +=
                QStringLiteral("      %1 %2 %3 x %4 = %5\n")
                    .arg(pad(cc.item, 44), rpad(c.toString(cc.quantity, 'f', 2), 12),
                         pad(cc.unit, 14), QString::number(cc.rate, 'g', 8), usdText(cc.monthly));
        }
        if (!sc.problem.isEmpty())
            out += QStringLiteral("      not priced: %1\n").arg(sc.problem);
    }

    const EgressReport &egress = analysis.egress;
    out += QStringLiteral("\nEgress: %1 per month for %2 GB\n")
               .arg(usdText(egress.monthlyUsd), c.toString(egress.monthlyGb, 'f', 1));
    for (std::size_t i = 0; i < egress.links.size() && i < design.links().size(); ++i) {
        const LinkEgress &le = egress.links[i];
        const Link &link = design.links()[i];
        out += QStringLiteral("  %1 %2 -> %3: %4 GB x $%5/GB = %6 (%7)\n")
                   .arg(pad(link.id, 24), link.from, link.to, c.toString(le.gb, 'f', 1),
                        QString::number(le.ratePerGb, 'g', 6), usdText(le.monthly),
                        egressChargeKey(le.charge));
    }
    out += analysisToText(analysis);
    return out;
}

QString analysisToText(const DesignAnalysis &analysis)
{
    QString out;
    const AvailabilityReport &av = analysis.availability;
    out +=
        QStringLiteral("\nAvailability%1\n")
            .arg(av.entryPointsInferred ? QStringLiteral(" (entry points inferred: none declared)")
                                        : QString());
    if (av.entryPoints.empty())
        out +=
            QStringLiteral("  no entry points: declare the user-facing services in entry_points\n");
    for (const EntryPointAvailability &e : av.entryPoints) {
        out += QStringLiteral("  %1 %2%  %3 min/year down  (%4)\n")
                   .arg(e.id.leftJustified(24), QString::number(e.availability * 100, 'f', 6),
                        QString::number(e.downtimeMinutesPerYear, 'f', 2), e.method);
        if (e.method == QLatin1String("monte_carlo"))
            out += QStringLiteral("      95% interval %1% .. %2% over %3 trials\n")
                       .arg(e.confidenceLow * 100, 0, 'f', 6)
                       .arg(e.confidenceHigh * 100, 0, 'f', 6)
                       .arg(e.trials);
        if (!e.singlePointsOfFailure.isEmpty())
            out += QStringLiteral("      single points of failure: %1\n")
                       .arg(e.singlePointsOfFailure.join(QLatin1String(", ")));
    }
    for (const OutageScenario &o : av.providerOutages) {
        QStringList survivors;
        for (const OutageScenario::Survivor &s : o.entryPoints) {
            if (s.availability > 0)
                survivors << QStringLiteral("%1 (%2%)")
                                 .arg(s.id, QString::number(s.availability * 100, 'f', 4));
        }
        if (!o.entryPoints.empty())
            out += QStringLiteral("  if %1 is down: %2\n")
                       .arg(o.provider,
                            survivors.isEmpty()
                                ? QStringLiteral("no entry point survives")
                                : QStringLiteral("survive ") + survivors.join(QLatin1String(", ")));
    }
    if (!analysis.dr.empty()) {
        out += QStringLiteral("\nDisaster recovery\n");
        for (const DrCheck &c : analysis.dr) {
            out +=
                QStringLiteral("  %1 %2, %3: RTO %4 / RPO %5 min vs target %6 / %7: %8\n")
                    .arg(c.workload.leftJustified(24), enumKeyString(c.workloadType),
                         enumKeyString(c.strategy),
                         c.rtoMinutes < 0 ? QStringLiteral("-") : QString::number(c.rtoMinutes),
                         c.rpoMinutes < 0 ? QStringLiteral("-") : QString::number(c.rpoMinutes),
                         QString::number(c.targetRtoMinutes), QString::number(c.targetRpoMinutes),
                         c.meets ? QStringLiteral("meets") : QStringLiteral("MISSES"));
        }
    }
    const ComplianceReport &cr = analysis.compliance;
    out += QStringLiteral("\nCompliance: %1 errors, %2 warnings, %3 notes\n")
               .arg(cr.count(Severity::Error))
               .arg(cr.count(Severity::Warning))
               .arg(cr.count(Severity::Info));
    for (const RegimeInScope &r : cr.regimes)
        out += QStringLiteral("  in scope: %1 (%2)\n").arg(r.name, r.reason);
    for (const ComplianceFinding &f : cr.findings) {
        out += QStringLiteral("  %1 [%2] %3: %4\n      fix: %5\n")
                   .arg(enumKeyString(f.severity), f.rule, f.subject, f.message, f.fix);
    }
    const MaturityReport &m = analysis.maturity;
    out += QStringLiteral("\nMaturity: level %1 (%2)\n").arg(m.level).arg(m.levelName);
    for (const MaturityCriterionResult &c : m.checklist) {
        out += QStringLiteral("  [%1] L%2 %3: %4\n")
                   .arg(c.met ? QLatin1Char('x') : QLatin1Char(' '))
                   .arg(c.level)
                   .arg(c.text, c.evidence);
    }
    out += QStringLiteral("  lock-in: %1% of service spend on proprietary services; exit cost %2\n")
               .arg(m.lockIn.proprietaryShare * 100, 0, 'f', 1)
               .arg(usdText(m.lockIn.exitCostUsd));
    for (const AntiPatternFinding &a : m.antiPatterns)
        out += QStringLiteral("  anti-pattern: %1: %2\n").arg(a.name, a.message);
    out += QStringLiteral("  multi-cloud justified: %1").arg(m.decision.verdict);
    if (!m.decision.reasonsFor.isEmpty())
        out += QStringLiteral("; for: %1").arg(m.decision.reasonsFor.join(QLatin1String("; ")));
    if (!m.decision.reasonsAgainst.isEmpty())
        out += QStringLiteral("; against: %1")
                   .arg(m.decision.reasonsAgainst.join(QLatin1String("; ")));
    out += QLatin1Char('\n');
    return out;
}

} // namespace skyplan

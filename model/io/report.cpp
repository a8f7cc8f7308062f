#include "report.h"

#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/design.h"

#include <QLocale>

#include <cmath>

namespace skyplan {

namespace {

double round6(double v)
{
    const double r = std::round(v * 1e6) / 1e6;
    return r == 0 ? 0.0 : r; // no "-0.0" in files
}

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
    Tree root = Tree::object();
    Tree d = Tree::object();
    d["name"] = toStd(design.name);
    d["nodes"] = design.services().size();
    d["links"] = design.links().size();
    Tree providers = Tree::array();
    for (const QString &p : design.providers())
        providers.push_back(toStd(p));
    d["providers"] = providers;
    root["design"] = d;

    const CostReport &cost = analysis.cost;
    Tree c = Tree::object();
    c["monthly_usd"] = round6(cost.monthly);
    c["annual_usd"] = round6(cost.annual());
    c["services_monthly_usd"] = round6(cost.servicesMonthly);
    c["egress_monthly_usd"] = round6(cost.egressMonthly);
    c["by_provider"] = providerTotals(cost.byProvider, catalog);
    c["by_category"] = categoryTotals(cost.byCategory);
    Tree nodes = Tree::array();
    for (std::size_t i = 0; i < cost.services.size(); ++i) {
        const ServiceCost &sc = cost.services[i];
        const PlacedService &s = design.services()[i];
        Tree n = Tree::object();
        n["id"] = toStd(s.id);
        n["label"] = toStd(s.label);
        n["provider"] = toStd(s.provider);
        n["service"] = toStd(s.service);
        n["region"] = toStd(s.region);
        n["role"] = toStd(s.role);
        n["monthly_usd"] = round6(sc.monthly);
        Tree components = Tree::array();
        for (const CostComponent &cc : sc.components) {
            Tree x = Tree::object();
            x["item"] = toStd(cc.item);
            x["quantity"] = round6(cc.quantity);
            x["unit"] = toStd(cc.unit);
            x["rate_usd"] = cc.rate;
            x["monthly_usd"] = round6(cc.monthly);
            x["category"] =
                cc.discount ? std::string("discount") : std::string(enumKey(cc.category));
            x["formula"] = toStd(cc.formula);
            components.push_back(x);
        }
        n["components"] = components;
        if (!sc.problem.isEmpty())
            n["problem"] = toStd(sc.problem);
        nodes.push_back(n);
    }
    c["nodes"] = nodes;
    root["cost"] = c;

    const EgressReport &egress = analysis.egress;
    Tree e = Tree::object();
    e["monthly_usd"] = round6(egress.monthlyUsd);
    e["monthly_gb"] = round6(egress.monthlyGb);
    Tree links = Tree::array();
    for (const LinkEgress &le : egress.links) {
        Tree x = Tree::object();
        x["id"] = toStd(le.id);
        x["from"] = toStd(le.from);
        x["to"] = toStd(le.to);
        x["sender"] = toStd(le.sender);
        x["gb"] = round6(le.gb);
        x["rate_usd_per_gb"] = le.ratePerGb;
        x["monthly_usd"] = round6(le.monthly);
        x["path"] = std::string(enumKey(le.path));
        x["charge"] = toStd(egressChargeKey(le.charge));
        x["formula"] = toStd(le.formula);
        links.push_back(x);
    }
    e["links"] = links;
    Tree pairs = Tree::array();
    for (const ProviderPairEgress &p : egress.pairs) {
        Tree x = Tree::object();
        x["from"] = toStd(p.from);
        x["to"] = toStd(p.to);
        x["gb"] = round6(p.gb);
        x["monthly_usd"] = round6(p.monthly);
        pairs.push_back(x);
    }
    e["by_provider_pair"] = pairs;
    root["egress"] = e;
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
    const auto usd = [&](double v) -> QString {
        QString s = c.toString(std::abs(v), 'f', 2);
        // Thousands separators make large figures readable in a terminal.
        const qsizetype dot = s.indexOf(QLatin1Char('.'));
        for (qsizetype i = dot - 3; i > 0; i -= 3)
            s.insert(i, QLatin1Char(','));
        return (v < -0.005 ? QStringLiteral("-$") : QStringLiteral("$")) + s;
    };
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
               .arg(usd(cost.monthly), usd(cost.annual()));
    out += QStringLiteral("  services %1, egress %2\n\n")
               .arg(usd(cost.servicesMonthly), usd(cost.egressMonthly));

    out += QStringLiteral("By provider\n");
    for (const Provider &p : catalog.providers())
        out += QStringLiteral("  %1 %2\n")
                   .arg(pad(p.shortName, 10), rpad(usd(cost.byProvider.at(p.id)), 14));
    out += QStringLiteral("By category\n");
    for (const CostCategory cat : enumValues<CostCategory>())
        out += QStringLiteral("  %1 %2\n")
                   .arg(pad(enumKeyString(cat), 10), rpad(usd(cost.byCategory.at(cat)), 14));

    out += QStringLiteral("\nServices\n");
    for (std::size_t i = 0; i < cost.services.size(); ++i) {
        const ServiceCost &sc = cost.services[i];
        const PlacedService &s = design.services()[i];
        out += QStringLiteral("  %1 %2 %3/%4 in %5\n")
                   .arg(pad(s.id, 24), rpad(usd(sc.monthly), 14), s.provider, s.service, s.region);
        for (const CostComponent &cc : sc.components) {
            out += QStringLiteral("      %1 %2 %3 x %4 = %5\n")
                       .arg(pad(cc.item, 44), rpad(c.toString(cc.quantity, 'f', 2), 12),
                            pad(cc.unit, 14), QString::number(cc.rate, 'g', 8), usd(cc.monthly));
        }
        if (!sc.problem.isEmpty())
            out += QStringLiteral("      not priced: %1\n").arg(sc.problem);
    }

    const EgressReport &egress = analysis.egress;
    out += QStringLiteral("\nEgress: %1 per month for %2 GB\n")
               .arg(usd(egress.monthlyUsd), c.toString(egress.monthlyGb, 'f', 1));
    for (const LinkEgress &le : egress.links) {
        out += QStringLiteral("  %1 %2 -> %3: %4 GB x $%5/GB = %6 (%7)\n")
                   .arg(pad(le.id, 24), le.from, le.to, c.toString(le.gb, 'f', 1),
                        QString::number(le.ratePerGb, 'g', 6), usd(le.monthly),
                        egressChargeKey(le.charge));
    }
    return out;
}

} // namespace skyplan

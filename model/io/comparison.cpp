#include "comparison.h"

#include "designfile.h"
#include "designtree.h"
#include "model/analysis/designanalysis.h"
#include "model/design.h"
#include "model/numbertext.h"
#include "sourcedocument.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <optional>

namespace skyplan {

namespace {

enum class Unit { Count, Usd, Gb, Availability, Share, Level };
enum class Better { None, Lower, Higher };

struct Row {
    std::string key;
    QString label;
    Unit unit;
    Better better;
    std::vector<std::optional<double>> values;
};

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString formatValue(double v, Unit unit)
{
    switch (unit) {
    case Unit::Usd:
        return usdText(v);
    case Unit::Gb:
        return english().toString(v, 'f', 0) + QStringLiteral(" GB");
    case Unit::Availability:
        return QString::number(v * 100, 'f', 4) + QLatin1Char('%');
    case Unit::Share:
        return QString::number(v * 100, 'f', 1) + QLatin1Char('%');
    case Unit::Count:
    case Unit::Level:
        return QString::number(qint64(std::llround(v)));
    }
    return {};
}

/// A figure in a table cell; "-" where the design has none (an entry point it lacks).
QString formatCell(const std::optional<double> &v, Unit unit)
{
    return v ? formatValue(*v, unit) : QStringLiteral("-");
}

QString formatChange(std::optional<double> before, std::optional<double> after, Unit unit)
{
    if (!before && !after)
        return {};
    if (!before)
        return QStringLiteral("new");
    if (!after)
        return QStringLiteral("gone");
    const double d = *after - *before;
    const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("-") : QString();
    switch (unit) {
    case Unit::Usd: {
        // Signed as the rounded change is: a change of a tenth of a cent is "$0.00".
        const QString cents = usdText(std::abs(d));
        if (cents == usdText(0))
            return cents;
        QString s = sign + cents;
        if (*before != 0)
            s += QStringLiteral(" (%1%2%)").arg(sign).arg(std::abs(d / *before) * 100, 0, 'f', 1);
        return s;
    }
    case Unit::Gb:
        return sign + english().toString(std::abs(d), 'f', 0) + QStringLiteral(" GB");
    case Unit::Availability:
        return sign + QString::number(std::abs(d) * 100, 'f', 4) + QStringLiteral(" pp");
    case Unit::Share:
        return sign + QString::number(std::abs(d) * 100, 'f', 1) + QStringLiteral(" pp");
    case Unit::Count:
    case Unit::Level:
        return sign + QString::number(qint64(std::llround(std::abs(d))));
    }
    return {};
}

const char *unitKey(Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return "count";
    case Unit::Usd:
        return "usd_per_month";
    case Unit::Gb:
        return "gb_per_month";
    case Unit::Availability:
        return "fraction";
    case Unit::Share:
        return "share";
    case Unit::Level:
        return "level";
    }
    return "";
}

std::vector<Row> rowsFor(const std::vector<DesignFigures> &designs)
{
    std::vector<Row> rows;
    const auto add = [&](std::string key, QString label, Unit unit, Better better,
                         const auto &value) {
        Row r{std::move(key), std::move(label), unit, better, {}};
        for (const DesignFigures &d : designs)
            r.values.push_back(value(d));
        rows.push_back(std::move(r));
    };
    using F = const DesignFigures &;
    add("services", QStringLiteral("Services"), Unit::Count, Better::None,
        [](F d) { return std::optional<double>(d.services); });
    add("links", QStringLiteral("Links"), Unit::Count, Better::None,
        [](F d) { return std::optional<double>(d.links); });
    add("monthly_usd", QStringLiteral("Cost per month"), Unit::Usd, Better::Lower,
        [](F d) { return std::optional<double>(d.monthlyUsd); });
    add("egress_usd", QStringLiteral("Egress per month"), Unit::Usd, Better::Lower,
        [](F d) { return std::optional<double>(d.egressUsd); });
    add("egress_gb", QStringLiteral("Egress volume per month"), Unit::Gb, Better::Lower,
        [](F d) { return std::optional<double>(d.egressGb); });
    QStringList entries;
    for (const DesignFigures &d : designs) {
        for (const auto &[id, value] : d.availability) {
            if (!entries.contains(id))
                entries << id;
        }
    }
    for (const QString &id : std::as_const(entries)) {
        add("availability:" + toStd(id), QStringLiteral("Availability of %1").arg(id),
            Unit::Availability, Better::Higher, [&id](F d) {
                for (const auto &[entry, value] : d.availability) {
                    if (entry == id)
                        return std::optional<double>(value);
                }
                return std::optional<double>();
            });
    }
    add("errors", QStringLiteral("Compliance errors"), Unit::Count, Better::Lower,
        [](F d) { return std::optional<double>(d.errors); });
    add("warnings", QStringLiteral("Compliance warnings"), Unit::Count, Better::Lower,
        [](F d) { return std::optional<double>(d.warnings); });
    add("maturity_level", QStringLiteral("Maturity level (0-4)"), Unit::Level, Better::Higher,
        [](F d) { return std::optional<double>(d.maturityLevel); });
    add("lock_in_share", QStringLiteral("Lock-in (proprietary share)"), Unit::Share, Better::Lower,
        [](F d) { return std::optional<double>(d.lockInShare); });
    add("exit_cost_usd", QStringLiteral("Exit cost (one-off)"), Unit::Usd, Better::Lower,
        [](F d) { return std::optional<double>(d.exitCostUsd); });
    return rows;
}

/// The columns holding a row's best value; none when the row has no direction, fewer than two
/// values, or every value is the same.
std::vector<std::size_t> bestOf(const Row &row)
{
    std::vector<std::size_t> best;
    if (row.better == Better::None)
        return best;
    std::optional<double> top;
    int present = 0;
    for (const auto &v : row.values) {
        if (!v)
            continue;
        ++present;
        if (!top || (row.better == Better::Lower ? *v < *top : *v > *top))
            top = v;
    }
    bool allSame = true;
    for (const auto &v : row.values) {
        if (v && std::abs(*v - *top) > 1e-12)
            allSame = false;
    }
    if (present < 2 || allSame)
        return best;
    for (std::size_t i = 0; i < row.values.size(); ++i) {
        if (row.values[i] && std::abs(*row.values[i] - *top) <= 1e-12)
            best.push_back(i);
    }
    return best;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

/// A plain number for spreadsheets: cents for money, whole GB, counts as integers.
QString csvNumber(double v, Unit unit)
{
    switch (unit) {
    case Unit::Usd: // the cents the tables show, without "$" and separators
        return usdText(v).remove(QLatin1Char('$')).remove(QLatin1Char(','));
    case Unit::Gb:
        return QString::number(v, 'f', 1);
    case Unit::Count:
    case Unit::Level:
        return QString::number(qint64(std::llround(v)));
    case Unit::Availability:
    case Unit::Share:
        break;
    }
    return QString::number(v, 'g', 10);
}

QString markdownCell(QString s)
{
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

/// Rows of cells as a text table: the first column left-aligned, the others right-aligned.
QString textTable(const std::vector<QStringList> &cells)
{
    std::vector<qsizetype> width;
    for (const QStringList &row : cells) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (std::size_t(c) >= width.size())
                width.push_back(0);
            width[std::size_t(c)] = std::max(width[std::size_t(c)], row[c].size());
        }
    }
    QString out;
    for (const QStringList &row : cells) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += c == 0 ? row[c].leftJustified(width[0])
                           : row[c].rightJustified(width[std::size_t(c)]);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1); // right-aligned columns leave no padding behind the last one
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString designTitle(const DesignFigures &d)
{
    return d.name.isEmpty() ? d.file : d.name;
}

QString treeText(const Tree &v)
{
    if (v.is_string())
        return fromStd(v.get<std::string>());
    return fromStd(v.dump());
}

std::vector<ItemChange::Field> changedFields(const Tree &before, const Tree &after)
{
    std::vector<ItemChange::Field> fields;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() == "position" || it.key() == "id")
            continue; // a move on the canvas is layout, not a change to review
        const auto old = before.find(it.key());
        if (old == before.end() || *old != it.value())
            fields.push_back({it.key(), old == before.end() ? Tree() : *old, it.value()});
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() != "position" && it.key() != "id" && !after.contains(it.key()))
            fields.push_back({it.key(), it.value(), Tree()});
    }
    return fields;
}

template<typename Items, typename ToTree>
void diffItems(const Items &base, const Items &head, ToTree toTree, QStringList &added,
               QStringList &removed, std::vector<ItemChange> &changed)
{
    QHash<QString, const typename Items::value_type *> before;
    for (const auto &item : base)
        before.insert(item.id, &item);
    QSet<QString> inHead;
    for (const auto &item : head) {
        inHead.insert(item.id);
        const auto old = before.constFind(item.id);
        if (old == before.constEnd()) {
            added << item.id;
            continue;
        }
        std::vector<ItemChange::Field> fields = changedFields(toTree(**old), toTree(item));
        if (!fields.empty())
            changed.push_back({item.id, std::move(fields)});
    }
    for (const auto &item : base) {
        if (!inHead.contains(item.id))
            removed << item.id;
    }
}

QString describeChange(const ItemChange &c)
{
    QStringList parts;
    for (const ItemChange::Field &f : c.fields) {
        parts << QStringLiteral("%1 %2 -> %3")
                     .arg(fromStd(f.key),
                          f.before.is_null() ? QStringLiteral("(none)") : treeText(f.before),
                          f.after.is_null() ? QStringLiteral("(none)") : treeText(f.after));
    }
    return parts.join(QStringLiteral("; "));
}

Tree changesToTree(const std::vector<ItemChange> &changes)
{
    Tree list = Tree::array();
    for (const ItemChange &c : changes) {
        Tree fields = Tree::array();
        for (const ItemChange::Field &f : c.fields) {
            Tree x = Tree::object();
            x["key"] = f.key;
            x["before"] = f.before;
            x["after"] = f.after;
            fields.push_back(x);
        }
        Tree item = Tree::object();
        item["id"] = toStd(c.id);
        item["fields"] = fields;
        list.push_back(item);
    }
    return list;
}

Tree idsToTree(const QStringList &ids)
{
    Tree list = Tree::array();
    for (const QString &id : ids)
        list.push_back(toStd(id));
    return list;
}

Tree designRefTree(const DesignFigures &d)
{
    Tree t = Tree::object();
    t["name"] = toStd(d.name);
    t["file"] = toStd(d.file);
    return t;
}

Tree valueTree(const std::optional<double> &v)
{
    return v ? Tree(*v) : Tree();
}

} // namespace

DesignFigures designFigures(const Design &design, const DesignAnalysis &analysis,
                            const QString &file)
{
    DesignFigures f;
    f.name = design.name;
    f.file = file;
    f.services = int(design.services().size());
    f.links = int(design.links().size());
    f.monthlyUsd = analysis.cost.monthly;
    f.egressUsd = analysis.egress.monthlyUsd;
    f.egressGb = analysis.egress.monthlyGb;
    for (const EntryPointAvailability &e : analysis.availability.entryPoints)
        f.availability.push_back({e.id, e.availability});
    f.errors = analysis.compliance.count(Severity::Error);
    f.warnings = analysis.compliance.count(Severity::Warning);
    f.infos = analysis.compliance.count(Severity::Info);
    f.maturityLevel = analysis.maturity.level;
    f.lockInShare = analysis.maturity.lockIn.proprietaryShare;
    f.exitCostUsd = analysis.maturity.lockIn.exitCostUsd;
    return f;
}

std::vector<ComparisonRow> comparisonRows(const std::vector<DesignFigures> &designs)
{
    std::vector<ComparisonRow> result;
    for (const Row &r : rowsFor(designs)) {
        ComparisonRow row{r.key, r.label, QString(), r.values, {}, bestOf(r)};
        if (r.key.rfind("availability:", 0) == 0)
            row.argument = fromStd(r.key.substr(13));
        for (const auto &v : r.values)
            row.cells << formatCell(v, r.unit);
        result.push_back(std::move(row));
    }
    return result;
}

QByteArray compareDesigns(const std::vector<DesignFigures> &designs, FiguresFormat format)
{
    const std::vector<Row> rows = rowsFor(designs);
    switch (format) {
    case FiguresFormat::Json: {
        Tree root = Tree::object();
        Tree list = Tree::array();
        for (const DesignFigures &d : designs)
            list.push_back(designRefTree(d));
        root["designs"] = list;
        Tree rowList = Tree::array();
        for (const Row &r : rows) {
            Tree x = Tree::object();
            x["key"] = r.key;
            x["label"] = toStd(r.label);
            x["unit"] = unitKey(r.unit);
            x["better"] = r.better == Better::Lower    ? "lower"
                          : r.better == Better::Higher ? "higher"
                                                       : "none";
            Tree values = Tree::array();
            for (const auto &v : r.values)
                values.push_back(valueTree(v));
            x["values"] = values;
            Tree best = Tree::array();
            for (const std::size_t i : bestOf(r))
                best.push_back(i);
            x["best"] = best;
            rowList.push_back(x);
        }
        root["rows"] = rowList;
        return emitJson(root);
    }
    case FiguresFormat::Csv: {
        QStringList header{QStringLiteral("figure"), QStringLiteral("unit")};
        for (const DesignFigures &d : designs)
            header << csvField(designTitle(d));
        header << QStringLiteral("best");
        QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
        for (const Row &r : rows) {
            QStringList line{csvField(r.label), QLatin1String(unitKey(r.unit))};
            for (const auto &v : r.values)
                line << (v ? csvNumber(*v, r.unit) : QString());
            QStringList best;
            for (const std::size_t i : bestOf(r))
                best << designTitle(designs[i]);
            line << csvField(best.join(QStringLiteral("; ")));
            out += line.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
        return out.toUtf8();
    }
    case FiguresFormat::Markdown: {
        QString out = QStringLiteral("| Figure |");
        QString rule = QStringLiteral("|---|");
        for (const DesignFigures &d : designs) {
            out += QLatin1Char(' ') + markdownCell(designTitle(d)) + QStringLiteral(" |");
            rule += QStringLiteral("---:|");
        }
        out += QLatin1Char('\n') + rule + QLatin1Char('\n');
        for (const Row &r : rows) {
            const std::vector<std::size_t> best = bestOf(r);
            out += QStringLiteral("| ") + markdownCell(r.label) + QStringLiteral(" |");
            for (std::size_t i = 0; i < r.values.size(); ++i) {
                QString cell = formatCell(r.values[i], r.unit);
                if (std::find(best.begin(), best.end(), i) != best.end())
                    cell = QStringLiteral("**") + cell + QStringLiteral("**");
                out += QLatin1Char(' ') + cell + QStringLiteral(" |");
            }
            out += QLatin1Char('\n');
        }
        out += QStringLiteral("\nBest value of each row in **bold**.\n");
        return out.toUtf8();
    }
    case FiguresFormat::Text:
        break;
    }
    std::vector<QStringList> cells;
    QStringList header{QString()};
    for (const DesignFigures &d : designs)
        header << designTitle(d);
    cells.push_back(header);
    for (const Row &r : rows) {
        const std::vector<std::size_t> best = bestOf(r);
        QStringList line{r.label};
        for (std::size_t i = 0; i < r.values.size(); ++i) {
            QString cell = formatCell(r.values[i], r.unit);
            const bool isBest = std::find(best.begin(), best.end(), i) != best.end();
            line << cell + (isBest ? QStringLiteral(" *") : QStringLiteral("  "));
        }
        cells.push_back(line);
    }
    return (textTable(cells) + QStringLiteral("* best value of the row\n")).toUtf8();
}

bool DesignDiff::empty() const
{
    return servicesAdded.isEmpty() && servicesRemoved.isEmpty() && servicesChanged.empty() &&
           linksAdded.isEmpty() && linksRemoved.isEmpty() && linksChanged.empty() &&
           settingsChanged.isEmpty();
}

DesignDiff diffDesigns(const Design &base, const DesignFigures &baseFigures, const Design &head,
                       const DesignFigures &headFigures)
{
    DesignDiff d;
    d.base = baseFigures;
    d.head = headFigures;
    diffItems(
        base.services(), head.services(),
        [](const PlacedService &s) {
            return designtree::serviceToTree(s, designtree::ServiceFlavor::Native);
        },
        d.servicesAdded, d.servicesRemoved, d.servicesChanged);
    diffItems(
        base.links(), head.links(), [](const Link &l) { return designtree::linkToTree(l); },
        d.linksAdded, d.linksRemoved, d.linksChanged);
    const Tree a = skyplanfile::toTree(base);
    const Tree b = skyplanfile::toTree(head);
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (it.key() == "services" || it.key() == "links" || it.key() == "format_version")
            continue;
        const auto old = a.find(it.key());
        if (old == a.end() || *old != it.value())
            d.settingsChanged << fromStd(it.key());
    }
    return d;
}

QByteArray diffReport(const DesignDiff &diff, FiguresFormat format)
{
    const std::vector<Row> rows = rowsFor({diff.base, diff.head});
    if (format == FiguresFormat::Json) {
        Tree root = Tree::object();
        root["base"] = designRefTree(diff.base);
        root["head"] = designRefTree(diff.head);
        Tree services = Tree::object();
        services["added"] = idsToTree(diff.servicesAdded);
        services["removed"] = idsToTree(diff.servicesRemoved);
        services["changed"] = changesToTree(diff.servicesChanged);
        root["services"] = services;
        Tree links = Tree::object();
        links["added"] = idsToTree(diff.linksAdded);
        links["removed"] = idsToTree(diff.linksRemoved);
        links["changed"] = changesToTree(diff.linksChanged);
        root["links"] = links;
        root["settings_changed"] = idsToTree(diff.settingsChanged);
        Tree figures = Tree::array();
        for (const Row &r : rows) {
            Tree x = Tree::object();
            x["key"] = r.key;
            x["unit"] = unitKey(r.unit);
            x["base"] = valueTree(r.values[0]);
            x["head"] = valueTree(r.values[1]);
            x["change"] = r.values[0] && r.values[1] ? Tree(*r.values[1] - *r.values[0]) : Tree();
            figures.push_back(x);
        }
        root["figures"] = figures;
        return emitJson(root);
    }
    const bool md = format == FiguresFormat::Markdown;
    QString out;
    const QString title =
        QStringLiteral("%1 -> %2").arg(designTitle(diff.base), designTitle(diff.head));
    out += md ? QStringLiteral("### Skyplan design diff: %1\n\n").arg(markdownCell(title))
              : QStringLiteral("Skyplan design diff: %1\n\n").arg(title);
    const auto section = [&](const QString &what, const QStringList &added,
                             const QStringList &removed, const std::vector<ItemChange> &changed) {
        const QString head = QStringLiteral("%1: %2 added, %3 removed, %4 changed")
                                 .arg(what)
                                 .arg(added.size())
                                 .arg(removed.size())
                                 .arg(changed.size());
        out += md ? QStringLiteral("**%1**\n\n").arg(head) : head + QLatin1Char('\n');
        const QString bullet = md ? QStringLiteral("- ") : QStringLiteral("  ");
        const auto code = [md](const QString &id) {
            return md ? QLatin1Char('`') + id + QLatin1Char('`') : id;
        };
        // Markdown lists cannot start with +, - or ~ after the bullet; words read better there.
        const QString plus = md ? QStringLiteral("added ") : QStringLiteral("+ ");
        const QString minus = md ? QStringLiteral("removed ") : QStringLiteral("- ");
        const QString tilde = md ? QStringLiteral("changed ") : QStringLiteral("~ ");
        for (const QString &id : added)
            out += bullet + plus + code(id) + QLatin1Char('\n');
        for (const QString &id : removed)
            out += bullet + minus + code(id) + QLatin1Char('\n');
        for (const ItemChange &c : changed)
            out += bullet + tilde + code(c.id) + QStringLiteral(": ") +
                   (md ? markdownCell(describeChange(c)) : describeChange(c)) + QLatin1Char('\n');
        if (md && (!added.isEmpty() || !removed.isEmpty() || !changed.empty()))
            out += QLatin1Char('\n');
    };
    section(QStringLiteral("Services"), diff.servicesAdded, diff.servicesRemoved,
            diff.servicesChanged);
    if (!md)
        out += QLatin1Char('\n');
    section(QStringLiteral("Links"), diff.linksAdded, diff.linksRemoved, diff.linksChanged);
    if (!diff.settingsChanged.isEmpty()) {
        QStringList names;
        for (const QString &key : diff.settingsChanged)
            names << (key == QLatin1String("design")
                          ? QStringLiteral("name or description")
                          : QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')));
        const QString line =
            QStringLiteral("Design settings changed: %1").arg(names.join(QStringLiteral(", ")));
        out += md ? QStringLiteral("**%1**\n").arg(line)
                  : QLatin1Char('\n') + line + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    if (md) {
        out += QStringLiteral("| Figure | Base | Head | Change |\n|---|---:|---:|---:|\n");
        for (const Row &r : rows) {
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(markdownCell(r.label), formatCell(r.values[0], r.unit),
                            formatCell(r.values[1], r.unit),
                            formatChange(r.values[0], r.values[1], r.unit));
        }
        return out.toUtf8();
    }
    std::vector<QStringList> cells;
    cells.push_back({QStringLiteral("Figure"), QStringLiteral("base"), QStringLiteral("head"),
                     QStringLiteral("change")});
    for (const Row &r : rows) {
        cells.push_back({r.label, formatCell(r.values[0], r.unit), formatCell(r.values[1], r.unit),
                         formatChange(r.values[0], r.values[1], r.unit)});
    }
    return (out + textTable(cells)).toUtf8();
}

} // namespace skyplan

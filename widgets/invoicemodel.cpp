#include "invoicemodel.h"

#include "canvas/providerstyle.h"
#include "model/analysis/costestimator.h"
#include "model/catalog/catalog.h"
#include "model/design.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace skyplan {

namespace {

/// Service rows have internal id 0; invoice lines carry their service's row + 1.
constexpr quintptr serviceLevel = 0;

QString quantityText(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', v == std::floor(v) ? 0 : 2);
}

} // namespace

bool InvoiceModel::setInvoice(const Design &design, const CostReport &cost, const Catalog &catalog)
{
    const std::size_t n = std::min(design.services().size(), cost.services.size());
    // A design's estimate leaves out the lines' formulas: the rows made here write their own,
    // for the tooltips (an edit makes a row or two again, not all of them).
    const CostEstimator estimator(catalog);
    const auto makeRow = [&](std::size_t i) {
        const PlacedService &s = design.services()[i];
        const ServiceCost &c = cost.services[i];
        const ServiceOffering *offering = catalog.service(s.provider, s.service);
        const skyplan::Provider *provider = catalog.provider(s.provider);
        Row row;
        row.id = s.id;
        row.name = s.label.isEmpty() ? s.id : s.label;
        row.provider = provider ? provider->shortName : s.provider;
        row.providerColor = providerColor(catalog, s.provider);
        row.region = s.region;
        row.monthly = c.monthly;
        row.monthlyText = formatUsd(c.monthly);
        row.tooltip = QStringLiteral("%1 (%2)\n%3\n%4")
                          .arg(offering ? offering->name : s.service, s.id, s.role, s.reason)
                          .trimmed();
        row.problem = c.problem;
        row.search =
            QStringList{s.id, s.label, s.provider, row.provider, s.region}.join(QLatin1Char(' '));
        std::vector<QString> formulas = estimator.formulas(s, design);
        formulas.resize(c.components.size());
        for (std::size_t k = 0; k < c.components.size(); ++k) {
            const CostComponent &component = c.components[k];
            row.lines.push_back({component.item, quantityText(component.quantity), component.unit,
                                 QString::number(component.rate, 'g', 6),
                                 formatUsd(component.monthly), std::move(formulas[k]),
                                 component.monthly});
        }
        // What the row was made of: the service (its formulas read more of it than its
        // price does: 8 h x 5 days and 10 h x 4 days cost the same) and its price.
        row.source = {s, c};
        return row;
    };

    // An edit usually changes a row or two: when the services and their lines are the same
    // ones, only the rows whose sources differ are made again and announced, and the view
    // keeps its scroll position, expanded rows and sort without laying out every row again.
    bool sameShape = m_rows.size() == n;
    for (std::size_t i = 0; sameShape && i < n; ++i) {
        sameShape = m_rows[i].id == design.services()[i].id &&
                    m_rows[i].lines.size() == cost.services[i].components.size();
    }
    if (!sameShape) {
        std::vector<Row> rows;
        rows.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            rows.push_back(makeRow(i));
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return true;
    }
    for (std::size_t r = 0; r < n; ++r) {
        const Source &source = m_rows[r].source;
        if (source.service == design.services()[r] && source.cost == cost.services[r])
            continue;
        m_rows[r] = makeRow(r);
        const QModelIndex service = index(int(r), 0, {});
        emit dataChanged(service, index(int(r), ColumnCount - 1, {}));
        if (const int lines = int(m_rows[r].lines.size()); lines > 0)
            emit dataChanged(index(0, 0, service), index(lines - 1, ColumnCount - 1, service));
    }
    return false;
}

QModelIndex InvoiceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return std::size_t(row) < m_rows.size() ? createIndex(row, column, serviceLevel)
                                                : QModelIndex();
    if (parent.internalId() != serviceLevel || parent.column() != 0)
        return {};
    const Row &service = m_rows[std::size_t(parent.row())];
    return std::size_t(row) < service.lines.size()
               ? createIndex(row, column, quintptr(parent.row()) + 1)
               : QModelIndex();
}

QModelIndex InvoiceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == serviceLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, serviceLevel);
}

int InvoiceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() == serviceLevel && parent.column() == 0)
        return int(m_rows[std::size_t(parent.row())].lines.size());
    return 0;
}

int InvoiceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InvoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    const bool numeric = column >= Quantity;
    if (index.internalId() == serviceLevel) {
        const Row &r = m_rows[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case Name:
                return r.name;
            case Provider:
                return r.provider;
            case Region:
                return r.region;
            case Monthly:
                return r.monthlyText;
            default:
                return {};
            }
        case Qt::ForegroundRole:
            return column == Provider ? QVariant(r.providerColor) : QVariant();
        case Qt::FontRole: {
            if (column != Name && column != Monthly)
                return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::ToolTipRole:
            return column == Monthly && !r.problem.isEmpty() ? r.problem : r.tooltip;
        case Qt::TextAlignmentRole:
            return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case IdRole:
            return r.id;
        case SortRole:
            return column == Monthly ? QVariant(r.monthly) : QVariant();
        case SearchRole:
            return r.search;
        default:
            return {};
        }
    }
    const Row &r = m_rows[std::size_t(index.internalId() - 1)];
    const Line &l = r.lines[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return l.item;
        case Quantity:
            return l.quantity;
        case Unit:
            return l.unit;
        case Rate:
            return l.rate;
        case Monthly:
            return l.monthlyText;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return l.formula;
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return r.id;
    case SortRole:
        return column == Monthly ? QVariant(l.monthly) : QVariant();
    default:
        return {};
    }
}

QVariant InvoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Service / invoice line");
    case Provider:
        return tr("Provider");
    case Region:
        return tr("Region");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case Rate:
        return tr("Rate (USD)");
    case Monthly:
        return tr("Monthly");
    default:
        return {};
    }
}

bool InvoiceFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (parent.isValid() || filterRegularExpression().pattern().isEmpty())
        return true; // invoice lines follow their service
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    return index.data(InvoiceModel::SearchRole).toString().contains(filterRegularExpression());
}

bool InvoiceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(InvoiceModel::SortRole), b = right.data(InvoiceModel::SortRole);
    if (a.isValid() && b.isValid())
        return a.toDouble() < b.toDouble();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace skyplan

#include "invoicemodel.h"

#include "canvas/providerstyle.h"
#include "model/analysis/costestimator.h"
#include "model/catalog/catalog.h"
#include "model/design.h"

#include <QFont>
#include <QLocale>

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

void InvoiceModel::setInvoice(const Design &design, const CostReport &cost, const Catalog &catalog)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(design.services().size());
    for (std::size_t i = 0; i < design.services().size() && i < cost.services.size(); ++i) {
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
        for (const CostComponent &component : c.components) {
            row.lines.push_back({component.item, quantityText(component.quantity), component.unit,
                                 QString::number(component.rate, 'g', 6),
                                 formatUsd(component.monthly), component.formula,
                                 component.monthly});
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
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

#pragma once

#include "model/analysis/costestimator.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QSortFilterProxyModel>

#include <vector>

namespace skyplan {

class Catalog;
class Design;
struct CostReport;

/// The invoice of a design as a two-level model: a row per service (label, provider, region,
/// monthly) with its invoice lines (item, quantity, unit, rate, monthly) under it. A new
/// analysis resets it in one step; the view lays out only the rows on screen, so refilling it
/// after an edit costs little even for 10,000 services.
class InvoiceModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Provider, Region, Quantity, Unit, Rate, Monthly, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;         ///< service id (service rows)
    static constexpr int SortRole = Qt::UserRole + 1;   ///< numbers sort by value
    static constexpr int SearchRole = Qt::UserRole + 2; ///< what the filter looks in

    using QAbstractItemModel::QAbstractItemModel;

    /// Returns true when the rows were replaced (a reset), false when only changed rows were
    /// announced (dataChanged).
    bool setInvoice(const Design &design, const CostReport &cost, const Catalog &catalog);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line {
        QString item, quantity, unit, rate, monthlyText, formula;
        double monthly = 0;
        bool operator==(const Line &) const = default;
    };
    /// What a row is made from: when these are unchanged the row is too.
    struct Source {
        PlacedService service;
        ServiceCost cost;
        bool operator==(const Source &) const = default;
    };
    struct Row {
        QString id, name, provider, region, monthlyText, tooltip, problem, search;
        QColor providerColor;
        double monthly = 0;
        std::vector<Line> lines;
        Source source;
        bool operator==(const Row &) const = default;
    };
    std::vector<Row> m_rows;
};

/// Filters services by label, id, provider or region and sorts numbers by value; invoice
/// lines follow their service.
class InvoiceFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace skyplan

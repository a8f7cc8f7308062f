#pragma once

#include <QWidget>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QTreeView;

namespace skyplan {

class Catalog;
class InvoiceFilterModel;
class InvoiceModel;
class Design;
struct DesignAnalysis;

/// A read-only overview of one design: headline figures, the cost of every service with its
/// invoice lines (filterable, sortable, a click names the service) and a stacked chart of cost
/// by provider and category. The cost panel shows it as its "Invoice" tab; the egress of every
/// link is the egress panel's.
class DesignOverview : public QWidget {
    Q_OBJECT
public:
    explicit DesignOverview(QWidget *parent = nullptr);

    void showDesign(const Design &design, const DesignAnalysis &analysis, const Catalog &catalog);
    /// Shows only services whose label, id, provider or region contains `text`.
    void setFilter(const QString &text);
    /// The invoice: a row per service (filtered and sorted) with its invoice lines under it.
    QTreeView *servicesView() const { return m_services; }

signals:
    /// A service (or link) row was clicked: the canvas should select it.
    void itemClicked(const QString &id);

private:
    void fillHeadline(const Design &design, const DesignAnalysis &analysis);
    void fillServices(const Design &design, const DesignAnalysis &analysis, const Catalog &catalog);
    void expandIfSmall();
    void fillChart(const Design &design, const DesignAnalysis &analysis, const Catalog &catalog);

    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_monthly = nullptr;
    QLabel *m_annual = nullptr;
    QLabel *m_egress = nullptr;
    QLabel *m_scope = nullptr;
    InvoiceModel *m_invoice = nullptr;
    InvoiceFilterModel *m_invoiceFilter = nullptr;
    QTreeView *m_services = nullptr;
    QLineEdit *m_filter = nullptr;
    QCustomPlot *m_chart = nullptr;
    const Catalog *m_catalog = nullptr;
};

} // namespace skyplan

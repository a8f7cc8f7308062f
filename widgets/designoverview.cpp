#include "designoverview.h"

#include "canvas/providerstyle.h"
#include "invoicemodel.h"
#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/design.h"

#include "chartstyle.h"

#include <QFrame>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace skyplan {

namespace {

QLabel *figureTile(QWidget *parent, QHBoxLayout *row, const QString &caption)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *captionLabel = new QLabel(caption, frame);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(frame);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    row->addWidget(frame, 1);
    return value;
}

QString categoryLabel(CostCategory c)
{
    switch (c) {
    case CostCategory::Compute:
        return DesignOverview::tr("Compute");
    case CostCategory::Storage:
        return DesignOverview::tr("Storage");
    case CostCategory::Network:
        return DesignOverview::tr("Network");
    case CostCategory::Managed:
        return DesignOverview::tr("Managed services");
    case CostCategory::Egress:
        return DesignOverview::tr("Egress");
    }
    return {};
}

QColor categoryColor(CostCategory c)
{
    switch (c) {
    case CostCategory::Compute:
        return QColor(0x3B, 0x82, 0xF6);
    case CostCategory::Storage:
        return QColor(0x10, 0xB9, 0x81);
    case CostCategory::Network:
        return QColor(0x8B, 0x5C, 0xF6);
    case CostCategory::Managed:
        return QColor(0xF5, 0x9E, 0x0B);
    case CostCategory::Egress:
        return QColor(0xEF, 0x44, 0x44);
    }
    return Qt::gray;
}

} // namespace

DesignOverview::DesignOverview(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_description);

    auto *tiles = new QHBoxLayout;
    m_monthly = figureTile(this, tiles, tr("Monthly cost"));
    m_annual = figureTile(this, tiles, tr("Annual cost"));
    m_egress = figureTile(this, tiles, tr("Egress per month"));
    m_scope = figureTile(this, tiles, tr("Services"));
    layout->addLayout(tiles);

    auto *horizontal = new QSplitter(Qt::Horizontal, this);

    auto *servicesBox = new QWidget(horizontal);
    auto *servicesLayout = new QVBoxLayout(servicesBox);
    servicesLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(servicesBox);
    m_filter->setPlaceholderText(tr("Filter services (label, id, provider, region)"));
    m_filter->setClearButtonEnabled(true);
    m_invoice = new InvoiceModel(this);
    m_invoiceFilter = new InvoiceFilterModel(this);
    m_invoiceFilter->setSourceModel(m_invoice);
    m_invoiceFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_services = new QTreeView(servicesBox);
    m_services->setModel(m_invoiceFilter);
    servicesLayout->addWidget(m_filter);
    servicesLayout->addWidget(m_services, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &DesignOverview::setFilter);
    connect(m_services, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        emit itemClicked(index.data(InvoiceModel::IdRole).toString());
    });
    m_services->setAlternatingRowColors(true);
    m_services->setUniformRowHeights(true); // lets the view lay out only the rows on screen
    m_services->setSortingEnabled(true);
    // Design order until a header is clicked.
    m_services->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_services->header()->setStretchLastSection(false);
    // Widths fitted to the contents when the rows are replaced (fillServices), not at every
    // edit: measuring text is most of what a refill would cost. The user may drag them.
    m_services->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_services->header()->setResizeContentsPrecision(64); // widths from a sample, not every row
    m_services->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *chartBox = new QGroupBox(tr("Monthly cost by provider and category"), horizontal);
    auto *chartLayout = new QVBoxLayout(chartBox);
    m_chart = new QCustomPlot(chartBox);
    m_chart->setMinimumSize(360, 260);
    chartLayout->addWidget(m_chart);

    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 2);
    horizontal->setSizes({760, 480});
    layout->addWidget(horizontal, 1);
}

void DesignOverview::showDesign(const Design &design, const DesignAnalysis &analysis,
                                const Catalog &catalog)
{
    m_catalog = &catalog;
    fillHeadline(design, analysis);
    fillServices(design, analysis, catalog);
    fillChart(design, analysis, catalog);
}

void DesignOverview::fillHeadline(const Design &design, const DesignAnalysis &analysis)
{
    m_title->setText(design.name);
    m_description->setText(design.description);
    m_description->setVisible(!design.description.isEmpty());
    m_monthly->setText(formatUsd(analysis.cost.monthly));
    m_annual->setText(formatUsd(analysis.cost.annual(), 0));
    m_egress->setText(
        tr("%1 (%2 GB)")
            .arg(formatUsd(analysis.egress.monthlyUsd),
                 QLocale(QLocale::English).toString(analysis.egress.monthlyGb, 'f', 0)));
    QStringList providerNames;
    for (const QString &p : design.providers())
        providerNames << (m_catalog && m_catalog->provider(p) ? m_catalog->provider(p)->shortName
                                                              : p);
    m_scope->setText(tr("%n service(s) on %1", nullptr, int(design.services().size()))
                         .arg(providerNames.join(QLatin1String(", "))));
}

void DesignOverview::fillServices(const Design &design, const DesignAnalysis &analysis,
                                  const Catalog &catalog)
{
    if (m_invoice->setInvoice(design, analysis.cost, catalog)) {
        expandIfSmall();
        for (int c = 1; c < m_invoice->columnCount(); ++c)
            m_services->resizeColumnToContents(c);
    }
}

void DesignOverview::expandIfSmall()
{
    // Invoice lines open for a design a person reads line by line; a large one opens folded
    // (expanding every row is most of the cost of a refill).
    if (m_invoiceFilter->rowCount() <= 200)
        m_services->expandAll();
}

void DesignOverview::setFilter(const QString &text)
{
    m_invoiceFilter->setFilterFixedString(text.trimmed());
    expandIfSmall();
}

void DesignOverview::fillChart(const Design &design, const DesignAnalysis &analysis,
                               const Catalog &catalog)
{
    m_chart->clearPlottables();
    applyChartPalette(m_chart, palette());

    QVector<double> ticks;
    QVector<QString> labels;
    QStringList providers;
    for (const Provider &p : catalog.providers()) {
        ticks << double(ticks.size() + 1);
        labels << p.shortName;
        providers << p.id;
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(ticks, labels);
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(0.4, ticks.size() + 0.6);
    m_chart->xAxis->grid()->setVisible(false);
    m_chart->yAxis->setLabel(tr("USD per month"));

    // Per provider and category: services (after discounts) plus egress charged to the sender.
    std::map<std::pair<QString, CostCategory>, double> amounts;
    for (std::size_t i = 0; i < analysis.cost.services.size() && i < design.services().size();
         ++i) {
        const ServiceCost &sc = analysis.cost.services[i];
        const QString &provider = design.services()[i].provider;
        double keepShare = 1.0;
        double listed = 0;
        for (const CostComponent &c : sc.components)
            listed += c.discount ? 0.0 : c.monthly;
        if (listed > 0)
            keepShare = sc.monthly / listed;
        for (const CostComponent &c : sc.components) {
            if (!c.discount)
                amounts[{provider, c.category}] += c.monthly * keepShare;
        }
    }
    for (const auto &[provider, usd] : analysis.egress.byProvider)
        amounts[{provider, CostCategory::Egress}] += usd;

    QCPBars *below = nullptr;
    double top = 0;
    QVector<double> stackTotals(providers.size(), 0.0);
    for (const CostCategory c : enumValues<CostCategory>()) {
        QCPBars *bars = addBars(m_chart, categoryLabel(c), categoryColor(c), 0.6);
        QVector<double> values;
        for (qsizetype i = 0; i < providers.size(); ++i) {
            const auto it = amounts.find({providers[i], c});
            const double v = it == amounts.end() ? 0.0 : it->second;
            values << v;
            stackTotals[i] += v;
        }
        bars->setData(ticks, values);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    for (const double t : stackTotals)
        top = std::max(top, t);
    m_chart->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    auto moneyTicker = QSharedPointer<QCPAxisTicker>::create();
    m_chart->yAxis->setTicker(moneyTicker);
    m_chart->yAxis->setNumberFormat(QStringLiteral("f"));
    m_chart->yAxis->setNumberPrecision(0);
    m_chart->legend->setVisible(true);
    m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_chart->replot();
}

} // namespace skyplan

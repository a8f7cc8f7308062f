#include "costpanel.h"

#include "canvas/designscene.h"
#include "canvas/providerstyle.h"
#include "designeditor.h"
#include "designoverview.h"
#include "model/analysis/costwhatif.h"
#include "model/catalog/catalog.h"
#include "model/document/designdocument.h"

#include "chartstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace skyplan {

CostPanel::CostPanel(QWidget *parent) : AnalysisPanel(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *budgetRow = new QHBoxLayout;
    m_budget = new QProgressBar(this);
    m_budget->setObjectName(QStringLiteral("budgetGauge"));
    m_budget->setRange(0, 100);
    m_budget->setTextVisible(true);
    m_budgetWarning = new QLabel(this);
    QFont bold = m_budgetWarning->font();
    bold.setBold(true);
    m_budgetWarning->setFont(bold);
    budgetRow->addWidget(new QLabel(tr("Monthly budget:"), this));
    budgetRow->addWidget(m_budget, 2);
    budgetRow->addWidget(m_budgetWarning, 3);
    layout->addLayout(budgetRow);

    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    m_overview = new DesignOverview(tabs);
    tabs->addTab(m_overview, tr("Invoice"));

    auto *whatIf = new QSplitter(Qt::Horizontal, tabs);
    auto *left = new QWidget(whatIf);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_scenarios = new QTreeWidget(left);
    m_scenarios->setRootIsDecorated(false);
    m_scenarios->setHeaderLabels(
        {tr("Pricing"), tr("Per month"), tr("vs. as designed"), tr("12 months"), tr("36 months")});
    m_scenarios->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scenarios->setMaximumHeight(110);
    m_suggestions = new QTreeWidget(left);
    m_suggestions->setRootIsDecorated(false);
    m_suggestions->setHeaderLabels(
        {tr("Suggested (Lecture 05)"), tr("Change"), tr("Before"), tr("After"), tr("Saves")});
    m_suggestions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_suggestions->header()->setResizeContentsPrecision(64); // widths from a sample, not every row
    leftLayout->addWidget(m_scenarios);
    leftLayout->addWidget(m_suggestions, 1);
    m_tco = new QCustomPlot(whatIf);
    m_tco->setMinimumSize(320, 200);
    whatIf->setStretchFactor(0, 3);
    whatIf->setStretchFactor(1, 2);
    tabs->addTab(whatIf, tr("What-if and TCO"));
    m_whatIfTab = whatIf;

    auto *byTag = new QWidget(tabs);
    auto *tagLayout = new QVBoxLayout(byTag);
    auto *tagRow = new QHBoxLayout;
    m_tagKey = new QComboBox(byTag);
    m_tagKey->setEditable(true);
    m_tagKey->addItems({QStringLiteral("project"), QStringLiteral("environment"),
                        QStringLiteral("team"), QStringLiteral("cost-centre"),
                        QStringLiteral("owner")});
    tagRow->addWidget(new QLabel(tr("Break the monthly cost down by tag:"), byTag));
    tagRow->addWidget(m_tagKey);
    tagRow->addStretch();
    m_tags = new QTreeWidget(byTag);
    m_tags->setRootIsDecorated(false);
    m_tags->setHeaderLabels({tr("Value"), tr("Per month"), tr("Share")});
    m_tags->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tags->header()->setResizeContentsPrecision(64); // widths from a sample, not every row
    tagLayout->addLayout(tagRow);
    tagLayout->addWidget(m_tags, 1);
    tabs->addTab(byTag, tr("By tag"));
    m_tagsTab = byTag;
    layout->addWidget(tabs, 1);

    connect(m_tagKey, &QComboBox::currentTextChanged, this, &CostPanel::fillTags);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CostPanel::fillCurrentTab);
    connect(m_overview, &DesignOverview::itemClicked, this, [this](const QString &id) {
        if (editor())
            editor()->reveal(id);
    });
    connect(m_suggestions, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (editor())
            editor()->reveal(item->data(0, Qt::UserRole).toString());
    });
    refresh();
}

void CostPanel::fill()
{
    m_whatIfStale = m_tagsStale = true;
    if (!editor()) {
        m_scenarios->clear();
        m_suggestions->clear();
        m_tco->clearGraphs();
        m_budget->setValue(0);
        m_budget->setFormat(tr("no design"));
        m_budgetWarning->clear();
        m_tags->clear();
        m_tco->replot();
        return;
    }
    const Design &design = editor()->document()->design();
    const Catalog &catalog = editor()->document()->catalog();
    const DesignAnalysis &analysis = editor()->scene()->analysis();
    m_overview->showDesign(design, analysis, catalog);

    // Budget gauge.
    const double budget = design.organization.monthlyBudgetUsd;
    const double monthly = analysis.cost.monthly;
    QPalette gauge = m_budget->palette();
    if (budget <= 0) {
        m_budget->setValue(0);
        m_budget->setFormat(tr("no budget set (Design > Organisation Profile)"));
        m_budgetWarning->clear();
    } else {
        const double share = monthly / budget;
        m_budget->setValue(int(std::lround(std::min(100.0, share * 100))));
        m_budget->setFormat(tr("%1 of %2 (%3%)")
                                .arg(formatUsd(monthly, 0), formatUsd(budget, 0))
                                .arg(share * 100, 0, 'f', 0));
        const QColor colour = share >= 1     ? statuscolor::bad()
                              : share >= 0.8 ? statuscolor::warning()
                                             : statuscolor::good();
        gauge.setColor(QPalette::Highlight, colour);
        m_budgetWarning->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
        m_budgetWarning->setText(
            share >= 1     ? tr("Over budget by %1 a month").arg(formatUsd(monthly - budget, 0))
            : share >= 0.8 ? tr("Warning: %1% of the budget; %2 left")
                                 .arg(share * 100, 0, 'f', 0)
                                 .arg(formatUsd(budget - monthly, 0))
                           : tr("Within budget: %1 left").arg(formatUsd(budget - monthly, 0)));
    }
    m_budget->setPalette(gauge);
    fillCurrentTab();
}

void CostPanel::fillCurrentTab()
{
    if (m_tabs->currentWidget() == m_whatIfTab)
        ensureWhatIf();
    else if (m_tabs->currentWidget() == m_tagsTab)
        ensureTags();
}

void CostPanel::ensureWhatIf()
{
    if (m_whatIfStale && editor())
        fillWhatIf();
}

void CostPanel::ensureTags()
{
    if (m_tagsStale && editor())
        fillTags();
}

/// Pricing what-if (three cost estimates of the whole design: only when on screen).
void CostPanel::fillWhatIf()
{
    m_whatIfStale = false;
    m_scenarios->clear();
    m_suggestions->clear();
    m_tco->clearGraphs();
    const Design &design = editor()->document()->design();
    const Catalog &catalog = editor()->document()->catalog();
    const DesignAnalysis &analysis = editor()->scene()->analysis();
    // Egress does not depend on the pricing model, so every scenario has it.
    const CostWhatIf w = costWhatIf(design, catalog);
    const double egress = analysis.cost.egressMonthly;
    struct Scenario {
        QString name;
        double monthly;
        QColor colour;
    };
    const Scenario scenarios[] = {
        {tr("All on-demand"), w.allOnDemand + egress, QColor(0x9e, 0x9e, 0x9e)},
        {tr("As designed"), w.asDesigned + egress, QColor(0x1e, 0x88, 0xe5)},
        {tr("Suggested"), w.suggested + egress, statuscolor::good()},
    };
    const double designed = w.asDesigned + egress;
    for (const Scenario &s : scenarios) {
        const double delta = s.monthly - designed;
        const QString vs =
            std::abs(delta) < 0.005
                ? QStringLiteral("—")
                : QStringLiteral("%1%2 (%3%)")
                      .arg(delta > 0 ? QStringLiteral("+") : QString(), formatUsd(delta))
                      .arg(designed > 0 ? delta / designed * 100 : 0, 0, 'f', 1);
        auto *item = new QTreeWidgetItem(m_scenarios, {s.name, formatUsd(s.monthly), vs,
                                                       formatUsd(s.monthly * 12, 0),
                                                       formatUsd(s.monthly * 36, 0)});
        item->setForeground(0, s.colour);
        item->setToolTip(0, tr("Services priced this way plus %1 of egress a month; commitments "
                               "are paid monthly, so the TCO grows in a straight line.")
                                .arg(formatUsd(egress)));
        QCPGraph *graph = m_tco->addGraph();
        graph->setName(s.name);
        graph->setPen(QPen(s.colour, 2));
        for (int month = 0; month <= 36; ++month)
            graph->addData(month, s.monthly * month);
    }
    for (const PricingSuggestion &p : w.suggestions) {
        const PlacedService *s = design.service(p.service);
        auto *item = new QTreeWidgetItem(m_suggestions,
                                         {s && !s->label.isEmpty() ? s->label : p.service, p.change,
                                          formatUsd(p.monthlyBefore), formatUsd(p.monthlyAfter),
                                          formatUsd(p.savingUsd())});
        item->setData(0, Qt::UserRole, p.service);
    }
    if (w.suggestions.empty())
        new QTreeWidgetItem(m_suggestions,
                            {tr("Nothing to suggest: training is on spot, steady inference is "
                                "committed, dev/test is scheduled")});

    const QPalette pal = palette();
    applyChartPalette(m_tco, pal);
    m_tco->xAxis->setLabel(tr("Months"));
    m_tco->yAxis->setLabel(tr("Total cost of ownership (USD)"));
    m_tco->xAxis->setRange(0, 36);
    m_tco->yAxis->setRange(0, std::max(1.0, scenarios[0].monthly * 36 * 1.05));
    m_tco->legend->setVisible(true);
    m_tco->legend->setBrush(pal.color(QPalette::Base));
    m_tco->legend->setTextColor(pal.color(QPalette::Text));
    m_tco->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_tco->replot();
}

void CostPanel::fillTags()
{
    m_tagsStale = false;
    m_tags->clear();
    if (!editor())
        return;
    const Design &design = editor()->document()->design();
    const CostReport &cost = editor()->scene()->analysis().cost;
    const QString key = m_tagKey->currentText().trimmed();
    if (key.isEmpty())
        return;
    const auto totals = costByTag(design, cost, key);
    std::vector<std::pair<QString, double>> rows(totals.begin(), totals.end());
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    const double all = cost.servicesMonthly;
    for (const auto &[value, usd] : rows) {
        auto *item = new QTreeWidgetItem(
            m_tags, {value.isEmpty() ? tr("(not tagged)") : value, formatUsd(usd),
                     QStringLiteral("%1%").arg(all > 0 ? usd / all * 100 : 0, 0, 'f', 1)});
        if (value.isEmpty())
            item->setForeground(0, palette().color(QPalette::PlaceholderText));
    }
}

} // namespace skyplan

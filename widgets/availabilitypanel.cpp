#include "availabilitypanel.h"

#include "canvas/designscene.h"
#include "canvas/providerstyle.h"
#include "designeditor.h"
#include "enumlabels.h"
#include "model/catalog/catalog.h"
#include "model/document/designdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace skyplan {

namespace {

QString percent(double availability)
{
    return QStringLiteral("%1%").arg(availability * 100, 0, 'f', 4);
}

QString nines(double availability)
{
    if (availability >= 1)
        return QStringLiteral("∞");
    return QString::number(-std::log10(1 - availability), 'f', 2);
}

QString downtime(double minutesPerYear)
{
    if (minutesPerYear < 60)
        return AvailabilityPanel::tr("%1 min").arg(minutesPerYear, 0, 'f', 1);
    if (minutesPerYear < 60 * 48)
        return AvailabilityPanel::tr("%1 h").arg(minutesPerYear / 60, 0, 'f', 1);
    return AvailabilityPanel::tr("%1 days").arg(minutesPerYear / 60 / 24, 0, 'f', 1);
}

QString minutes(double m)
{
    if (m < 0)
        return AvailabilityPanel::tr("no recovery");
    if (m < 1)
        return AvailabilityPanel::tr("%1 s").arg(m * 60, 0, 'f', 0);
    if (m < 120)
        return AvailabilityPanel::tr("%1 min").arg(m, 0, 'f', 0);
    return AvailabilityPanel::tr("%1 h").arg(m / 60, 0, 'f', 1);
}

} // namespace

AvailabilityPanel::AvailabilityPanel(QWidget *parent) : AnalysisPanel(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    auto *controls = new QHBoxLayout;
    m_outage = new QComboBox(this);
    m_outage->setObjectName(QStringLiteral("outage"));
    m_outage->setToolTip(tr("Take a provider or one region down: the canvas dims what fails and "
                            "the table shows what each entry point keeps"));
    m_showSpofs = new QCheckBox(tr("Outline single points of failure"), this);
    m_showSpofs->setChecked(true);
    controls->addWidget(new QLabel(tr("Simulate outage:"), this));
    controls->addWidget(m_outage, 1);
    controls->addWidget(m_showSpofs);

    m_entryPoints = new QTreeWidget(this);
    m_entryPoints->setRootIsDecorated(false);
    m_entryPoints->setHeaderLabels({tr("Entry point"), tr("Availability"), tr("Nines"),
                                    tr("Downtime / year"), tr("During outage"), tr("Method"),
                                    tr("Single points of failure")});
    m_entryPoints->header()->setStretchLastSection(true);
    m_recovery = new QTreeWidget(this);
    m_recovery->setRootIsDecorated(false);
    m_recovery->setHeaderLabels({tr("Workload"), tr("Type"), tr("Strategy"), tr("RTO"),
                                 tr("Target RTO"), tr("RPO"), tr("Target RPO"), tr("Result")});
    m_recovery->header()->setStretchLastSection(true);

    layout->addWidget(m_summary);
    layout->addLayout(controls);
    layout->addWidget(m_entryPoints, 3);
    auto *drTitle = new QLabel(tr("Disaster recovery (Lecture 01's RTO/RPO targets)"), this);
    drTitle->setFont(bold);
    layout->addWidget(drTitle);
    layout->addWidget(m_recovery, 2);

    connect(m_outage, &QComboBox::currentIndexChanged, this, [this] {
        if (!editor())
            return;
        const QStringList key = m_outage->currentData().toStringList();
        editor()->scene()->setOutage(key.value(0), key.value(1));
    });
    connect(m_showSpofs, &QCheckBox::toggled, this, [this](bool on) {
        if (editor())
            editor()->scene()->setShowSinglePoints(on);
    });
    connect(m_entryPoints, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (editor())
            editor()->reveal(item->data(0, Qt::UserRole).toString());
    });
    connect(m_recovery, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (editor())
            editor()->reveal(item->data(0, Qt::UserRole).toString());
    });
    refresh();
}

void AvailabilityPanel::editorChanged(QList<QMetaObject::Connection> &connections)
{
    if (!editor())
        return;
    connections << connect(editor()->scene(), &DesignScene::outageChanged, this,
                           &AvailabilityPanel::refresh);
    m_showSpofs->setChecked(editor()->scene()->overlay().showSinglePoints);
}

void AvailabilityPanel::fillOutages()
{
    const QStringList current = m_outage->currentData().toStringList();
    const QSignalBlocker block(m_outage);
    m_outage->clear();
    m_outage->addItem(tr("None"), QStringList());
    if (!editor())
        return;
    const Catalog &catalog = editor()->document()->catalog();
    const AvailabilityReport &report = editor()->scene()->analysis().availability;
    const auto name = [&](const QString &provider) {
        const Provider *p = catalog.provider(provider);
        return p ? p->shortName : provider;
    };
    for (const OutageScenario &o : report.providerOutages)
        m_outage->addItem(tr("%1: every region down").arg(name(o.provider)),
                          QStringList{o.provider, QString()});
    for (const OutageScenario &o : report.regionOutages)
        m_outage->addItem(tr("%1 %2 down").arg(name(o.provider), o.region),
                          QStringList{o.provider, o.region});
    const int keep = m_outage->findData(current);
    m_outage->setCurrentIndex(keep >= 0 ? keep : 0);
    if (keep < 0)
        editor()->scene()->setOutage(QString(), QString());
}

void AvailabilityPanel::fill()
{
    fillOutages();
    m_entryPoints->clear();
    m_recovery->clear();
    if (!editor()) {
        m_summary->setText(tr("No design open"));
        return;
    }
    const Design &design = editor()->document()->design();
    const DesignAnalysis &analysis = editor()->scene()->analysis();
    const AvailabilityReport &report = analysis.availability;
    const CanvasOverlay &overlay = editor()->scene()->overlay();
    // The outage being simulated, if any.
    const OutageScenario *scenario = nullptr;
    for (const auto *list : {&report.providerOutages, &report.regionOutages}) {
        for (const OutageScenario &o : *list) {
            if (!overlay.outageProvider.isEmpty() && o.provider == overlay.outageProvider &&
                o.region == overlay.outageRegion)
                scenario = &o;
        }
    }
    const double target = design.organization.availabilityTarget;
    int below = 0;
    for (const EntryPointAvailability &e : report.entryPoints) {
        const PlacedService *s = design.service(e.id);
        QString during = QStringLiteral("—");
        if (scenario) {
            for (const OutageScenario::Survivor &v : scenario->entryPoints) {
                if (v.id == e.id)
                    during = percent(v.availability);
            }
        }
        QString method = e.method == QLatin1String("series_parallel")
                             ? tr("series-parallel (exact)")
                         : e.method == QLatin1String("factoring") ? tr("factoring (exact)")
                                                                  : e.method;
        if (e.method == QLatin1String("monte_carlo"))
            method = tr("Monte Carlo, %1 trials, 95% in [%2, %3]")
                         .arg(e.trials)
                         .arg(percent(e.confidenceLow), percent(e.confidenceHigh));
        auto *item = new QTreeWidgetItem(
            m_entryPoints,
            {s && !s->label.isEmpty() ? s->label : e.id, percent(e.availability),
             nines(e.availability), downtime(e.downtimeMinutesPerYear), during, method,
             e.singlePointsOfFailure.isEmpty()
                 ? tr("none")
                 : e.singlePointsOfFailure.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, e.id);
        item->setToolTip(1, tr("The chance that %1 and every service it needs (%2) are up, from "
                               "each service's SLA and its redundancy; a year has 365 days.")
                                .arg(e.id, e.dependsOn.join(QStringLiteral(", "))));
        if (target > 0 && e.availability < target) {
            ++below;
            item->setForeground(1, statuscolor::bad());
        }
        if (scenario && during != QStringLiteral("—"))
            item->setForeground(4, statuscolor::bad());
    }
    QString summary = report.entryPoints.empty()
                          ? tr("No entry points: mark the user-facing services as entry points "
                               "in the property editor.")
                          : tr("%n entry point(s)", nullptr, int(report.entryPoints.size()));
    if (report.entryPointsInferred)
        summary += tr(" (inferred from the request graph)");
    if (target > 0)
        summary += tr(" · target %1: %2 below it").arg(percent(target)).arg(below);
    if (scenario)
        summary += tr(" · simulating: %1").arg(m_outage->currentText());
    m_summary->setText(summary);

    for (const DrCheck &c : analysis.dr) {
        auto *item = new QTreeWidgetItem(
            m_recovery, {c.workload, enumLabel(c.workloadType), enumLabel(c.strategy),
                         minutes(c.rtoMinutes), minutes(c.targetRtoMinutes), minutes(c.rpoMinutes),
                         minutes(c.targetRpoMinutes), c.meets ? tr("meets") : tr("misses")});
        item->setData(0, Qt::UserRole, c.subject);
        item->setForeground(7, c.meets ? statuscolor::good() : statuscolor::bad());
        item->setToolTip(7, c.advice);
        item->setToolTip(2, c.basis);
    }
    for (int c = 0; c < m_entryPoints->columnCount() - 1; ++c)
        m_entryPoints->resizeColumnToContents(c);
    for (int c = 0; c < m_recovery->columnCount() - 1; ++c)
        m_recovery->resizeColumnToContents(c);
}

} // namespace skyplan

#include "egresspanel.h"
#include "enumlabels.h"

#include "canvas/designscene.h"
#include "canvas/providerstyle.h"
#include "designeditor.h"
#include "model/analysis/datagravity.h"
#include "model/catalog/catalog.h"
#include "model/document/designdocument.h"
#include "numericitem.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace skyplan {

namespace {

QString gb(double value)
{
    return QLocale(QLocale::English).toString(value, 'f', 0) + QStringLiteral(" GB");
}

/// The heat scale the canvas colours paid links with, from the cheapest to the dearest.
class HeatLegend : public QWidget {
public:
    using QWidget::QWidget;
    double maximum = 0;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRectF bar(0, 2, width() - 1, 10);
        QLinearGradient g(bar.topLeft(), bar.topRight());
        g.setColorAt(0, egressHeatColor(0));
        g.setColorAt(1, egressHeatColor(1));
        p.fillRect(bar, g);
        p.setPen(palette().color(QPalette::WindowText));
        const QRectF text(0, 14, width(), height() - 14);
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop, EgressPanel::tr("cheapest paid link"));
        p.drawText(text, Qt::AlignRight | Qt::AlignTop,
                   EgressPanel::tr("%1 / month").arg(formatUsd(maximum)));
    }
    QSize sizeHint() const override { return {220, 32}; }
};

} // namespace

EgressPanel::EgressPanel(QWidget *parent) : AnalysisPanel(parent)
{
    auto *layout = new QGridLayout(this);
    m_summary = new QLabel(this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_heat = new QCheckBox(tr("Colour links on the canvas by egress cost"), this);
    m_heat->setChecked(true);
    m_legend = new HeatLegend(this);
    m_legend->setMinimumHeight(32);
    m_matrix = new QTableWidget(this);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setToolTip(tr("Rows send, columns receive; the sender pays. Each cell: GB per "
                            "month and what they cost."));
    m_links = new QTreeWidget(this);
    m_links->setRootIsDecorated(false);
    m_links->setSortingEnabled(true);
    m_links->setHeaderLabels({tr("Link"), tr("From → to"), tr("GB / month"), tr("Charge"),
                              tr("$ / GB"), tr("$ / month")});
    m_links->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_links->header()->setResizeContentsPrecision(64); // widths from a sample, not every row
    m_gravity = new QTreeWidget(this);
    m_gravity->setRootIsDecorated(false);
    m_gravity->setHeaderLabels(
        {tr("Data gravity: move"), tr("to"), tr("saves / month"), tr("why")});
    m_gravity->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gravity->header()->setResizeContentsPrecision(64); // widths from a sample, not every row

    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(m_heat, 1, 0);
    layout->addWidget(m_legend, 1, 1);
    layout->addWidget(m_matrix, 2, 0);
    layout->addWidget(m_links, 2, 1, 2, 1);
    layout->addWidget(m_gravity, 3, 0);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);

    connect(m_heat, &QCheckBox::toggled, this, [this](bool on) {
        if (editor())
            editor()->scene()->setEgressHeat(on);
    });
    const auto reveal = [this](QTreeWidgetItem *item) {
        if (editor() && item)
            editor()->reveal(item->data(0, Qt::UserRole).toString());
    };
    connect(m_links, &QTreeWidget::itemClicked, this, reveal);
    connect(m_gravity, &QTreeWidget::itemClicked, this, reveal);
    refresh();
}

void EgressPanel::editorChanged(QList<QMetaObject::Connection> &)
{
    if (editor())
        m_heat->setChecked(editor()->scene()->overlay().egressHeat);
}

void EgressPanel::fill()
{
    m_links->clear();
    m_gravity->clear();
    m_matrix->clear();
    m_matrix->setRowCount(0);
    m_matrix->setColumnCount(0);
    if (!editor()) {
        m_summary->setText(tr("No design open"));
        return;
    }
    const Design &design = editor()->document()->design();
    const Catalog &catalog = editor()->document()->catalog();
    const EgressReport &egress = editor()->scene()->analysis().egress;
    m_summary->setText(tr("Egress %1 per month (%2 a year) for %3 that leave a zone, region or "
                          "cloud")
                           .arg(formatUsd(egress.monthlyUsd), formatUsd(egress.monthlyUsd * 12, 0),
                                gb(egress.monthlyGb)));
    static_cast<HeatLegend *>(m_legend)->maximum = editor()->scene()->overlay().maxLinkEgress;
    m_legend->update();

    // Provider matrix over the providers that send or receive.
    QStringList providers;
    for (const ProviderPairEgress &p : egress.pairs) {
        for (const QString &id : {p.from, p.to}) {
            if (!providers.contains(id))
                providers << id;
        }
    }
    const auto shortName = [&](const QString &id) {
        const Provider *p = catalog.provider(id);
        return p ? p->shortName : id;
    };
    m_matrix->setRowCount(int(providers.size()));
    m_matrix->setColumnCount(int(providers.size()));
    QStringList names;
    for (const QString &id : std::as_const(providers))
        names << shortName(id);
    m_matrix->setHorizontalHeaderLabels(names);
    m_matrix->setVerticalHeaderLabels(names);
    for (const ProviderPairEgress &p : egress.pairs) {
        auto *cell =
            new QTableWidgetItem(QStringLiteral("%1\n%2").arg(gb(p.gb), formatUsd(p.monthly)));
        cell->setTextAlignment(Qt::AlignCenter);
        m_matrix->setItem(int(providers.indexOf(p.from)), int(providers.indexOf(p.to)), cell);
    }
    m_matrix->resizeColumnsToContents();
    m_matrix->resizeRowsToContents();

    // Links by cost, dearest first (sortable by any column).
    m_links->setSortingEnabled(false);
    for (std::size_t i = 0; i < egress.links.size() && i < design.links().size(); ++i) {
        const LinkEgress &e = egress.links[i];
        const Link &l = design.links()[i];
        auto *item = new NumericTreeItem(m_links);
        item->setText(0, l.label.isEmpty() ? l.id : l.label);
        item->setText(1, QStringLiteral("%1 → %2").arg(l.from, l.to));
        item->setText(2, gb(e.gb));
        item->setText(3, enumLabel(e.charge));
        item->setText(4, QStringLiteral("$%1").arg(e.ratePerGb, 0, 'f', 4));
        item->setText(5, formatUsd(e.monthly));
        for (const auto &[column, value] : {std::pair{2, e.gb}, {4, e.ratePerGb}, {5, e.monthly}}) {
            item->setData(column, NumericTreeItem::SortRole, value);
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setData(0, Qt::UserRole, l.id);
        item->setToolTip(5, e.formula);
        item->setToolTip(3, e.formula);
    }
    m_links->setSortingEnabled(true);
    m_links->sortByColumn(5, Qt::DescendingOrder);

    for (const DataGravityHint &h : dataGravityHints(design, egress, catalog)) {
        const PlacedService *s = design.service(h.service);
        auto *item = new QTreeWidgetItem(
            m_gravity, {s && !s->label.isEmpty() ? s->label : h.service, shortName(h.toProvider),
                        formatUsd(h.savingUsd()),
                        tr("exchanges %1 a month with %2: avoids %3, adds about %4 on its links "
                           "with %5")
                            .arg(gb(h.gb), shortName(h.toProvider), formatUsd(h.avoidedUsd),
                                 formatUsd(h.addedUsd), s ? shortName(s->provider) : QString())});
        item->setData(0, Qt::UserRole, h.service);
    }
    if (m_gravity->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_gravity, {tr("No service would save by moving next to its data")});
}

} // namespace skyplan

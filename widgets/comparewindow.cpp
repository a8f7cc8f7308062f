#include "comparewindow.h"

#include "designeditor.h"

#include "canvas/designscene.h"
#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/document/designdocument.h"
#include "model/io/designfile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "chartstyle.h"

namespace skyplan {

/// One design in the comparison: an open editor (followed live) or a file read once.
struct CompareWindow::Candidate {
    QPointer<DesignEditor> editor;
    QString file;
    Design design;           ///< for a file
    DesignAnalysis analysis; ///< for a file
    QListWidgetItem *item = nullptr;
    QMetaObject::Connection connection;
};

CompareWindow::CompareWindow(std::shared_ptr<const Catalog> catalog, QWidget *parent)
    : QWidget(parent, Qt::Window), m_catalog(std::move(catalog))
{
    setWindowTitle(tr("Compare Designs"));
    resize(1200, 760);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_designs = new QListWidget(this);
    m_designs->setObjectName(QStringLiteral("designs"));
    m_designs->setMaximumHeight(110);
    m_designs->setToolTip(tr("The open designs and the files added; uncheck one to leave it out."));
    top->addWidget(m_designs, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("Add &File..."), this);
    add->setToolTip(tr("Compare a design file without opening it for editing."));
    connect(add, &QPushButton::clicked, this, &CompareWindow::chooseFile);
    auto *markdown = new QPushButton(tr("Export &Markdown..."), this);
    connect(markdown, &QPushButton::clicked, this, [this] { exportAs(FiguresFormat::Markdown); });
    auto *csv = new QPushButton(tr("Export &CSV..."), this);
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(FiguresFormat::Csv); });
    for (QPushButton *b : {add, markdown, csv})
        buttons->addWidget(b);
    buttons->addStretch(1);
    top->addLayout(buttons);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(split);
    m_table->setObjectName(QStringLiteral("comparison"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns share the width; the row labels take what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(120);
    m_chart = new QCustomPlot(split);
    m_chart->setMinimumSize(320, 260);
    m_chart->plotLayout()->insertRow(0);
    m_chart->plotLayout()->addElement(
        0, 0,
        new QCPTextElement(m_chart, tr("Cost per month"), QFont(font().family(), 11, QFont::Bold)));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto *legend = new QLabel(
        tr("★ marks the best value of a row: the lowest cost, egress, findings, lock-in and exit "
           "cost; the highest availability and maturity. \"-\": the design has no such entry "
           "point."),
        this);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    connect(m_designs, &QListWidget::itemChanged, this, &CompareWindow::scheduleRefresh);
}

CompareWindow::~CompareWindow()
{
    for (const auto &c : m_candidates)
        disconnect(c->connection);
}

void CompareWindow::setEditors(const QList<DesignEditor *> &editors)
{
    // Keep files and the editors still open (with their check state), add the new ones.
    QSignalBlocker blocker(m_designs);
    std::vector<std::unique_ptr<Candidate>> kept;
    for (auto &c : m_candidates) {
        if (!c->editor && c->file.isEmpty())
            continue; // closed
        if (c->editor && !editors.contains(c->editor.data())) {
            disconnect(c->connection);
            continue;
        }
        kept.push_back(std::move(c));
    }
    for (DesignEditor *e : editors) {
        const bool known =
            std::any_of(kept.cbegin(), kept.cend(), [e](const auto &c) { return c->editor == e; });
        if (known)
            continue;
        auto c = std::make_unique<Candidate>();
        c->editor = e;
        c->connection = connect(e->scene(), &DesignScene::analysisChanged, this,
                                &CompareWindow::scheduleRefresh);
        kept.push_back(std::move(c));
    }
    m_candidates = std::move(kept);
    // The list: open designs first, in tab order, then files.
    std::stable_partition(m_candidates.begin(), m_candidates.end(),
                          [](const auto &c) { return bool(c->editor); });
    QHash<const Candidate *, Qt::CheckState> states;
    for (const auto &c : m_candidates) {
        if (c->item)
            states.insert(c.get(), c->item->checkState());
    }
    m_designs->clear();
    for (const auto &c : m_candidates) {
        c->item = new QListWidgetItem(m_designs);
        c->item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        c->item->setCheckState(states.value(c.get(), Qt::Checked));
    }
    scheduleRefresh();
}

bool CompareWindow::addFile(const QString &path, QString *error)
{
    auto c = std::make_unique<Candidate>();
    try {
        LoadedDesign loaded = readDesignFile(path, *m_catalog);
        if (hasErrors(loaded.diagnostics))
            throw InputError(loaded.diagnostics.front());
        c->design = std::move(loaded.design);
    } catch (const InputError &e) {
        if (error)
            *error = e.diagnostic().toString();
        return false;
    }
    c->analysis = analyzeDesign(c->design, *m_catalog);
    c->file = path;
    m_candidates.push_back(std::move(c));
    QList<DesignEditor *> editors;
    for (const auto &candidate : m_candidates) {
        if (candidate->editor)
            editors << candidate->editor.data();
    }
    setEditors(editors);
    return true;
}

std::vector<DesignFigures> CompareWindow::figures() const
{
    std::vector<DesignFigures> list;
    for (const auto &c : m_candidates) {
        if (!c->item || c->item->checkState() != Qt::Checked)
            continue;
        if (c->editor) {
            const DesignDocument *doc = c->editor->document();
            DesignFigures f =
                designFigures(doc->design(), c->editor->scene()->analysis(), doc->filePath());
            if (f.name.isEmpty())
                f.name = c->editor->displayName();
            list.push_back(std::move(f));
        } else if (c->editor.isNull() && !c->file.isEmpty()) {
            list.push_back(designFigures(c->design, c->analysis, c->file));
        }
    }
    return list;
}

QByteArray CompareWindow::exportBytes(FiguresFormat format) const
{
    return compareDesigns(figures(), format);
}

void CompareWindow::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &CompareWindow::refresh);
}

void CompareWindow::refresh()
{
    m_refreshPending = false;
    {
        // Names follow renames and saves.
        QSignalBlocker blocker(m_designs);
        int column = 0;
        for (const auto &c : m_candidates) {
            if (!c->item)
                continue;
            const bool shown = c->item->checkState() == Qt::Checked;
            const QString name = c->editor ? c->editor->displayName() : c->design.name;
            const QString where =
                c->editor ? (c->editor->document()->filePath().isEmpty() ? tr("open, not saved")
                                                                         : tr("open"))
                          : QFileInfo(c->file).fileName();
            c->item->setText(
                (shown ? columnLetter(column++) + QStringLiteral("  ") : QStringLiteral("    ")) +
                tr("%1 (%2)").arg(name, where));
        }
    }
    const std::vector<DesignFigures> f = figures();
    fillTable(f);
    fillChart(f);
}

QString CompareWindow::columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString CompareWindow::rowLabel(const ComparisonRow &row) const
{
    static const std::map<std::string, const char *> labels{
        {"services", QT_TR_NOOP("Services")},
        {"links", QT_TR_NOOP("Links")},
        {"monthly_usd", QT_TR_NOOP("Cost per month")},
        {"egress_usd", QT_TR_NOOP("Egress per month")},
        {"egress_gb", QT_TR_NOOP("Egress volume per month")},
        {"errors", QT_TR_NOOP("Compliance errors")},
        {"warnings", QT_TR_NOOP("Compliance warnings")},
        {"maturity_level", QT_TR_NOOP("Maturity level (0-4)")},
        {"lock_in_share", QT_TR_NOOP("Lock-in (proprietary share)")},
        {"exit_cost_usd", QT_TR_NOOP("Exit cost (one-off)")},
    };
    if (!row.argument.isEmpty())
        return tr("Availability of %1").arg(row.argument);
    const auto it = labels.find(row.key);
    return it == labels.end() ? row.label : tr(it->second);
}

void CompareWindow::fillTable(const std::vector<DesignFigures> &figures)
{
    const std::vector<ComparisonRow> rows = comparisonRows(figures);
    m_table->clear();
    m_table->setColumnCount(int(figures.size()));
    m_table->setRowCount(int(rows.size()));
    // Columns are lettered (the chart's bars carry the same letters); long names wrap.
    for (int c = 0; c < int(figures.size()); ++c) {
        const DesignFigures &f = figures[std::size_t(c)];
        const QString name = f.name.isEmpty() ? QFileInfo(f.file).fileName() : f.name;
        auto *header = new QTableWidgetItem(QStringLiteral("%1\n%2").arg(
            columnLetter(c), fontMetrics().elidedText(name, Qt::ElideRight, 220)));
        header->setToolTip(f.file.isEmpty() ? name : QStringLiteral("%1\n%2").arg(name, f.file));
        m_table->setHorizontalHeaderItem(c, header);
    }
    QStringList rowHeaders;
    for (const ComparisonRow &r : rows)
        rowHeaders << rowLabel(r);
    m_table->setVerticalHeaderLabels(rowHeaders);
    QColor bestColour = palette().color(QPalette::Base).lightness() > 128
                            ? QColor(0xd8, 0xf0, 0xd8)
                            : QColor(0x24, 0x4a, 0x2c);
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < int(figures.size()); ++c) {
            const bool best =
                std::find(rows[std::size_t(r)].best.cbegin(), rows[std::size_t(r)].best.cend(),
                          std::size_t(c)) != rows[std::size_t(r)].best.cend();
            auto *item = new QTableWidgetItem(rows[std::size_t(r)].cells.value(c) +
                                              (best ? QStringLiteral("  ★") : QString()));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (best) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(bestColour);
                item->setToolTip(tr("The best value of this row"));
            }
            m_table->setItem(r, c, item);
        }
    }
}

void CompareWindow::fillChart(const std::vector<DesignFigures> &figures)
{
    m_chart->clearPlottables();
    applyChartPalette(m_chart, palette());
    QVector<double> ticks;
    QVector<QString> labels;
    QVector<double> services, egress;
    double top = 0;
    for (const DesignFigures &f : figures) {
        labels << columnLetter(int(ticks.size()));
        ticks << double(ticks.size() + 1);
        services << f.monthlyUsd - f.egressUsd;
        egress << f.egressUsd;
        top = std::max(top, f.monthlyUsd);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(ticks, labels);
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(0.4, double(figures.size()) + 0.6);
    m_chart->xAxis->grid()->setVisible(false);
    m_chart->yAxis->setLabel(tr("USD per month"));
    m_chart->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    m_chart->yAxis->setNumberFormat(QStringLiteral("f"));
    m_chart->yAxis->setNumberPrecision(0);
    QCPBars *serviceBars = addBars(m_chart, tr("Services"), QColor(0x3b, 0x82, 0xf6), 0.55);
    serviceBars->setData(ticks, services);
    QCPBars *egressBars = addBars(m_chart, tr("Egress"), QColor(0xef, 0x44, 0x44), 0.55);
    egressBars->setData(ticks, egress);
    egressBars->moveAbove(serviceBars);
    m_chart->legend->setVisible(true);
    m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_chart->replot();
}

void CompareWindow::chooseFile()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add designs to compare"), QString(),
        tr("Skyplan designs, YAML specs and draw.io diagrams (*.skyplan *.yaml *.yml *.drawio "
           "*.xml);;All files (*)"));
    for (const QString &path : paths) {
        QString error;
        if (!addFile(path, &error))
            QMessageBox::warning(this, tr("Cannot compare"),
                                 tr("%1 cannot be read:\n\n%2").arg(path, error));
    }
}

void CompareWindow::exportAs(FiguresFormat format)
{
    const bool markdown = format == FiguresFormat::Markdown;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export comparison"),
        markdown ? QStringLiteral("comparison.md") : QStringLiteral("comparison.csv"),
        markdown ? tr("Markdown (*.md)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeFileAtomically(path, exportBytes(format), &error))
        QMessageBox::warning(this, tr("Cannot export"),
                             tr("%1 could not be written: %2").arg(path, error));
}

} // namespace skyplan

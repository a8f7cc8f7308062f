#include "mainwindow.h"

#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/providerstyle.h"
#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/document/commands.h"
#include "model/document/designdocument.h"
#include "model/io/designfile.h"
#include "model/layout.h"
#include "widgets/catalogpalette.h"
#include "widgets/designoverview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace skyplan {

MainWindow::MainWindow(std::shared_ptr<const Catalog> catalog, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog)),
      m_document(std::make_unique<DesignDocument>(m_catalog))
{
    m_scene = new DesignScene(m_document.get(), this);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_view = new DesignView(split);
    m_view->setScene(m_scene);
    m_overview = new DesignOverview(split);
    split->addWidget(m_view);
    split->addWidget(m_overview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({540, 360});
    setCentralWidget(split);

    auto *paletteDock = new QDockWidget(tr("Catalog"), this);
    paletteDock->setObjectName(QStringLiteral("catalogPalette"));
    m_palette = new CatalogPalette(*m_catalog, paletteDock);
    paletteDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);

    m_statusTotals = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusTotals);
    createActions();

    connect(m_scene, &DesignScene::analysisChanged, this, &MainWindow::refreshOverview);
    connect(m_document.get(), &DesignDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_scene, &DesignScene::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    resize(1440, 900);
    QTimer::singleShot(0, m_view, &DesignView::fitToView);
    refreshOverview();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QUndoStack *stack = m_document->undoStack();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Delete"), QKeySequence::Delete, this, &MainWindow::deleteSelection);
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this, [this] {
        QSet<QString> all;
        for (const PlacedService &s : m_document->design().services())
            all.insert(s.id);
        m_document->setSelection(all);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { m_view->zoomBy(1.25); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { m_view->zoomBy(0.8); });
    view->addAction(tr("&Fit to View"), QKeySequence(Qt::CTRL | Qt::Key_0), m_view,
                    &DesignView::fitToView);
}

bool MainWindow::openFile(const QString &path)
{
    try {
        LoadedDesign loaded = readDesignFile(path, *m_catalog);
        if (hasErrors(loaded.diagnostics)) {
            QStringList lines;
            for (const Diagnostic &d : loaded.diagnostics)
                lines << d.toString();
            QMessageBox::warning(
                this, tr("Cannot open design"),
                tr("%1 refers to things the catalog does not know:\n\n%2")
                    .arg(QFileInfo(path).fileName(), lines.join(QLatin1Char('\n'))));
            return false;
        }
        layoutIfUnplaced(loaded.design);
        m_document->resetDesign(std::move(loaded.design)); // the scene re-analyses
        // A YAML spec or a bundled resource is not where Save should write.
        const bool native = designFormatFor(path, QByteArray()) == DesignFormat::Skyplan &&
                            !path.startsWith(QLatin1Char(':'));
        m_document->setFilePath(native ? path : QString());
        m_document->markSaved();
        updateTitle();
        QTimer::singleShot(10, m_view, &DesignView::fitToView);
        return true;
    } catch (const InputError &e) {
        QMessageBox::warning(this, tr("Cannot open design"), e.diagnostic().toString());
        return false;
    }
}

void MainWindow::chooseFile()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open design"), QFileInfo(m_document->filePath()).absolutePath(),
        tr("Skyplan designs and YAML specs (*.skyplan *.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!writeFileAtomically(m_document->filePath(), skyplanfile::write(m_document->design()),
                             &error)) {
        QMessageBox::warning(this, tr("Cannot save"),
                             tr("%1 could not be written: %2\nThe previous file is unchanged.")
                                 .arg(m_document->filePath(), error));
        return false;
    }
    m_document->markSaved();
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save design"), m_document->design().name + QStringLiteral(".skyplan"),
        tr("Skyplan designs (*.skyplan)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".skyplan")))
        path += QStringLiteral(".skyplan");
    m_document->setFilePath(path);
    return save();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved.").arg(m_document->design().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::deleteSelection()
{
    const QStringList services(m_document->selectedServices().cbegin(),
                               m_document->selectedServices().cend());
    const QStringList links(m_document->selectedLinks().cbegin(),
                            m_document->selectedLinks().cend());
    if (!services.isEmpty() || !links.isEmpty())
        m_document->undoStack()->push(new RemoveItemsCommand(m_document.get(), services, links));
}

void MainWindow::refreshOverview()
{
    const Design &design = m_document->design();
    const DesignAnalysis &analysis = m_scene->analysis();
    m_overview->showDesign(design, analysis, *m_catalog);
    QString availability = tr("no entry points");
    if (!analysis.availability.entryPoints.empty()) {
        double worst = 1;
        for (const EntryPointAvailability &e : analysis.availability.entryPoints)
            worst = std::min(worst, e.availability);
        availability = tr("availability %1%").arg(worst * 100, 0, 'f', 3);
    }
    m_statusTotals->setText(
        tr("Monthly %1 · egress %2 · %3 · %4 errors, %5 warnings · maturity level %6 · services %7")
            .arg(formatUsd(analysis.cost.monthly), formatUsd(analysis.egress.monthlyUsd),
                 availability)
            .arg(analysis.compliance.count(Severity::Error))
            .arg(analysis.compliance.count(Severity::Warning))
            .arg(analysis.maturity.level)
            .arg(design.services().size()));
}

void MainWindow::updateTitle()
{
    const QString name =
        m_document->design().name.isEmpty() ? tr("Untitled design") : m_document->design().name;
    setWindowTitle(tr("%1[*] — Skyplan").arg(name));
    setWindowModified(m_document->isModified());
}

} // namespace skyplan

#include "mainwindow.h"

#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/io/designfile.h"
#include "widgets/designoverview.h"
#include "widgets/providerstyle.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include <algorithm>

namespace skyplan {

MainWindow::MainWindow(std::shared_ptr<const Catalog> catalog, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog))
{
    m_overview = new DesignOverview(this);
    setCentralWidget(m_overview);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open..."), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_statusTotals = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusTotals);
    resize(1280, 800);
    showCurrent();
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
        m_design = std::move(loaded.design);
        m_path = path;
        showCurrent();
        return true;
    } catch (const InputError &e) {
        QMessageBox::warning(this, tr("Cannot open design"), e.diagnostic().toString());
        return false;
    }
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open design"), QFileInfo(m_path).absolutePath(),
        tr("Skyplan designs and YAML specs (*.skyplan *.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showCurrent()
{
    const DesignAnalysis analysis = analyzeDesign(m_design, *m_catalog);
    m_overview->showDesign(m_design, analysis, *m_catalog);
    const QString name = m_design.name.isEmpty() ? tr("Untitled design") : m_design.name;
    setWindowTitle(tr("%1 — Skyplan").arg(name));
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
            .arg(m_design.services().size()));
}

} // namespace skyplan

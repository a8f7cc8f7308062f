#include "exportimagedialog.h"
#include "mainwindow.h"
#include "widgets/pdfreport.h"

#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "model/catalog/catalog.h"
#include "model/document/designdocument.h"
#include "model/io/designfile.h"
#include "model/io/drawio.h"
#include "model/io/report.h"
#include "model/layout.h"
#include "preferencesdialog.h"
#include "recoverydialog.h"
#include "settingskeys.h"
#include "widgets/designeditor.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

// The main window's file commands: open, import, save, export, recent files, dropped files.

namespace skyplan {

namespace {

/// The first bytes of a file, enough to tell its format by content (a draw.io .xml).
QByteArray fileHead(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
}

} // namespace

bool MainWindow::openFile(const QString &path)
{
    const QString absolute =
        path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < editorCount(); ++i) {
        if (!editor(i)->document()->filePath().isEmpty() &&
            editor(i)->document()->filePath() == absolute) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    LoadedDesign loaded;
    try {
        loaded = readDesignFile(path, *m_catalog);
    } catch (const InputError &e) {
        showProblem(tr("Cannot open design"),
                    tr("%1 was not opened; the open designs are unchanged.\n\n%2")
                        .arg(QFileInfo(path).fileName(), e.diagnostic().toString()));
        return false;
    }
    layoutIfUnplaced(loaded.design);
    // Reuse the current tab while it holds an untouched empty design.
    DesignEditor *e = currentEditor();
    if (!e || e->document()->isModified() || !e->document()->design().services().empty() ||
        !e->document()->filePath().isEmpty())
        e = addEditor();
    e->document()->resetDesign(std::move(loaded.design));
    // A YAML spec or a bundled resource is not where Save should write.
    const bool native = designFormatFor(path, fileHead(path)) == DesignFormat::Skyplan &&
                        !path.startsWith(QLatin1Char(':'));
    e->document()->setFilePath(native ? absolute : QString());
    e->document()->markSaved();
    if (!path.startsWith(QLatin1Char(':')))
        addRecentFile(absolute);
    // References the catalog does not know (a service or region removed since the design was
    // saved) do not stop the design from opening: the services stay, marked on the canvas,
    // and the analyses treat them as unpriced.
    if (hasErrors(loaded.diagnostics)) {
        QStringList lines;
        for (const Diagnostic &d : loaded.diagnostics) {
            if (lines.size() == 20) {
                lines << tr("(and %1 more)").arg(loaded.diagnostics.size() - 20);
                break;
            }
            lines << d.toString();
        }
        showProblem(tr("Opened with problems"),
                    tr("%1 refers to things the catalog does not know. The services are kept "
                       "and marked on the canvas; fix them in the property editor.\n\n%2")
                        .arg(QFileInfo(path).fileName(), lines.join(QLatin1Char('\n'))));
    } else if (designFormatFor(path, fileHead(path)) == DesignFormat::Drawio &&
               !loaded.diagnostics.empty()) {
        // A diagram drawn for people: say what did not become part of the design.
        QStringList lines;
        for (const Diagnostic &d : loaded.diagnostics)
            lines << d.message;
        if (lines.size() > 20) {
            const qsizetype more = lines.size() - 20;
            lines.resize(20);
            lines << tr("(and %1 more)").arg(more);
        }
        showProblem(
            tr("Imported with notes"),
            tr("%1 was imported: %2, %3. Not everything in the diagram is a catalog "
               "service or a data flow between two:\n\n%4")
                .arg(QFileInfo(path).fileName(),
                     tr("%n service(s)", nullptr, int(e->document()->design().services().size())),
                     tr("%n link(s)", nullptr, int(e->document()->design().links().size())),
                     lines.join(QLatin1Char('\n'))));
    }
    updateTitle();
    refreshStatus();
    QTimer::singleShot(0, e->view(), &DesignView::fitToView);
    return true;
}

void MainWindow::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open design"), settings.value(QLatin1String(settingskeys::lastFolder)).toString(),
        tr("Skyplan designs, YAML specs and draw.io diagrams (*.skyplan *.yaml *.yml *.drawio "
           "*.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(settingskeys::lastFolder), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::importSpec()
{
    chooseAndOpen(tr("Import YAML allocation spec"),
                  tr("YAML allocation specs (*.yaml *.yml);;All files (*)"));
}

QString MainWindow::askExportPath(const QString &title, const QString &suffix,
                                  const QString &filter)
{
    const DesignEditor *e = currentEditor();
    QString path = QFileDialog::getSaveFileName(this, title, e->displayName() + suffix, filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive) &&
        !(suffix == QLatin1String(".yaml") && path.endsWith(QLatin1String(".yml"))))
        path += suffix;
    return path;
}

void MainWindow::chooseExportSpec()
{
    if (!currentEditor())
        return;
    const QString path = askExportPath(tr("Export YAML allocation spec"), QStringLiteral(".yaml"),
                                       tr("YAML allocation specs (*.yaml *.yml)"));
    if (!path.isEmpty())
        exportSpec(currentEditor(), path);
}

bool MainWindow::exportSpec(DesignEditor *e, const QString &path)
{
    return writeExport(
        path,
        yamlspec::write(e->document()->design(), summaryToTree(e->scene()->analysis(), *m_catalog)),
        QString(), tr("Exported the YAML spec to %1").arg(path));
}

bool MainWindow::writeExport(const QString &path, const QByteArray &bytes, QString error,
                             const QString &done)
{
    if (bytes.isEmpty() || !writeFileAtomically(path, bytes, &error)) {
        showProblem(tr("Cannot export"), tr("%1 could not be written: %2").arg(path, error));
        return false;
    }
    showMessage(done);
    return true;
}

void MainWindow::chooseAndOpen(const QString &title, const QString &filter)
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, title, settings.value(QLatin1String(settingskeys::lastFolder)).toString(), filter);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importDrawio()
{
    chooseAndOpen(tr("Import draw.io diagram"),
                  tr("draw.io diagrams (*.drawio *.xml);;All files (*)"));
}

void MainWindow::chooseExportDrawio()
{
    if (!currentEditor())
        return;
    const QString path = askExportPath(tr("Export draw.io diagram"), QStringLiteral(".drawio"),
                                       tr("draw.io diagrams (*.drawio)"));
    if (!path.isEmpty())
        exportDrawio(currentEditor(), path);
}

bool MainWindow::exportDrawio(DesignEditor *e, const QString &path)
{
    return writeExport(path, drawio::write(e->document()->design(), *m_catalog), QString(),
                       tr("Exported a draw.io diagram to %1").arg(path));
}

void MainWindow::chooseExportImage()
{
    DesignEditor *e = currentEditor();
    if (!e)
        return;
    ExportImageDialog options(e->scene(), this);
    if (options.exec() != QDialog::Accepted)
        return;
    const ImageExportOptions o = options.options();
    const QString path = askExportPath(tr("Export image"), ExportImageDialog::suffix(o.format),
                                       ExportImageDialog::filter(o.format));
    if (!path.isEmpty())
        exportImage(e, path, o);
}

bool MainWindow::exportImage(DesignEditor *e, const QString &path,
                             const ImageExportOptions &options)
{
    ImageExportOptions o = options;
    o.title = e->displayName();
    QString error;
    const QByteArray bytes = renderDesignImage(e->scene(), o, &error);
    return writeExport(path, bytes, error, tr("Exported the canvas to %1").arg(path));
}

void MainWindow::chooseExportReport()
{
    if (!currentEditor())
        return;
    const QString path = askExportPath(tr("Export PDF report"), QStringLiteral(".pdf"),
                                       ExportImageDialog::filter(ImageFormat::Pdf));
    if (!path.isEmpty())
        exportReport(currentEditor(), path);
}

bool MainWindow::exportReport(DesignEditor *e, const QString &path)
{
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // Paper is light whatever the window's theme.
    const Theme theme =
        themeFromString(QSettings().value(QLatin1String(settingskeys::theme)).toString());
    if (theme != Theme::Light)
        applyTheme(Theme::Light);
    const QByteArray bytes = renderPdfReport(e, &error);
    if (theme != Theme::Light)
        applyTheme(theme);
    QGuiApplication::restoreOverrideCursor();
    return writeExport(path, bytes, error, tr("Wrote the report to %1").arg(path));
}

bool MainWindow::saveTo(DesignEditor *e, const QString &path)
{
    QString error;
    if (!writeFileAtomically(path, skyplanfile::write(e->document()->design()), &error)) {
        QMessageBox::warning(
            this, tr("Cannot save"),
            tr("%1 could not be written: %2\nThe previous file is unchanged.").arg(path, error));
        return false;
    }
    e->document()->setFilePath(QFileInfo(path).absoluteFilePath());
    e->document()->markSaved();
    addRecentFile(e->document()->filePath());
    showMessage(tr("Saved %1").arg(path));
    return true;
}

bool MainWindow::save(DesignEditor *e)
{
    if (!e)
        return false;
    if (e->document()->filePath().isEmpty())
        return saveAs(e);
    return saveTo(e, e->document()->filePath());
}

bool MainWindow::saveAs(DesignEditor *e)
{
    if (!e)
        return false;
    QSettings settings;
    const QString folder = e->document()->filePath().isEmpty()
                               ? settings.value(QLatin1String(settingskeys::lastFolder)).toString()
                               : QFileInfo(e->document()->filePath()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save design"),
                                                folder + QLatin1Char('/') + e->displayName() +
                                                    QStringLiteral(".skyplan"),
                                                tr("Skyplan designs (*.skyplan)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".skyplan")))
        path += QStringLiteral(".skyplan");
    settings.setValue(QLatin1String(settingskeys::lastFolder), QFileInfo(path).absolutePath());
    return saveTo(e, path);
}

bool MainWindow::maybeSave(DesignEditor *e)
{
    if (!e || !e->document()->isModified())
        return true;
    m_tabs->setCurrentWidget(e);
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("%1 has changes that are not saved.").arg(e->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save(e);
    return answer == QMessageBox::Discard;
}

int MainWindow::offerRecovery()
{
    const QList<RecoverableDesign> designs = m_autosaver->recoverable();
    if (designs.isEmpty())
        return 0;
    RecoveryDialog dialog(designs, this);
    dialog.exec();
    switch (dialog.decision()) {
    case RecoveryDialog::Decision::Restore:
        for (const RecoverableDesign &d : dialog.unchecked())
            Autosaver::discard(d);
        return restoreDesigns(dialog.checked());
    case RecoveryDialog::Decision::Discard:
        for (const RecoverableDesign &d : designs)
            Autosaver::discard(d);
        return 0;
    case RecoveryDialog::Decision::Later:
        break;
    }
    return 0;
}

int MainWindow::restoreDesigns(const QList<RecoverableDesign> &designs)
{
    int restored = 0;
    for (const RecoverableDesign &d : designs) {
        LoadedDesign loaded;
        try {
            loaded = readDesignFile(d.snapshotPath, *m_catalog);
        } catch (const InputError &error) {
            showProblem(tr("Cannot restore"),
                        tr("The autosaved copy of %1 could not be read; it stays in %2.\n\n%3")
                            .arg(d.name, d.snapshotPath, error.diagnostic().toString()));
            continue;
        }
        DesignEditor *e = currentEditor();
        if (!e || e->document()->isModified() || !e->document()->design().services().empty() ||
            !e->document()->filePath().isEmpty())
            e = addEditor();
        e->document()->resetDesign(std::move(loaded.design));
        e->document()->setFilePath(d.originalPath);
        // The restored changes are not saved anywhere yet: the tab shows them as modified and
        // Save writes them where the design was saved before.
        e->document()->undoStack()->resetClean();
        Autosaver::discard(d);
        ++restored;
        QTimer::singleShot(0, e->view(), &DesignView::fitToView);
    }
    if (restored > 0) {
        updateTitle();
        refreshStatus();
        showMessage(tr("Restored %n autosaved design(s)", nullptr, restored));
    }
    return restored;
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setAutosaveSeconds(Autosaver::configuredIntervalSeconds());
    QSettings settings;
    const QString language = settings.value(QLatin1String(settingskeys::language)).toString();
    dialog.setLanguage(language);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.language() != (language.isEmpty() ? QStringLiteral("system") : language)) {
        settings.setValue(QLatin1String(settingskeys::language), dialog.language());
        showMessage(tr("The new language shows the next time Skyplan starts."));
    }
    Autosaver::setConfiguredIntervalSeconds(dialog.autosaveSeconds());
    m_autosaver->setInterval(dialog.autosaveSeconds() * 1000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QLatin1String(settingskeys::recentFiles)).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > settingskeys::maxRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(settingskeys::recentFiles), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        m_recentMenu
            ->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                        [this, path] { openFile(path); })
            ->setToolTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(QLatin1String(settingskeys::recentFiles));
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace skyplan

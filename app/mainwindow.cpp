#include "mainwindow.h"
#include "presentationwindow.h"
#include "templatedialog.h"
#include "widgets/comparewindow.h"

#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/minimapview.h"
#include "canvas/providerstyle.h"
#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/document/changevaluetraits.h"
#include "model/document/commands.h"
#include "model/document/designdocument.h"
#include "model/io/designfile.h"
#include "model/io/report.h"
#include "model/layout.h"
#include "settingskeys.h"
#include "widgets/analysispanel.h"
#include "widgets/availabilitypanel.h"
#include "widgets/catalogpalette.h"
#include "widgets/compliancepanel.h"
#include "widgets/costpanel.h"
#include "widgets/designeditor.h"
#include "widgets/egresspanel.h"
#include "widgets/maturitypanel.h"
#include "widgets/organizationdialog.h"
#include "widgets/propertyeditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

namespace skyplan {

MainWindow::MainWindow(std::shared_ptr<const Catalog> catalog, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog))
{
    setAcceptDrops(true);
    m_autosaver = new Autosaver(Autosaver::defaultFolder(), this);
    connect(m_autosaver, &Autosaver::failed, this, &MainWindow::showMessage);
    m_undoGroup = new QUndoGroup(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(m_tabs);

    m_statusTotals = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusTotals);
    createDocks();
    createActions();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closeEditor(editor(index)); });

    resize(1440, 900);
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(settingskeys::windowGeometry)).toByteArray());
    restoreState(settings.value(QLatin1String(settingskeys::windowState)).toByteArray());
    updateRecentMenu();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Docks point at the current editor's scene; detach them before the tabs go.
    showInDocks(nullptr);
    for (const QMetaObject::Connection &c : std::as_const(m_editorConnections))
        disconnect(c);
}

void MainWindow::createDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    const auto dock = [this](const QString &title, const char *name, QWidget *widget,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name)); // saveState() needs it
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new CatalogPalette(*m_catalog, this);
    dock(tr("Catalog"), "catalogDock", m_palette, Qt::LeftDockWidgetArea);
    m_properties = new PropertyEditor(this);
    QDockWidget *properties =
        dock(tr("Properties"), "propertiesDock", m_properties, Qt::RightDockWidgetArea);
    m_history = new QUndoView(m_undoGroup, this);
    m_history->setEmptyLabel(tr("<opened>"));
    QDockWidget *history = dock(tr("History"), "historyDock", m_history, Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, history);
    properties->raise();
    m_minimap = new MiniMapView(this);
    QDockWidget *minimap =
        dock(tr("Overview map"), "minimapDock", m_minimap, Qt::RightDockWidgetArea);
    m_cost = new CostPanel(this);
    // In a scroll area, so the dock can be made small and the canvas large.
    auto *costScroll = new QScrollArea(this);
    costScroll->setWidgetResizable(true);
    costScroll->setFrameShape(QFrame::NoFrame);
    costScroll->setWidget(m_cost);
    m_cost->setMinimumHeight(560);
    QDockWidget *overview = dock(tr("Cost"), "overviewDock", costScroll, Qt::BottomDockWidgetArea);
    m_egress = new EgressPanel(this);
    QDockWidget *egress = dock(tr("Egress"), "egressDock", m_egress, Qt::BottomDockWidgetArea);
    m_compliance = new CompliancePanel(this);
    QDockWidget *compliance =
        dock(tr("Compliance"), "complianceDock", m_compliance, Qt::BottomDockWidgetArea);
    m_availability = new AvailabilityPanel(this);
    QDockWidget *availability =
        dock(tr("Availability"), "availabilityDock", m_availability, Qt::BottomDockWidgetArea);
    m_maturity = new MaturityPanel(this);
    QDockWidget *maturity =
        dock(tr("Maturity"), "maturityDock", m_maturity, Qt::BottomDockWidgetArea);
    // A panel behind another tab waits until it is brought to the front to refill.
    const std::pair<QDockWidget *, AnalysisPanel *> panels[] = {{overview, m_cost},
                                                                {egress, m_egress},
                                                                {availability, m_availability},
                                                                {compliance, m_compliance},
                                                                {maturity, m_maturity}};
    for (const auto &[d, panel] : panels) {
        connect(d, &QDockWidget::visibilityChanged, panel, &AnalysisPanel::setOnScreen);
        m_panels << panel;
    }
    tabifyDockWidget(overview, egress);
    tabifyDockWidget(egress, availability);
    tabifyDockWidget(availability, compliance);
    tabifyDockWidget(compliance, maturity);
    overview->raise();
    // Side docks run the full height; the canvas gets most of the window.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({properties}, {360}, Qt::Horizontal);
    resizeDocks({properties, minimap}, {640, 190}, Qt::Vertical);
    resizeDocks({overview}, {400}, Qt::Vertical);
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto editorAction = [this](QAction *a) {
        m_editorActions << a;
        return a;
    };
    const auto selectionAction = [this](QAction *a) {
        m_selectionActions << a;
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        file->addAction(tr("&New"), QKeySequence::New, this, [this] { newDesign(); });
    file->addAction(tr("New from &Template..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                    this, &MainWindow::chooseTemplate);
    QAction *open =
        file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::chooseFile);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Import YAML Spec..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                    this, &MainWindow::importSpec);
    file->addAction(tr("Import &draw.io Diagram..."), this, &MainWindow::importDrawio);
    file->addSeparator();
    QAction *saveAction = editorAction(
        file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(currentEditor()); }));
    editorAction(file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this,
                                 [this] { saveAs(currentEditor()); }));
    editorAction(file->addAction(tr("&Export YAML Spec..."),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                                 &MainWindow::chooseExportSpec));
    editorAction(
        file->addAction(tr("Export draw.io Dia&gram..."), this, &MainWindow::chooseExportDrawio));
    editorAction(file->addAction(tr("Export &Image..."), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                 &MainWindow::chooseExportImage));
    editorAction(
        file->addAction(tr("Export PDF &Report..."), this, &MainWindow::chooseExportReport));
    file->addSeparator();
    editorAction(file->addAction(tr("&Close"), QKeySequence::Close, this,
                                 [this] { closeEditor(currentEditor()); }));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    selectionAction(
        edit->addAction(tr("Cu&t"), QKeySequence::Cut, this, [this] { currentEditor()->cut(); }));
    selectionAction(edit->addAction(tr("&Copy"), QKeySequence::Copy, this,
                                    [this] { currentEditor()->copy(); }));
    editorAction(edit->addAction(tr("&Paste"), QKeySequence::Paste, this,
                                 [this] { currentEditor()->paste(); }));
    selectionAction(edit->addAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                                    [this] { currentEditor()->duplicate(); }));
    QAction *del = selectionAction(edit->addAction(tr("&Delete"), QKeySequence::Delete, this,
                                                   [this] { currentEditor()->deleteSelection(); }));
    editorAction(edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this,
                                 [this] { currentEditor()->selectAll(); }));
    edit->addSeparator();
    createArrangeMenu(edit);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pre&ferences..."), QKeySequence::Preferences, this,
                                           &MainWindow::editPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *design = menuBar()->addMenu(tr("&Design"));
    editorAction(
        design->addAction(tr("&Organisation Profile..."), this, &MainWindow::editOrganization));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn =
        editorAction(m_viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this,
                                           [this] { currentEditor()->view()->zoomBy(1.25); }));
    QAction *zoomOut =
        editorAction(m_viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this,
                                           [this] { currentEditor()->view()->zoomBy(0.8); }));
    QAction *fit =
        editorAction(m_viewMenu->addAction(tr("&Fit to View"), QKeySequence(Qt::CTRL | Qt::Key_0),
                                           this, [this] { currentEditor()->view()->fitToView(); }));
    m_viewMenu->addSeparator();
    editorAction(m_viewMenu->addAction(tr("&Present"), QKeySequence(Qt::Key_F5), this,
                                       [this] { present(); }));
    m_viewsMenu = m_viewMenu->addMenu(tr("Saved &Views"));
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &MainWindow::fillViewsMenu);
    m_viewMenu->addAction(tr("&Compare Designs..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                          this, [this] { showCompare(); });
    createViewMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Skyplan"), this, [this] {
        QMessageBox::about(
            this, tr("About Skyplan"),
            tr("<h3>Skyplan %1</h3><p>Design multi-cloud AI/ML infrastructure and see, as you "
               "edit, what it costs, how available it is, which rules it breaks and how mature "
               "it is.</p><p>Prices and SLAs come from the catalogs in the application (each "
               "with its source and date); Skyplan never goes online.</p>")
                .arg(QApplication::applicationVersion()));
    });

    for (QAction *a : {newAction, open, saveAction})
        toolbar->addAction(a);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addAction(del);
    toolbar->addSeparator();
    for (QAction *a : {zoomIn, zoomOut, fit})
        toolbar->addAction(a);
}

void MainWindow::createArrangeMenu(QMenu *edit)
{
    QMenu *arrange = edit->addMenu(tr("A&rrange"));
    const std::pair<QString, Alignment> alignments[] = {
        {tr("Align &Left Edges"), Alignment::Left},
        {tr("Align &Horizontal Centres"), Alignment::HorizontalCenter},
        {tr("Align &Right Edges"), Alignment::Right},
        {tr("Align &Top Edges"), Alignment::Top},
        {tr("Align &Vertical Centres"), Alignment::VerticalCenter},
        {tr("Align &Bottom Edges"), Alignment::Bottom},
    };
    for (const auto &[text, alignment] : alignments) {
        m_selectionActions << arrange->addAction(
            text, this, [this, a = alignment] { currentEditor()->align(a); });
    }
    arrange->addSeparator();
    m_selectionActions << arrange->addAction(tr("Distribute Hori&zontally"), this, [this] {
        currentEditor()->distribute(Distribution::Horizontal);
    });
    m_selectionActions << arrange->addAction(tr("Distribute V&ertically"), this, [this] {
        currentEditor()->distribute(Distribution::Vertical);
    });
}

void MainWindow::createViewMenu()
{
    m_viewMenu->addSeparator();
    QMenu *panels = m_viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        panels->addAction(d->toggleViewAction());
    QMenu *theme = m_viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QString current =
        QSettings().value(QLatin1String(settingskeys::theme), QStringLiteral("system")).toString();
    const std::pair<QString, Theme> themes[] = {
        {tr("Follow the &System"), Theme::System},
        {tr("&Light"), Theme::Light},
        {tr("&Dark"), Theme::Dark},
    };
    for (const auto &[text, value] : themes) {
        QAction *a = theme->addAction(text, this, [this, t = value] { setTheme(t); });
        a->setCheckable(true);
        a->setChecked(themeToString(value) == current);
        m_themeGroup->addAction(a);
    }
}

void MainWindow::editOrganization()
{
    DesignEditor *e = currentEditor();
    if (!e)
        return;
    auto *dialog = new OrganizationDialog(e->document()->design().organization, *m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, editor = QPointer<DesignEditor>(e)] {
        if (!editor)
            return;
        DesignDocument *doc = editor->document();
        const OrganizationProfile profile = dialog->profile();
        if (profile == doc->design().organization)
            return;
        doc->undoStack()->push(
            new ChangeValueCommand<valuetraits::Organization>(doc, {QString()}, profile));
    });
    dialog->open();
}

void MainWindow::showPanel(const QString &name)
{
    const QString dockName = name == QLatin1String("cost") ? QStringLiteral("overviewDock")
                                                           : name + QStringLiteral("Dock");
    if (auto *d = findChild<QDockWidget *>(dockName)) {
        d->show();
        d->raise();
    }
}

void MainWindow::setTheme(Theme theme)
{
    QSettings().setValue(QLatin1String(settingskeys::theme), themeToString(theme));
    applyTheme(theme);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Canvas items and charts read the palette when they paint; repaint them all.
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < editorCount(); ++i)
            editor(i)->scene()->update();
        m_cost->setEditor(currentEditor()); // redraws its charts in the new colours
    }
    QMainWindow::changeEvent(event);
}

DesignEditor *MainWindow::addEditor()
{
    auto *e = new DesignEditor(m_catalog, m_tabs);
    m_undoGroup->addStack(e->document()->undoStack());
    m_autosaver->watch(e->document());
    const int index = m_tabs->addTab(e, e->displayName());
    const auto retitle = [this, e] {
        const int i = m_tabs->indexOf(e);
        if (i < 0)
            return;
        m_tabs->setTabText(i, e->displayName() +
                                  (e->document()->isModified() ? QStringLiteral(" *") : QString()));
        m_tabs->setTabToolTip(i, e->document()->filePath());
        if (e == currentEditor())
            updateTitle();
    };
    connect(e->document(), &DesignDocument::modifiedChanged, this, retitle);
    connect(e->document(), &DesignDocument::filePathChanged, this, retitle);
    connect(e->document(), &DesignDocument::changed, this, [retitle](const DesignChange &c) {
        if (c.kind == DesignChange::Kind::Reset || c.kind == DesignChange::Kind::DesignChanged)
            retitle();
    });
    connect(e, &DesignEditor::message, this, &MainWindow::showMessage);
    QTimer::singleShot(0, this, &MainWindow::syncCompare);
    m_tabs->setCurrentIndex(index);
    return e;
}

DesignEditor *MainWindow::newDesign()
{
    DesignEditor *e = addEditor();
    Design design;
    design.name = tr("Untitled design");
    e->document()->resetDesign(std::move(design));
    updateTitle();
    return e;
}

CompareWindow *MainWindow::showCompare()
{
    if (!m_compare) {
        m_compare = new CompareWindow(m_catalog, this);
        syncCompare();
    }
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return m_compare;
}

void MainWindow::syncCompare()
{
    if (!m_compare)
        return;
    QList<DesignEditor *> editors;
    for (int i = 0; i < editorCount(); ++i)
        editors << editor(i);
    m_compare->setEditors(editors);
}

PresentationWindow *MainWindow::present()
{
    DesignEditor *e = currentEditor();
    if (!e)
        return nullptr;
    if (m_presentation)
        m_presentation->close();
    m_presentation = new PresentationWindow(e, this);
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    return m_presentation;
}

SavedView MainWindow::currentViewport(const QString &name) const
{
    SavedView v;
    v.name = name;
    if (const DesignEditor *e = currentEditor()) {
        const QRectF area = e->view()->mapToScene(e->view()->viewport()->rect()).boundingRect();
        v.x = std::round(area.x());
        v.y = std::round(area.y());
        v.width = std::max(1.0, std::round(area.width()));
        v.height = std::max(1.0, std::round(area.height()));
    }
    return v;
}

void MainWindow::saveView(const SavedView &view)
{
    DesignEditor *e = currentEditor();
    if (!e)
        return;
    DesignDocument *doc = e->document();
    std::vector<SavedView> views = doc->design().views;
    const auto same = std::find_if(views.begin(), views.end(),
                                   [&](const SavedView &v) { return v.name == view.name; });
    if (same != views.end())
        *same = view;
    else
        views.push_back(view);
    setViews(doc, views, tr("Save view \"%1\"").arg(view.name));
}

void MainWindow::setViews(DesignDocument *doc, const std::vector<SavedView> &views,
                          const QString &text)
{
    // A macro each: saving and deleting views are separate steps (value commands merge).
    doc->undoStack()->beginMacro(text);
    doc->undoStack()->push(new ChangeValueCommand<valuetraits::Views>(doc, {QString()}, views));
    doc->undoStack()->endMacro();
}

const SavedView *MainWindow::viewAt(int index) const
{
    const DesignEditor *e = currentEditor();
    if (!e || index < 0 || index >= int(e->document()->design().views.size()))
        return nullptr;
    return &e->document()->design().views[std::size_t(index)];
}

void MainWindow::deleteView(int index)
{
    if (!viewAt(index))
        return;
    DesignDocument *doc = currentEditor()->document();
    std::vector<SavedView> views = doc->design().views;
    const QString name = views[std::size_t(index)].name;
    views.erase(views.begin() + index);
    setViews(doc, views, tr("Delete view \"%1\"").arg(name));
}

void MainWindow::goToView(int index)
{
    if (const SavedView *v = viewAt(index))
        currentEditor()->view()->fitArea(QRectF(v->x, v->y, v->width, v->height));
}

void MainWindow::fillViewsMenu()
{
    m_viewsMenu->clear();
    DesignEditor *e = currentEditor();
    QAction *save =
        m_viewsMenu->addAction(tr("&Save Current View..."), this, &MainWindow::chooseSaveView);
    save->setEnabled(e);
    if (!e)
        return;
    const std::vector<SavedView> &views = e->document()->design().views;
    if (views.empty()) {
        m_viewsMenu->addAction(tr("(no saved views: zoom to a part of the design and save it)"))
            ->setEnabled(false);
        return;
    }
    m_viewsMenu->addSeparator();
    for (int i = 0; i < int(views.size()); ++i)
        m_viewsMenu->addAction(views[std::size_t(i)].name, this, [this, i] { goToView(i); });
    QMenu *remove = m_viewsMenu->addMenu(tr("&Delete View"));
    for (int i = 0; i < int(views.size()); ++i)
        remove->addAction(views[std::size_t(i)].name, this, [this, i] { deleteView(i); });
}

void MainWindow::chooseSaveView()
{
    DesignEditor *e = currentEditor();
    if (!e)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Save View"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    auto *name =
        new QLineEdit(tr("View %1").arg(e->document()->design().views.size() + 1), &dialog);
    form->addRow(tr("&Name:"), name);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The visible part of the canvas is saved. While presenting "
                                    "(F5), this view hides:"),
                                 &dialog));
    const std::pair<const char *, QString> layers[] = {
        {"frames", tr("Region frames")}, {"data", tr("Data flows")},
        {"requests", tr("Requests")},    {"replication", tr("Replication links")},
        {"labels", tr("Link labels")},
    };
    QList<QPair<QString, QCheckBox *>> boxes;
    for (const auto &[key, text] : layers) {
        auto *box = new QCheckBox(text, &dialog);
        layout->addWidget(box);
        boxes << qMakePair(QString::fromLatin1(key), box);
    }
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return;
    SavedView view = currentViewport(name->text().trimmed());
    for (const auto &[key, box] : std::as_const(boxes)) {
        if (box->isChecked())
            view.hiddenLayers << key;
    }
    saveView(view);
    showMessage(tr("Saved the view \"%1\"; F5 presents it").arg(view.name));
}

void MainWindow::chooseTemplate()
{
    TemplateDialog dialog(m_catalog, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        newFromTemplate(dialog.chosenPath());
}

DesignEditor *MainWindow::newFromTemplate(const QString &path)
{
    if (!openFile(path))
        return nullptr;
    // openFile keeps no file for a resource: Save asks where, like a new design.
    showMessage(tr("New design from the template \"%1\"").arg(currentEditor()->displayName()));
    return currentEditor();
}

DesignEditor *MainWindow::currentEditor() const
{
    return qobject_cast<DesignEditor *>(m_tabs->currentWidget());
}

DesignEditor *MainWindow::editor(int index) const
{
    return qobject_cast<DesignEditor *>(m_tabs->widget(index));
}

int MainWindow::editorCount() const
{
    return m_tabs->count();
}

void MainWindow::setCurrentEditor(DesignEditor *editor)
{
    m_tabs->setCurrentWidget(editor);
}

void MainWindow::showInDocks(DesignEditor *e)
{
    m_properties->setScene(e ? e->scene() : nullptr);
    m_minimap->setMainView(e ? e->view() : nullptr);
    for (AnalysisPanel *panel : std::as_const(m_panels))
        panel->setEditor(e);
}

void MainWindow::currentTabChanged()
{
    for (const QMetaObject::Connection &c : std::as_const(m_editorConnections))
        disconnect(c);
    m_editorConnections.clear();
    DesignEditor *e = currentEditor();
    showInDocks(e);
    if (e) {
        m_undoGroup->setActiveStack(e->document()->undoStack());
        m_editorConnections << connect(e->scene(), &DesignScene::analysisChanged, this,
                                       &MainWindow::refreshStatus)
                            << connect(e->document(), &DesignDocument::selectionChanged, this,
                                       &MainWindow::updateActions);
    } else {
        m_undoGroup->setActiveStack(nullptr);
    }
    refreshStatus();
    updateActions();
    updateTitle();
}

bool MainWindow::closeEditor(DesignEditor *e)
{
    if (!e || !maybeSave(e))
        return false;
    m_autosaver->forget(e->document());
    m_undoGroup->removeStack(e->document()->undoStack());
    if (e == currentEditor())
        showInDocks(nullptr);
    m_tabs->removeTab(m_tabs->indexOf(e));
    delete e;
    currentTabChanged();
    syncCompare();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < editorCount(); ++i) {
        if (!maybeSave(editor(i))) {
            event->ignore();
            return;
        }
    }
    // Every design was saved or its changes discarded: nothing left to recover.
    for (int i = 0; i < editorCount(); ++i)
        m_autosaver->forget(editor(i)->document());
    QSettings settings;
    settings.setValue(QLatin1String(settingskeys::windowGeometry), saveGeometry());
    settings.setValue(QLatin1String(settingskeys::windowState), saveState());
    event->accept();
}

void MainWindow::refreshStatus()
{
    DesignEditor *e = currentEditor();
    if (!e) {
        m_statusTotals->setText(tr("No design open"));
        return;
    }
    const Design &design = e->document()->design();
    const DesignAnalysis &analysis = e->scene()->analysis();
    QString availability = tr("no entry points");
    if (!analysis.availability.entryPoints.empty()) {
        double worst = 1;
        for (const EntryPointAvailability &p : analysis.availability.entryPoints)
            worst = std::min(worst, p.availability);
        availability = tr("availability %1%").arg(worst * 100, 0, 'f', 3);
    }
    m_statusTotals->setText(
        tr("Monthly %1 · egress %2 · %3 · %4, %5 · maturity level %6 · %7")
            .arg(formatUsd(analysis.cost.monthly), formatUsd(analysis.egress.monthlyUsd),
                 availability,
                 tr("%n error(s)", nullptr, analysis.compliance.count(Severity::Error)),
                 tr("%n warning(s)", nullptr, analysis.compliance.count(Severity::Warning)))
            .arg(analysis.maturity.level)
            .arg(tr("%n service(s)", nullptr, int(design.services().size()))));
}

void MainWindow::updateActions()
{
    DesignEditor *e = currentEditor();
    for (QAction *a : std::as_const(m_editorActions))
        a->setEnabled(e != nullptr);
    const bool selection = e && e->hasSelection();
    for (QAction *a : std::as_const(m_selectionActions))
        a->setEnabled(selection);
}

void MainWindow::updateTitle()
{
    DesignEditor *e = currentEditor();
    if (!e) {
        setWindowTitle(QStringLiteral("Skyplan"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] — Skyplan").arg(e->displayName()));
    setWindowModified(e->document()->isModified());
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    // Window-modal but not blocking: the caller goes on, and a headless run (--screenshot)
    // never waits on a dialog.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 6000);
}

} // namespace skyplan

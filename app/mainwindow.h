#pragma once

#include "autosave.h"
#include "theme.h"

#include "canvas/canvasexport.h"
#include "model/design.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoGroup;
class QUndoView;

namespace skyplan {

class CompareWindow;
class PresentationWindow;

class Catalog;
class CatalogPalette;
class DesignDocument;
class DesignEditor;
class AnalysisPanel;
class CostPanel;
class MiniMapView;
class AvailabilityPanel;
class CompliancePanel;
class EgressPanel;
class MaturityPanel;
class PropertyEditor;

/// The application window: one tab per open design (candidate designs side by side), the
/// catalog palette, property editor, undo history, minimap and cost overview docked around
/// it, menus and toolbar with the standard shortcuts, and a status bar with the live totals.
/// Docks, geometry, recent files and the theme persist in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const Catalog> catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a .skyplan file or YAML spec in a new tab (or in the current tab while that is an
    /// untouched empty design). On failure shows why and leaves every open design as it was.
    bool openFile(const QString &path);
    /// A new empty design in a new tab.
    DesignEditor *newDesign();
    /// Opens a template (a resource path from designTemplates()) as a new, untitled design.
    DesignEditor *newFromTemplate(const QString &path);
    /// File > New from Template.
    void chooseTemplate();
    /// View > Compare Designs: the open designs side by side (one window, created on demand).
    CompareWindow *showCompare();
    /// View > Present (F5): the current design full screen, stepping through its saved views.
    PresentationWindow *present();
    /// The current editor's visible canvas area as a view named `name`.
    SavedView currentViewport(const QString &name) const;
    /// Adds (or, with an existing name, replaces) a saved view of the current design: one undo
    /// step.
    void saveView(const SavedView &view);
    void deleteView(int index);
    /// Shows a saved view's area in the editor.
    void goToView(int index);
    DesignEditor *currentEditor() const;
    DesignEditor *editor(int index) const;
    int editorCount() const;
    void setCurrentEditor(DesignEditor *editor);
    PropertyEditor *propertyEditor() const { return m_properties; }
    CompliancePanel *compliancePanel() const { return m_compliance; }
    EgressPanel *egressPanel() const { return m_egress; }
    CostPanel *costPanel() const { return m_cost; }
    AvailabilityPanel *availabilityPanel() const { return m_availability; }
    MaturityPanel *maturityPanel() const { return m_maturity; }
    CatalogPalette *palette() const { return m_palette; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    /// Closes a tab, asking about unsaved changes; false when the user cancels.
    bool closeEditor(DesignEditor *editor);
    /// Saves `editor`'s design to `path` (what Save As does after its dialog).
    bool saveTo(DesignEditor *editor, const QString &path);
    /// Writes the design as a YAML allocation spec (what Export does after its dialog).
    bool exportSpec(DesignEditor *editor, const QString &path);
    /// Draws the canvas to a PNG, SVG or PDF file (what Export Image does after its dialogs).
    bool exportImage(DesignEditor *editor, const QString &path, const ImageExportOptions &options);
    /// Writes the design as a draw.io diagram (what Export draw.io Diagram does after its dialog).
    bool exportDrawio(DesignEditor *editor, const QString &path);
    /// Writes the workshop hand-out PDF: cover with key figures and canvas, a page per panel.
    bool exportReport(DesignEditor *editor, const QString &path);
    QStringList recentFiles() const;
    /// Opens the organisation profile dialog; OK applies it as one undoable change.
    void editOrganization();
    /// Raises a bottom panel: "cost", "egress", "availability", "compliance" or "maturity".
    void showPanel(const QString &name);
    Autosaver *autosaver() const { return m_autosaver; }
    /// At start-up: when an earlier Skyplan left unsaved designs behind (crash, kill), asks
    /// which to restore (RecoveryDialog) and opens them. Returns how many were restored.
    int offerRecovery();
    /// Opens autosaved designs as unsaved changes to their original files, and deletes their
    /// snapshots. Returns how many could be read.
    int restoreDesigns(const QList<RecoverableDesign> &designs);
    /// Edit > Preferences.
    void editPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createArrangeMenu(QMenu *edit);
    void createViewMenu();
    DesignEditor *addEditor();
    void currentTabChanged();
    /// Points the property editor, minimap and analysis panels at `editor` (or at nothing).
    void showInDocks(DesignEditor *editor);
    void chooseFile();
    void importSpec();
    void chooseExportSpec();
    void chooseExportImage();
    void syncCompare();
    void chooseSaveView();
    void setViews(DesignDocument *doc, const std::vector<SavedView> &views, const QString &text);
    /// The current design's saved view `index`, or null.
    const SavedView *viewAt(int index) const;
    void fillViewsMenu();
    void importDrawio();
    /// An open dialog from the last folder; opens what is chosen.
    void chooseAndOpen(const QString &title, const QString &filter);
    /// Writes an export atomically; an empty `bytes` failed to render (`error` says why). Says
    /// `done` in the status bar, or the problem in a message box.
    bool writeExport(const QString &path, const QByteArray &bytes, QString error,
                     const QString &done);
    void chooseExportDrawio();
    /// A save dialog for an export of the current design; `suffix` is added when missing.
    QString askExportPath(const QString &title, const QString &suffix, const QString &filter);
    void chooseExportReport();
    bool save(DesignEditor *editor);
    bool saveAs(DesignEditor *editor);
    bool maybeSave(DesignEditor *editor);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void refreshStatus();
    void updateTitle();
    void updateActions();
    void setTheme(Theme theme);
    void showMessage(const QString &text);
    void showProblem(const QString &title, const QString &text);

    std::shared_ptr<const Catalog> m_catalog;
    Autosaver *m_autosaver = nullptr;
    QTabWidget *m_tabs = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QUndoView *m_history = nullptr;
    CostPanel *m_cost = nullptr;
    CatalogPalette *m_palette = nullptr;
    PropertyEditor *m_properties = nullptr;
    MiniMapView *m_minimap = nullptr;
    CompliancePanel *m_compliance = nullptr;
    EgressPanel *m_egress = nullptr;
    QList<AnalysisPanel *> m_panels; ///< cost, egress, availability, compliance, maturity
    AvailabilityPanel *m_availability = nullptr;
    MaturityPanel *m_maturity = nullptr;
    QLabel *m_statusTotals = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_selectionActions; ///< enabled only while something is selected
    QList<QAction *> m_editorActions;    ///< enabled only while a design is open
    QList<QMetaObject::Connection> m_editorConnections;
    QActionGroup *m_themeGroup = nullptr;
    QPointer<CompareWindow> m_compare;
    QPointer<PresentationWindow> m_presentation;
    QMenu *m_viewsMenu = nullptr;
};

} // namespace skyplan

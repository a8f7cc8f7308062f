#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace skyplan {

class Catalog;
class CatalogPalette;
class DesignDocument;
class DesignOverview;
class DesignScene;
class DesignView;

/// The application window: the design's canvas above the cost overview,
/// menus and the status bar. Palette, property editor and analysis panels dock around it as
/// they arrive (issues #4 and #5).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const Catalog> catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a .skyplan file or YAML spec. On failure shows why and keeps the current design.
    bool openFile(const QString &path);
    DesignDocument *document() const { return m_document.get(); }
    DesignView *view() const { return m_view; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void chooseFile();
    bool save();
    bool saveAs();
    bool maybeSave();
    void deleteSelection();
    void refreshOverview();
    void updateTitle();

    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<DesignDocument> m_document;
    DesignScene *m_scene = nullptr;
    DesignView *m_view = nullptr;
    DesignOverview *m_overview = nullptr;
    CatalogPalette *m_palette = nullptr;
    QLabel *m_statusTotals = nullptr;
};

} // namespace skyplan

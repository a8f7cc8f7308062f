#pragma once

#include "model/design.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace skyplan {

class Catalog;
class DesignOverview;

/// The application window. In this first version it opens one design and shows its overview;
/// the editor (canvas, palette, property editor, undo) replaces the centre in issue #4.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const Catalog> catalog, QWidget *parent = nullptr);

    /// Opens a .skyplan file or YAML spec. On failure shows why and keeps the current design.
    bool openFile(const QString &path);

private:
    void chooseFile();
    void showCurrent();

    std::shared_ptr<const Catalog> m_catalog;
    Design m_design;
    QString m_path;
    DesignOverview *m_overview = nullptr;
    QLabel *m_statusTotals = nullptr;
};

} // namespace skyplan

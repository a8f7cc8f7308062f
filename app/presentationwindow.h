#pragma once

#include "model/design.h"

#include <QPointer>
#include <QWidget>

class QGraphicsView;
class QLabel;

namespace skyplan {

class DesignEditor;

/// View > Present (F5): the canvas full screen in large type with the key figures overlaid,
/// stepping through the whole design and then the design's saved views (arrow keys, Page
/// Up/Down, Space; Home and End), each showing its area with its layers hidden. Esc returns to
/// the editor with every layer shown again. The canvas is the editor's own scene (a second,
/// read-only view of it), so figures are live.
class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    explicit PresentationWindow(DesignEditor *editor, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const { return m_step; }
    /// Shows step `index` (0: the whole design; then the saved views in order).
    void showStep(int index);
    QGraphicsView *view() const { return m_view; }
    QLabel *figures() const { return m_figures; }
    QLabel *title() const { return m_title; }

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void fitStep();
    void refreshFigures();
    void layoutOverlays();

    QPointer<DesignEditor> m_editor;
    std::vector<SavedView> m_steps;
    int m_step = 0;
    QGraphicsView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace skyplan

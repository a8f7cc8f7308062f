#pragma once

#include <QPointer>
#include <QWidget>

namespace skyplan {

class DesignEditor;

/// A panel that shows one analysis of the current design. It follows the editor's analysis and
/// refills itself after each edit, but only while it can be seen: a panel behind another
/// dock tab is marked stale and refills when it is shown, so an edit costs the analysis plus
/// the one panel in view (measured by tests/benchmarks/bench_panels).
class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    void setEditor(DesignEditor *editor);
    DesignEditor *editor() const { return m_editor; }
    /// Whether a person can see the panel: a dock behind another dock tab stays "visible" to
    /// Qt, so the window tells the panel through QDockWidget::visibilityChanged.
    void setOnScreen(bool onScreen);

protected:
    /// Refills the panel from editor() (which may be null).
    virtual void fill() = 0;
    /// Called when the editor changes, before the first fill; for extra connections.
    virtual void editorChanged(QList<QMetaObject::Connection> &connections)
    {
        Q_UNUSED(connections)
    }
    /// Fills now when visible, else on the next show.
    void refresh();
    void showEvent(QShowEvent *event) override;

private:
    QPointer<DesignEditor> m_editor;
    QList<QMetaObject::Connection> m_connections;
    bool m_stale = true;
    bool m_onScreen = true;
};

} // namespace skyplan

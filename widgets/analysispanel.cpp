#include "analysispanel.h"

#include "canvas/designscene.h"
#include "designeditor.h"

namespace skyplan {

void AnalysisPanel::setEditor(DesignEditor *editor)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_editor = editor;
    if (editor)
        m_connections << connect(editor->scene(), &DesignScene::analysisChanged, this,
                                 &AnalysisPanel::refresh);
    editorChanged(m_connections);
    refresh();
}

void AnalysisPanel::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (onScreen && m_stale)
        refresh();
}

void AnalysisPanel::refresh()
{
    if (!isVisible() || !m_onScreen) {
        m_stale = true;
        return;
    }
    m_stale = false;
    fill();
}

void AnalysisPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace skyplan

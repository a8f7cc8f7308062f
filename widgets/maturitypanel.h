#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace skyplan {

class DesignEditor;

/// The multi-cloud maturity of the current design (Lecture 01's levels 0-4): the level with
/// its checklist of evidence, what the next level needs, lock-in share and exit cost, the
/// anti-patterns found and the "is multi-cloud justified?" verdict for the organisation.
class MaturityPanel : public QWidget {
    Q_OBJECT
public:
    explicit MaturityPanel(QWidget *parent = nullptr);

    void setEditor(DesignEditor *editor);
    QLabel *levelLabel() const { return m_level; }

private:
    void refresh();

    QPointer<DesignEditor> m_editor;
    QLabel *m_level = nullptr;
    QLabel *m_lockIn = nullptr;
    QLabel *m_verdict = nullptr;
    QTreeWidget *m_checklist = nullptr;
    QTreeWidget *m_antiPatterns = nullptr;
    QMetaObject::Connection m_connection;
};

} // namespace skyplan

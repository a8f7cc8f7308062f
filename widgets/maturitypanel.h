#pragma once

#include "analysispanel.h"

class QLabel;
class QTreeWidget;

namespace skyplan {

class DesignEditor;

/// The multi-cloud maturity of the current design (Lecture 01's levels 0-4): the level with
/// its checklist of evidence, what the next level needs, lock-in share and exit cost, the
/// anti-patterns found and the "is multi-cloud justified?" verdict for the organisation.
class MaturityPanel : public AnalysisPanel {
    Q_OBJECT
public:
    explicit MaturityPanel(QWidget *parent = nullptr);

    QLabel *levelLabel() const { return m_level; }

private:
    void fill() override;

    QLabel *m_level = nullptr;
    QLabel *m_lockIn = nullptr;
    QLabel *m_verdict = nullptr;
    QTreeWidget *m_checklist = nullptr;
    QTreeWidget *m_antiPatterns = nullptr;
};

} // namespace skyplan

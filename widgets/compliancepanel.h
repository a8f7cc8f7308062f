#pragma once

#include "analysispanel.h"

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace skyplan {

class DesignEditor;
struct ComplianceFinding;

/// The compliance findings of the current design, grouped by regime and severity with counts.
/// Clicking a finding selects and centres its service or link; "Apply fix" carries out the
/// suggested fix as one undoable step (move to the suggested region, enable encryption, sign
/// the BAA, declare the transfer mechanism).
class CompliancePanel : public AnalysisPanel {
    Q_OBJECT
public:
    explicit CompliancePanel(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    /// Applies the fix of the finding at `index` in the analysis' list; false when the fix
    /// is not one a click can make (it then says why).
    bool applyFix(int index);

private:
    void fill() override;
    void selectionChanged();
    int currentFinding() const;

    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_fixText = nullptr;
};

} // namespace skyplan

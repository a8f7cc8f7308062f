#pragma once

#include "analysispanel.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTreeWidget;

namespace skyplan {

class DesignEditor;
class DesignOverview;

/// What the current design costs: the budget gauge (warning at 80% and 100% of the monthly
/// budget in the organisation profile), the invoice of every service (filterable; a click
/// selects it on the canvas) with the chart by provider and category, the pricing what-if
/// (all on-demand, as designed, suggested by Lecture 05's strategies) with a 36-month TCO
/// chart, and the breakdown by FinOps tag.
class CostPanel : public AnalysisPanel {
    Q_OBJECT
public:
    explicit CostPanel(QWidget *parent = nullptr);

    DesignOverview *overview() const { return m_overview; }
    QProgressBar *budget() const { return m_budget; }
    QLabel *budgetWarning() const { return m_budgetWarning; }
    // The what-if and tag tabs are filled when they are brought to the front (or asked for
    // here): an edit refills only what is on screen.
    QTreeWidget *scenarios() const
    {
        const_cast<CostPanel *>(this)->ensureWhatIf();
        return m_scenarios;
    }
    QTreeWidget *suggestions() const
    {
        const_cast<CostPanel *>(this)->ensureWhatIf();
        return m_suggestions;
    }
    QTreeWidget *tags() const
    {
        const_cast<CostPanel *>(this)->ensureTags();
        return m_tags;
    }
    QComboBox *tagKey() const { return m_tagKey; }

private:
    void fill() override;
    void fillWhatIf();
    void fillTags();
    void ensureWhatIf();
    void ensureTags();
    void fillCurrentTab();

    QProgressBar *m_budget = nullptr;
    QLabel *m_budgetWarning = nullptr;
    DesignOverview *m_overview = nullptr;
    QTreeWidget *m_scenarios = nullptr;
    QTreeWidget *m_suggestions = nullptr;
    QCustomPlot *m_tco = nullptr;
    QComboBox *m_tagKey = nullptr;
    QTreeWidget *m_tags = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_whatIfTab = nullptr;
    QWidget *m_tagsTab = nullptr;
    bool m_whatIfStale = true;
    bool m_tagsStale = true;
};

} // namespace skyplan

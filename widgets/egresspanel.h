#pragma once

#include "analysispanel.h"

class QCheckBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace skyplan {

class DesignEditor;

/// What the current design pays to move data: the monthly total, a provider-to-provider matrix
/// (GB and $), the links by cost (click one to find it), the heat scale the canvas colours links
/// with, and data-gravity hints: services that would save egress next to their data.
class EgressPanel : public AnalysisPanel {
    Q_OBJECT
public:
    explicit EgressPanel(QWidget *parent = nullptr);

    QTableWidget *matrix() const { return m_matrix; }
    QTreeWidget *topLinks() const { return m_links; }
    QTreeWidget *gravity() const { return m_gravity; }
    QLabel *summary() const { return m_summary; }

private:
    void fill() override;
    void editorChanged(QList<QMetaObject::Connection> &connections) override;

    QLabel *m_summary = nullptr;
    QCheckBox *m_heat = nullptr;
    QWidget *m_legend = nullptr;
    QTableWidget *m_matrix = nullptr;
    QTreeWidget *m_links = nullptr;
    QTreeWidget *m_gravity = nullptr;
};

} // namespace skyplan

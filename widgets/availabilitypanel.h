#pragma once

#include "analysispanel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace skyplan {

class DesignEditor;

/// How available the current design is: per entry point its availability (percent and
/// nines), downtime per year, the method used and its single points of failure (outlined on
/// the canvas); an outage simulator that takes a provider or a region down, dims that part of
/// the canvas and shows what each entry point keeps; and the disaster-recovery table.
class AvailabilityPanel : public AnalysisPanel {
    Q_OBJECT
public:
    explicit AvailabilityPanel(QWidget *parent = nullptr);

    QTreeWidget *entryPoints() const { return m_entryPoints; }
    QTreeWidget *recovery() const { return m_recovery; }
    QComboBox *outage() const { return m_outage; }

private:
    void fill() override;
    void editorChanged(QList<QMetaObject::Connection> &connections) override;
    void fillOutages();

    QLabel *m_summary = nullptr;
    QComboBox *m_outage = nullptr;
    QCheckBox *m_showSpofs = nullptr;
    QTreeWidget *m_entryPoints = nullptr;
    QTreeWidget *m_recovery = nullptr;
};

} // namespace skyplan

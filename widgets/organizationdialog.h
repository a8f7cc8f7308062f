#pragma once

#include "model/design.h"

#include <QDialog>
#include <utility>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace skyplan {

class Catalog;

/// The organisation profile the analyses weigh a design against: team size, yearly cloud
/// spend, monthly budget, availability target, regulatory regimes, signed HIPAA BAAs and
/// negotiated discounts per provider. The caller applies the result as one undoable change.
class OrganizationDialog : public QDialog {
    Q_OBJECT
public:
    OrganizationDialog(const OrganizationProfile &profile, const Catalog &catalog,
                       QWidget *parent = nullptr);

    OrganizationProfile profile() const;

private:
    OrganizationProfile m_original;
    QSpinBox *m_engineers = nullptr;
    QDoubleSpinBox *m_spend = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    // In catalog order, so what the dialog adds lands in a stable order in the file.
    std::vector<std::pair<QString, QCheckBox *>> m_regimes;
    std::vector<std::pair<QString, QCheckBox *>> m_baa;
    std::vector<std::pair<QString, QDoubleSpinBox *>> m_discounts;
};

} // namespace skyplan

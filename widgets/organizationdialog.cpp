#include "organizationdialog.h"

#include "model/catalog/catalog.h"
#include "model/catalog/datatext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace skyplan {

OrganizationDialog::OrganizationDialog(const OrganizationProfile &profile, const Catalog &catalog,
                                       QWidget *parent)
    : QDialog(parent), m_original(profile)
{
    setWindowTitle(tr("Organisation Profile"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What the analyses weigh the design against: the budget gauge, "
                                "the availability target, the regimes in scope, and whether "
                                "multi-cloud is justified for an organisation of this size."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_engineers = new QSpinBox(this);
    m_engineers->setObjectName(QStringLiteral("engineers"));
    m_engineers->setRange(0, 100000);
    m_engineers->setSuffix(tr(" engineers"));
    m_engineers->setValue(profile.teamEngineers);
    m_spend = new QDoubleSpinBox(this);
    m_spend->setObjectName(QStringLiteral("annualSpend"));
    m_spend->setRange(0, 1e12);
    m_spend->setDecimals(0);
    m_spend->setGroupSeparatorShown(true);
    m_spend->setPrefix(QStringLiteral("$"));
    m_spend->setSuffix(tr(" / year"));
    m_spend->setValue(profile.annualCloudSpendUsd);
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("monthlyBudget"));
    m_budget->setRange(0, 1e11);
    m_budget->setDecimals(0);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setSuffix(tr(" / month"));
    m_budget->setSpecialValueText(tr("no budget"));
    m_budget->setValue(profile.monthlyBudgetUsd);
    m_target = new QDoubleSpinBox(this);
    m_target->setObjectName(QStringLiteral("availabilityTarget"));
    m_target->setRange(0, 99.99999);
    m_target->setDecimals(5);
    m_target->setSuffix(QStringLiteral("%"));
    m_target->setSpecialValueText(tr("no target"));
    m_target->setValue(profile.availabilityTarget * 100);
    form->addRow(tr("Platform team"), m_engineers);
    form->addRow(tr("Cloud spend"), m_spend);
    form->addRow(tr("Budget"), m_budget);
    form->addRow(tr("Availability target"), m_target);
    layout->addLayout(form);

    auto *regimes = new QGroupBox(tr("Regulatory regimes that apply"), this);
    auto *regimeGrid = new QGridLayout(regimes);
    int n = 0;
    for (const RegimeDefinition &r : catalog.policies().regimes) {
        auto *check = new QCheckBox(dataText(r.name), regimes);
        check->setObjectName(QStringLiteral("regime.") + r.id);
        check->setChecked(profile.regimes.contains(r.id));
        if (r.triggeredBy)
            check->setToolTip(tr("Also comes into scope by itself when the design holds the "
                                 "data it protects."));
        regimeGrid->addWidget(check, n / 3, n % 3);
        m_regimes.emplace_back(r.id, check);
        ++n;
    }
    layout->addWidget(regimes);

    auto *providers = new QGroupBox(tr("Agreements per provider"), this);
    auto *grid = new QGridLayout(providers);
    grid->addWidget(new QLabel(tr("Provider"), providers), 0, 0);
    grid->addWidget(new QLabel(tr("HIPAA BAA signed"), providers), 0, 1);
    grid->addWidget(new QLabel(tr("Negotiated discount"), providers), 0, 2);
    int row = 1;
    for (const Provider &p : catalog.providers()) {
        grid->addWidget(new QLabel(p.name, providers), row, 0);
        auto *baa = new QCheckBox(providers);
        baa->setObjectName(QStringLiteral("baa.") + p.id);
        baa->setChecked(profile.baaSigned.contains(p.id));
        auto *discount = new QDoubleSpinBox(providers);
        discount->setObjectName(QStringLiteral("discount.") + p.id);
        discount->setRange(0, 90);
        discount->setDecimals(1);
        discount->setSuffix(tr("% off every charge"));
        discount->setValue(profile.negotiatedDiscountPct.value(p.id, 0));
        grid->addWidget(baa, row, 1);
        grid->addWidget(discount, row, 2);
        m_baa.emplace_back(p.id, baa);
        m_discounts.emplace_back(p.id, discount);
        ++row;
    }
    layout->addWidget(providers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

OrganizationProfile OrganizationDialog::profile() const
{
    OrganizationProfile p = m_original;
    p.teamEngineers = m_engineers->value();
    p.annualCloudSpendUsd = m_spend->value();
    p.monthlyBudgetUsd = m_budget->value();
    p.availabilityTarget = m_target->value() / 100.0;
    // Keep the written order of what stays; add new ones in catalog order.
    const auto merge = [](const QStringList &before,
                          const std::vector<std::pair<QString, QCheckBox *>> &boxes) {
        QStringList after;
        for (const QString &id : before) {
            const auto it = std::find_if(boxes.begin(), boxes.end(),
                                         [&](const auto &b) { return b.first == id; });
            if (it == boxes.end() || it->second->isChecked())
                after << id;
        }
        for (const auto &[id, box] : boxes) {
            if (box->isChecked() && !after.contains(id))
                after << id;
        }
        return after;
    };
    p.regimes = merge(m_original.regimes, m_regimes);
    p.baaSigned = merge(m_original.baaSigned, m_baa);
    for (const auto &[id, spin] : m_discounts) {
        if (spin->value() > 0)
            p.negotiatedDiscountPct.insert(id, spin->value());
        else
            p.negotiatedDiscountPct.remove(id);
    }
    return p;
}

} // namespace skyplan

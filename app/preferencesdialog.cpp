#include "preferencesdialog.h"

#include <QComboBox>

#include <algorithm>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace skyplan {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_autosave = new QSpinBox(this);
    m_autosave->setObjectName(QStringLiteral("autosaveSeconds"));
    m_autosave->setRange(0, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("off"));
    m_autosave->setToolTip(
        tr("Unsaved designs are written to the autosave folder a few seconds after the last "
           "edit, and at the latest this often while you keep editing. After a crash, the next "
           "start offers to restore them. 0 turns autosave off."));
    form->addRow(tr("&Autosave unsaved designs at least every"), m_autosave);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system"), QStringLiteral("system"));
    // Each language in itself, so that a person who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setToolTip(tr("Takes effect the next time Skyplan starts."));
    form->addRow(tr("&Language (at the next start)"), m_language);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("Also a few seconds after the last edit. After a crash, the next "
                               "start offers the autosaved designs. 0 turns autosave off."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &language)
{
    const int index =
        m_language->findData(language.isEmpty() ? QStringLiteral("system") : language);
    m_language->setCurrentIndex(std::max(0, index));
}

int PreferencesDialog::autosaveSeconds() const
{
    return m_autosave->value();
}

void PreferencesDialog::setAutosaveSeconds(int seconds)
{
    m_autosave->setValue(seconds);
}

} // namespace skyplan

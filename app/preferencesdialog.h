#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace skyplan {

/// Edit > Preferences: application settings that are not part of a design (autosave).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Seconds between autosaves while edits go on; 0 turns autosave off.
    int autosaveSeconds() const;
    void setAutosaveSeconds(int seconds);
    /// "system", "en", "de" or "fr".
    QString language() const;
    void setLanguage(const QString &language);

private:
    QSpinBox *m_autosave = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace skyplan

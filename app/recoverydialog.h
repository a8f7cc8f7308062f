#pragma once

#include "autosave.h"

#include <QDialog>

class QTreeWidget;

namespace skyplan {

/// Offered at start-up when an earlier Skyplan did not exit normally: each design it had not
/// saved, with its file and when it was autosaved, checked to be restored. Restore opens the
/// checked ones (as unsaved changes) and deletes every listed snapshot the user unchecked;
/// Discard deletes them all; Later keeps them for the next start.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    enum class Decision { Restore, Discard, Later };

    explicit RecoveryDialog(const QList<RecoverableDesign> &designs, QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    /// The designs checked for restoring.
    QList<RecoverableDesign> checked() const;
    /// The designs left unchecked (to be discarded when restoring).
    QList<RecoverableDesign> unchecked() const;
    QTreeWidget *list() const { return m_list; }

    /// "just now", "5 minutes ago", else the local date and time.
    static QString describeTime(const QDateTime &savedAt, const QDateTime &now);

private:
    QList<RecoverableDesign> m_designs;
    QTreeWidget *m_list = nullptr;
    Decision m_decision = Decision::Later;
};

} // namespace skyplan

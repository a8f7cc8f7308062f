#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace skyplan {

RecoveryDialog::RecoveryDialog(const QList<RecoverableDesign> &designs, QWidget *parent)
    : QDialog(parent), m_designs(designs)
{
    setWindowTitle(tr("Restore unsaved designs"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Skyplan did not close normally last time. These designs had changes that were not "
           "saved; Skyplan autosaved them. Restore the checked ones? They open as unsaved "
           "changes, so you decide where to save them."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Design"), tr("Saved file"), tr("Autosaved")});
    const QDateTime now = QDateTime::currentDateTime();
    for (const RecoverableDesign &d : designs) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, d.name.isEmpty() ? tr("Untitled design") : d.name);
        item->setText(1, d.originalPath.isEmpty() ? tr("never saved")
                                                  : QFileInfo(d.originalPath).fileName());
        item->setToolTip(1, d.originalPath);
        item->setText(2, describeTime(d.savedAt, now));
        item->setToolTip(2, QLocale().toString(d.savedAt.toLocalTime(), QLocale::LongFormat));
        item->setCheckState(0, Qt::Checked);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    QPushButton *discard =
        buttons->addButton(tr("&Discard All"), QDialogButtonBox::DestructiveRole);
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    discard->setObjectName(QStringLiteral("discardButton"));
    later->setObjectName(QStringLiteral("laterButton"));
    restore->setDefault(true);
    connect(restore, &QPushButton::clicked, this, [this] {
        m_decision = Decision::Restore;
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_decision = Decision::Discard;
        accept();
    });
    connect(later, &QPushButton::clicked, this, [this] {
        m_decision = Decision::Later;
        reject();
    });
    layout->addWidget(buttons);
    resize(640, 320);
}

QList<RecoverableDesign> RecoveryDialog::checked() const
{
    QList<RecoverableDesign> result;
    for (int i = 0; i < m_designs.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            result << m_designs[i];
    }
    return result;
}

QList<RecoverableDesign> RecoveryDialog::unchecked() const
{
    QList<RecoverableDesign> result;
    for (int i = 0; i < m_designs.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) != Qt::Checked)
            result << m_designs[i];
    }
    return result;
}

QString RecoveryDialog::describeTime(const QDateTime &savedAt, const QDateTime &now)
{
    const qint64 seconds = savedAt.secsTo(now);
    if (seconds >= 0 && seconds < 60)
        return tr("just now");
    if (seconds >= 0 && seconds < 3600)
        return seconds < 120 ? tr("a minute ago") : tr("%1 minutes ago").arg(seconds / 60);
    return QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat);
}

} // namespace skyplan

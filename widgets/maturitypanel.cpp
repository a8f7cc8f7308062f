#include "maturitypanel.h"

#include "canvas/designscene.h"
#include "canvas/providerstyle.h"
#include "designeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace skyplan {

MaturityPanel::MaturityPanel(QWidget *parent) : AnalysisPanel(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_level = new QLabel(this);
    QFont big = m_level->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_level->setFont(big);
    m_lockIn = new QLabel(this);
    m_lockIn->setWordWrap(true);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_checklist = new QTreeWidget(split);
    m_checklist->setHeaderLabels({tr("Criterion"), tr("Evidence")});
    m_checklist->header()->setStretchLastSection(true);
    m_checklist->setColumnWidth(0, 340);
    m_antiPatterns = new QTreeWidget(split);
    m_antiPatterns->setHeaderLabels({tr("Anti-pattern"), tr("Services")});
    m_antiPatterns->setWordWrap(true);
    m_antiPatterns->setColumnWidth(0, 300);
    layout->addWidget(m_level);
    layout->addWidget(m_lockIn);
    layout->addWidget(m_verdict);
    layout->addWidget(split, 1);
    connect(m_antiPatterns, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString first = item->data(0, Qt::UserRole).toString();
        if (editor() && !first.isEmpty())
            editor()->reveal(first);
    });
    refresh();
}

void MaturityPanel::fill()
{
    m_checklist->clear();
    m_antiPatterns->clear();
    if (!editor()) {
        m_level->setText(tr("No design open"));
        m_lockIn->clear();
        m_verdict->clear();
        return;
    }
    const MaturityReport &m = editor()->scene()->analysis().maturity;
    m_level->setText(tr("Level %1 of 4: %2").arg(m.level).arg(m.levelName));
    m_lockIn->setText(
        tr("Lock-in: %1% of monthly service spend (%2) is on proprietary services. Exit cost: "
           "%3 one-off egress to move every provider's stored data out. Cross-cloud egress is "
           "%4% of the bill.%5")
            .arg(m.lockIn.proprietaryShare * 100, 0, 'f', 1)
            .arg(formatUsd(m.lockIn.proprietaryMonthlyUsd), formatUsd(m.lockIn.exitCostUsd))
            .arg(m.crossCloudEgressShare * 100, 0, 'f', 1)
            .arg(m.missingForNext.isEmpty()
                     ? QString()
                     : tr("\nFor the next level: %1.")
                           .arg(m.missingForNext.join(QStringLiteral("; ")))));
    const QString colour = (m.decision.verdict == QLatin1String("yes")  ? statuscolor::good()
                            : m.decision.verdict == QLatin1String("no") ? statuscolor::bad()
                                                                        : statuscolor::warning())
                               .name();
    QString verdict =
        tr("<b>Is multi-cloud justified for this organisation?</b> "
           "<span style='color:%1'><b>%2</b></span>")
            .arg(colour, m.decision.verdict == QLatin1String("yes")  ? tr("yes")
                         : m.decision.verdict == QLatin1String("no") ? tr("no")
                                                                     : tr("borderline"));
    if (!m.decision.reasonsFor.isEmpty())
        verdict +=
            tr("<br>For: %1").arg(m.decision.reasonsFor.join(QStringLiteral("; ")).toHtmlEscaped());
    if (!m.decision.reasonsAgainst.isEmpty())
        verdict += tr("<br>Against: %1")
                       .arg(m.decision.reasonsAgainst.join(QStringLiteral("; ")).toHtmlEscaped());
    m_verdict->setText(verdict);

    QTreeWidgetItem *levelItem = nullptr;
    int shownLevel = -1;
    for (const MaturityCriterionResult &c : m.checklist) {
        if (c.level != shownLevel) {
            shownLevel = c.level;
            levelItem = new QTreeWidgetItem(m_checklist, {tr("Level %1").arg(c.level)});
            QFont bold = levelItem->font(0);
            bold.setBold(true);
            levelItem->setFont(0, bold);
            levelItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(
            levelItem,
            {(c.met ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + c.text, c.evidence});
        item->setForeground(0, c.met ? statuscolor::good() : statuscolor::bad());
        item->setToolTip(0, c.text); // the column is narrower than some criteria
        item->setToolTip(1, c.evidence);
    }
    for (const AntiPatternFinding &a : m.antiPatterns) {
        auto *item =
            new QTreeWidgetItem(m_antiPatterns, {a.name, a.subjects.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, a.subjects.value(0));
        auto *why = new QTreeWidgetItem(item, {a.message});
        why->setFirstColumnSpanned(true);
        why->setToolTip(0, a.message);
        item->setToolTip(0, a.message);
        item->setExpanded(true);
    }
    if (m.antiPatterns.empty())
        new QTreeWidgetItem(m_antiPatterns, {tr("None of Lecture 01's anti-patterns found")});
}

} // namespace skyplan

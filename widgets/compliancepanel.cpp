#include "compliancepanel.h"

#include "canvas/designscene.h"
#include "canvas/providerstyle.h"
#include "designeditor.h"
#include "model/document/changevaluetraits.h"
#include "model/document/designdocument.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace skyplan {

namespace {

constexpr int FindingRole = Qt::UserRole + 1; ///< index into the report's findings

QString severityTitle(Severity s)
{
    switch (s) {
    case Severity::Error:
        return CompliancePanel::tr("Errors");
    case Severity::Warning:
        return CompliancePanel::tr("Warnings");
    case Severity::Info:
        return CompliancePanel::tr("Information");
    }
    return {};
}

/// Whether a click can carry out the fix (moves to another provider need a new service type).
bool applicable(const ComplianceFinding &f)
{
    const QString &k = f.fixAction.kind;
    return k == QLatin1String("move_to_region") ||
           k == QLatin1String("enable_encryption_at_rest") ||
           k == QLatin1String("enable_encryption_in_transit") || k == QLatin1String("sign_baa") ||
           k == QLatin1String("set_transfer_mechanism");
}

} // namespace

CompliancePanel::CompliancePanel(QWidget *parent) : AnalysisPanel(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont f = m_summary->font();
    f.setBold(true);
    m_summary->setFont(f);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Finding"), tr("Service or link"), tr("Suggested fix")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(1, 150);
    m_tree->setColumnWidth(2, 320);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    auto *bottom = new QHBoxLayout;
    m_fixText = new QLabel(this);
    m_fixText->setWordWrap(true);
    m_apply = new QPushButton(tr("Apply Suggested Fix"), this);
    m_apply->setEnabled(false);
    bottom->addWidget(m_fixText, 1);
    bottom->addWidget(m_apply);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bottom);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CompliancePanel::selectionChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (const int i = currentFinding(); i >= 0 && editor())
            editor()->reveal(
                editor()->scene()->analysis().compliance.findings[std::size_t(i)].subject);
    });
    connect(m_apply, &QPushButton::clicked, this, [this] { applyFix(currentFinding()); });
}

int CompliancePanel::currentFinding() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->data(0, FindingRole).isValid() ? item->data(0, FindingRole).toInt() : -1;
}

void CompliancePanel::fill()
{
    m_tree->clear();
    m_apply->setEnabled(false);
    m_fixText->clear();
    if (!editor()) {
        m_summary->setText(tr("No design open"));
        return;
    }
    const ComplianceReport &report = editor()->scene()->analysis().compliance;
    QStringList regimes;
    QHash<QString, QString> regimeNames;
    for (const RegimeInScope &r : report.regimes) {
        regimes << r.name;
        regimeNames.insert(r.id, r.name);
    }
    m_summary->setText(tr("%1 · %2 · %3. Regimes in scope: %4")
                           .arg(tr("%n error(s)", nullptr, report.count(Severity::Error)),
                                tr("%n warning(s)", nullptr, report.count(Severity::Warning)),
                                tr("%n note(s)", nullptr, report.count(Severity::Info)))
                           .arg(regimes.isEmpty()
                                    ? tr("none (set them in the organisation profile)")
                                    : regimes.join(QStringLiteral(", "))));
    // Regime -> severity -> findings, in the report's order (errors first).
    std::map<QString, QTreeWidgetItem *> regimeItems;
    std::map<std::pair<QString, int>, QTreeWidgetItem *> groups;
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        const ComplianceFinding &f = report.findings[i];
        const QString regime =
            f.regime.isEmpty() ? tr("General") : regimeNames.value(f.regime, f.regime.toUpper());
        QTreeWidgetItem *&top = regimeItems[regime];
        if (!top) {
            top = new QTreeWidgetItem(m_tree, {regime});
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
        }
        QTreeWidgetItem *&group = groups[{regime, int(f.severity)}];
        if (!group) {
            group = new QTreeWidgetItem(top, {severityTitle(f.severity)});
            group->setForeground(0, statuscolor::forSeverity(f.severity));
        }
        auto *item = new QTreeWidgetItem(group, {f.message, f.subject, f.fix});
        item->setData(0, FindingRole, int(i));
        item->setToolTip(0, QStringLiteral("%1\n[%2]").arg(f.message, f.rule));
        item->setToolTip(2, f.fix);
    }
    for (auto &[key, group] : groups)
        group->setText(0, QStringLiteral("%1 (%2)").arg(group->text(0)).arg(group->childCount()));
    for (auto &[name, top] : regimeItems) {
        int n = 0;
        for (int c = 0; c < top->childCount(); ++c)
            n += top->child(c)->childCount();
        top->setText(0, QStringLiteral("%1 (%2)").arg(name).arg(n));
        top->setExpanded(true);
        for (int c = 0; c < top->childCount(); ++c)
            top->child(c)->setExpanded(
                top->child(c)->text(0).startsWith(severityTitle(Severity::Error)) ||
                top->child(c)->text(0).startsWith(severityTitle(Severity::Warning)));
    }
    if (report.findings.empty())
        new QTreeWidgetItem(m_tree, {tr("No findings: the design meets every rule in scope.")});
}

void CompliancePanel::selectionChanged()
{
    const int i = currentFinding();
    if (i < 0 || !editor()) {
        m_apply->setEnabled(false);
        m_fixText->clear();
        return;
    }
    const ComplianceFinding &f = editor()->scene()->analysis().compliance.findings[std::size_t(i)];
    m_apply->setEnabled(applicable(f));
    m_fixText->setText(applicable(f) ? f.fix
                                     : tr("%1 (not something one click can do)").arg(f.fix));
    editor()->reveal(f.subject);
}

bool CompliancePanel::applyFix(int index)
{
    if (!editor() || index < 0)
        return false;
    const auto &findings = editor()->scene()->analysis().compliance.findings;
    if (std::size_t(index) >= findings.size())
        return false;
    const ComplianceFinding f = findings[std::size_t(index)]; // the analysis changes below
    DesignDocument *doc = editor()->document();
    const FixAction &a = f.fixAction;
    namespace vt = valuetraits;
    if (a.kind == QLatin1String("move_to_region") && !a.region.isEmpty()) {
        const PlacedService *s = doc->design().service(f.subject);
        if (!s || (!a.provider.isEmpty() && a.provider != s->provider))
            return false;
        editor()->scene()->changeRegion({f.subject}, a.region);
    } else if (a.kind == QLatin1String("enable_encryption_at_rest")) {
        doc->undoStack()->push(
            new ChangeValueCommand<vt::EncryptionAtRest>(doc, {f.subject}, true));
    } else if (a.kind == QLatin1String("enable_encryption_in_transit")) {
        doc->undoStack()->push(
            new ChangeValueCommand<vt::EncryptionInTransit>(doc, {f.subject}, true));
    } else if (a.kind == QLatin1String("sign_baa")) {
        OrganizationProfile org = doc->design().organization;
        const PlacedService *s = doc->design().service(f.subject);
        const QString provider = !a.provider.isEmpty() ? a.provider : s ? s->provider : QString();
        if (provider.isEmpty() || org.baaSigned.contains(provider))
            return false;
        org.baaSigned << provider;
        doc->undoStack()->push(new ChangeValueCommand<vt::Organization>(doc, {QString()}, org));
    } else if (a.kind == QLatin1String("set_transfer_mechanism")) {
        const auto mechanism = enumFromKey<TransferMechanism>(a.mechanism.toStdString());
        if (!mechanism || !doc->design().link(f.subject))
            return false;
        doc->undoStack()->push(new ChangeValueCommand<vt::Mechanism>(doc, {f.subject}, *mechanism));
    } else {
        emit editor()->message(tr("This fix needs a decision a click cannot make: %1").arg(f.fix));
        return false;
    }
    return true;
}

} // namespace skyplan

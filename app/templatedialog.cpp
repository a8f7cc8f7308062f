#include "templatedialog.h"

#include "canvas/canvasexport.h"
#include "canvas/providerstyle.h"
#include "widgets/designeditor.h"

#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/document/designdocument.h"
#include "model/io/designfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace skyplan {

namespace {

/// Patterns first (as Lecture 01 numbers them), then DR, then the case studies.
const char *const templateOrder[] = {
    "cloud-agnostic-kubernetes", "data-gravity",      "best-of-breed",
    "active-active-inference",   "active-passive-dr", "case-recommendations",
    "case-regulated-finance",    "case-streaming",
};

QIcon preview(const Design &design, const std::shared_ptr<const Catalog> &catalog)
{
    DesignEditor editor(catalog);
    editor.document()->resetDesign(design);
    ImageExportOptions options;
    options.scale = 0.25;
    options.background = Qt::white;
    QImage image;
    image.loadFromData(renderDesignImage(editor.scene(), options), "PNG");
    return QIcon(
        QPixmap::fromImage(image.scaled(240, 150, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace

QList<DesignTemplate> designTemplates(const Catalog &catalog)
{
    QList<DesignTemplate> list;
    for (const char *name : templateOrder) {
        DesignTemplate t;
        t.path = QStringLiteral(":/templates/%1.skyplan").arg(QLatin1String(name));
        try {
            const LoadedDesign loaded = readDesignFile(t.path, catalog);
            t.name = loaded.design.name;
            t.description = loaded.design.description;
            t.services = int(loaded.design.services().size());
            t.monthlyUsd = analyzeDesign(loaded.design, catalog).cost.monthly;
        } catch (const InputError &) {
            continue; // a template the catalog cannot read (a user override): not offered
        }
        list << t;
    }
    return list;
}

TemplateDialog::TemplateDialog(std::shared_ptr<const Catalog> catalog, QWidget *parent)
    : QDialog(parent), m_templates(designTemplates(*catalog))
{
    setWindowTitle(tr("New from Template"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Start from a reference architecture of the lectures. The new "
                                "design is untitled: saving asks where."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templates"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(240, 150));
    m_list->setGridSize(QSize(270, 210));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(4 * 270 + 30);
    m_list->setMinimumHeight(2 * 210 + 10);
    for (const DesignTemplate &t : std::as_const(m_templates)) {
        Design design = readDesignFile(t.path, *catalog).design;
        auto *item = new QListWidgetItem(preview(design, catalog), t.name, m_list);
        item->setData(Qt::UserRole, t.path);
        item->setToolTip(t.description);
    }
    row->addWidget(m_list, 1);
    layout->addLayout(row);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateDialog::showCurrent);
    layout->addWidget(buttons);
    m_list->setCurrentRow(0);
    showCurrent();
}

QString TemplateDialog::chosenPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TemplateDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size()) {
        m_title->clear();
        m_description->clear();
        return;
    }
    const DesignTemplate &t = m_templates[row];
    m_title->setText(
        tr("%1 — %2, %3 per month")
            .arg(t.name, tr("%n service(s)", nullptr, t.services), formatUsd(t.monthlyUsd, 0)));
    m_description->setText(t.description);
}

} // namespace skyplan

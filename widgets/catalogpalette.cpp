#include "catalogpalette.h"

#include "canvas/mimetypes.h"
#include "canvas/providerstyle.h"
#include "enumlabels.h"
#include "model/catalog/catalog.h"
#include "model/catalog/datatext.h"

#include <QDrag>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace skyplan {

namespace {

constexpr int ServiceRole = Qt::UserRole + 1; ///< "provider/service" on service rows

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(color.darker(130));
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

QString priceHint(const ServiceOffering &s)
{
    if (!s.instanceTypes.empty()) {
        const InstanceType *t = s.instanceType(s.defaults.instanceType);
        if (t)
            return QObject::tr("from %1 per %2 (%3)")
                .arg(formatUsd(t->onDemand, 3), dataText(t->unit), t->id);
    }
    if (!s.dimensions.empty()) {
        const PriceDimension &d = s.dimensions.front();
        const double rate = d.tiers.empty() ? d.rate : d.tiers.begin()->second;
        return QObject::tr("%1: %2 per %3")
            .arg(dataText(d.item), formatUsd(rate, 4), dataText(d.unit));
    }
    return {};
}

class PaletteTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    void startDrag(Qt::DropActions) override
    {
        QTreeWidgetItem *item = currentItem();
        if (!item || item->data(0, ServiceRole).toString().isEmpty())
            return;
        const QString key = item->data(0, ServiceRole).toString();
        QMimeData *mime = CatalogPalette::dragData(key.section(QLatin1Char('/'), 0, 0),
                                                   key.section(QLatin1Char('/'), 1));
        auto *drag = new QDrag(this);
        drag->setMimeData(mime);
        drag->setPixmap(item->icon(0).pixmap(16, 16));
        drag->exec(Qt::CopyAction);
    }
};

} // namespace

QMimeData *CatalogPalette::dragData(const QString &provider, const QString &service)
{
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(serviceMimeType), (provider + QLatin1Char('/') + service).toUtf8());
    return mime;
}

CatalogPalette::CatalogPalette(const Catalog &catalog, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search services (e.g. gpu, s3, kubernetes)"));
    m_search->setClearButtonEnabled(true);
    m_tree = new PaletteTree(this);
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);

    const QColor iconColor = palette().color(QPalette::WindowText);
    for (const Provider &p : catalog.providers()) {
        const QIcon icon = swatch(providerColor(catalog, p.id));
        auto *providerItem = new QTreeWidgetItem(m_tree, {p.name});
        providerItem->setIcon(0, icon);
        QFont bold = providerItem->font(0);
        bold.setBold(true);
        providerItem->setFont(0, bold);
        for (const ServiceCategory c : enumValues<ServiceCategory>()) {
            QTreeWidgetItem *categoryItem = nullptr;
            for (const ServiceOffering *s : catalog.servicesOf(p.id)) {
                if (s->category != c)
                    continue;
                if (!categoryItem) {
                    categoryItem = new QTreeWidgetItem(providerItem, {enumLabel(c)});
                    categoryItem->setIcon(0, categoryIcon(c, iconColor));
                }
                auto *item = new QTreeWidgetItem(categoryItem, {s->name});
                item->setIcon(0, categoryIcon(c, providerColor(catalog, p.id)));
                item->setData(0, ServiceRole, QString(p.id + QLatin1Char('/') + s->id));
                const QString sla =
                    s->sla.none ? tr("no published SLA")
                                : tr("SLA %1% (multi-zone)").arg(s->sla.multiZone * 100, 0, 'g', 6);
                item->setToolTip(0,
                                 tr("%1 (%2)\n%3\n%4\n%5, %6\nDrag onto a %7 region on the canvas.")
                                     .arg(s->name, s->id, dataText(s->description), priceHint(*s),
                                          sla, enumLabel(s->portability), p.shortName));
            }
        }
    }
    connect(m_search, &QLineEdit::textChanged, this, &CatalogPalette::setFilter);
    setFilter(QString()); // the first provider open, so the palette never looks empty
}

void CatalogPalette::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *provider = m_tree->topLevelItem(i);
        int providerHits = 0;
        for (int c = 0; c < provider->childCount(); ++c) {
            QTreeWidgetItem *category = provider->child(c);
            int hits = 0;
            for (int k = 0; k < category->childCount(); ++k) {
                QTreeWidgetItem *service = category->child(k);
                const bool match = needle.isEmpty() ||
                                   service->text(0).contains(needle, Qt::CaseInsensitive) ||
                                   service->data(0, ServiceRole)
                                       .toString()
                                       .contains(needle, Qt::CaseInsensitive) ||
                                   category->text(0).contains(needle, Qt::CaseInsensitive) ||
                                   provider->text(0).contains(needle, Qt::CaseInsensitive);
                service->setHidden(!match);
                hits += match ? 1 : 0;
            }
            category->setHidden(hits == 0);
            category->setExpanded(!needle.isEmpty() && hits > 0);
            providerHits += hits;
        }
        provider->setHidden(providerHits == 0);
        provider->setExpanded(!needle.isEmpty() || i == 0);
    }
}

} // namespace skyplan

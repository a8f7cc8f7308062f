#include "canvasitems.h"

#include "designscene.h"
#include "model/catalog/catalog.h"
#include "model/document/designdocument.h"
#include "model/keytext.h"
#include "model/layout.h"
#include "providerstyle.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace skyplan {

namespace {

/// What a view paints behind the items: its background brush (the presentation view's), or
/// the canvas colour of the theme (the editor's view, the minimap, an export).
QColor backgroundOf(const QWidget *viewport)
{
    const auto *view =
        viewport ? qobject_cast<const QGraphicsView *>(viewport->parentWidget()) : nullptr;
    if (view && view->backgroundBrush().style() == Qt::SolidPattern)
        return view->backgroundBrush().color();
    return canvasColor(QApplication::palette());
}

QRectF serviceRect()
{
    return QRectF(0, 0, LayoutMetrics::serviceWidth, LayoutMetrics::serviceHeight);
}

/// A link label's font and its metrics, made again only when the application's font changes
/// (then `generation` counts up, and every label is fitted again).
struct LabelFont {
    QFont base;
    QFont font;
    QFontMetricsF metrics{QFont()};
    int generation = 0;
};

const LabelFont &labelFont()
{
    static LabelFont cached;
    const QFont base = QApplication::font();
    if (cached.generation == 0 || !(base == cached.base)) {
        cached.base = base;
        cached.font = base;
        cached.font.setPointSizeF(base.pointSizeF() * 0.85);
        cached.metrics = QFontMetricsF(cached.font);
        ++cached.generation;
    }
    return cached;
}

/// The part of the segment inside the rectangle as parameters 0 <= t0 <= t1 <= 1 along it
/// (Liang-Barsky clipping); false when no part is inside.
bool clipLine(const QLineF &line, const QRectF &rect, double &t0, double &t1)
{
    t0 = 0;
    t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                        rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
        } else {
            const double t = q[i] / p[i];
            if (p[i] < 0)
                t0 = std::max(t0, t);
            else
                t1 = std::min(t1, t);
            if (t0 > t1)
                return false;
        }
    }
    return true;
}

/// A small rounded tag with white bold text (SPOF, PII...).
void paintTag(QPainter *painter, const QRectF &rect, const QColor &colour, const QString &text)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.7);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(rect, 3, 3);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, text);
}

const ServiceCost *costOf(const DesignScene *scene, const QString &id)
{
    const int i = scene->document()->design().serviceIndex(id);
    const auto &services = scene->analysis().cost.services;
    return i >= 0 && std::size_t(i) < services.size() ? &services[std::size_t(i)] : nullptr;
}

} // namespace

ServiceItem::ServiceItem(DesignScene *scene, const QString &id) : m_scene(scene), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(2);
    setCursor(Qt::OpenHandCursor);
}

QRectF ServiceItem::boundingRect() const
{
    // The link handle sticks out on the right, the findings badge at the top left.
    return serviceRect().adjusted(-9, -9, 9, 5);
}

QRectF ServiceItem::handleRect()
{
    return QRectF(LayoutMetrics::serviceWidth - 7, LayoutMetrics::serviceHeight / 2 - 7, 14, 14);
}

void ServiceItem::refresh()
{
    const PlacedService *s = m_scene->document()->design().service(m_id);
    if (!s)
        return;
    setPos(s->position.x, s->position.y);
    const Catalog &catalog = m_scene->document()->catalog();
    m_accent = providerColor(catalog, s->provider);
    const ServiceOffering *o = catalog.service(s->provider, s->service);
    setToolTip(o ? QCoreApplication::translate("ServiceItem", "%1\n%2 in %3\n%4")
                       .arg(s->label, o->name, s->region, s->reason)
                       .trimmed()
                 : QObject::tr("%1\n%2/%3 is not in the catalog: it is not priced. Choose "
                               "another service or restore the catalog entry.")
                       .arg(s->label, s->provider, s->service));
    update();
}

void ServiceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = QApplication::palette();
    const QColor &accent = m_accent;
    const QRectF r = serviceRect();
    const bool selected = option->state & QStyle::State_Selected;
    if (m_scene->isDown(m_id))
        painter->setOpacity(0.25); // a simulated outage took it down
    // Level of detail: far out, a coloured block is all a person can read, and plain fills
    // keep a repaint of 10,000 services fast.
    const qreal lod = m_scene->detailLevel(option, painter);
    if (lod < DesignScene::farOutDetail) {
        painter->fillRect(r, selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
        painter->fillRect(QRectF(r.left(), r.top(), 14, r.height()), accent);
        return;
    }
    const PlacedService *s = m_scene->document()->design().service(m_id);
    if (!s)
        return;
    const Catalog &catalog = m_scene->document()->catalog();
    const CanvasOverlay &overlay = m_scene->overlay();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                         selected ? 2.5 : 1));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(r, 6, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(r.left(), r.top(), 6, r.height()), 3, 3);

    const ServiceOffering *o = catalog.service(s->provider, s->service);
    if (o) {
        paintCategoryIcon(painter, QRectF(r.right() - 28, r.top() + 6, 20, 20), o->category,
                          accent);
    }
    if (s->classification >= DataClassification::Pii) {
        // Regulated data is labelled where it lives: PII, PHI or PCI.
        paintTag(painter, QRectF(r.right() - 76, r.bottom() - 15, 30, 12),
                 statuscolor::personalData(), enumKeyString(s->classification).toUpper());
    }
    if (overlay.showSinglePoints && overlay.singlePointsOfFailure.contains(m_id)) {
        // A single point of failure of some entry point: an orange outline and tag.
        const QColor spof(0xef, 0x6c, 0x00);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(spof, 2, Qt::DashLine));
        painter->drawRoundedRect(r.adjusted(-3, -3, 3, 3), 8, 8);
        paintTag(painter, QRectF(r.right() - 40, r.bottom() - 15, 34, 12), spof,
                 QStringLiteral("SPOF"));
    }
    if (const int count = overlay.findings.value(m_id)) {
        // Compliance findings: a badge with their number, coloured by the worst.
        const QColor badge = statuscolor::forSeverity(overlay.worstSeverity.value(m_id));
        const QRectF dot(r.left() - 7, r.top() - 7, 16, 16);
        painter->setPen(QPen(pal.color(QPalette::Base), 1.5));
        painter->setBrush(badge);
        painter->drawEllipse(dot);
        QFont badgeFont = QApplication::font();
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.7);
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        painter->drawText(dot, Qt::AlignCenter, QString::number(count));
    }
    if (m_hovered || selected) {
        painter->setBrush(pal.color(QPalette::Base));
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        painter->drawEllipse(handleRect().adjusted(2, 2, -2, -2));
    }
    QFont font = QApplication::font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(pal.color(QPalette::Text));
    const QRectF text = r.adjusted(14, 6, -30, -6);
    const QFontMetricsF fm(font);
    painter->drawText(
        QRectF(text.left(), text.top(), text.width(), fm.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(s->label.isEmpty() ? s->id : s->label, Qt::ElideRight, text.width()));
    font.setBold(false);
    painter->setFont(font);
    const QFontMetricsF fm2(font);
    painter->setPen(o ? pal.color(QPalette::PlaceholderText) : statuscolor::bad());
    painter->drawText(
        QRectF(text.left(), text.top() + fm.height(), r.width() - 22, fm2.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm2.elidedText(o ? o->name : QObject::tr("⚠ not in the catalog: %1").arg(s->service),
                       Qt::ElideRight, r.width() - 22));
    if (const ServiceCost *cost = costOf(m_scene, m_id)) {
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(
            QRectF(text.left(), text.bottom() - fm2.height(), text.width(), fm2.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QObject::tr("%1 / month").arg(formatUsd(cost->monthly, 0)));
    }
}

void ServiceItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton &&
        (handleRect().contains(event->pos()) || (event->modifiers() & Qt::AltModifier))) {
        m_linking = true;
        m_scene->beginLinkDrag(m_id);
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event); // selection
    if (event->button() == Qt::LeftButton) {
        m_pressScenePos = event->scenePos();
        m_dragging = false;
        setCursor(Qt::ClosedHandCursor);
    }
}

void ServiceItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (m_linking) {
        m_scene->updateLinkDrag(event->scenePos());
        return;
    }
    const QPointF delta = event->scenePos() - m_pressScenePos;
    if (!m_dragging && delta.manhattanLength() < QApplication::startDragDistance())
        return;
    m_scene->moveServices(m_id, delta, m_dragging);
    m_dragging = true;
}

void ServiceItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linking) {
        m_linking = false;
        m_scene->finishLinkDrag(event->scenePos());
        return;
    }
    setCursor(Qt::OpenHandCursor);
    if (m_dragging)
        m_scene->finishDrag(m_id, event->scenePos());
    m_dragging = false;
    QGraphicsItem::mouseReleaseEvent(event);
}

void ServiceItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void ServiceItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(handleRect().contains(event->pos()) ? Qt::CrossCursor : Qt::OpenHandCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void ServiceItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

RegionFrameItem::RegionFrameItem(DesignScene *scene, const QString &provider, const QString &region)
    : m_scene(scene), m_provider(provider), m_region(region),
      m_accent(providerColor(scene->document()->catalog(), provider))
{
    setZValue(0);
    setAcceptHoverEvents(true);
}

QRectF RegionFrameItem::titleRect() const
{
    return QRectF(m_rect.left(), m_rect.top(), m_rect.width(), 26);
}

void RegionFrameItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Only the title bar grabs the mouse; elsewhere a press starts a rubber band.
    if (event->button() != Qt::LeftButton || !titleRect().contains(event->pos())) {
        event->ignore();
        return;
    }
    m_pressScenePos = event->scenePos();
    m_dragging = false;
    event->accept();
}

void RegionFrameItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF delta = event->scenePos() - m_pressScenePos;
    if (!m_dragging && delta.manhattanLength() < QApplication::startDragDistance())
        return;
    m_scene->moveFrame(this, delta, m_dragging);
    m_dragging = true;
}

void RegionFrameItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    m_dragging = false;
    event->accept();
}

void RegionFrameItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(titleRect().contains(event->pos()) ? Qt::SizeAllCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void RegionFrameItem::setFrameRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

QString RegionFrameItem::title() const
{
    const Catalog &catalog = m_scene->document()->catalog();
    const Provider *p = catalog.provider(m_provider);
    const auto region = catalog.region(m_provider, m_region, &m_scene->document()->design());
    return QStringLiteral("%1 %2 (%3)")
        .arg(p ? p->shortName : m_provider, m_region,
             region ? region->name : QObject::tr("unknown region"));
}

void RegionFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                            QWidget *widget)
{
    const QColor &accent = m_accent;
    const qreal lod = m_scene->detailLevel(option, painter);
    if (lod < 0.2) {
        // Far out, without a title: an opaque tint of the canvas and a hairline, which cost
        // no blending over the screen (250 frames cover all of it at fit-to-view). The view
        // does not save painter state around items, so the hint is given back.
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        const QColor canvas = backgroundOf(widget);
        painter->setBrush(blendOver(accent, canvas, 24 / 255.0));
        painter->setPen(QPen(blendOver(accent, canvas, 0.8), 0,
                             m_provider == QLatin1String("onprem") ? Qt::DashLine : Qt::SolidLine));
        painter->drawRect(m_rect);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = accent;
    fill.setAlpha(24);
    painter->setBrush(fill);
    painter->setPen(
        QPen(accent, 1.5, m_provider == QLatin1String("onprem") ? Qt::DashLine : Qt::SolidLine));
    painter->drawRoundedRect(m_rect, 10, 10);
    QFont font = QApplication::font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(
        accent.darker(QApplication::palette().color(QPalette::Base).lightness() > 128 ? 130 : 60));
    painter->drawText(m_rect.adjusted(12, 4, -12, 0), Qt::AlignLeft | Qt::AlignTop,
                      QFontMetricsF(font).elidedText(title(), Qt::ElideRight, m_rect.width() - 24));
}

LinkItem::LinkItem(DesignScene *scene, const QString &id) : m_scene(scene), m_id(id)
{
    // The exposed rectangle lets a long link paint only the part of it on screen.
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setZValue(1);
}

void LinkItem::refresh()
{
    const Design &d = m_scene->document()->design();
    const Link *l = d.link(m_id);
    const PlacedService *from = l ? d.service(l->from) : nullptr;
    const PlacedService *to = l ? d.service(l->to) : nullptr;
    if (!from || !to)
        return;
    m_from = l->from;
    m_to = l->to;
    m_kind = l->kind;
    const QRectF a = serviceRect().translated(from->position.x, from->position.y);
    const QRectF b = serviceRect().translated(to->position.x, to->position.y);
    // From edge to edge of the two boxes, along the line between their centres.
    const auto clip = [](const QRectF &r, const QPointF &inside, const QPointF &outside) {
        QLineF line(inside, outside);
        const QLineF edges[] = {{r.topLeft(), r.topRight()},
                                {r.topRight(), r.bottomRight()},
                                {r.bottomRight(), r.bottomLeft()},
                                {r.bottomLeft(), r.topLeft()}};
        QPointF hit = inside;
        for (const QLineF &e : edges) {
            QPointF p;
            if (line.intersects(e, &p) == QLineF::BoundedIntersection)
                hit = p;
        }
        return hit;
    };
    const QLineF line(clip(a, a.center(), b.center()), clip(b, b.center(), a.center()));
    const QString volume =
        QLocale(QLocale::English).toString(l->gbPerMonth, 'f', 0) + QObject::tr(" GB");
    QString label = volume;
    // The egress report lists links in design order. While it is stale the label has no
    // figure; the scene labels again every link whose figure differs from the one it shows
    // once the analysis is recomputed (shownEgress()).
    static const std::vector<LinkEgress> none;
    const auto &egress = m_scene->isAnalysisStale() ? none : m_scene->analysis().egress.links;
    m_shownEgress = std::numeric_limits<double>::quiet_NaN();
    if (const int i = d.linkIndex(m_id); i >= 0 && std::size_t(i) < egress.size()) {
        m_shownEgress = egress[std::size_t(i)].monthly;
        if (egress[std::size_t(i)].monthly > 0.005)
            label += QStringLiteral(" · ") + formatUsd(egress[std::size_t(i)].monthly, 0) +
                     QObject::tr("/mo");
    }
    const qsizetype volumeLength = volume.size();
    qsizetype figuresAt = 0;
    if (!l->label.isEmpty()) {
        label = l->label + QStringLiteral(": ") + label;
        figuresAt = l->label.size() + 2;
    }
    // The tooltip leads with the whole label: the canvas may show less of it (shownLabel()).
    const QString tip = label + QLatin1Char('\n') +
                        QStringLiteral("%1 -> %2 (%3)").arg(l->from, l->to, keyText(l->kind));
    // After each analysis every link is refreshed; most are as they were, and then neither the
    // scene's index nor the screen needs to hear of them (20,000 links at 10,000 services).
    // Colour and width come from the scene's overlay at paint time, so a change there is
    // repainted by the scene itself.
    if (line == m_line && label == m_label && tip == toolTip() && m_refreshed)
        return;
    if (line != m_line || !m_refreshed) {
        prepareGeometryChange();
        // Far out the layer draws the line: it follows, and repaints both places.
        if (LinkLayerItem *layer = m_scene->linkLayer(); layer && m_scene->linksBatched())
            layer->lineMoved(this, m_line, line);
    }
    m_refreshed = true;
    m_line = line;
    m_label = label;
    m_figuresAt = figuresAt;
    m_volumeLength = volumeLength;
    m_ends[0] = a;
    m_ends[1] = b;
    m_fittedFor = 0; // fitted again when next shown
    setToolTip(tip);
    update();
}

QRectF LinkItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-120, -30, 120, 30);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path);
}

LinkItem::Style LinkItem::style(const QPalette &pal) const
{
    const CanvasOverlay &overlay = m_scene->overlay();
    Style style;
    style.colour = pal.color(QPalette::WindowText);
    const int findings = overlay.findings.value(m_id);
    if (findings)
        style.colour = statuscolor::forSeverity(overlay.worstSeverity.value(m_id));
    if (overlay.egressHeat && overlay.maxLinkEgress > 0 && !findings) {
        // The egress heat scale: the dearer the flow, the redder and wider its line.
        if (const double usd = overlay.linkEgress.value(m_id); usd > 0) {
            const double ratio = usd / overlay.maxLinkEgress;
            style.colour = egressHeatColor(ratio);
            style.width = 1.6 + 3.4 * ratio;
        }
    }
    style.down =
        !overlay.outageProvider.isEmpty() && (m_scene->isDown(m_from) || m_scene->isDown(m_to));
    return style;
}

QColor LinkItem::farOutColour(const QColor &colour, const QColor &base, bool down)
{
    // Faint, but opaque: the colour mixed with the canvas rather than an alpha, so 20,000
    // long lines are plain fills, not per-pixel blends. A link an outage takes down is
    // fainter still (a quarter, as its opacity is when near).
    return blendOver(colour, base, 110.0 / 255.0 * (down ? 0.25 : 1.0));
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Far out, a selected link draws itself (highlighted) and the layer leaves it out.
    if (change == ItemSelectedHasChanged && m_scene->linksBatched()) {
        setFlag(ItemHasNoContents, !value.toBool());
        if (LinkLayerItem *layer = m_scene->linkLayer())
            layer->invalidate();
    }
    return QGraphicsItem::itemChange(change, value);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_refreshed || m_line.length() < 1)
        return;
    // A diagonal link's bounding box covers far more than its line. Only the visible part is
    // stroked: a dashed pen along a line thousands of pixels long costs thousands of dashes
    // (measured: a repaint at 100% of a 10,000-service design went from 137 to 48 ms). The
    // dash offset keeps the pattern where it was.
    const QRectF exposed = option->exposedRect.adjusted(-12, -12, 12, 12);
    double t0 = 0, t1 = 1;
    if (!clipLine(m_line, exposed, t0, t1))
        return;
    const QLineF visible(m_line.pointAt(t0), m_line.pointAt(t1));
    const QPalette pal = QApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;
    const CanvasOverlay &overlay = m_scene->overlay();
    const Style style = this->style(pal);
    const double width = style.width;
    if (style.down)
        painter->setOpacity(0.25);
    QPen pen(selected ? pal.color(QPalette::Highlight) : style.colour,
             selected ? std::max(2.5, width) : width);
    pen.setStyle(m_kind == LinkKind::Request       ? Qt::DashLine
                 : m_kind == LinkKind::Replication ? Qt::DashDotLine
                                                   : Qt::SolidLine);
    const qreal lod = m_scene->detailLevel(option, painter);
    if (lod < DesignScene::farOutDetail) {
        // Far out: a thin plain line per link, no arrowhead or label to read anyway.
        pen.setStyle(Qt::SolidLine);
        pen.setWidthF(0);
        if (!selected) {
            painter->setOpacity(1); // the faint colour says it is down
            pen.setColor(farOutColour(style.colour, pal.color(QPalette::Base), style.down));
        }
        // Aliased, as the layer draws links far out (the hint is given back).
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(pen);
        painter->drawLine(visible);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    pen.setDashOffset(t0 * m_line.length() / pen.widthF());
    painter->setPen(pen);
    painter->drawLine(visible);
    // Arrowhead at the receiving end.
    const double angle = std::atan2(-m_line.dy(), m_line.dx());
    const QPointF tip = m_line.p2();
    const double size = 10;
    const QPointF left =
        tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    const QPointF right =
        tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    painter->setBrush(pen.color());
    painter->setPen(Qt::NoPen);
    painter->drawPolygon(QPolygonF({tip, left, right}));
    if (lod < 0.5 || m_scene->hiddenLayers().contains(QStringLiteral("labels")))
        return;
    const QString &shown = shownLabel(); // fits it, when the label or the font changed
    if (shown.isEmpty())
        return;
    QRectF box(QPointF(), m_shownSize);
    box.moveCenter(m_line.center());
    if (!box.intersects(exposed))
        return;
    painter->setFont(labelFont().font);
    const bool personal = overlay.personalDataLinks.contains(m_id);
    painter->setBrush(pal.color(QPalette::Base));
    // A link carrying personal data gets a purple frame: the path the data takes.
    painter->setPen(personal ? QPen(statuscolor::personalData(), 1.6)
                             : QPen(pal.color(QPalette::Mid), 0.8));
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(box, Qt::AlignCenter, shown);
}

const QString &LinkItem::shownLabel() const
{
    const LabelFont &font = labelFont();
    if (m_fittedFor == font.generation)
        return m_shownLabel;
    // The whole label, the figures alone, the volume alone: the first whose box, centred on
    // the line, clears both ends' boxes. Measured when first shown rather than at each
    // refresh: far out, or off screen, a label is never measured.
    m_fittedFor = font.generation;
    const QString forms[] = {m_label, m_label.mid(m_figuresAt),
                             m_label.mid(m_figuresAt, m_volumeLength)};
    for (const QString &form : forms) {
        QRectF box = font.metrics.boundingRect(form).adjusted(-4, -1, 4, 1);
        box.moveCenter(m_line.center());
        if (!box.intersects(m_ends[0]) && !box.intersects(m_ends[1])) {
            m_shownLabel = form;
            m_shownSize = box.size();
            return m_shownLabel;
        }
    }
    m_shownLabel.clear();
    return m_shownLabel;
}

LinkLayerItem::LinkLayerItem(DesignScene *scene) : m_scene(scene)
{
    // Above the frames, below the links (a selected one draws itself over the batch) and
    // the services.
    setZValue(0.5);
    setFlags(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton);
    setVisible(false);
}

void LinkLayerItem::setBounds(const QRectF &bounds)
{
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

void LinkLayerItem::invalidate()
{
    m_dirty = true;
    update();
}

void LinkLayerItem::lineMoved(LinkItem *item, const QLineF &from, const QLineF &to)
{
    if (!item->isVisible() || item->isSelected())
        return; // not the layer's to draw (a selected link draws itself)
    if (!m_dirty && item->m_layerSlot >= 0 && std::size_t(item->m_layerSlot) < m_entries.size() &&
        m_entries[std::size_t(item->m_layerSlot)].item == item)
        m_entries[std::size_t(item->m_layerSlot)].line = to;
    else
        m_dirty = true;
    update(QRectF(from.p1(), from.p2()).normalized().adjusted(-2, -2, 2, 2));
    update(QRectF(to.p1(), to.p2()).normalized().adjusted(-2, -2, 2, 2));
}

void LinkLayerItem::gather(const QPalette &pal)
{
    m_dirty = false;
    m_entries.clear();
    m_entries.reserve(std::size_t(m_scene->linkItems().size()));
    m_colours.clear();
    const QColor base = pal.color(QPalette::Base);
    m_text = pal.color(QPalette::WindowText).rgb();
    m_base = base.rgb();
    // Batches by colour; drawn plain links first, then the heat scale, then findings on top.
    QHash<quint64, int> batchOf; // a link's colour and whether it is down
    std::vector<int> rank;
    const CanvasOverlay &overlay = m_scene->overlay();
    for (LinkItem *item : m_scene->linkItems()) {
        item->m_layerSlot = -1;
        if (!item->isVisible() || item->isSelected() || !item->m_refreshed ||
            item->m_line.length() < 1)
            continue;
        const LinkItem::Style style = item->style(pal);
        const quint64 key = quint64(style.colour.rgb()) << 1 | quint64(style.down);
        auto it = batchOf.find(key);
        if (it == batchOf.end()) {
            it = batchOf.insert(key, int(m_colours.size()));
            m_colours.push_back(LinkItem::farOutColour(style.colour, base, style.down));
            rank.push_back(overlay.findings.value(item->id())            ? 2
                           : style.colour.rgb() != m_text && !style.down ? 1
                                                                         : 0);
        }
        item->m_layerSlot = int(m_entries.size());
        m_entries.push_back({item->m_line, it.value(), item});
    }
    m_order.resize(m_colours.size());
    for (std::size_t i = 0; i < m_order.size(); ++i)
        m_order[i] = int(i);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return rank[std::size_t(a)] < rank[std::size_t(b)]; });
    m_lines.resize(m_colours.size());
}

void LinkLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    m_drawn = 0;
    const QPalette pal = QApplication::palette();
    if (m_dirty || pal.color(QPalette::WindowText).rgb() != m_text ||
        pal.color(QPalette::Base).rgb() != m_base)
        gather(pal);
    if (m_scene->detailLevel(option, painter) >= DesignScene::farOutDetail) {
        // Not far out after all (a rendering the views do not know of): each link as near.
        const QRectF area = option->exposedRect;
        for (const Entry &e : m_entries) {
            if (!e.item->boundingRect().intersects(area))
                continue;
            QStyleOptionGraphicsItem itemOption(*option);
            itemOption.state &= ~QStyle::State_Selected;
            painter->save();
            e.item->paint(painter, &itemOption, widget);
            painter->restore();
            ++m_drawn;
        }
        return;
    }
    const QRectF exposed = option->exposedRect.adjusted(-2, -2, 2, 2);
    for (std::vector<QLineF> &lines : m_lines)
        lines.clear();
    for (const Entry &e : m_entries) {
        const QLineF &l = e.line;
        if (std::max(l.x1(), l.x2()) < exposed.left() ||
            std::min(l.x1(), l.x2()) > exposed.right() ||
            std::max(l.y1(), l.y2()) < exposed.top() || std::min(l.y1(), l.y2()) > exposed.bottom())
            continue;
        m_lines[std::size_t(e.batch)].push_back(l);
    }
    QPen pen;
    pen.setWidthF(0);
    // Aliased: hairlines this faint show no steps, and 20,000 antialiased lines across a
    // large screen take most of a repaint (at 1600 x 1000: 57 of 127 ms). The view does not
    // save painter state around items, so the hint is given back.
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const int b : m_order) {
        const std::vector<QLineF> &lines = m_lines[std::size_t(b)];
        if (lines.empty())
            continue;
        pen.setColor(m_colours[std::size_t(b)]);
        painter->setPen(pen);
        painter->drawLines(lines.data(), int(lines.size()));
        m_drawn += int(lines.size());
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace skyplan

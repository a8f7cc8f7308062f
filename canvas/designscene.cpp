#include "designscene.h"

#include "canvasitems.h"
#include "designview.h"
#include "mimetypes.h"
#include "minimapview.h"
#include "model/catalog/catalog.h"
#include "model/document/changevaluetraits.h"
#include "model/document/commands.h"
#include "model/document/designdocument.h"
#include "model/io/designtree.h"
#include "model/layout.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QSet>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace skyplan {

namespace {

QString frameKey(const QString &provider, const QString &region)
{
    return provider + QLatin1Char('/') + region;
}

} // namespace

DesignScene::DesignScene(DesignDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    // No BSP index: links between distant services have huge bounding boxes, which the BSP
    // tree files under thousands of leaves. Measured on 10,000 services and 19,748 links
    // (bench_canvas): with the index a repaint at fit-to-view took 4.3 s and the process
    // 647 MB; without it 53 ms and 94 MB. A linear scan of the items is cheaper than that.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    rebuild();
    connect(document, &DesignDocument::changed, this, &DesignScene::applyChange);
    connect(document, &DesignDocument::selectionChanged, this,
            &DesignScene::syncSelectionFromDocument);
    connect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::syncSelectionToDocument);
}

DesignScene::~DesignScene()
{
    // Deleting selected items changes the selection; nothing may sync it any more.
    m_syncingSelection = true;
    disconnect(this, &QGraphicsScene::selectionChanged, this,
               &DesignScene::syncSelectionToDocument);
    m_linkLayer = nullptr;
    m_linksBatched = false;
    m_services.clear();
    m_links.clear();
    m_frames.clear();
    clear();
}

const DesignAnalysis &DesignScene::analysis() const
{
    if (m_analysisStale) {
        m_live.update(m_document->design(), m_document->catalog());
        m_analysisStale = false;
    }
    return m_live.analysis();
}

void DesignScene::flush() const
{
    auto *self = const_cast<DesignScene *>(this);
    if (m_framesStale)
        updateFrames();
    if (m_publishPending) {
        self->m_publishPending = false;
        self->refreshAnalysis();
    }
}

void DesignScene::refreshAnalysis() const
{
    auto *self = const_cast<DesignScene *>(this);
    analysis();
    self->rebuildOverlay();
    // A link's label shows its egress cost: label again the links whose figure differs from
    // the one they show (an edit changes a few of 20,000). Service boxes draw their cost from
    // the analysis when painted, so the update() below is all they need.
    const auto &links = m_document->design().links();
    const auto &egress = m_live.analysis().egress.links;
    for (std::size_t i = 0; i < egress.size() && i < links.size(); ++i) {
        if (LinkItem *item = m_links.value(links[i].id);
            item && !(item->shownEgress() == egress[i].monthly))
            item->refresh();
    }
    // The overlay (heat colours, single points of failure, findings, the personal-data path)
    // is drawn from the analysis: repaint what is on screen.
    self->update();
    emit self->analysisChanged();
}

void DesignScene::rebuildOverlay()
{
    m_overlay.findings.clear();
    m_overlay.worstSeverity.clear();
    m_overlay.singlePointsOfFailure.clear();
    for (const ComplianceFinding &f : m_live.analysis().compliance.findings) {
        if (f.severity == Severity::Info)
            continue;
        ++m_overlay.findings[f.subject];
        if (!m_overlay.worstSeverity.contains(f.subject) ||
            f.severity < m_overlay.worstSeverity.value(f.subject))
            m_overlay.worstSeverity.insert(f.subject, f.severity);
    }
    for (const EntryPointAvailability &e : m_live.analysis().availability.entryPoints) {
        for (const QString &id : e.singlePointsOfFailure)
            m_overlay.singlePointsOfFailure.insert(id);
    }
    // The path personal data takes: data and replication links out of a service holding it
    // (as the compliance analysis propagated it), unless anonymised on the way.
    m_overlay.personalDataLinks.clear();
    const Design &design = m_document->design();
    const auto &held = m_live.analysis().compliance.dataHeld;
    const auto &ends = design.linkEnds();
    for (std::size_t i = 0; i < design.links().size(); ++i) {
        const Link &l = design.links()[i];
        const int from = ends[i].from;
        if (l.kind != LinkKind::Request && !l.anonymized && from >= 0 &&
            std::size_t(from) < held.size() && !held[std::size_t(from)].empty())
            m_overlay.personalDataLinks.insert(l.id);
    }
    m_overlay.linkEgress.clear();
    m_overlay.maxLinkEgress = 0;
    const auto &egress = m_live.analysis().egress.links;
    for (std::size_t i = 0; i < egress.size() && i < design.links().size(); ++i) {
        if (egress[i].monthly >= 0.005) {
            m_overlay.linkEgress.insert(design.links()[i].id, egress[i].monthly);
            m_overlay.maxLinkEgress = std::max(m_overlay.maxLinkEgress, egress[i].monthly);
        }
    }
    if (m_linkLayer)
        m_linkLayer->invalidate();
}

void DesignScene::setEgressHeat(bool on)
{
    m_overlay.egressHeat = on;
    for (LinkItem *item : std::as_const(m_links))
        item->update();
    m_linkLayer->invalidate();
}

void DesignScene::setOutage(const QString &provider, const QString &region)
{
    if (provider == m_overlay.outageProvider && region == m_overlay.outageRegion)
        return;
    m_overlay.outageProvider = provider;
    m_overlay.outageRegion = provider.isEmpty() ? QString() : region;
    for (ServiceItem *item : std::as_const(m_services))
        item->update();
    for (LinkItem *item : std::as_const(m_links))
        item->update();
    m_linkLayer->invalidate();
    emit outageChanged();
}

void DesignScene::setShowSinglePoints(bool show)
{
    m_overlay.showSinglePoints = show;
    for (ServiceItem *item : std::as_const(m_services))
        item->update();
}

bool DesignScene::isDown(const QString &serviceId) const
{
    if (m_overlay.outageProvider.isEmpty())
        return false;
    const PlacedService *s = m_document->design().service(serviceId);
    return s && s->provider == m_overlay.outageProvider &&
           (m_overlay.outageRegion.isEmpty() || s->region == m_overlay.outageRegion);
}

void DesignScene::rebuild()
{
    // Forget the items before deleting them: deleting a selected item announces a selection
    // change, which must not reach the document or walk the old items.
    m_syncingSelection = true;
    m_linkLayer = nullptr;
    const bool batched = m_linksBatched;
    m_linksBatched = false; // the items about to be deleted are not told of it
    m_services.clear();
    m_links.clear();
    m_frames.clear();
    m_rubberLink = nullptr;
    m_linkFrom.clear();
    clear();
    m_syncingSelection = false;
    m_linkLayer = new LinkLayerItem(this);
    addItem(m_linkLayer);
    m_analysisStale = true;
    m_publishPending = false;
    analysis();
    m_overlay.outageProvider.clear(); // a new design: no outage carried over
    m_overlay.outageRegion.clear();
    rebuildOverlay();
    for (const PlacedService &s : m_document->design().services()) {
        auto *item = new ServiceItem(this, s.id);
        addItem(item);
        m_services.insert(s.id, item);
        item->refresh();
    }
    for (const Link &l : m_document->design().links()) {
        auto *item = new LinkItem(this, l.id);
        addItem(item);
        m_links.insert(l.id, item);
        item->refresh();
    }
    setLinksBatched(batched);
    updateFrames();
    syncSelectionFromDocument();
    emit analysisChanged();
}

void DesignScene::applyChange(const DesignChange &change)
{
    m_live.noteChange(change);
    applyChangeToItems(change);
    if (!m_hiddenLayers.isEmpty())
        applyHiddenLayers(); // new links and changed kinds follow the hidden layers
}

void DesignScene::applyChangeToItems(const DesignChange &change)
{
    using Kind = DesignChange::Kind;
    if (change.kind == Kind::Reset) {
        m_flushTimer.stop();
        rebuild();
        return;
    }
    const Design &d = m_document->design();
    switch (change.kind) {
    case Kind::ServiceAdded: {
        auto *item = new ServiceItem(this, change.id);
        addItem(item);
        m_services.insert(change.id, item);
        item->refresh();
        break;
    }
    case Kind::ServiceRemoved:
        delete m_services.take(change.id);
        break;
    case Kind::LinkAdded: {
        auto *item = new LinkItem(this, change.id);
        item->setFlag(QGraphicsItem::ItemHasNoContents, m_linksBatched);
        addItem(item);
        m_links.insert(change.id, item);
        item->refresh();
        m_linkLayer->invalidate();
        break;
    }
    case Kind::LinkRemoved:
        delete m_links.take(change.id);
        m_linkLayer->invalidate();
        break;
    case Kind::LinkChanged:
        if (LinkItem *item = m_links.value(change.id))
            item->refresh();
        m_linkLayer->invalidate(); // its kind or its findings' colour may change
        break;
    case Kind::ServiceChanged:
        if (ServiceItem *item = m_services.value(change.id)) {
            item->refresh();
            for (const QString &l : d.linksOf(change.id)) {
                if (LinkItem *link = m_links.value(l))
                    link->refresh();
            }
        }
        break;
    default:
        break;
    }
    if (change.kind != Kind::LinkChanged && change.kind != Kind::DesignChanged)
        m_framesStale = true;
    if (change.affectsAnalysis()) {
        m_analysisStale = true;
        m_publishPending = true;
    }
    if (m_framesStale || m_publishPending)
        m_flushTimer.start();
}

void DesignScene::updateFrames() const
{
    using M = LayoutMetrics;
    auto *self = const_cast<DesignScene *>(this);
    m_framesStale = false;
    QHash<QString, QRectF> bounds;
    QHash<QString, std::pair<QString, QString>> keys;
    for (const PlacedService &s : m_document->design().services()) {
        const QString key = frameKey(s.provider, s.region);
        const QRectF r(s.position.x, s.position.y, M::serviceWidth, M::serviceHeight);
        auto it = bounds.find(key);
        if (it == bounds.end()) {
            bounds.insert(key, r);
            keys.insert(key, {s.provider, s.region});
        } else {
            *it = it->united(r);
        }
    }
    for (auto it = m_frames.begin(); it != m_frames.end();) {
        if (!bounds.contains(it.key())) {
            delete it.value();
            it = m_frames.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = bounds.cbegin(); it != bounds.cend(); ++it) {
        RegionFrameItem *frame = m_frames.value(it.key());
        if (!frame) {
            frame = new RegionFrameItem(self, keys[it.key()].first, keys[it.key()].second);
            self->addItem(frame);
            m_frames.insert(it.key(), frame);
            frame->setVisible(!m_hiddenLayers.contains(QStringLiteral("frames")));
        }
        const double pad = M::framePadding * 0.6;
        frame->setFrameRect(it.value().adjusted(-pad, -pad - 22, pad, pad));
    }
    // Every service is in a frame, so every link too.
    QRectF all;
    for (const RegionFrameItem *frame : std::as_const(m_frames))
        all = all.united(frame->boundingRect());
    if (m_linkLayer)
        m_linkLayer->setBounds(all.adjusted(-4, -4, 4, 4));
    emit self->contentsChanged();
}

RegionFrameItem *DesignScene::frameAt(const QPointF &scenePos) const
{
    if (m_framesStale)
        updateFrames();
    for (RegionFrameItem *frame : std::as_const(m_frames)) {
        if (frame->boundingRect().contains(scenePos))
            return frame;
    }
    return nullptr;
}

RegionFrameItem *DesignScene::frame(const QString &provider, const QString &region) const
{
    if (m_framesStale)
        updateFrames();
    return m_frames.value(frameKey(provider, region));
}

QList<RegionFrameItem *> DesignScene::frames() const
{
    if (m_framesStale)
        updateFrames();
    return m_frames.values();
}

ServiceItem *DesignScene::serviceAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == ServiceItem::Type)
            return static_cast<ServiceItem *>(item);
    }
    return nullptr;
}

void DesignScene::setHiddenLayers(const QStringList &layers)
{
    m_hiddenLayers = layers;
    applyHiddenLayers();
    update();
}

void DesignScene::applyHiddenLayers()
{
    for (RegionFrameItem *frame : std::as_const(m_frames))
        frame->setVisible(!m_hiddenLayers.contains(QStringLiteral("frames")));
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        const Link *link = m_document->design().link(it.key());
        if (!link)
            continue;
        const char *layer = link->kind == LinkKind::Request       ? "requests"
                            : link->kind == LinkKind::Replication ? "replication"
                                                                  : "data";
        it.value()->setVisible(!m_hiddenLayers.contains(QLatin1String(layer)));
    }
    m_linkLayer->invalidate();
}

void DesignScene::setFullDetail(bool on)
{
    m_fullDetail = on;
    updateLinkBatching();
}

void DesignScene::updateLinkBatching()
{
    bool farOut = !m_fullDetail;
    bool anyView = false;
    for (const QGraphicsView *view : views()) {
        if (qobject_cast<const MiniMapView *>(view))
            continue; // always far out: it follows the main view
        anyView = true;
        if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(view->viewportTransform()) >=
            farOutDetail)
            farOut = false;
    }
    setLinksBatched(farOut && anyView);
}

void DesignScene::viewLeaving()
{
    QTimer::singleShot(0, this, [this] { updateLinkBatching(); });
}

void DesignScene::setLinksBatched(bool on)
{
    if (on == m_linksBatched)
        return;
    m_linksBatched = on;
    for (LinkItem *item : std::as_const(m_links))
        item->setFlag(QGraphicsItem::ItemHasNoContents, on && !item->isSelected());
    m_linkLayer->setVisible(on);
    m_linkLayer->invalidate();
}

qreal DesignScene::detailLevel(const QStyleOptionGraphicsItem *option,
                               const QPainter *painter) const
{
    return m_fullDetail ? 1.0 : option->levelOfDetailFromTransform(painter->worldTransform());
}

QRectF DesignScene::contentsRect() const
{
    if (m_framesStale)
        updateFrames();
    QRectF r;
    for (const RegionFrameItem *frame : m_frames)
        r = r.united(frame->boundingRect());
    return r.isNull() ? QRectF(0, 0, 800, 600) : r.adjusted(-40, -40, 40, 40);
}

void DesignScene::moveServices(const QString &id, const QPointF &delta, bool continuesDrag)
{
    QSet<QString> ids = m_document->selectedServices();
    if (!ids.contains(id))
        ids = {id};
    if (!continuesDrag) {
        m_dragStart.clear();
        for (const QString &s : ids) {
            if (const PlacedService *p = m_document->design().service(s))
                m_dragStart.insert(s, {p->position.x, p->position.y});
        }
    }
    // Snap the dragged service to a 10-pixel grid; the others keep their offsets to it.
    constexpr double grid = 10;
    const QPointF start = m_dragStart.value(id);
    const QPointF snapped(std::round((start.x() + delta.x()) / grid) * grid,
                          std::round((start.y() + delta.y()) / grid) * grid);
    const QPointF step = snapped - start;
    QHash<QString, CanvasPosition> to;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it)
        to.insert(it.key(), {it.value().x() + step.x(), it.value().y() + step.y()});
    m_document->undoStack()->push(new MoveServicesCommand(m_document, to, continuesDrag));
}

void DesignScene::finishDrag(const QString &id, const QPointF &scenePos)
{
    const PlacedService *s = m_document->design().service(id);
    if (!s)
        return;
    if (m_framesStale)
        updateFrames();
    RegionFrameItem *target = nullptr;
    for (RegionFrameItem *frame : std::as_const(m_frames)) {
        const bool own = frame->provider() == s->provider && frame->region() == s->region;
        if (!own && frame->boundingRect().contains(scenePos))
            target = frame;
    }
    if (!target)
        return;
    QUndoStack *stack = m_document->undoStack();
    const Provider *p = m_document->catalog().provider(target->provider());
    if (target->provider() != s->provider) {
        stack->undo(); // the drag goes back
        emit message(tr("%1 is a %2 service; it cannot go into %3")
                         .arg(s->label, s->provider, target->title()));
        return;
    }
    // One undo step: the move and the new region.
    QHash<QString, CanvasPosition> to;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it) {
        if (const PlacedService *moved = m_document->design().service(it.key()))
            to.insert(it.key(), moved->position);
    }
    stack->undo();
    pushRegionChange(
        to, target->region(),
        undoText(QT_TRANSLATE_NOOP("Undo", "Move %1 to %2")).arg(s->label, target->region()));
    emit message(tr("Moved to %1 (%2)").arg(target->title(), p ? p->name : target->provider()));
}

void DesignScene::moveFrame(const RegionFrameItem *frame, const QPointF &delta, bool continuesDrag)
{
    if (!continuesDrag) {
        m_dragStart.clear();
        for (const PlacedService &s : m_document->design().services()) {
            if (s.provider == frame->provider() && s.region == frame->region())
                m_dragStart.insert(s.id, {s.position.x, s.position.y});
        }
    }
    if (m_dragStart.isEmpty())
        return;
    constexpr double grid = 10;
    const QPointF step(std::round(delta.x() / grid) * grid, std::round(delta.y() / grid) * grid);
    QHash<QString, CanvasPosition> to;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it)
        to.insert(it.key(), {it.value().x() + step.x(), it.value().y() + step.y()});
    auto *command = new MoveServicesCommand(m_document, to, continuesDrag);
    command->setText(undoText(QT_TRANSLATE_NOOP("Undo", "Move frame %1")).arg(frame->title()));
    m_document->undoStack()->push(command);
}

void DesignScene::changeRegion(const QStringList &ids, const QString &region)
{
    using M = LayoutMetrics;
    const Design &d = m_document->design();
    QStringList moving;
    QString provider;
    for (const QString &id : ids) {
        if (const PlacedService *s = d.service(id); s && s->region != region) {
            moving << id;
            provider = s->provider;
        }
    }
    if (moving.isEmpty())
        return;
    // Where the services go: a row below the target frame's contents, or right of everything.
    QPointF origin;
    if (const RegionFrameItem *target = frame(provider, region)) {
        const double pad = M::framePadding * 0.6;
        origin = QPointF(target->boundingRect().left() + pad,
                         target->boundingRect().bottom() - pad + M::gap / 2);
    } else {
        const QRectF all = contentsRect();
        origin = QPointF(all.right() + M::gap, all.top() + M::gap);
    }
    QHash<QString, CanvasPosition> to;
    for (qsizetype i = 0; i < moving.size(); ++i) {
        const double x = origin.x() + double(i % M::columnsPerFrame) * (M::serviceWidth + M::gap);
        const double y = origin.y() + double(i / M::columnsPerFrame) * (M::serviceHeight + M::gap);
        to.insert(moving[i], {std::round(x / 10) * 10, std::round(y / 10) * 10});
    }
    pushRegionChange(
        to, region,
        moving.size() == 1
            ? undoText(QT_TRANSLATE_NOOP("Undo", "Move %1 to %2")).arg(moving.first(), region)
            : undoText(QT_TRANSLATE_NOOP("Undo", "Move %1 services to %2"))
                  .arg(moving.size())
                  .arg(region));
}

void DesignScene::pushRegionChange(const QHash<QString, CanvasPosition> &to, const QString &region,
                                   const QString &text)
{
    QStringList ids = to.keys();
    ids.sort(); // the command's order, and so the undo's, does not depend on hash order
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(text);
    stack->push(new MoveServicesCommand(m_document, to, false));
    stack->push(new ChangeValueCommand<valuetraits::Region>(m_document, ids, region));
    stack->endMacro();
}

QString DesignScene::addLink(const QString &from, const QString &to, LinkKind kind)
{
    const Design &d = m_document->design();
    const PlacedService *a = d.service(from);
    const PlacedService *b = d.service(to);
    if (!a || !b)
        return {};
    if (from == to) {
        emit message(tr("A link needs two different services"));
        return {};
    }
    Link link;
    link.id = d.uniqueLinkId(from + QStringLiteral("_to_") + to);
    link.from = from;
    link.to = to;
    link.kind = kind;
    // A link across providers goes over the internet until the architect says otherwise; a
    // link inside one provider's region stays in the zone.
    link.path = NetworkPath::Internet;
    m_document->undoStack()->push(new AddItemsCommand(
        m_document, {}, {link},
        undoText(QT_TRANSLATE_NOOP("Undo", "Link %1 to %2"))
            .arg(a->label.isEmpty() ? a->id : a->label, b->label.isEmpty() ? b->id : b->label)));
    m_document->setSelection({}, {link.id});
    return link.id;
}

void DesignScene::beginLinkDrag(const QString &from)
{
    const PlacedService *s = m_document->design().service(from);
    if (!s)
        return;
    m_linkFrom = from;
    if (!m_rubberLink) {
        m_rubberLink = addLine(QLineF());
        m_rubberLink->setZValue(10);
    }
    m_rubberLink->setPen(QPen(QApplication::palette().color(QPalette::Highlight), 2, Qt::DashLine));
    const QPointF start(s->position.x + LayoutMetrics::serviceWidth,
                        s->position.y + LayoutMetrics::serviceHeight / 2);
    m_rubberLink->setLine(QLineF(start, start));
    m_rubberLink->show();
}

void DesignScene::updateLinkDrag(const QPointF &scenePos)
{
    if (!m_rubberLink || m_linkFrom.isEmpty())
        return;
    QLineF line = m_rubberLink->line();
    line.setP2(scenePos);
    m_rubberLink->setLine(line);
}

void DesignScene::finishLinkDrag(const QPointF &scenePos)
{
    const QString from = m_linkFrom;
    m_linkFrom.clear();
    if (m_rubberLink)
        m_rubberLink->hide();
    if (ServiceItem *target = serviceAt(scenePos); target && target->id() != from)
        addLink(from, target->id());
}

QString DesignScene::addServiceAt(const QString &provider, const QString &service,
                                  const QPointF &scenePos)
{
    const Catalog &catalog = m_document->catalog();
    const ServiceOffering *offering = catalog.service(provider, service);
    const Provider *p = catalog.provider(provider);
    if (!offering || !p)
        return {};
    PlacedService s = designtree::serviceWithDefaults(provider, service, catalog);
    if (RegionFrameItem *frame = frameAt(scenePos)) {
        if (frame->provider() != provider) {
            emit message(tr("%1 is a %2 service; it cannot go into %3")
                             .arg(offering->name, p->shortName, frame->title()));
            return {};
        }
        s.region = frame->region();
    }
    s.id = m_document->design().uniqueServiceId(service);
    s.role = enumKeyString(offering->category) + QLatin1Char('.') + s.id;
    constexpr double grid = 10;
    s.position = {std::round((scenePos.x() - LayoutMetrics::serviceWidth / 2) / grid) * grid,
                  std::round((scenePos.y() - LayoutMetrics::serviceHeight / 2) / grid) * grid};
    m_document->undoStack()->push(new AddItemsCommand(
        m_document, {s}, {}, undoText(QT_TRANSLATE_NOOP("Undo", "Add %1")).arg(offering->name)));
    m_document->setSelection({s.id});
    if (!offering->offeredIn(s.region))
        emit message(tr("%1 is not offered in %2; the compliance check will say so")
                         .arg(offering->name, s.region));
    return s.id;
}

void DesignScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(QLatin1String(serviceMimeType)));
}

void DesignScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(QLatin1String(serviceMimeType)));
}

void DesignScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QString data = QString::fromUtf8(event->mimeData()->data(QLatin1String(serviceMimeType)));
    const QString provider = data.section(QLatin1Char('/'), 0, 0);
    const QString service = data.section(QLatin1Char('/'), 1);
    event->setAccepted(!addServiceAt(provider, service, event->scenePos()).isEmpty());
}

void DesignScene::syncSelectionFromDocument()
{
    m_syncingSelection = true;
    const QSet<QString> &services = m_document->selectedServices();
    const QSet<QString> &links = m_document->selectedLinks();
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it)
        it.value()->setSelected(services.contains(it.key()));
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        it.value()->setSelected(links.contains(it.key()));
    m_syncingSelection = false;
}

void DesignScene::syncSelectionToDocument()
{
    if (m_syncingSelection)
        return;
    QSet<QString> services, links;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ServiceItem::Type)
            services.insert(static_cast<ServiceItem *>(item)->id());
        else if (item->type() == LinkItem::Type)
            links.insert(static_cast<LinkItem *>(item)->id());
    }
    m_document->setSelection(services, links);
}

} // namespace skyplan

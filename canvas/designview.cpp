#include "designview.h"

#include "designscene.h"
#include "providerstyle.h"

#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace skyplan {

DesignView::DesignView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    // Far out, the scene draws links in batches (while no other view of it is near).
    connect(this, &DesignView::zoomChanged, this, [this] {
        if (auto *s = qobject_cast<DesignScene *>(scene()))
            s->updateLinkBatching();
    });
}

DesignView::~DesignView()
{
    if (auto *s = qobject_cast<DesignScene *>(scene()))
        s->viewLeaving();
}

void DesignView::setDesignScene(DesignScene *scene)
{
    auto *previous = qobject_cast<DesignScene *>(this->scene());
    if (previous == scene)
        return;
    if (previous)
        disconnect(previous, nullptr, this, nullptr);
    setScene(scene);
    if (previous)
        previous->updateLinkBatching(); // one view fewer
    if (!scene)
        return;
    connect(scene, &DesignScene::contentsChanged, this, &DesignView::updateSceneRect);
    updateSceneRect();
    scene->updateLinkBatching();
}

void DesignView::updateSceneRect()
{
    auto *s = qobject_cast<DesignScene *>(scene());
    if (!s)
        return;
    // Room to drag beyond the edges; never shrink under what is on screen, or the view jumps.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    setSceneRect(s->contentsRect().adjusted(-400, -400, 400, 400).united(visible));
}

void DesignView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
}

void DesignView::zoomBy(double factor)
{
    m_autoFit = false;
    const double next = std::clamp(zoom() * factor, 0.02, 8.0);
    scale(next / zoom(), next / zoom());
    emit zoomChanged(zoom());
}

void DesignView::fitToView()
{
    if (auto *s = qobject_cast<DesignScene *>(scene())) {
        setSceneRect(s->contentsRect().adjusted(-400, -400, 400, 400));
        fitInView(s->contentsRect(), Qt::KeepAspectRatio);
        // A small design is shown a little larger than life, never more (text stays crisp).
        if (zoom() > 1.5)
            scale(1.5 / zoom(), 1.5 / zoom());
        m_autoFit = true;
        emit zoomChanged(zoom());
    }
}

void DesignView::fitArea(const QRectF &sceneRect)
{
    m_autoFit = false;
    fitInView(sceneRect, Qt::KeepAspectRatio);
    emit zoomChanged(zoom());
}

void DesignView::showRect(const QRectF &sceneRect)
{
    if (zoom() < 0.6)
        zoomBy(0.8 / zoom());
    ensureVisible(sceneRect, 80, 80);
    centerOn(sceneRect.center());
}

bool DesignView::viewportEvent(QEvent *event)
{
    // Touchpad pinch arrives as a native zoom gesture: a relative change in scale.
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_autoFit = false;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = palette();
    painter->fillRect(rect, canvasColor(pal));
    if (zoom() < 0.4)
        return;
    // A light dot grid at the snapping step's multiple.
    constexpr double step = 40;
    QColor dot = pal.color(QPalette::Mid);
    dot.setAlpha(90);
    painter->setPen(QPen(dot, 0));
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QPointF> points;
    for (double x = left; x < rect.right(); x += step) {
        for (double y = top; y < rect.bottom(); y += step)
            points << QPointF(x, y);
    }
    painter->drawPoints(points.constData(), int(points.size()));
}

} // namespace skyplan

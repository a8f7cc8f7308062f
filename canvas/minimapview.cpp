#include "minimapview.h"

#include "designscene.h"
#include "designview.h"

#include <QMouseEvent>
#include <QScrollBar>

namespace skyplan {

MiniMapView::MiniMapView(QWidget *parent) : QGraphicsView(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInteractive(false);
    setRenderHints(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(160, 110);
    setToolTip(tr("Click or drag to move the canvas view"));
}

void MiniMapView::setMainView(DesignView *view)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_main = view;
    setScene(view ? view->scene() : nullptr);
    if (!view)
        return;
    const auto repaint = [this] { viewport()->update(); };
    m_connections << connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint)
                  << connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint)
                  << connect(view, &DesignView::zoomChanged, this, repaint);
    if (auto *s = qobject_cast<DesignScene *>(view->scene()))
        m_connections << connect(s, &DesignScene::contentsChanged, this, &MiniMapView::refit);
    refit();
}

void MiniMapView::refit()
{
    if (auto *s = m_main ? qobject_cast<DesignScene *>(m_main->scene()) : nullptr) {
        const QRectF r = s->contentsRect();
        setSceneRect(r);
        fitInView(r, Qt::KeepAspectRatio);
    }
    viewport()->update();
}

void MiniMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void MiniMapView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_main)
        return;
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    QColor edge = palette().color(QPalette::Highlight);
    QColor fill = edge;
    fill.setAlpha(40);
    painter->setBrush(fill);
    painter->setPen(QPen(edge, 0)); // cosmetic: one pixel whatever the scale
    painter->drawRect(visible);
}

void MiniMapView::centreMainViewAt(const QPoint &viewPos)
{
    if (m_main)
        m_main->centerOn(mapToScene(viewPos));
}

void MiniMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centreMainViewAt(event->position().toPoint());
}

void MiniMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreMainViewAt(event->position().toPoint());
}

void MiniMapView::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // the overview's scale is always "everything"
}

} // namespace skyplan

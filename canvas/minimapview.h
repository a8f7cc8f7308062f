#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace skyplan {

class DesignView;

/// A small overview of the whole canvas with the main view's visible area as a rectangle;
/// clicking or dragging in it moves the main view there. It shows the same scene (no copy), at
/// a scale where items draw their coarse level of detail.
class MiniMapView : public QGraphicsView {
    Q_OBJECT
public:
    explicit MiniMapView(QWidget *parent = nullptr);

    /// Follows `view` (and its scene); nullptr shows nothing.
    void setMainView(DesignView *view);
    DesignView *mainView() const { return m_main; }

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void refit();
    void centreMainViewAt(const QPoint &viewPos);

    QPointer<DesignView> m_main;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace skyplan

#pragma once

#include <QGraphicsView>

namespace skyplan {

class DesignScene;

/// The view on a design's canvas: wheel zoom around the cursor, pan with the middle button or
/// space-drag, rubber-band selection, fit to view.
class DesignView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DesignView(QWidget *parent = nullptr);

    void zoomBy(double factor);
    void fitToView();
    double zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace skyplan

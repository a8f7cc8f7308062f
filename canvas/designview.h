#pragma once

#include <QGraphicsView>

namespace skyplan {

class DesignScene;

/// The view on a design's canvas: wheel and pinch zoom around the cursor, pan with the middle
/// button or space-drag, rubber-band selection (Ctrl adds to it), fit to view.
class DesignView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DesignView(QWidget *parent = nullptr);
    ~DesignView() override;

    /// Shows `scene`; the scrollable area follows its contents as they grow.
    void setDesignScene(DesignScene *scene);
    void zoomBy(double factor);
    void fitToView();
    /// Zooms to show `sceneRect` whole (a saved view).
    void fitArea(const QRectF &sceneRect);
    /// Zooms to show the items of `sceneRect` (a service or link to look at) and centres it.
    void showRect(const QRectF &sceneRect);
    double zoom() const { return transform().m11(); }

signals:
    void zoomChanged(double zoom);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void updateSceneRect();

    /// Until the user zooms or pans, the view keeps fitting the design as the window resizes.
    bool m_autoFit = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace skyplan

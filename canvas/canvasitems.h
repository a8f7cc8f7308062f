#pragma once

#include <QGraphicsItem>
#include <QGraphicsObject>
#include <QString>

#include <limits>

namespace skyplan {

class DesignScene;

/// A placed service on the canvas. It holds only its id and reads everything else from the
/// document; it never moves itself: a drag pushes move commands and the scene repositions it.
/// Dragging from the round handle on its right edge (or Alt-dragging anywhere on it) draws a
/// link instead.
class ServiceItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    ServiceItem(DesignScene *scene, const QString &id);

    const QString &id() const { return m_id; }
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// Reads position and text from the document.
    void refresh();
    /// The link handle, in item coordinates.
    static QRectF handleRect();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    DesignScene *m_scene;
    QString m_id;
    QPointF m_pressScenePos;
    bool m_dragging = false;
    bool m_linking = false;
    bool m_hovered = false;
};

/// A frame around the services of one provider region (or on-prem site). Its geometry follows
/// its services, so it moves and grows with its contents; dragging its title bar moves them all.
class RegionFrameItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    RegionFrameItem(DesignScene *scene, const QString &provider, const QString &region);

    const QString &provider() const { return m_provider; }
    const QString &region() const { return m_region; }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void setFrameRect(const QRectF &rect);
    QString title() const;
    QRectF titleRect() const;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    DesignScene *m_scene;
    QString m_provider;
    QString m_region;
    QRectF m_rect;
    QPointF m_pressScenePos;
    bool m_dragging = false;
};

/// A link between two services: an arrow styled by kind, labelled with GB/month and egress cost.
class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    LinkItem(DesignScene *scene, const QString &id);

    const QString &id() const { return m_id; }
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void refresh();
    /// The egress figure of the analysis the label was written with (NaN: none yet).
    double shownEgress() const { return m_shownEgress; }
    const QString &label() const { return m_label; }

private:
    DesignScene *m_scene;
    QString m_id;
    QLineF m_line;
    QString m_label;
    double m_shownEgress = std::numeric_limits<double>::quiet_NaN();
    bool m_refreshed = false; ///< refresh() has run once
};

} // namespace skyplan

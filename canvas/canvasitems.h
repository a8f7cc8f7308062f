#pragma once

#include <QGraphicsItem>
#include <QGraphicsObject>
#include <QString>

namespace skyplan {

class DesignScene;

/// A placed service on the canvas. It holds only its id and reads everything else from the
/// document; it never moves itself: a drag pushes move commands and the scene repositions it.
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

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    DesignScene *m_scene;
    QString m_id;
    QPointF m_pressScenePos;
    bool m_dragging = false;
};

/// A frame around the services of one provider region (or on-prem site). Its geometry follows
/// its services, so it moves and grows with its contents.
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

private:
    DesignScene *m_scene;
    QString m_provider;
    QString m_region;
    QRectF m_rect;
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

private:
    DesignScene *m_scene;
    QString m_id;
    QLineF m_line;
    QString m_label;
};

} // namespace skyplan

#pragma once

#include "model/enums.h"

#include <QColor>
#include <QGraphicsItem>
#include <QGraphicsObject>
#include <QString>

#include <limits>
#include <vector>

class QPalette;

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
    QColor m_accent; ///< the provider's colour, as of the last refresh()
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
    QColor m_accent; ///< the provider's colour
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
    /// The whole label: "name: GB · $/mo".
    const QString &label() const { return m_label; }
    /// What the canvas shows of it: the longest of the whole label, the figures alone and the
    /// volume alone whose box, centred on the line, stays clear of both ends' boxes; empty
    /// when none does (two services side by side). The tooltip leads with the whole label.
    const QString &shownLabel() const;
    const QLineF &line() const { return m_line; }
    /// How the link is drawn when not selected, from the scene's overlay: its colour (a
    /// finding's severity, the egress heat or the text colour), its width, and whether a
    /// simulated outage takes one of its ends down (then it is drawn faint).
    struct Style {
        QColor colour;
        double width = 1.4;
        bool down = false;
    };
    Style style(const QPalette &palette) const;
    /// The opaque faint colour of a link far out: `colour` mixed with the canvas `base`.
    static QColor farOutColour(const QColor &colour, const QColor &base, bool down);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    friend class LinkLayerItem;
    DesignScene *m_scene;
    QString m_id;
    QString m_from, m_to; ///< the link's ends and kind, as of the last refresh()
    LinkKind m_kind = LinkKind::Data;
    int m_layerSlot = -1; ///< its line's place in the LinkLayerItem's batch
    QLineF m_line;
    QString m_label;
    qsizetype m_figuresAt = 0;    ///< where "GB · $/mo" starts in the label
    qsizetype m_volumeLength = 0; ///< the length of "GB" there
    QRectF m_ends[2];             ///< the boxes of the services at its ends
    mutable QString m_shownLabel; ///< shownLabel(), fitted for the label font's generation
    mutable QSizeF m_shownSize;
    mutable int m_fittedFor = 0;
    double m_shownEgress = std::numeric_limits<double>::quiet_NaN();
    bool m_refreshed = false; ///< refresh() has run once
};

/// Far out, every link is a thin plain line, and 20,000 link items cost QGraphicsView more
/// (per item: bounds, exposure, painter state, the call) than drawing their lines. While every
/// view of the scene is far out the link items paint nothing (DesignScene::updateLinkBatching)
/// and this one item, between the frames and the services, draws all unselected visible links:
/// one batch of lines per colour. A selected link still draws itself, highlighted.
class LinkLayerItem : public QGraphicsItem {
public:
    enum { Type = UserType + 5 };
    explicit LinkLayerItem(DesignScene *scene);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// The area the links lie in (the frames hold every service, so their union).
    void setBounds(const QRectF &bounds);
    /// Colours, visibility, selection or the set of links changed: the lines are gathered
    /// again at the next paint, and everything is repainted.
    void invalidate();
    /// One link's line moved (a drag): its entry follows and both places are repainted.
    void lineMoved(LinkItem *item, const QLineF &from, const QLineF &to);
    /// Lines drawn by the last paint (for tests).
    int drawnLines() const { return m_drawn; }

private:
    struct Entry {
        QLineF line;
        int batch;
        LinkItem *item;
    };
    void gather(const QPalette &palette);

    DesignScene *m_scene;
    QRectF m_bounds;
    bool m_dirty = true;
    QRgb m_text = 0, m_base = 0; ///< the palette the colours were mixed for
    std::vector<Entry> m_entries;
    std::vector<QColor> m_colours;            ///< per batch
    std::vector<int> m_order;                 ///< batches, in drawing order
    std::vector<std::vector<QLineF>> m_lines; ///< per batch, reused by each paint
    int m_drawn = 0;
};

} // namespace skyplan

#pragma once

#include "model/analysis/designanalysis.h"
#include "model/document/designchange.h"

#include <QGraphicsScene>
#include <QHash>

namespace skyplan {

class DesignDocument;
class LinkItem;
class RegionFrameItem;
class ServiceItem;

/// The canvas of one design: region frames, services and links, built from a DesignDocument and
/// kept in step with it through its change signal. Selection is mirrored both ways with the
/// document's selection.
class DesignScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit DesignScene(DesignDocument *document, QObject *parent = nullptr);
    ~DesignScene() override;

    DesignDocument *document() const { return m_document; }
    const DesignAnalysis &analysis() const { return m_analysis; }
    ServiceItem *serviceItem(const QString &id) const { return m_services.value(id); }
    LinkItem *linkItem(const QString &id) const { return m_links.value(id); }
    RegionFrameItem *frameAt(const QPointF &scenePos) const;
    QList<RegionFrameItem *> frames() const { return m_frames.values(); }
    QRectF contentsRect() const;

    /// Moves the selected services (or `id` when it is not selected) by `delta` through a move
    /// command; `continuesDrag` merges with the previous move of the same drag.
    void moveServices(const QString &id, const QPointF &delta, bool continuesDrag);
    /// Adds a catalog service where it is dropped: inside a frame it takes the frame's region,
    /// outside any frame the provider's default region. A frame of another provider refuses it
    /// (returns an empty id and says why).
    QString addServiceAt(const QString &provider, const QString &service, const QPointF &scenePos);

    /// At the end of a drag: a service dropped into another frame of its provider takes that
    /// frame's region; into another provider's frame it is refused and goes back.
    void finishDrag(const QString &id, const QPointF &scenePos);

signals:
    void message(const QString &text);
    /// The analysis was recomputed (after a change that can affect it, or a new design).
    void analysisChanged();

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    void applyChange(const DesignChange &change);
    void updateFrames();
    void syncSelectionFromDocument();
    void syncSelectionToDocument();

    DesignDocument *m_document;
    DesignAnalysis m_analysis;
    QHash<QString, ServiceItem *> m_services;
    QHash<QString, LinkItem *> m_links;
    QHash<QString, RegionFrameItem *> m_frames; ///< "provider/region"
    QHash<QString, QPointF> m_dragStart;
    bool m_syncingSelection = false;
};

} // namespace skyplan

#pragma once

#include "model/analysis/designanalysis.h"
#include "model/document/designchange.h"
#include "model/enums.h"

#include <QGraphicsScene>
#include <QHash>
#include <QTimer>

class QGraphicsLineItem;

namespace skyplan {

class DesignDocument;
class LinkItem;
class RegionFrameItem;
class ServiceItem;

/// The canvas of one design: region frames, services and links, built from a DesignDocument and
/// kept in step with it through its change signal. Selection is mirrored both ways with the
/// document's selection.
///
/// The analysis and the frames are brought up to date once per burst of changes (a command
/// that removes 100 services announces 100 changes): a change marks them stale and a zero
/// timer refreshes them before the next paint; asking for the analysis refreshes it at once.
class DesignScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit DesignScene(DesignDocument *document, QObject *parent = nullptr);
    ~DesignScene() override;

    DesignDocument *document() const { return m_document; }
    /// The analysis of the design as it is now (recomputed here if a change made it stale).
    const DesignAnalysis &analysis() const;
    /// Whether a change has made the analysis stale (items then wait for the refresh instead
    /// of recomputing it one by one).
    bool isAnalysisStale() const { return m_analysisStale; }
    ServiceItem *serviceItem(const QString &id) const { return m_services.value(id); }
    LinkItem *linkItem(const QString &id) const { return m_links.value(id); }
    RegionFrameItem *frameAt(const QPointF &scenePos) const;
    RegionFrameItem *frame(const QString &provider, const QString &region) const;
    QList<RegionFrameItem *> frames() const;
    QRectF contentsRect() const;
    /// Brings frames and analysis up to date now instead of on the next turn of the event loop.
    void flush() const;

    /// Moves the selected services (or `id` when it is not selected) by `delta` through a move
    /// command; `continuesDrag` merges with the previous move of the same drag.
    void moveServices(const QString &id, const QPointF &delta, bool continuesDrag);
    /// Moves every service of a frame (the frame follows its contents).
    void moveFrame(const RegionFrameItem *frame, const QPointF &delta, bool continuesDrag);
    /// Adds a catalog service where it is dropped: inside a frame it takes the frame's region,
    /// outside any frame the provider's default region. A frame of another provider refuses it
    /// (returns an empty id and says why).
    QString addServiceAt(const QString &provider, const QString &service, const QPointF &scenePos);
    /// Adds a link from one service to another as one undo step and selects it; returns its
    /// id, or an empty string (and a message) when the two are the same or missing.
    QString addLink(const QString &from, const QString &to, LinkKind kind = LinkKind::Data);

    /// Moves services to another region of their provider as one undo step; they move on the
    /// canvas too, below the services already in that region's frame (or beside the design
    /// when the region has no frame yet).
    void changeRegion(const QStringList &ids, const QString &region);

    /// At the end of a drag: a service dropped into another frame of its provider takes that
    /// frame's region; into another provider's frame it is refused and goes back.
    void finishDrag(const QString &id, const QPointF &scenePos);

    // Drawing a link: a rubber line follows the pointer from the service's handle; releasing
    // it over another service adds the link.
    void beginLinkDrag(const QString &from);
    void updateLinkDrag(const QPointF &scenePos);
    void finishLinkDrag(const QPointF &scenePos);
    /// The service whose box contains `scenePos`, if any.
    ServiceItem *serviceAt(const QPointF &scenePos) const;

signals:
    void message(const QString &text);
    /// The analysis was recomputed (after a change that can affect it, or a new design).
    void analysisChanged();
    /// The canvas contents grew, shrank or moved (the minimap follows).
    void contentsChanged();

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    void applyChange(const DesignChange &change);
    void updateFrames() const;
    void refreshAnalysis() const;
    void syncSelectionFromDocument();
    void syncSelectionToDocument();

    DesignDocument *m_document;
    mutable DesignAnalysis m_analysis;
    mutable bool m_analysisStale = true;
    mutable bool m_framesStale = true;
    QTimer m_flushTimer;
    QHash<QString, ServiceItem *> m_services;
    QHash<QString, LinkItem *> m_links;
    mutable QHash<QString, RegionFrameItem *> m_frames; ///< "provider/region"
    QHash<QString, QPointF> m_dragStart;
    bool m_syncingSelection = false;
    QString m_linkFrom;
    QGraphicsLineItem *m_rubberLink = nullptr;
};

} // namespace skyplan

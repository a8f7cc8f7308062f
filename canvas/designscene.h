#pragma once

#include "model/analysis/designanalysis.h"
#include "model/design.h"
#include "model/document/designchange.h"
#include "model/enums.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QTimer>

class QGraphicsLineItem;
class QPainter;
class QStyleOptionGraphicsItem;

namespace skyplan {

/// What the canvas draws over the design from its analysis: badges on items with compliance
/// findings, single points of failure, and the part of the design a simulated outage takes
/// down. Rebuilt with each analysis.
struct CanvasOverlay {
    QHash<QString, int> findings;           ///< service or link id -> errors + warnings
    QHash<QString, Severity> worstSeverity; ///< of those
    QSet<QString> singlePointsOfFailure;    ///< of any entry point
    bool showSinglePoints = true;
    QSet<QString> personalDataLinks;   ///< links that carry personal data (not anonymised)
    QHash<QString, double> linkEgress; ///< link id -> USD per month, paid links only
    double maxLinkEgress = 0;
    bool egressHeat = true; ///< colour and widen links by their egress cost
    QString outageProvider; ///< empty: no outage simulated
    QString outageRegion;   ///< empty with a provider: the whole provider is down
};

class DesignDocument;
class LinkItem;
class LinkLayerItem;
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
    const CanvasOverlay &overlay() const { return m_overlay; }
    /// Simulates an outage of a provider (region empty) or one region; an empty provider ends
    /// it. Failed services are dimmed; the availability panel shows what survives.
    void setOutage(const QString &provider, const QString &region);
    void setShowSinglePoints(bool show);
    void setEgressHeat(bool on);
    /// Exports and print-outs draw every label however small the scale (a PDF is zoomed in
    /// later); on screen, far out, items draw as plain shapes.
    void setFullDetail(bool on);
    /// Hides layers of the canvas (a saved view's, while presenting): "frames", "data",
    /// "requests", "replication" (links of that kind) and "labels" (link labels). Items
    /// added later follow it; an empty list shows everything again.
    void setHiddenLayers(const QStringList &layers);
    const QStringList &hiddenLayers() const { return m_hiddenLayers; }
    /// The level of detail an item paints at: 1 under setFullDetail, else the painter's scale.
    qreal detailLevel(const QStyleOptionGraphicsItem *option, const QPainter *painter) const;
    /// Below this level of detail ("far out") links are thin plain lines without labels.
    static constexpr qreal farOutDetail = 0.35;
    /// While every DesignView of the scene is far out, one LinkLayerItem draws the links in
    /// batches and the link items paint nothing (the minimap follows suit; exports under
    /// setFullDetail draw each link). A view calls this when its scale changes.
    void updateLinkBatching();
    /// A view of the scene is being destroyed: batching is decided again once it is gone
    /// (QGraphicsScene does not say when a view leaves).
    void viewLeaving();
    bool linksBatched() const { return m_linksBatched; }
    LinkLayerItem *linkLayer() const { return m_linkLayer; }
    const QHash<QString, LinkItem *> &linkItems() const { return m_links; }
    /// Whether the simulated outage takes this service down.
    bool isDown(const QString &serviceId) const;
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
    /// The simulated outage changed.
    void outageChanged();

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    void applyChange(const DesignChange &change);
    void applyChangeToItems(const DesignChange &change);
    void updateFrames() const;
    void refreshAnalysis() const;
    void syncSelectionFromDocument();
    void syncSelectionToDocument();

    DesignDocument *m_document;
    bool m_fullDetail = false;
    bool m_linksBatched = false;
    LinkLayerItem *m_linkLayer = nullptr;
    void setLinksBatched(bool on);
    QStringList m_hiddenLayers;
    void applyHiddenLayers();
    void rebuildOverlay();
    /// One undo step: the services go to their new places and into `region`.
    void pushRegionChange(const QHash<QString, CanvasPosition> &to, const QString &region,
                          const QString &text);

    mutable LiveAnalysis m_live; ///< the analysis, brought up to date edit by edit
    CanvasOverlay m_overlay;
    mutable bool m_analysisStale = true;
    /// A change awaits its refresh of items and panels (even if someone already asked for
    /// the analysis and so recomputed it).
    bool m_publishPending = false;
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

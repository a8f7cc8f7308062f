#pragma once

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QRectF>
#include <QSignalBlocker>
#include <QString>

#include <optional>

class QGraphicsItem;

namespace skyplan {

class DesignScene;

/// The image formats a canvas can be exported to.
enum class ImageFormat { Png, Svg, Pdf };

/// The format a file name asks for (by its suffix, case-insensitive), if it is one of them.
std::optional<ImageFormat> imageFormatForPath(const QString &path);

struct ImageExportOptions {
    ImageFormat format = ImageFormat::Png;
    /// PNG only: pixels per canvas unit (1 = 100% zoom; 2 for sharp slides).
    double scale = 2.0;
    /// Only the selected services and links (and the links between selected services);
    /// the whole design when nothing is selected.
    bool selectionOnly = false;
    /// Title and description written into SVG and PDF metadata.
    QString title;
    /// The page colour; the canvas background of the current theme when invalid.
    QColor background;
};

/// For as long as it lives: every label drawn whatever the scale, no selection highlight and,
/// with `selectionOnly` (and something selected), only the selected services and links (and
/// the links between them) shown; all restored after. The scene's signals are blocked
/// meanwhile, so the document's selection and every view of it never notice; flush the scene
/// before (an analysis refreshed inside would go unannounced).
class CanvasExportScope {
public:
    CanvasExportScope(DesignScene *scene, bool selectionOnly);
    ~CanvasExportScope();
    CanvasExportScope(const CanvasExportScope &) = delete;
    CanvasExportScope &operator=(const CanvasExportScope &) = delete;

    /// The area of a selection-only export, with margins; null for the whole design.
    QRectF area() const { return m_area; }

private:
    DesignScene *m_scene;
    QSignalBlocker m_blocker;
    QList<QGraphicsItem *> m_selected;
    QList<QGraphicsItem *> m_hidden;
    QRectF m_area;
};

/// The largest PNG side Skyplan writes: beyond it the scale is lowered (a 10,000-service design
/// at scale 2 would need gigabytes).
constexpr int maxPngSide = 16384;
constexpr double maxPngPixels = 64e6;

/// Renders the canvas of `scene` (frames, services, links and the overlays it shows) as PNG,
/// SVG or PDF bytes, without selection highlights. An empty result means it could not be
/// rendered; `error` then says why.
QByteArray renderDesignImage(DesignScene *scene, const ImageExportOptions &options,
                             QString *error = nullptr);

/// The canvas area an export covers (scene coordinates) under `options`.
QRectF exportSourceRect(DesignScene *scene, const ImageExportOptions &options);

} // namespace skyplan

#pragma once

#include <QByteArray>
#include <QColor>
#include <QRectF>
#include <QString>

#include <optional>

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

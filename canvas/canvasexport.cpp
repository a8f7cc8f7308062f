#include "canvasexport.h"

#include "canvasitems.h"
#include "designscene.h"
#include "providerstyle.h"

#include "model/design.h"
#include "model/document/designdocument.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSignalBlocker>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace skyplan {

namespace {

constexpr double margin = 24; // canvas units around what is exported

QColor pageColour(const ImageExportOptions &options)
{
    if (options.background.isValid())
        return options.background;
    // The canvas background of the current theme (as DesignView draws it), so that a dark
    // export is dark throughout.
    return canvasColor(QApplication::palette());
}

/// The area an export covers; the caller flushed the scene before opening the scope.
QRectF sourceRect(DesignScene *scene, const CanvasExportScope &state)
{
    const QRectF area = state.area();
    return area.isNull() ? scene->contentsRect() : area;
}

} // namespace

CanvasExportScope::CanvasExportScope(DesignScene *scene, bool selectionOnly)
    : m_scene(scene), m_blocker(scene)
{
    scene->setFullDetail(true);
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    m_selected = selected;
    if (selectionOnly && !selected.isEmpty()) {
        QSet<QString> services;
        for (QGraphicsItem *item : selected) {
            if (item->type() == ServiceItem::Type)
                services.insert(static_cast<ServiceItem *>(item)->id());
        }
        QSet<QString> links;
        for (QGraphicsItem *item : selected) {
            if (item->type() == LinkItem::Type)
                links.insert(static_cast<LinkItem *>(item)->id());
        }
        for (const Link &link : scene->document()->design().links()) {
            if (services.contains(link.from) && services.contains(link.to))
                links.insert(link.id);
        }
        const QList<QGraphicsItem *> all = scene->items();
        for (QGraphicsItem *item : all) {
            // Services and links decide; frames stay (they say which region a service is
            // in) and other items (badges, labels) are children that follow their item.
            bool keep = true;
            if (item->type() == ServiceItem::Type)
                keep = services.contains(static_cast<ServiceItem *>(item)->id());
            else if (item->type() == LinkItem::Type)
                keep = links.contains(static_cast<LinkItem *>(item)->id());
            else
                continue;
            if (keep) {
                m_area = m_area.united(item->sceneBoundingRect());
            } else if (item->isVisible()) {
                item->setVisible(false);
                m_hidden << item;
            }
        }
        // With the titles of the frames it reaches into, which say where the services are.
        for (const RegionFrameItem *frame : scene->frames()) {
            if (frame->sceneBoundingRect().intersects(m_area)) {
                // Upwards only: the title starts at the frame's left edge.
                const QRectF title = frame->mapRectToScene(frame->titleRect());
                m_area.setTop(std::min(m_area.top(), title.top()));
                m_area.setLeft(std::min(m_area.left(), title.left()));
            }
        }
        m_area = m_area.adjusted(-margin, -margin, margin, margin);
    }
    for (QGraphicsItem *item : std::as_const(m_selected))
        item->setSelected(false);
}

CanvasExportScope::~CanvasExportScope()
{
    m_scene->setFullDetail(false);
    for (QGraphicsItem *item : std::as_const(m_hidden))
        item->setVisible(true);
    for (QGraphicsItem *item : std::as_const(m_selected))
        item->setSelected(true);
}

std::optional<ImageFormat> imageFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ImageFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ImageFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ImageFormat::Pdf;
    return std::nullopt;
}

QRectF exportSourceRect(DesignScene *scene, const ImageExportOptions &options)
{
    scene->flush(); // before signals are blocked: the panels must hear of a new analysis
    const CanvasExportScope state(scene, options.selectionOnly);
    return sourceRect(scene, state);
}

QByteArray renderDesignImage(DesignScene *scene, const ImageExportOptions &options, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    scene->flush(); // before signals are blocked: the panels must hear of a new analysis
    const CanvasExportScope state(scene, options.selectionOnly);
    const QRectF source = sourceRect(scene, state);
    if (!source.isValid() || source.isEmpty())
        return fail(QObject::tr("There is nothing to export."));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (options.format) {
    case ImageFormat::Png: {
        double scale = std::clamp(options.scale, 0.05, 8.0);
        const double longest = std::max(source.width(), source.height());
        scale = std::min(scale, double(maxPngSide) / longest);
        // And at most maxPngPixels in all (a square design at the side limit needs 1 GB).
        scale = std::min(scale, std::sqrt(maxPngPixels / (source.width() * source.height())));
        const QSize size(std::max(1, int(std::ceil(source.width() * scale))),
                         std::max(1, int(std::ceil(source.height() * scale))));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return fail(QObject::tr("An image of %1 × %2 pixels does not fit in memory.")
                            .arg(size.width())
                            .arg(size.height()));
        image.fill(pageColour(options));
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                   QPainter::SmoothPixmapTransform);
            scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source,
                          Qt::KeepAspectRatio);
        }
        if (!image.save(&buffer, "PNG"))
            return fail(QObject::tr("The PNG encoder refused the image."));
        break;
    }
    case ImageFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(source.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
        generator.setTitle(options.title);
        generator.setDescription(QObject::tr("Made with Skyplan"));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(QObject::tr("The SVG writer could not start."));
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), pageColour(options));
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source, Qt::KeepAspectRatio);
        painter.end();
        break;
    }
    case ImageFormat::Pdf: {
        QPdfWriter writer(&buffer);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Skyplan"));
        // One page the shape of the design, 72 canvas units to the inch (so 100% zoom prints
        // at the size it has on a 96-dpi screen × 0.75), vector throughout.
        writer.setResolution(72);
        writer.setPageSize(
            QPageSize(source.size(), QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(QObject::tr("The PDF writer could not start."));
        const QRectF page(QPointF(0, 0), source.size());
        painter.fillRect(page, pageColour(options));
        scene->render(&painter, page, source, Qt::KeepAspectRatio);
        painter.end();
        break;
    }
    }
    buffer.close();
    if (bytes.isEmpty())
        return fail(QObject::tr("The image came out empty."));
    return bytes;
}

} // namespace skyplan

#include "providerstyle.h"

#include "model/catalog/catalog.h"
#include "model/numbertext.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace skyplan {

namespace {

/// The icons are drawn with one neutral stroke colour; it is replaced by the colour asked for,
/// and the renderer kept per (category, colour), so painting parses nothing.
constexpr char iconStroke[] = "#5f7380";

QSvgRenderer *categoryRenderer(ServiceCategory category, const QColor &color)
{
    static QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    const QString key = enumKeyString(category) + color.name();
    auto it = cache.find(key);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/icons/categories/%1.svg").arg(enumKeyString(category)));
        QByteArray svg = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        svg.replace(iconStroke, color.name().toLatin1());
        it = cache.insert(key, std::make_shared<QSvgRenderer>(svg));
    }
    return it.value().get();
}

} // namespace

QColor providerColor(const Catalog &catalog, const QString &provider)
{
    if (const Provider *p = catalog.provider(provider)) {
        const QColor c = QColor::fromString(p->color);
        if (c.isValid())
            return c;
    }
    return QColor(0x80, 0x80, 0x80);
}

QColor canvasColor(const QPalette &pal)
{
    return pal.color(QPalette::Window).lightness() > 128 ? pal.color(QPalette::Base).darker(103)
                                                         : pal.color(QPalette::Base);
}

QColor blendOver(const QColor &colour, const QColor &background, double opacity)
{
    const double a = opacity, b = 1 - opacity;
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * b),
                            float(colour.greenF() * a + background.greenF() * b),
                            float(colour.blueF() * a + background.blueF() * b));
}

QString formatUsd(double amount, int decimals)
{
    return usdText(amount, decimals);
}

namespace statuscolor {
QColor bad()
{
    return {0xd3, 0x2f, 0x2f};
}
QColor warning()
{
    return {0xe0, 0x8e, 0x00};
}
QColor good()
{
    return {0x2e, 0x7d, 0x32};
}
QColor info()
{
    return {0x1e, 0x88, 0xe5};
}
QColor personalData()
{
    return {0x8e, 0x24, 0xaa};
}
QColor forSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return bad();
    case Severity::Warning:
        return warning();
    case Severity::Info:
        return info();
    }
    return info();
}
} // namespace statuscolor

QColor egressHeatColor(double ratio)
{
    const double t = std::clamp(ratio, 0.0, 1.0);
    const QColor low(0xf9, 0xa8, 0x25), high(0xb7, 0x1c, 0x1c);
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * t),
                            float(low.greenF() + (high.greenF() - low.greenF()) * t),
                            float(low.blueF() + (high.blueF() - low.blueF()) * t));
}

QIcon categoryIcon(ServiceCategory category, const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        if (QSvgRenderer *renderer = categoryRenderer(category, color); renderer->isValid())
            renderer->render(&painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void paintCategoryIcon(QPainter *painter, const QRectF &rect, ServiceCategory category,
                       const QColor &color)
{
    // Rendering SVG on every paint is slow; a pixmap per (icon, colour, device size) is not.
    const QRectF device = painter->worldTransform().mapRect(rect);
    const int size = std::clamp(int(std::ceil(std::max(device.width(), device.height()))), 1, 512);
    const QString key = QStringLiteral("skyplan-category-%1-%2-%3")
                            .arg(enumKeyString(category), color.name())
                            .arg(size);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = QPixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        if (QSvgRenderer *renderer = categoryRenderer(category, color); renderer->isValid())
            renderer->render(&p, QRectF(0, 0, size, size));
        p.end();
        QPixmapCache::insert(key, pixmap);
    }
    painter->drawPixmap(rect, pixmap, QRectF(pixmap.rect()));
}

} // namespace skyplan

#pragma once

#include "model/enums.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPainter;
class QPalette;
class QRectF;

namespace skyplan {

class Catalog;

/// Provider colours, defined once in the catalog and read here for every view and chart.
QColor providerColor(const Catalog &catalog, const QString &provider);

/// The canvas background of a palette, as the editor's view draws it (a touch darker than
/// the base colour on light themes).
QColor canvasColor(const QPalette &palette);
/// `colour` over `background` at `opacity`, as one opaque colour: far out the canvas draws
/// its faint lines and fills opaque, which costs no per-pixel blending.
QColor blendOver(const QColor &colour, const QColor &background, double opacity);

/// "$12,345.67": US dollars with thousands separators, as every panel shows money; the
/// reports' usdText() (model/numbertext.h), under the name the widgets use.
QString formatUsd(double amount, int decimals = 2);

/// Status colours, one set for the canvas and every panel: something wrong, a warning, a pass,
/// a note, and regulated (personal) data. Dark enough to read as text on light and dark bases.
namespace statuscolor {
QColor bad();
QColor warning();
QColor good();
QColor info();
QColor personalData();
QColor forSeverity(Severity severity);
} // namespace statuscolor

/// The egress heat scale: 0 (cheapest paid link) is amber, 1 (the most expensive) deep red.
QColor egressHeatColor(double ratio);

/// Skyplan's own icon for a service category (resources/icons/categories/*.svg), drawn in
/// `color` so it reads on light and dark backgrounds alike.
QIcon categoryIcon(ServiceCategory category, const QColor &color);
/// Paints the category icon into `rect` (the canvas draws it on every service).
void paintCategoryIcon(QPainter *painter, const QRectF &rect, ServiceCategory category,
                       const QColor &color);

} // namespace skyplan

#pragma once

#include <QColor>
#include <QString>

namespace skyplan {

class Catalog;

/// Provider colours, defined once in the catalog and read here for every view and chart.
QColor providerColor(const Catalog &catalog, const QString &provider);

/// "$12,345.67": US dollars with thousands separators, as every panel shows money.
QString formatUsd(double amount, int decimals = 2);

} // namespace skyplan

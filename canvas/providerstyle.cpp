#include "providerstyle.h"

#include "model/catalog/catalog.h"

#include <QLocale>

#include <cmath>

namespace skyplan {

QColor providerColor(const Catalog &catalog, const QString &provider)
{
    if (const Provider *p = catalog.provider(provider)) {
        const QColor c = QColor::fromString(p->color);
        if (c.isValid())
            return c;
    }
    return QColor(0x80, 0x80, 0x80);
}

QString formatUsd(double amount, int decimals)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString digits = english.toString(std::abs(amount), 'f', decimals);
    return (amount < 0 && std::abs(amount) >= 0.5 * std::pow(10.0, -decimals)
                ? QStringLiteral("-$")
                : QStringLiteral("$")) +
           digits;
}

} // namespace skyplan

#pragma once

#include <QLocale>
#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace skyplan {

/// The same text as QString::number(v, 'g', 10) ("0.023", "1e+10", "nan"), several times
/// faster: std::to_chars instead of Qt's double-conversion, whose big-number fallback showed
/// up in profiles of the cost estimator (tens of thousands of formula texts per analysis).
/// Equal on 6 million sampled values; only -0 needed care (Qt writes "0").
inline QString gNumber(double v)
{
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (v == 0)
        v = 0; // -0 -> 0
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 10);
    return QString::fromLatin1(buf, qsizetype(r.ptr - buf));
}

/// "$12,345.67", "-$58.90": US dollars with thousands separators and `decimals` places (0 to 6),
/// as every panel and report shows money. The amount is first taken at 6 decimals, the figure
/// the JSON reports carry, then rounded half away from zero: a total of exactly $746.925 shows
/// as $746.93 whether its last binary digit fell above or below the half cent. "-$" only where
/// the rounded amount is not zero.
inline QString usdText(double amount, int decimals = 2)
{
    decimals = std::clamp(decimals, 0, 6);
    const double magnitude = std::abs(amount);
    if (!(magnitude < 1e12)) { // beyond a trillion dollars a month (or not a number): as is
        static const QLocale english(QLocale::English, QLocale::UnitedStates);
        return (amount < 0 ? QStringLiteral("-$") : QStringLiteral("$")) +
               english.toString(magnitude, 'f', decimals);
    }
    std::int64_t step = 1;
    for (int i = decimals; i < 6; ++i)
        step *= 10;
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const std::int64_t units = (std::llround(magnitude * 1e6) + step / 2) / step;
    QString whole = QString::number(units / scale);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    QString text = (amount < 0 && units != 0 ? QStringLiteral("-$") : QStringLiteral("$")) + whole;
    if (decimals > 0)
        text += QLatin1Char('.') +
                QString::number(units % scale).rightJustified(decimals, QLatin1Char('0'));
    return text;
}

} // namespace skyplan

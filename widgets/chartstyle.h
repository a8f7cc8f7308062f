#pragma once

#include <QPalette>

#include <qcustomplot.h>

namespace skyplan {

/// Colours a chart from the widget palette (light and dark themes): background, both axes and
/// their labels, and the legend.
inline void applyChartPalette(QCustomPlot *chart, const QPalette &pal)
{
    const QColor text = pal.color(QPalette::WindowText);
    chart->setBackground(pal.color(QPalette::Base));
    for (QCPAxis *axis : {chart->xAxis, chart->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
    }
    chart->legend->setBrush(pal.color(QPalette::Base));
    chart->legend->setTextColor(text);
    chart->legend->setBorderPen(QPen(pal.color(QPalette::Mid)));
}

/// A bar series of one colour, `width` of the tick spacing, without outline.
inline QCPBars *addBars(QCustomPlot *chart, const QString &name, const QColor &colour, double width)
{
    auto *bars = new QCPBars(chart->xAxis, chart->yAxis);
    bars->setName(name);
    bars->setBrush(colour);
    bars->setPen(Qt::NoPen);
    bars->setWidth(width);
    return bars;
}

} // namespace skyplan

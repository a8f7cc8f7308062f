#include "layout.h"

#include "design.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace skyplan {

void layoutIfUnplaced(Design &design)
{
    const auto &services = design.services();
    const bool unplaced = std::all_of(services.begin(), services.end(), [](const PlacedService &s) {
        return s.position == CanvasPosition{};
    });
    if (!unplaced || services.empty())
        return;

    using M = LayoutMetrics;
    const QStringList providers = design.providers();
    QHash<QString, QStringList> regionsOf; // provider -> regions, in design order
    QHash<QString, QStringList> membersOf; // "provider/region" -> service ids
    for (const PlacedService &s : services) {
        QStringList &regions = regionsOf[s.provider];
        if (!regions.contains(s.region))
            regions << s.region;
        membersOf[s.provider + QLatin1Char('/') + s.region] << s.id;
    }
    const double frameWidth = M::columnsPerFrame * M::serviceWidth +
                              (M::columnsPerFrame - 1) * M::gap + 2 * M::framePadding;
    double x = 0;
    for (const QString &provider : providers) {
        double y = 0;
        for (const QString &region : regionsOf.value(provider)) {
            const QStringList ids = membersOf.value(provider + QLatin1Char('/') + region);
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const int col = int(i % M::columnsPerFrame);
                const int row = int(i / M::columnsPerFrame);
                design.service(ids[i])->position = {
                    x + M::framePadding + col * (M::serviceWidth + M::gap),
                    y + M::framePadding + row * (M::serviceHeight + M::gap)};
            }
            const qsizetype rows = (ids.size() + M::columnsPerFrame - 1) / M::columnsPerFrame;
            y += 2 * M::framePadding + rows * M::serviceHeight + (rows - 1) * M::gap + M::gap * 2;
        }
        x += frameWidth + M::gap * 3;
    }
}

QHash<QString, CanvasPosition> alignedPositions(const Design &design, const QStringList &ids,
                                                Alignment alignment)
{
    // Every service has the same size, so edges and centres line up when origins do.
    std::vector<const PlacedService *> services;
    for (const QString &id : ids) {
        if (const PlacedService *s = design.service(id))
            services.push_back(s);
    }
    QHash<QString, CanvasPosition> to;
    if (services.size() < 2)
        return to;
    double left = services.front()->position.x, right = left;
    double top = services.front()->position.y, bottom = top;
    for (const PlacedService *s : services) {
        left = std::min(left, s->position.x);
        right = std::max(right, s->position.x);
        top = std::min(top, s->position.y);
        bottom = std::max(bottom, s->position.y);
    }
    for (const PlacedService *s : services) {
        CanvasPosition p = s->position;
        switch (alignment) {
        case Alignment::Left:
            p.x = left;
            break;
        case Alignment::Right:
            p.x = right;
            break;
        case Alignment::HorizontalCenter:
            p.x = (left + right) / 2;
            break;
        case Alignment::Top:
            p.y = top;
            break;
        case Alignment::Bottom:
            p.y = bottom;
            break;
        case Alignment::VerticalCenter:
            p.y = (top + bottom) / 2;
            break;
        }
        // Stay on the 10-pixel grid the canvas snaps to.
        p.x = std::round(p.x / 10) * 10;
        p.y = std::round(p.y / 10) * 10;
        if (!(p == s->position))
            to.insert(s->id, p);
    }
    return to;
}

QHash<QString, CanvasPosition> distributedPositions(const Design &design, const QStringList &ids,
                                                    Distribution distribution)
{
    std::vector<const PlacedService *> services;
    for (const QString &id : ids) {
        if (const PlacedService *s = design.service(id))
            services.push_back(s);
    }
    QHash<QString, CanvasPosition> to;
    if (services.size() < 3)
        return to;
    const bool horizontal = distribution == Distribution::Horizontal;
    const auto coord = [horizontal](const PlacedService *s) {
        return horizontal ? s->position.x : s->position.y;
    };
    std::stable_sort(
        services.begin(), services.end(),
        [&](const PlacedService *a, const PlacedService *b) { return coord(a) < coord(b); });
    const double first = coord(services.front());
    const double step = (coord(services.back()) - first) / double(services.size() - 1);
    for (std::size_t i = 1; i + 1 < services.size(); ++i) {
        CanvasPosition p = services[i]->position;
        const double value = std::round((first + step * double(i)) / 10) * 10;
        (horizontal ? p.x : p.y) = value;
        if (!(p == services[i]->position))
            to.insert(services[i]->id, p);
    }
    return to;
}

} // namespace skyplan

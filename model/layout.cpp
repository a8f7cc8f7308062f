#include "layout.h"

#include "design.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

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

} // namespace skyplan

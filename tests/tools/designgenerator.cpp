#include "designgenerator.h"

#include "model/catalog/catalog.h"
#include "model/io/designtree.h"
#include "model/layout.h"

#include <QRandomGenerator>

#include <cmath>

namespace skyplan {

Design generateDesign(int count, const Catalog &catalog, quint32 seed)
{
    using M = LayoutMetrics;
    QRandomGenerator rng(seed);
    Design design;
    design.name = QStringLiteral("Generated design, %1 services").arg(count);
    design.organization.regimes = {QStringLiteral("gdpr")};

    // Frames: (provider, region) pairs taken round-robin over the providers and their regions.
    const QStringList providers{QStringLiteral("aws"), QStringLiteral("gcp"),
                                QStringLiteral("azure"), QStringLiteral("onprem")};
    const int perFrame = 40;
    const int frames = std::max(1, (count + perFrame - 1) / perFrame);
    const int frameColumns = std::max(1, int(std::ceil(std::sqrt(double(frames)))));
    const int columns = 5, rows = perFrame / columns;
    const double frameWidth =
        columns * M::serviceWidth + (columns - 1) * M::gap + 2 * M::framePadding;
    const double frameHeight = rows * M::serviceHeight + (rows - 1) * M::gap + 2 * M::framePadding;

    std::vector<std::vector<QString>> frameMembers;
    frameMembers.resize(std::size_t(frames));
    for (int i = 0; i < count; ++i) {
        const int frame = i / perFrame;
        // Each frame its own region; once a provider's regions are used up the frame becomes
        // an on-prem site of the design (as large estates have many data centres).
        QString provider = providers[frame % providers.size()];
        const Provider *p = catalog.provider(provider);
        if (!p)
            continue;
        const auto regionIndex = std::size_t(frame / providers.size());
        QString region;
        if (regionIndex < p->regions.size() && provider != QLatin1String("onprem")) {
            region = p->regions[regionIndex].id;
        } else {
            provider = QStringLiteral("onprem");
            region = QStringLiteral("dc-%1").arg(frame, 3, 10, QLatin1Char('0'));
            if (!design.site(region))
                design.sites.push_back(
                    {region, QStringLiteral("Data centre %1").arg(frame), QStringLiteral("DE")});
        }
        // Only services offered in that region: a generated design has no findings by mistake.
        std::vector<const ServiceOffering *> offerings;
        for (const ServiceOffering *o : catalog.servicesOf(provider)) {
            if (o->offeredIn(region) || provider == QLatin1String("onprem"))
                offerings.push_back(o);
        }
        if (offerings.empty())
            continue;
        const ServiceOffering *offering =
            offerings[std::size_t(rng.bounded(int(offerings.size())))];
        PlacedService s = designtree::serviceWithDefaults(provider, offering->id, catalog);
        s.id = QStringLiteral("s%1").arg(i);
        s.label = QStringLiteral("%1 %2").arg(offering->name).arg(i);
        s.region = region;
        s.classification = i % 10 == 0 ? DataClassification::Pii : DataClassification::Internal;
        if (i % 10 == 0)
            s.dataOrigin = QStringLiteral("DE");
        s.tags.insert(QStringLiteral("team"), QStringLiteral("team-%1").arg(frame % 7));
        const int slot = i % perFrame;
        const double fx = (frame % frameColumns) * (frameWidth + 3 * M::gap);
        const double fy = (frame / frameColumns) * (frameHeight + 3 * M::gap);
        s.position = {fx + M::framePadding + (slot % columns) * (M::serviceWidth + M::gap),
                      fy + M::framePadding + (slot / columns) * (M::serviceHeight + M::gap)};
        frameMembers[std::size_t(frame)].push_back(s.id);
        design.insertService(std::move(s));
    }

    // Links: a data flow along each frame, and one request or replication link across frames.
    int linkNo = 0;
    const auto link = [&](const QString &from, const QString &to, LinkKind kind, double gb) {
        Link l;
        l.id = QStringLiteral("l%1").arg(linkNo++);
        l.from = from;
        l.to = to;
        l.kind = kind;
        l.gbPerMonth = gb;
        design.insertLink(std::move(l));
    };
    const auto &services = design.services();
    for (std::size_t i = 0; i < services.size(); ++i) {
        const int frame = int(i) / perFrame;
        const auto &members = frameMembers[std::size_t(frame)];
        const QString &id = services[i].id;
        if (members.size() > 1 && id != members.back())
            link(id, services[i + 1].id, LinkKind::Data, double(rng.bounded(50, 5000)));
        // Most traffic stays near (this frame or the next); one link in five goes anywhere.
        const int near = std::min(int(services.size()) - 1,
                                  std::max(0, frame * perFrame + rng.bounded(2 * perFrame)));
        const QString &other = rng.bounded(5) == 0
                                   ? services[std::size_t(rng.bounded(int(services.size())))].id
                                   : services[std::size_t(near)].id;
        if (other != id)
            link(id, other, rng.bounded(3) == 0 ? LinkKind::Replication : LinkKind::Request,
                 double(rng.bounded(1, 800)));
    }

    // Redundancy: pairs of neighbours in every fifth frame; entry points: the first service of
    // every tenth frame.
    for (int f = 0; f < frames; ++f) {
        const auto &members = frameMembers[std::size_t(f)];
        if (f % 5 == 0 && members.size() >= 4) {
            RedundancyGroup g;
            g.name = QStringLiteral("pair-%1").arg(f);
            g.members = {members[2], members[3]};
            design.redundancyGroups.push_back(g);
        }
        if (f % 10 == 0 && !members.empty())
            design.entryPoints << members.front();
    }
    return design;
}

QString regionAbroad(const PlacedService &service, const Design &design, const Catalog &catalog)
{
    const Provider *provider = catalog.provider(service.provider);
    if (!provider)
        return {};
    const QString country = catalog.countryOf(service.provider, service.region, &design);
    for (const Region &r : provider->regions) {
        if (r.country != country)
            return r.id;
    }
    return {};
}

} // namespace skyplan

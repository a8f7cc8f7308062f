#include "clipboard.h"

#include "model/io/designfile.h"

#include <QHash>
#include <QRegularExpression>

namespace skyplan::clipboard {

QByteArray copy(const Design &design, const QSet<QString> &services, const QSet<QString> &links)
{
    Design part;
    part.name = design.name;
    part.sites = design.sites; // a copied on-prem service needs its site to be understood
    for (const PlacedService &s : design.services()) {
        if (services.contains(s.id))
            part.insertService(s);
    }
    if (part.services().empty())
        return {};
    for (const Link &l : design.links()) {
        if (part.service(l.from) && part.service(l.to))
            part.insertLink(l);
    }
    Q_UNUSED(links) // a selected link travels only with both of its ends
    return skyplanfile::write(part);
}

PastedItems paste(const QByteArray &bytes, const Design &target, const Catalog &catalog)
{
    const LoadedDesign loaded = skyplanfile::read(bytes, QStringLiteral("clipboard"), catalog);
    PastedItems items;
    // Unique ids against the target and against what this paste already took.
    Design scratch = target;
    QHash<QString, QString> renamed;
    for (PlacedService s : loaded.design.services()) {
        // "s3" pasted next to "s3" becomes "s3_2", and "s3_2" becomes "s3_3", not "s3_2_2".
        QString base = s.id;
        if (scratch.service(base))
            base.remove(QRegularExpression(QStringLiteral("_\\d+$")));
        const QString id = scratch.uniqueServiceId(base);
        renamed.insert(s.id, id);
        s.id = id;
        scratch.insertService(s);
        items.services.push_back(std::move(s));
    }
    for (Link l : loaded.design.links()) {
        l.from = renamed.value(l.from);
        l.to = renamed.value(l.to);
        l.id = scratch.uniqueLinkId(l.id);
        scratch.insertLink(l);
        items.links.push_back(std::move(l));
    }
    // Step down-right until no pasted service sits exactly on one of the target's.
    QSet<std::pair<double, double>> occupied;
    for (const PlacedService &s : target.services())
        occupied.insert({s.position.x, s.position.y});
    constexpr double step = 40;
    for (int attempt = 0; attempt < 100; ++attempt) {
        bool overlaps = false;
        for (const PlacedService &s : items.services)
            overlaps = overlaps || occupied.contains({s.position.x, s.position.y});
        if (!overlaps)
            break;
        for (PlacedService &s : items.services) {
            s.position.x += step;
            s.position.y += step;
        }
    }
    return items;
}

PastedItems duplicate(const Design &design, const QSet<QString> &services, const Catalog &catalog)
{
    const QByteArray bytes = copy(design, services, {});
    return bytes.isEmpty() ? PastedItems() : paste(bytes, design, catalog);
}

} // namespace skyplan::clipboard

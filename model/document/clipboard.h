#pragma once

#include "model/design.h"

#include <QByteArray>
#include <QSet>

#include <vector>

namespace skyplan {

class Catalog;

/// Copy and paste of canvas items, within a design and between designs. What is copied is a
/// small `.skyplan` document (the selected services and the links between them), so it is
/// validated by the same reader as a file and reads as text anywhere else.
namespace clipboard {

inline constexpr char mimeType[] = "application/x-skyplan-items";

/// The selected services, and the links among them (selected or not: a link whose ends are
/// both copied comes along; one with an end left behind does not). Empty when nothing is.
QByteArray copy(const Design &design, const QSet<QString> &services, const QSet<QString> &links);

struct PastedItems {
    std::vector<PlacedService> services;
    std::vector<Link> links;
    bool isEmpty() const { return services.empty(); }
};

/// Items ready to add to `target`: ids made unique in it (links follow their services), and
/// moved down-right by the grid step as long as one would sit exactly on an existing
/// service, so a paste into the same design never hides under its original. Throws
/// InputError for bytes that are not a valid design.
PastedItems paste(const QByteArray &bytes, const Design &target, const Catalog &catalog);

/// Copy then paste into the same design, without the system clipboard.
PastedItems duplicate(const Design &design, const QSet<QString> &services, const Catalog &catalog);

} // namespace clipboard
} // namespace skyplan

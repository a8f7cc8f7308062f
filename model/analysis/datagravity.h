#pragma once

#include <QString>

#include <vector>

namespace skyplan {

class Catalog;
class Design;
struct EgressReport;

/// Lecture 01's data gravity: compute belongs next to its data. For a service that processes
/// data held on another provider (storage, warehouses and databases stay put), what moving it
/// to that provider would do to the egress bill.
struct DataGravityHint {
    QString service;
    QString toProvider;
    double avoidedUsd = 0; ///< egress now paid on its links with that provider
    double addedUsd = 0;   ///< what its links with its current provider would then cost
    double savingUsd() const { return avoidedUsd - addedUsd; }
    double gb = 0; ///< GB per month exchanged with that provider
};

/// The hints worth showing (a saving of at least `minimumSavingUsd` a month), largest saving
/// first. The added cost is estimated at the sender's first paid internet tier, and the moved
/// service is assumed to land in a region of the services it talks to (so those links become
/// free): a hint, not a quote.
std::vector<DataGravityHint> dataGravityHints(const Design &design, const EgressReport &egress,
                                              const Catalog &catalog, double minimumSavingUsd = 10);

} // namespace skyplan

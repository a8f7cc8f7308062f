#pragma once

#include <QFlags>
#include <QString>

namespace skyplan {

/// The one notification a DesignDocument sends: what changed, about which object, and which
/// fields. Analyses recompute only what a change can affect; views repaint only what it touches.
struct DesignChange {
    enum class Kind {
        ServiceAdded,
        ServiceRemoved,
        ServiceChanged,
        LinkAdded,
        LinkRemoved,
        LinkChanged,
        DesignChanged, ///< metadata, organisation profile, sites, resilience or compliance sections
        Reset,         ///< everything (a file was loaded)
    };
    enum class Field : unsigned {
        None = 0,
        Position = 1 << 0,   ///< canvas position only: no analysis is affected
        Identity = 1 << 1,   ///< label, role, reason, tags
        Placement = 1 << 2,  ///< provider, service, region, deployment
        Sizing = 1 << 3,     ///< instance type, counts, schedule, pricing, storage, scans
        Data = 1 << 4,       ///< classification, origin, encryption, anonymisation, mechanisms
        Resilience = 1 << 5, ///< availability, workload type, DR strategy, link kind
        Transfer = 1 << 6,   ///< GB per month, path, cross-zone
        All = 0xFFFF,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    Kind kind = Kind::Reset;
    QString id;
    Fields fields = Field::All;

    /// Whether the cost or any analysis can change (a pure move cannot).
    bool affectsAnalysis() const { return fields != Fields(Field::Position); }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DesignChange::Fields)

} // namespace skyplan

#pragma once

#include "model/design.h"
#include "tree.h"

#include <functional>

namespace skyplan {

class Catalog;

/// The one converter between the design model and the plain tree. The .skyplan file and the
/// YAML allocation spec share the keys of a placed service, a link and the organisation
/// profile; they differ only in how services are arranged (a list vs. a tree of roles).
namespace designtree {

enum class ServiceFlavor {
    Native,  ///< .skyplan: also role and canvas position
    YamlSpec ///< allocation spec: role is the path of keys, no canvas position
};

/// Adds `design` {name, description}, `organization` and `sites` to `root`, the header both
/// formats share.
void writeHeader(Tree &root, const Design &design);
/// Reads the header keys that are present into `design`.
void readHeader(const TreeNode &root, Design &design, Diagnostics &warnings);

/// Adds the resilience and compliance sections (entry_points, redundancy_groups,
/// disaster_recovery, compliance_requirements) to `root`; both formats write them after the
/// links, in this order.
void writeSections(Tree &root, const Design &design);
/// Reads those sections. Service references (entry points, group members) go through
/// `resolve` like link ends; run it after the services are in `design`.
void readSections(const TreeNode &root, Design &design,
                  const std::function<QString(const QString &)> &resolve, const QString &accepted);

Tree serviceToTree(const PlacedService &service, ServiceFlavor flavor);
Tree linkToTree(const Link &link);
Tree organizationToTree(const OrganizationProfile &organization);
Tree siteToTree(const OnPremSite &site);

/// A service with the catalog's default sizing for (provider, service), when the catalog
/// knows it; otherwise the generic defaults.
PlacedService serviceWithDefaults(const QString &provider, const QString &service,
                                  const Catalog &catalog);

/// Reads a placed service mapping. Keys it does not set keep the catalog defaults. A `compute`
/// hint picks an instance type by id or alias, or a purchase option ("spot_instances");
/// explicit keys win over the hint. Unknown keys become warnings in `warnings`.
PlacedService serviceFromTree(const TreeNode &node, const Catalog &catalog, ServiceFlavor flavor,
                              Diagnostics &warnings);

/// `resolve` maps a link end as written (an id, or in specs a role path) to a service id, or
/// returns an empty string when nothing matches; `accepted` says what may be written there,
/// for the message ("a service id", "a service id or role path").
Link linkFromTree(const TreeNode &node, const std::function<QString(const QString &)> &resolve,
                  const QString &accepted, const Design &design, Diagnostics &warnings);
OrganizationProfile organizationFromTree(const TreeNode &node, Diagnostics &warnings);
OnPremSite siteFromTree(const TreeNode &node);

/// Checks the references a design makes into the catalog (provider, service, region, instance
/// type, pricing model, storage tier). `pointerOf(serviceId, key)` says where the service's key
/// is in the source so the diagnostics point at it.
Diagnostics
checkAgainstCatalog(const Design &design, const Catalog &catalog,
                    const std::function<std::string(const QString &, std::string_view)> &pointerOf);

} // namespace designtree
} // namespace skyplan

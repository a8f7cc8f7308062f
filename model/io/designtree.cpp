#include "designtree.h"

#include "model/catalog/catalog.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace skyplan::designtree {

namespace {

Tree positionToTree(const CanvasPosition &p)
{
    Tree t = Tree::object();
    t["x"] = p.x;
    t["y"] = p.y;
    return t;
}

Tree tagsToTree(const QMap<QString, QString> &tags)
{
    Tree t = Tree::object();
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        t[toStd(it.key())] = toStd(it.value());
    return t;
}

template<typename E> std::string key(E value)
{
    return std::string(enumKey(value));
}

void applyComputeHint(PlacedService &s, const ServiceOffering *offering, const TreeNode &node,
                      bool instancesGiven, Diagnostics &warnings)
{
    if (s.compute.isEmpty())
        return;
    if (offering) {
        if (const InstanceType *t = offering->instanceType(s.compute)) {
            s.instanceType = t->id;
            if (t->defaultInstances > 0 && !instancesGiven)
                s.instances = t->defaultInstances;
            return;
        }
    }
    const QString hint = s.compute.toLower();
    static const std::pair<const char *, PricingModel> hints[] = {
        {"spot", PricingModel::Spot},
        {"spot_instances", PricingModel::Spot},
        {"preemptible", PricingModel::Spot},
        {"on_demand", PricingModel::OnDemand},
        {"reserved", PricingModel::Reserved1y},
        {"reserved_instances", PricingModel::Reserved1y},
        {"reserved_1y", PricingModel::Reserved1y},
        {"reserved_3y", PricingModel::Reserved3y},
        {"committed_use", PricingModel::Reserved1y},
        {"savings_plan", PricingModel::SavingsPlan},
    };
    for (const auto &[word, model] : hints) {
        if (hint == QLatin1String(word)) {
            s.pricing = model;
            return;
        }
    }
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.pointer = fromStd(node.require("compute").pointer());
    d.message = QStringLiteral("compute \"%1\" is neither an instance type of %2/%3 nor a purchase "
                               "option (spot_instances, reserved_instances, on_demand); kept as a "
                               "note")
                    .arg(s.compute, s.provider, s.service);
    warnings.push_back(std::move(d));
}

} // namespace

Tree serviceToTree(const PlacedService &s, ServiceFlavor flavor)
{
    Tree t = Tree::object();
    t.get_ref<Tree::object_t &>().reserve(40); // no regrowth: growing copies const-key members
    t["id"] = toStd(s.id);
    t["provider"] = toStd(s.provider);
    t["service"] = toStd(s.service);
    t["region"] = toStd(s.region);
    t["label"] = toStd(s.label);
    if (flavor == ServiceFlavor::Native)
        t["role"] = toStd(s.role);
    t["reason"] = toStd(s.reason);
    t["compute"] = toStd(s.compute);
    t["instance_type"] = toStd(s.instanceType);
    t["instances"] = s.instances;
    t["hours_per_day"] = s.hoursPerDay;
    t["days_per_week"] = s.daysPerWeek;
    t["pricing"] = key(s.pricing);
    t["storage_gb"] = s.storageGb;
    t["storage_tier"] = key(s.storageTier);
    t["tb_scanned_per_month"] = s.tbScannedPerMonth;
    t["requests_millions_per_month"] = s.requestsMillionsPerMonth;
    t["tokens_millions_per_month"] = s.tokensMillionsPerMonth;
    t["data_classification"] = key(s.classification);
    t["data_origin"] = toStd(s.dataOrigin);
    t["encryption_at_rest"] = s.encryptionAtRest;
    t["encryption_in_transit"] = s.encryptionInTransit;
    t["tags"] = tagsToTree(s.tags);
    t["availability"] = s.availability;
    t["deployment"] = key(s.deployment);
    t["workload_type"] = key(s.workloadType);
    t["dr_strategy"] = key(s.drStrategy);
    if (flavor == ServiceFlavor::Native)
        t["position"] = positionToTree(s.position);
    return t;
}

Tree linkToTree(const Link &l)
{
    Tree t = Tree::object();
    t.get_ref<Tree::object_t &>().reserve(16);
    t["id"] = toStd(l.id);
    t["from"] = toStd(l.from);
    t["to"] = toStd(l.to);
    t["kind"] = key(l.kind);
    t["gb_per_month"] = l.gbPerMonth;
    t["path"] = key(l.path);
    t["cross_zone"] = l.crossZone;
    t["anonymized"] = l.anonymized;
    t["transfer_mechanism"] = key(l.transferMechanism);
    t["label"] = toStd(l.label);
    return t;
}

Tree organizationToTree(const OrganizationProfile &o)
{
    Tree t = Tree::object();
    t["team_engineers"] = o.teamEngineers;
    t["annual_cloud_spend_usd"] = o.annualCloudSpendUsd;
    t["monthly_budget_usd"] = o.monthlyBudgetUsd;
    t["availability_target"] = o.availabilityTarget;
    t["regimes"] = toTree(o.regimes);
    t["baa_signed"] = toTree(o.baaSigned);
    Tree discounts = Tree::object();
    for (auto it = o.negotiatedDiscountPct.cbegin(); it != o.negotiatedDiscountPct.cend(); ++it)
        discounts[toStd(it.key())] = it.value();
    t["negotiated_discount_pct"] = discounts;
    return t;
}

Tree siteToTree(const OnPremSite &site)
{
    Tree t = Tree::object();
    t["id"] = toStd(site.id);
    t["name"] = toStd(site.name);
    t["country"] = toStd(site.country);
    return t;
}

void writeHeader(Tree &root, const Design &design)
{
    Tree meta = Tree::object();
    meta["name"] = toStd(design.name);
    meta["description"] = toStd(design.description);
    root["design"] = meta;
    root["organization"] = organizationToTree(design.organization);
    Tree sites = Tree::array();
    for (const OnPremSite &s : design.sites)
        sites.push_back(siteToTree(s));
    root["sites"] = sites;
}

void readHeader(const TreeNode &root, Design &design, Diagnostics &warnings)
{
    if (const auto meta = root.find("design")) {
        meta->expectObject();
        readInto(*meta, "name", design.name);
        readInto(*meta, "description", design.description);
    }
    if (const auto org = root.find("organization"))
        design.organization = organizationFromTree(*org, warnings);
    if (const auto sites = root.find("sites")) {
        sites->expectArray();
        for (std::size_t i = 0; i < sites->size(); ++i)
            design.sites.push_back(siteFromTree(sites->at(i)));
    }
}

PlacedService serviceWithDefaults(const QString &provider, const QString &service,
                                  const Catalog &catalog)
{
    PlacedService s;
    s.provider = provider;
    s.service = service;
    if (const Provider *p = catalog.provider(provider))
        s.region = p->defaultRegion;
    if (const ServiceOffering *o = catalog.service(provider, service)) {
        const ServiceDefaults &d = o->defaults;
        s.label = o->name;
        s.instanceType = d.instanceType;
        s.instances = d.instances;
        if (const InstanceType *t = o->instanceType(d.instanceType); t && t->defaultInstances > 0)
            s.instances = t->defaultInstances;
        s.hoursPerDay = d.hoursPerDay;
        s.daysPerWeek = d.daysPerWeek;
        s.pricing = d.pricing;
        s.storageGb = d.storageGb;
        s.storageTier = d.storageTier;
        s.tbScannedPerMonth = d.tbScannedPerMonth;
        s.requestsMillionsPerMonth = d.requestsMillionsPerMonth;
        s.tokensMillionsPerMonth = d.tokensMillionsPerMonth;
        s.deployment = d.deployment;
    }
    return s;
}

PlacedService serviceFromTree(const TreeNode &node, const Catalog &catalog, ServiceFlavor flavor,
                              Diagnostics &warnings)
{
    node.expectObject("a placed service (a mapping with provider and service)");
    const QString provider = node.require("provider").toString();
    const QString service = node.require("service").toString();
    PlacedService s = serviceWithDefaults(provider, service, catalog);
    const ServiceOffering *offering = catalog.service(provider, service);

    readInto(node, "id", s.id);
    readInto(node, "region", s.region);
    readInto(node, "label", s.label);
    if (flavor == ServiceFlavor::Native)
        readInto(node, "role", s.role);
    readInto(node, "reason", s.reason);
    readInto(node, "compute", s.compute);
    const bool instancesGiven = node.has("instances");
    applyComputeHint(s, offering, node, instancesGiven, warnings);
    if (const auto type = node.find("instance_type")) {
        s.instanceType = type->toString();
        if (offering && !instancesGiven) {
            if (const InstanceType *t = offering->instanceType(s.instanceType);
                t && t->defaultInstances > 0)
                s.instances = t->defaultInstances;
        }
    }
    if (offering) {
        // One spelling per instance type, whatever the spec wrote (case, alias).
        if (const InstanceType *t = offering->instanceType(s.instanceType))
            s.instanceType = t->id;
    }
    readInto(node, "instances", s.instances, 0, 1'000'000);
    readInto(node, "hours_per_day", s.hoursPerDay, 0, 24);
    readInto(node, "days_per_week", s.daysPerWeek, 0, 7);
    readInto(node, "pricing", s.pricing);
    readInto(node, "deployment", s.deployment);
    readInto(node, "storage_gb", s.storageGb, 0, 1e12);
    readInto(node, "storage_tier", s.storageTier);
    readInto(node, "tb_scanned_per_month", s.tbScannedPerMonth, 0, 1e9);
    readInto(node, "requests_millions_per_month", s.requestsMillionsPerMonth, 0, 1e12);
    readInto(node, "tokens_millions_per_month", s.tokensMillionsPerMonth, 0, 1e12);
    readInto(node, "data_classification", s.classification);
    readInto(node, "data_origin", s.dataOrigin);
    if (!s.dataOrigin.isEmpty()) {
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{2}$"));
        if (!iso.match(s.dataOrigin).hasMatch())
            node.require("data_origin")
                .fail(QStringLiteral("expected an ISO country code such as DE, or EU, found "
                                     "\"%1\"")
                          .arg(s.dataOrigin));
    }
    readInto(node, "encryption_at_rest", s.encryptionAtRest);
    readInto(node, "encryption_in_transit", s.encryptionInTransit);
    if (const auto tags = node.find("tags")) {
        tags->expectObject("a mapping of tag names to values");
        for (const QString &k : tags->keys())
            s.tags.insert(k, tags->require(toStd(k)).toString());
    }
    if (const auto a = node.find("availability")) {
        const double v = a->toNumber();
        if (v < 0 || v > 1)
            a->fail(QStringLiteral("expected a fraction such as 0.9995 (0: use the catalog SLA), "
                                   "found %1")
                        .arg(v));
        s.availability = v;
    }
    readInto(node, "workload_type", s.workloadType);
    readInto(node, "dr_strategy", s.drStrategy);
    if (flavor == ServiceFlavor::Native) {
        if (const auto pos = node.find("position")) {
            pos->expectObject("a position {x, y}");
            readInto(*pos, "x", s.position.x, -1e7, 1e7);
            readInto(*pos, "y", s.position.y, -1e7, 1e7);
        }
    }
    static const KnownKeys nativeKeys(serviceToTree(PlacedService(), ServiceFlavor::Native));
    static const KnownKeys specKeys(serviceToTree(PlacedService(), ServiceFlavor::YamlSpec));
    node.warnUnknownKeys(flavor == ServiceFlavor::Native ? nativeKeys : specKeys, warnings);
    return s;
}

Link linkFromTree(const TreeNode &node, const std::function<QString(const QString &)> &resolve,
                  const QString &accepted, const Design &design, Diagnostics &warnings)
{
    node.expectObject("a data flow (a mapping with from and to)");
    Link l;
    readInto(node, "id", l.id);
    for (const auto &[keyName, target] :
         {std::pair<std::string_view, QString *>{"from", &l.from}, {"to", &l.to}}) {
        const TreeNode end = node.require(keyName);
        const QString written = end.toString();
        *target = resolve(written);
        if (target->isEmpty())
            end.fail(QStringLiteral("unknown service \"%1\" (expected %2)").arg(written, accepted));
    }
    if (l.from == l.to)
        node.fail(QStringLiteral("a data flow cannot start and end at the same service (\"%1\")")
                      .arg(l.from));
    readInto(node, "kind", l.kind);
    readInto(node, "gb_per_month", l.gbPerMonth, 0, 1e12);
    const PlacedService *from = design.service(l.from);
    const PlacedService *to = design.service(l.to);
    l.path = from && to && from->provider == to->provider ? NetworkPath::SameNetwork
                                                          : NetworkPath::Internet;
    readInto(node, "path", l.path);
    if (from && to && from->provider != to->provider && l.path == NetworkPath::SameNetwork) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.pointer = fromStd(node.require("path").pointer());
        d.message = QStringLiteral("%1 and %2 share no network; the flow is priced as internet "
                                   "transfer")
                        .arg(from->provider, to->provider);
        warnings.push_back(std::move(d));
        l.path = NetworkPath::Internet;
    }
    readInto(node, "cross_zone", l.crossZone);
    readInto(node, "anonymized", l.anonymized);
    readInto(node, "transfer_mechanism", l.transferMechanism);
    readInto(node, "label", l.label);
    static const KnownKeys linkKeys(linkToTree(Link()));
    node.warnUnknownKeys(linkKeys, warnings);
    return l;
}

OrganizationProfile organizationFromTree(const TreeNode &node, Diagnostics &warnings)
{
    node.expectObject("the organization profile (a mapping)");
    OrganizationProfile o;
    readInto(node, "team_engineers", o.teamEngineers, 0, 10'000'000);
    readInto(node, "annual_cloud_spend_usd", o.annualCloudSpendUsd, 0, 1e13);
    readInto(node, "monthly_budget_usd", o.monthlyBudgetUsd, 0, 1e12);
    if (const auto target = node.find("availability_target")) {
        const double v = target->toNumber();
        if (v < 0 || v >= 1)
            target->fail(QStringLiteral("expected a fraction such as 0.9999, found %1").arg(v));
        o.availabilityTarget = v;
    }
    readInto(node, "regimes", o.regimes);
    readInto(node, "baa_signed", o.baaSigned);
    if (const auto discounts = node.find("negotiated_discount_pct")) {
        discounts->expectObject("a mapping of provider to percent");
        for (const QString &k : discounts->keys())
            o.negotiatedDiscountPct.insert(k, discounts->require(toStd(k)).toNumber(0, 100));
    }
    node.warnUnknownKeys(organizationToTree(OrganizationProfile()), warnings);
    return o;
}

OnPremSite siteFromTree(const TreeNode &node)
{
    node.expectObject("an on-prem site {id, name, country}");
    OnPremSite site;
    site.id = node.require("id").toString();
    site.name = site.id;
    readInto(node, "name", site.name);
    site.country = node.require("country").toString();
    return site;
}

Diagnostics
checkAgainstCatalog(const Design &design, const Catalog &catalog,
                    const std::function<std::string(const QString &, std::string_view)> &pointerOf)
{
    Diagnostics out;
    const auto error = [&](const PlacedService &s, std::string_view keyName, const QString &msg) {
        Diagnostic d;
        d.pointer = fromStd(pointerOf(s.id, keyName));
        d.message = msg;
        out.push_back(std::move(d));
    };
    const auto designProblem = [&](Diagnostic::Severity severity, const QString &pointer,
                                   const QString &msg) {
        Diagnostic d;
        d.severity = severity;
        d.pointer = pointer;
        d.message = msg;
        out.push_back(std::move(d));
    };
    QSet<QString> siteIds;
    for (std::size_t i = 0; i < design.sites.size(); ++i) {
        const OnPremSite &site = design.sites[i];
        const QString pointer = QStringLiteral("/sites/%1").arg(i);
        if (!catalog.country(site.country))
            designProblem(
                Diagnostic::Severity::Error, pointer,
                QStringLiteral("site \"%1\": unknown country \"%2\"").arg(site.id, site.country));
        if (siteIds.contains(site.id))
            designProblem(Diagnostic::Severity::Error, pointer,
                          QStringLiteral("duplicate site \"%1\"").arg(site.id));
        siteIds.insert(site.id);
        if (const Provider *onprem = catalog.provider(QStringLiteral("onprem"));
            onprem && onprem->region(site.id))
            designProblem(
                Diagnostic::Severity::Error, pointer,
                QStringLiteral("site \"%1\" has the id of a catalog site; choose another id")
                    .arg(site.id));
    }
    const OrganizationProfile &org = design.organization;
    for (auto it = org.negotiatedDiscountPct.cbegin(); it != org.negotiatedDiscountPct.cend();
         ++it) {
        if (!catalog.provider(it.key()))
            designProblem(
                Diagnostic::Severity::Warning,
                QStringLiteral("/organization/negotiated_discount_pct"),
                QStringLiteral(
                    "discount for unknown provider \"%1\" has no effect; expected one of: %2")
                    .arg(it.key(), catalog.providerIds().join(QLatin1String(", "))));
    }
    for (const QString &p : org.baaSigned) {
        if (!catalog.provider(p))
            designProblem(Diagnostic::Severity::Warning, QStringLiteral("/organization/baa_signed"),
                          QStringLiteral("BAA with unknown provider \"%1\"; expected one of: %2")
                              .arg(p, catalog.providerIds().join(QLatin1String(", "))));
    }
    for (const PlacedService &s : design.services()) {
        const Provider *p = catalog.provider(s.provider);
        if (!p) {
            error(s, "provider",
                  QStringLiteral("unknown provider \"%1\"; expected one of: %2")
                      .arg(s.provider, catalog.providerIds().join(QLatin1String(", "))));
            continue;
        }
        const ServiceOffering *o = catalog.service(s.provider, s.service);
        if (!o) {
            QStringList known;
            for (const ServiceOffering *k : catalog.servicesOf(s.provider))
                known << k->id;
            error(s, "service",
                  QStringLiteral("unknown service \"%1\" for %2; expected one of: %3")
                      .arg(s.service, s.provider, known.join(QLatin1String(", "))));
            continue;
        }
        if (!catalog.region(s.provider, s.region, &design)) {
            QStringList known;
            for (const Region &r : p->regions)
                known << r.id;
            error(s, "region",
                  QStringLiteral("unknown region \"%1\" for %2; expected one of: %3")
                      .arg(s.region, s.provider, known.join(QLatin1String(", "))));
        } else if (!o->offeredIn(s.region) && p->region(s.region)) {
            error(s, "region",
                  QStringLiteral("%1 is not offered in %2; it is offered in: %3")
                      .arg(o->name, s.region, o->regions.join(QLatin1String(", "))));
        }
        if (!o->instanceTypes.empty()) {
            QStringList known;
            for (const InstanceType &t : o->instanceTypes)
                known << t.id;
            if (s.instanceType.isEmpty())
                error(s, "instance_type",
                      QStringLiteral("%1 needs an instance type; expected one of: %2")
                          .arg(o->name, known.join(QLatin1String(", "))));
            else if (!o->instanceType(s.instanceType))
                error(s, "instance_type",
                      QStringLiteral("unknown instance type \"%1\" for %2; expected one of: %3")
                          .arg(s.instanceType, o->name, known.join(QLatin1String(", "))));
        }
        if (!o->supports(s.pricing)) {
            QStringList known;
            for (const PricingModel m : o->pricingModels)
                known << enumKeyString(m);
            error(s, "pricing",
                  QStringLiteral("pricing \"%1\" is not offered for %2; expected one of: %3")
                      .arg(enumKeyString(s.pricing), o->name, known.join(QLatin1String(" | "))));
        }
        for (const PriceDimension &d : o->dimensions) {
            if (d.driver == DimensionDriver::StorageGb && !d.tiers.empty() &&
                !d.tiers.count(s.storageTier))
                error(s, "storage_tier",
                      QStringLiteral("%1 has no %2 storage tier")
                          .arg(o->name, enumKeyString(s.storageTier)));
        }
        // Sizing the service has no price for is ignored; say so rather than export it silently.
        const auto priced = [&](DimensionDriver driver) {
            return std::any_of(o->dimensions.begin(), o->dimensions.end(),
                               [&](const PriceDimension &d) { return d.driver == driver; });
        };
        const auto unpriced = [&](std::string_view keyName, const QString &what) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.pointer = fromStd(pointerOf(s.id, keyName));
            d.message = QStringLiteral("%1 has no price for %2; ignored").arg(o->name, what);
            out.push_back(std::move(d));
        };
        if (o->instanceTypes.empty() && !s.instanceType.isEmpty())
            unpriced("instance_type", QStringLiteral("instance types"));
        if (s.storageGb > 0 && !priced(DimensionDriver::StorageGb))
            unpriced("storage_gb", QStringLiteral("storage"));
        if (s.tbScannedPerMonth > 0 && !priced(DimensionDriver::TbScanned))
            unpriced("tb_scanned_per_month", QStringLiteral("scans"));
        if (s.requestsMillionsPerMonth > 0 && !priced(DimensionDriver::RequestsMillions))
            unpriced("requests_millions_per_month", QStringLiteral("requests"));
        if (s.tokensMillionsPerMonth > 0 && !priced(DimensionDriver::TokensMillions))
            unpriced("tokens_millions_per_month", QStringLiteral("tokens"));
        if (!s.dataOrigin.isEmpty() && s.dataOrigin != QLatin1String("EU") &&
            !catalog.country(s.dataOrigin))
            error(s, "data_origin",
                  QStringLiteral("unknown country \"%1\" in data_origin").arg(s.dataOrigin));
    }
    return out;
}

} // namespace skyplan::designtree

#include "catalog.h"

#include "model/design.h"
#include "model/io/sourcedocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <tuple>

namespace skyplan {

double EgressPrices::internetCost(double gb) const
{
    double cost = 0;
    double lower = 0;
    for (const EgressTier &tier : internetTiers) {
        if (gb <= lower)
            break;
        const double inTier = std::min(gb, tier.upToGb) - lower;
        cost += inTier * tier.rate;
        lower = tier.upToGb;
    }
    return cost;
}

const Region *Provider::region(const QString &id) const
{
    for (const Region &r : regions) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString Provider::pricingLabel(PricingModel model) const
{
    const auto it = pricingModels.find(model);
    return it != pricingModels.end() ? it->second.label : enumKeyString(model);
}

double ServiceSla::forDeployment(Deployment d) const
{
    switch (d) {
    case Deployment::SingleZone:
        return singleZone;
    case Deployment::MultiZone:
        return multiZone;
    case Deployment::MultiRegion:
        return multiRegion;
    }
    return singleZone;
}

const InstanceType *ServiceOffering::instanceType(const QString &idOrAlias) const
{
    for (const InstanceType &t : instanceTypes) {
        // The exact spelling first: a case-insensitive comparison costs several times more,
        // and an analysis asks for every service's type.
        if (t.id == idOrAlias ||
            (t.id.size() == idOrAlias.size() && t.id.compare(idOrAlias, Qt::CaseInsensitive) == 0))
            return &t;
    }
    for (const InstanceType &t : instanceTypes) {
        for (const QString &alias : t.aliases) {
            if (alias.compare(idOrAlias, Qt::CaseInsensitive) == 0)
                return &t;
        }
    }
    return nullptr;
}

bool ServiceOffering::offeredIn(const QString &regionId) const
{
    return allRegions || regions.contains(regionId);
}

bool ServiceOffering::supports(PricingModel model) const
{
    return std::find(pricingModels.begin(), pricingModels.end(), model) != pricingModels.end();
}

double ServiceOffering::deploymentFactor(Deployment d) const
{
    const auto it = deploymentPriceFactor.find(d);
    return it == deploymentPriceFactor.end() ? 1.0 : it->second;
}

const Provider *Catalog::provider(const QString &id) const
{
    const int i = m_providerIndex.value(id, -1);
    return i < 0 ? nullptr : &m_providers[std::size_t(i)];
}

const ServiceOffering *Catalog::service(const QString &provider, const QString &id) const
{
    const auto services = m_serviceIndex.constFind(provider);
    if (services == m_serviceIndex.cend())
        return nullptr;
    const int i = services->value(id, -1);
    return i < 0 ? nullptr : &m_services[std::size_t(i)];
}

std::vector<const ServiceOffering *> Catalog::servicesOf(const QString &provider) const
{
    std::vector<const ServiceOffering *> list;
    for (const ServiceOffering &s : m_services) {
        if (s.provider == provider)
            list.push_back(&s);
    }
    return list;
}

const Country *Catalog::country(const QString &code) const
{
    const int i = m_countryIndex.value(code, -1);
    return i < 0 ? nullptr : &m_countries[std::size_t(i)];
}

std::optional<Region> Catalog::region(const QString &providerId, const QString &regionId,
                                      const Design *design) const
{
    if (const Region *r = catalogRegion(providerId, regionId))
        return *r;
    if (design && providerId == QLatin1String("onprem")) {
        if (const OnPremSite *site = design->site(regionId)) {
            Region r;
            r.id = site->id;
            r.name = site->name;
            r.country = site->country;
            return r;
        }
    }
    return std::nullopt;
}

const Region *Catalog::catalogRegion(const QString &providerId, const QString &regionId) const
{
    const auto regions = m_regionIndex.constFind(providerId);
    if (regions == m_regionIndex.cend())
        return nullptr;
    const int i = regions->second.value(regionId, -1);
    return i < 0 ? nullptr : &m_providers[std::size_t(regions->first)].regions[std::size_t(i)];
}

QString Catalog::countryOf(const QString &providerId, const QString &regionId,
                           const Design *design) const
{
    if (const Region *r = catalogRegion(providerId, regionId))
        return r->country;
    // What region() would make of an on-prem site, without making it.
    if (design && providerId == QLatin1String("onprem")) {
        if (const OnPremSite *site = design->site(regionId))
            return site->country;
    }
    return QString();
}

QStringList Catalog::providerIds() const
{
    QStringList ids;
    for (const Provider &p : m_providers)
        ids << p.id;
    return ids;
}

void Catalog::index()
{
    m_providerIndex.clear();
    m_serviceIndex.clear();
    m_countryIndex.clear();
    m_regionIndex.clear();
    for (std::size_t i = 0; i < m_providers.size(); ++i) {
        m_providerIndex.insert(m_providers[i].id, int(i));
        auto &[provider, regions] = m_regionIndex[m_providers[i].id];
        provider = int(i);
        regions.clear(); // a duplicated provider: the last wins, as in m_providerIndex
        // The first of a duplicated id wins, as Provider::region's scan did.
        for (std::size_t r = m_providers[i].regions.size(); r-- > 0;)
            regions.insert(m_providers[i].regions[r].id, int(r));
    }
    for (std::size_t i = 0; i < m_services.size(); ++i)
        m_serviceIndex[m_services[i].provider].insert(m_services[i].id, int(i));
    for (std::size_t i = 0; i < m_countries.size(); ++i)
        m_countryIndex.insert(m_countries[i].code, int(i));
}

/// Reads the catalog YAML files into a Catalog and checks the consistency rules of
/// docs/catalog-format.md.
class CatalogLoader {
public:
    static constexpr int formatVersion = 1;

    CatalogLoader(Catalog &catalog, Diagnostics &diagnostics)
        : m_catalog(catalog), m_diagnostics(diagnostics)
    {}

    void load(const std::vector<Catalog::SourceFile> &files)
    {
        // Jurisdictions and providers first: services refer to them.
        const auto rank = [](const QString &name) {
            if (name.endsWith(QLatin1String("jurisdictions.yaml")))
                return 0;
            if (name.endsWith(QLatin1String("providers.yaml")))
                return 1;
            if (name.startsWith(QLatin1String("policies/")))
                return 3;
            return 2;
        };
        std::vector<const Catalog::SourceFile *> ordered;
        for (const auto &f : files)
            ordered.push_back(&f);
        std::stable_sort(ordered.begin(), ordered.end(), [&](auto *a, auto *b) {
            return std::tuple(rank(a->name), a->user, a->name) <
                   std::tuple(rank(b->name), b->user, b->name);
        });
        for (const Catalog::SourceFile *f : ordered)
            loadFile(*f);
        m_catalog.index();
        validate();
    }

private:
    void loadFile(const Catalog::SourceFile &file)
    {
        std::optional<SourceDocument> doc;
        try {
            doc = SourceDocument::parse(file.text, file.origin.isEmpty() ? file.name : file.origin,
                                        SourceDocument::Syntax::Yaml);
            const TreeNode root = doc->root();
            root.expectObject("a catalog mapping");
            const int version = root.require("catalog_format").toInt(1, 1000);
            if (version > formatVersion) {
                root.require("catalog_format")
                    .fail(QStringLiteral("catalog format %1 is newer than this Skyplan reads (%2)")
                              .arg(version)
                              .arg(formatVersion));
            }
            const PriceSource fileSource = readSource(root, PriceSource());
            m_currentFile = &*doc;
            // What a file holds decides how it is read; its name only orders the loading.
            bool known = false;
            if (root.has("countries")) {
                readCountries(root);
                known = true;
            }
            if (root.has("providers")) {
                readProviders(root, fileSource);
                known = true;
            }
            if (root.has("services")) {
                readServices(root, fileSource);
                known = true;
            }
            if (root.has("rules") || root.has("regimes")) {
                policyreader::readCompliance(root, m_catalog.m_policies);
                known = true;
            }
            if (root.has("dr_strategies") || root.has("workload_targets")) {
                policyreader::readResilience(root, m_catalog.m_policies);
                known = true;
            }
            if (root.has("maturity_levels") || root.has("decision_framework")) {
                policyreader::readMaturity(root, m_catalog.m_policies);
                known = true;
            }
            if (!known)
                root.fail(QStringLiteral("nothing a catalog reads: expected countries, providers, "
                                         "services, rules, dr_strategies or maturity_levels"));
        } catch (const InputError &e) {
            m_diagnostics.push_back(e.diagnostic());
        } catch (const TreeError &e) {
            m_diagnostics.push_back(doc->diagnosticFor(e));
        }
        m_currentFile = nullptr;
    }

    static PriceSource readSource(const TreeNode &node, const PriceSource &inherited)
    {
        PriceSource s = inherited;
        readInto(node, "source", s.source);
        readInto(node, "as_of", s.asOf);
        readInto(node, "estimate", s.estimate);
        readInto(node, "estimate_reason", s.estimateReason);
        return s;
    }

    void readCountries(const TreeNode &root)
    {
        const TreeNode list = root.require("countries");
        list.expectArray();
        QSet<QString> codes;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const TreeNode n = list.at(i);
            n.expectObject();
            Country c;
            c.code = n.require("code").toString();
            if (codes.contains(c.code))
                n.require("code").fail(QStringLiteral("duplicate country \"%1\"").arg(c.code));
            codes.insert(c.code);
            c.name = n.require("name").toString();
            readInto(n, "eu", c.eu);
            readInto(n, "eea", c.eea);
            readInto(n, "gdpr_adequacy", c.gdprAdequacy);
            if (c.gdprAdequacy != QLatin1String("none") &&
                c.gdprAdequacy != QLatin1String("full") && c.gdprAdequacy != QLatin1String("dpf"))
                n.require("gdpr_adequacy").fail(QStringLiteral("expected none | full | dpf"));
            replaceOrAppend(m_catalog.m_countries, std::move(c),
                            [](const Country &a, const Country &b) { return a.code == b.code; });
        }
    }

    void readProviders(const TreeNode &root, const PriceSource &fileSource)
    {
        const TreeNode list = root.require("providers");
        list.expectArray();
        QSet<QString> ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const TreeNode n = list.at(i);
            n.expectObject();
            Provider p;
            p.id = n.require("id").toString();
            if (ids.contains(p.id))
                n.require("id").fail(QStringLiteral("duplicate provider \"%1\"").arg(p.id));
            ids.insert(p.id);
            p.name = n.require("name").toString();
            p.shortName = p.name;
            readInto(n, "short_name", p.shortName);
            readInto(n, "color", p.color);
            p.defaultRegion = n.require("default_region").toString();
            const PriceSource providerSource = readSource(n, fileSource);

            const TreeNode models = n.require("pricing_models").expectObject();
            for (const QString &key : models.keys()) {
                const TreeNode m = models.require(toStd(key));
                const auto model = enumFromKey<PricingModel>(toStd(key));
                if (!model)
                    m.fail(QStringLiteral("unknown pricing model \"%1\"; expected one of: %2")
                               .arg(key, enumKeyList<PricingModel>()));
                PricingModelTerms terms;
                terms.factor = m.require("factor").toNumber(0, 10);
                terms.label = m.require("label").toString();
                terms.source = readSource(m, providerSource);
                p.pricingModels[*model] = terms;
            }
            if (!p.pricingModels.count(PricingModel::OnDemand))
                models.fail(QStringLiteral("every provider needs an on_demand pricing model"));

            const TreeNode e = n.require("egress").expectObject();
            p.egress.source = readSource(e, providerSource);
            const TreeNode tiers = e.require("internet_tiers").expectArray();
            double previous = 0;
            for (std::size_t t = 0; t < tiers.size(); ++t) {
                const TreeNode tn = tiers.at(t).expectObject();
                EgressTier tier;
                tier.rate = tn.require("rate").toNumber(0, 100);
                if (const auto up = tn.find("up_to_gb")) {
                    tier.upToGb = up->toNumber(0, 1e15);
                    if (tier.upToGb <= previous)
                        up->fail(QStringLiteral("tiers must rise: %1 is not above %2")
                                     .arg(tier.upToGb)
                                     .arg(previous));
                    previous = tier.upToGb;
                } else if (t + 1 != tiers.size()) {
                    tn.fail(QStringLiteral("only the last tier may leave out up_to_gb"));
                }
                p.egress.internetTiers.push_back(tier);
            }
            if (p.egress.internetTiers.empty() ||
                std::isfinite(p.egress.internetTiers.back().upToGb))
                tiers.fail(QStringLiteral("the last internet tier must have no up_to_gb"));
            p.egress.interRegion = e.require("inter_region").toNumber(0, 100);
            p.egress.crossZone = e.require("cross_zone").toNumber(0, 100);
            p.egress.interconnect = e.require("interconnect").toNumber(0, 100);

            const TreeNode regions = n.require("regions").expectArray();
            for (std::size_t r = 0; r < regions.size(); ++r) {
                const TreeNode rn = regions.at(r).expectObject();
                Region region;
                region.id = rn.require("id").toString();
                region.name = rn.require("name").toString();
                region.country = rn.require("country").toString();
                readInto(rn, "price_multiplier", region.priceMultiplier, 0.01, 100);
                readInto(rn, "lat", region.lat, -90, 90);
                readInto(rn, "lon", region.lon, -180, 180);
                region.source = readSource(rn, providerSource);
                if (p.region(region.id))
                    rn.fail(QStringLiteral("duplicate region \"%1\"").arg(region.id));
                p.regions.push_back(std::move(region));
            }
            replaceOrAppend(m_catalog.m_providers, std::move(p),
                            [](const Provider &a, const Provider &b) { return a.id == b.id; });
        }
    }

    void readServices(const TreeNode &root, const PriceSource &fileSource)
    {
        const QString provider = root.require("provider").toString();
        const TreeNode list = root.require("services").expectArray();
        QSet<QString> ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            ServiceOffering s = readService(list.at(i), provider, fileSource);
            if (ids.contains(s.id))
                list.at(i).require("id").fail(QStringLiteral("duplicate service \"%1\"").arg(s.id));
            ids.insert(s.id);
            replaceOrAppend(m_catalog.m_services, std::move(s),
                            [](const ServiceOffering &a, const ServiceOffering &b) {
                                return a.provider == b.provider && a.id == b.id;
                            });
        }
    }

    ServiceOffering readService(const TreeNode &n, const QString &provider,
                                const PriceSource &fileSource)
    {
        n.expectObject();
        ServiceOffering s;
        s.provider = provider;
        s.id = n.require("id").toString();
        s.name = n.require("name").toString();
        s.category = n.require("category").toEnum<ServiceCategory>();
        readInto(n, "description", s.description);
        readInto(n, "hipaa_eligible", s.hipaaEligible);
        s.portability = n.require("portability").toEnum<Portability>();
        s.source = readSource(n, fileSource);

        const TreeNode sla = n.require("sla").expectObject();
        readInto(sla, "none", s.sla.none);
        if (!s.sla.none) {
            s.sla.singleZone = sla.require("single_zone").toNumber(0, 1);
            s.sla.multiZone = sla.require("multi_zone").toNumber(0, 1);
            s.sla.multiRegion = sla.require("multi_region").toNumber(0, 1);
        }
        readInto(n, "sla_source", s.sla.source);

        const TreeNode regions = n.require("regions");
        if (regions.isString() && regions.toString() == QLatin1String("all")) {
            s.allRegions = true;
        } else {
            s.allRegions = false;
            s.regions = regions.toStringList();
        }

        if (const auto models = n.find("pricing_models")) {
            s.pricingModels.clear();
            models->expectArray();
            for (std::size_t i = 0; i < models->size(); ++i)
                s.pricingModels.push_back(models->at(i).toEnum<PricingModel>());
        }
        if (const auto f = n.find("deployment_price_factor")) {
            f->expectObject();
            for (const QString &key : f->keys()) {
                const TreeNode v = f->require(toStd(key));
                const auto d = enumFromKey<Deployment>(toStd(key));
                if (!d)
                    v.fail(QStringLiteral("unknown deployment; expected one of: %1")
                               .arg(enumKeyList<Deployment>()));
                s.deploymentPriceFactor[*d] = v.toNumber(0.01, 100);
            }
        }

        if (const auto types = n.find("instance_types")) {
            types->expectArray();
            for (std::size_t i = 0; i < types->size(); ++i) {
                InstanceType t = readInstanceType(types->at(i), s.source);
                if (s.instanceType(t.id))
                    types->at(i).require("id").fail(
                        QStringLiteral("duplicate instance type (or alias) \"%1\"").arg(t.id));
                s.instanceTypes.push_back(std::move(t));
            }
        }
        if (const auto dims = n.find("dimensions")) {
            dims->expectArray();
            for (std::size_t i = 0; i < dims->size(); ++i)
                s.dimensions.push_back(readDimension(dims->at(i), s.source));
        }
        if (const auto d = n.find("defaults")) {
            d->expectObject();
            ServiceDefaults &def = s.defaults;
            readInto(*d, "instance_type", def.instanceType);
            readInto(*d, "instances", def.instances, 0, 1000000);
            readInto(*d, "hours_per_day", def.hoursPerDay, 0, 24);
            readInto(*d, "days_per_week", def.daysPerWeek, 0, 7);
            readInto(*d, "pricing", def.pricing);
            readInto(*d, "storage_gb", def.storageGb, 0, 1e12);
            readInto(*d, "storage_tier", def.storageTier);
            readInto(*d, "tb_scanned_per_month", def.tbScannedPerMonth, 0, 1e9);
            readInto(*d, "requests_millions_per_month", def.requestsMillionsPerMonth, 0, 1e12);
            readInto(*d, "tokens_millions_per_month", def.tokensMillionsPerMonth, 0, 1e12);
            readInto(*d, "deployment", def.deployment);
            if (!def.instanceType.isEmpty() && !s.instanceType(def.instanceType))
                d->require("instance_type")
                    .fail(QStringLiteral("default instance type \"%1\" is not listed")
                              .arg(def.instanceType));
        }
        if (!s.instanceTypes.empty() && s.defaults.instanceType.isEmpty())
            n.fail(QStringLiteral("service \"%1\" has instance types but no "
                                  "defaults.instance_type")
                       .arg(s.id));
        if (!s.supports(PricingModel::OnDemand))
            n.fail(QStringLiteral("service \"%1\" must offer on_demand").arg(s.id));
        return s;
    }

    InstanceType readInstanceType(const TreeNode &n, const PriceSource &inherited)
    {
        n.expectObject();
        InstanceType t;
        t.id = n.require("id").toString();
        readInto(n, "description", t.description);
        readInto(n, "accelerator", t.accelerator);
        readInto(n, "accelerators", t.accelerators, 0, 1024);
        readInto(n, "aliases", t.aliases);
        readInto(n, "unit", t.unit);
        QString billing;
        readInto(n, "billing", billing);
        if (!billing.isEmpty() && billing != QLatin1String("monthly") &&
            billing != QLatin1String("hourly"))
            n.require("billing").fail(QStringLiteral("expected hourly | monthly"));
        t.billedMonthly = billing == QLatin1String("monthly");
        if (t.billedMonthly && !n.has("unit"))
            t.unit = QStringLiteral("server-month");
        readInto(n, "default_instances", t.defaultInstances, 0, 1000000);
        t.onDemand = n.require("on_demand").toNumber(0, 1e7);
        for (const PricingModel m : enumValues<PricingModel>()) {
            if (m == PricingModel::OnDemand)
                continue;
            if (const auto v = n.find(enumKey(m)))
                t.explicitRates[m] = v->toNumber(0, 1e7);
        }
        if (const auto regional = n.find("regional_on_demand")) {
            regional->expectObject();
            for (const QString &key : regional->keys())
                t.regionalOnDemand.insert(key, regional->require(toStd(key)).toNumber(0, 1e7));
        }
        t.source = readSource(n, inherited);
        return t;
    }

    PriceDimension readDimension(const TreeNode &n, const PriceSource &inherited)
    {
        n.expectObject();
        PriceDimension d;
        d.id = n.require("id").toString();
        d.item = n.require("item").toString();
        d.unit = n.require("unit").toString();
        const QString driver = n.require("driver").toString();
        static const std::pair<const char *, DimensionDriver> drivers[] = {
            {"storage_gb", DimensionDriver::StorageGb},
            {"tb_scanned", DimensionDriver::TbScanned},
            {"requests_millions", DimensionDriver::RequestsMillions},
            {"tokens_millions", DimensionDriver::TokensMillions},
            {"always_on_hours", DimensionDriver::AlwaysOnHours},
            {"instance_months", DimensionDriver::InstanceMonths},
        };
        bool known = false;
        for (const auto &[key, value] : drivers) {
            if (driver == QLatin1String(key)) {
                d.driver = value;
                known = true;
            }
        }
        if (!known)
            n.require("driver").fail(
                QStringLiteral("unknown driver \"%1\"; expected storage_gb | tb_scanned | "
                               "requests_millions | tokens_millions | always_on_hours | "
                               "instance_months")
                    .arg(driver));
        if (const auto tiers = n.find("tiers")) {
            tiers->expectObject();
            for (const QString &key : tiers->keys()) {
                const TreeNode v = tiers->require(toStd(key));
                const auto tier = enumFromKey<StorageTier>(toStd(key));
                if (!tier)
                    v.fail(QStringLiteral("unknown storage tier; expected one of: %1")
                               .arg(enumKeyList<StorageTier>()));
                d.tiers[*tier] = v.toNumber(0, 1e6);
            }
            if (!d.tiers.count(StorageTier::Standard))
                tiers->fail(QStringLiteral("tiers need at least a standard rate"));
        } else {
            d.rate = n.require("rate").toNumber(0, 1e7);
        }
        readInto(n, "free_quantity", d.freeQuantity, 0, 1e12);
        readInto(n, "per_instance", d.perInstance);
        readInto(n, "regional", d.regional);
        d.category =
            d.driver == DimensionDriver::StorageGb ? CostCategory::Storage : CostCategory::Managed;
        readInto(n, "cost_category", d.category);
        if (d.category == CostCategory::Egress)
            n.require("cost_category").fail(QStringLiteral("egress is computed from links"));
        d.source = readSource(n, inherited);
        return d;
    }

    template<typename T, typename Same>
    static void replaceOrAppend(std::vector<T> &list, T value, Same same)
    {
        for (T &existing : list) {
            if (same(existing, value)) {
                existing = std::move(value);
                return;
            }
        }
        list.push_back(std::move(value));
    }

    void problem(const QString &message)
    {
        Diagnostic d;
        d.file = QStringLiteral("catalog");
        d.message = message;
        m_diagnostics.push_back(std::move(d));
    }

    void checkSource(const PriceSource &s, const QString &what)
    {
        if (s.source.trimmed().isEmpty() || s.asOf.trimmed().isEmpty())
            problem(QStringLiteral("%1 has no source or as-of date").arg(what));
        if (s.estimate && s.estimateReason.trimmed().isEmpty())
            problem(QStringLiteral("%1 is an estimate without an estimate_reason").arg(what));
    }

    void validate()
    {
        for (const Provider &p : m_catalog.m_providers) {
            if (!p.region(p.defaultRegion))
                problem(QStringLiteral("provider %1: default region %2 is not listed")
                            .arg(p.id, p.defaultRegion));
            checkSource(p.egress.source, QStringLiteral("provider %1 egress").arg(p.id));
            for (const auto &[model, terms] : p.pricingModels) {
                if (model != PricingModel::OnDemand)
                    checkSource(terms.source, QStringLiteral("provider %1 pricing model %2")
                                                  .arg(p.id, enumKeyString(model)));
            }
            for (const Region &r : p.regions) {
                if (!m_catalog.country(r.country))
                    problem(QStringLiteral("region %1/%2: unknown country %3")
                                .arg(p.id, r.id, r.country));
            }
        }
        for (const ServiceOffering &s : m_catalog.m_services) {
            const QString name = s.provider + QLatin1Char('/') + s.id;
            const Provider *p = m_catalog.provider(s.provider);
            if (!p) {
                problem(QStringLiteral("service %1: unknown provider").arg(name));
                continue;
            }
            for (const QString &r : s.regions) {
                if (!p->region(r))
                    problem(QStringLiteral("service %1: unknown region %2").arg(name, r));
            }
            for (const PricingModel m : s.pricingModels) {
                if (!p->pricingModels.count(m))
                    problem(QStringLiteral("service %1: provider %2 has no terms for %3")
                                .arg(name, p->id, enumKeyString(m)));
            }
            if (s.instanceTypes.empty() && s.dimensions.empty())
                problem(QStringLiteral("service %1 has no prices").arg(name));
            for (const InstanceType &t : s.instanceTypes) {
                checkSource(t.source,
                            QStringLiteral("service %1 instance type %2").arg(name, t.id));
                for (auto it = t.regionalOnDemand.cbegin(); it != t.regionalOnDemand.cend(); ++it) {
                    if (!p->region(it.key()))
                        problem(QStringLiteral("service %1 instance type %2: unknown region %3")
                                    .arg(name, t.id, it.key()));
                }
            }
            for (const PriceDimension &d : s.dimensions)
                checkSource(d.source, QStringLiteral("service %1 dimension %2").arg(name, d.id));
        }
    }

    Catalog &m_catalog;
    Diagnostics &m_diagnostics;
    const SourceDocument *m_currentFile = nullptr;
};

static void collectFiles(const QString &root, bool user, std::vector<Catalog::SourceFile> &files,
                         Diagnostics &diagnostics)
{
    QDirIterator it(root, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    std::vector<QString> paths;
    while (it.hasNext())
        paths.push_back(it.next());
    std::sort(paths.begin(), paths.end());
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            Diagnostic d;
            d.file = path;
            d.message = QStringLiteral("cannot read: %1").arg(f.errorString());
            diagnostics.push_back(std::move(d));
            continue;
        }
        Catalog::SourceFile file{QDir(root).relativeFilePath(path), f.readAll(),
                                 user ? path : QString(), user};
        auto same = std::find_if(files.begin(), files.end(),
                                 [&](const Catalog::SourceFile &s) { return s.name == file.name; });
        if (same != files.end())
            *same = std::move(file);
        else
            files.push_back(std::move(file));
    }
}

QString Catalog::defaultUserFolder()
{
    const QString env = qEnvironmentVariable("SKYPLAN_CATALOG_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/catalogs");
}

std::shared_ptr<const Catalog> Catalog::fromFiles(const std::vector<SourceFile> &files,
                                                  Diagnostics &diagnostics)
{
    auto catalog = std::make_shared<Catalog>();
    CatalogLoader(*catalog, diagnostics).load(files);
    return catalog;
}

std::shared_ptr<const Catalog> Catalog::load(Diagnostics &diagnostics, const QString &userFolder)
{
    std::vector<SourceFile> files;
    collectFiles(QStringLiteral(":/catalogs"), false, files, diagnostics);
    const QString user = userFolder.isEmpty() ? defaultUserFolder() : userFolder;
    if (QDir(user).exists())
        collectFiles(user, true, files, diagnostics);
    return fromFiles(files, diagnostics);
}

std::shared_ptr<const Catalog> Catalog::builtin()
{
    static std::shared_ptr<const Catalog> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        Diagnostics diagnostics;
        std::vector<SourceFile> files;
        collectFiles(QStringLiteral(":/catalogs"), false, files, diagnostics);
        instance = fromFiles(files, diagnostics);
        if (hasErrors(diagnostics)) {
            for (const Diagnostic &d : diagnostics)
                std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
            std::fprintf(stderr, "skyplan: the built-in catalog is broken\n");
            std::abort();
        }
    });
    return instance;
}

} // namespace skyplan

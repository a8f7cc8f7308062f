#pragma once

#include "model/enums.h"
#include "model/io/diagnostic.h"
#include "policies.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace skyplan {

class Design;

/// Where a price or fact comes from, and whether it is an estimate.
struct PriceSource {
    QString source;
    QString asOf;
    bool estimate = false;
    QString estimateReason;
};

struct Country {
    QString code;
    QString name;
    bool eu = false;
    bool eea = false;
    QString gdprAdequacy = QStringLiteral("none"); ///< none | full | dpf
};

struct Region {
    QString id;
    QString name;
    QString country; ///< ISO 3166-1 alpha-2
    double priceMultiplier = 1.0;
    double lat = 0; ///< approximate location, to rank regions by distance
    double lon = 0;
    PriceSource source;
};

struct EgressTier {
    double upToGb = std::numeric_limits<double>::infinity();
    double rate = 0;
};

struct EgressPrices {
    std::vector<EgressTier> internetTiers;
    double interRegion = 0;
    double crossZone = 0;
    double interconnect = 0;
    PriceSource source;

    /// What `gb` of internet-bound transfer in one month costs across the tiers.
    double internetCost(double gb) const;
};

struct PricingModelTerms {
    double factor = 1.0;
    QString label;
    PriceSource source;
};

struct Provider {
    QString id;
    QString name;
    QString shortName;
    QString color;
    QString defaultRegion;
    std::map<PricingModel, PricingModelTerms> pricingModels;
    EgressPrices egress;
    std::vector<Region> regions;

    const Region *region(const QString &id) const;
    QString pricingLabel(PricingModel model) const;
};

struct InstanceType {
    QString id;
    QString description;
    QString accelerator;
    int accelerators = 0;
    QStringList aliases;
    QString unit = QStringLiteral("instance-hour");
    bool billedMonthly = false; ///< owned hardware: per server-month, whatever the schedule
    int defaultInstances = 0;   ///< 0: the service's default count
    double onDemand = 0;
    std::map<PricingModel, double> explicitRates;
    QHash<QString, double> regionalOnDemand;
    PriceSource source;
};

enum class DimensionDriver {
    StorageGb,
    TbScanned,
    RequestsMillions,
    TokensMillions,
    AlwaysOnHours,
    InstanceMonths
};

struct PriceDimension {
    QString id;
    QString item;
    QString unit;
    DimensionDriver driver = DimensionDriver::StorageGb;
    double rate = 0;
    std::map<StorageTier, double> tiers; ///< when set, the rate depends on the storage tier
    double freeQuantity = 0;
    bool perInstance = false;
    bool regional = true; ///< false: the same fee in every region (control planes)
    CostCategory category = CostCategory::Managed;
    PriceSource source;
};

/// Sizing a placed service gets when its design does not say.
struct ServiceDefaults {
    QString instanceType;
    int instances = 1;
    double hoursPerDay = 24;
    double daysPerWeek = 7;
    PricingModel pricing = PricingModel::OnDemand;
    double storageGb = 0;
    StorageTier storageTier = StorageTier::Standard;
    double tbScannedPerMonth = 0;
    double requestsMillionsPerMonth = 0;
    double tokensMillionsPerMonth = 0;
    Deployment deployment = Deployment::SingleZone;
};

struct ServiceSla {
    double singleZone = 0;
    double multiZone = 0;
    double multiRegion = 0;
    bool none = false; ///< no financially backed SLA
    QString source;

    double forDeployment(Deployment d) const;
};

/// A service as the catalog offers it: what it is, where, at what prices and terms.
struct ServiceOffering {
    QString id;
    QString provider;
    QString name;
    ServiceCategory category = ServiceCategory::Compute;
    QString description;
    bool hipaaEligible = false;
    Portability portability = Portability::Proprietary;
    ServiceSla sla;
    bool allRegions = true;
    QStringList regions;
    std::vector<PricingModel> pricingModels{PricingModel::OnDemand};
    std::map<Deployment, double> deploymentPriceFactor;
    ServiceDefaults defaults;
    std::vector<InstanceType> instanceTypes;
    std::vector<PriceDimension> dimensions;
    PriceSource source;

    /// By id or alias, case-insensitively.
    const InstanceType *instanceType(const QString &idOrAlias) const;
    bool offeredIn(const QString &regionId) const;
    bool supports(PricingModel model) const;
    double deploymentFactor(Deployment d) const;
};

/// Providers, regions, services and jurisdictions: everything Skyplan knows about the clouds.
/// Immutable once loaded; analyses and editors share one instance.
class Catalog {
public:
    const std::vector<Provider> &providers() const { return m_providers; }
    const std::vector<ServiceOffering> &services() const { return m_services; }
    const std::vector<Country> &countries() const { return m_countries; }
    const Policies &policies() const { return m_policies; }

    const Provider *provider(const QString &id) const;
    const ServiceOffering *service(const QString &provider, const QString &id) const;
    std::vector<const ServiceOffering *> servicesOf(const QString &provider) const;
    const Country *country(const QString &code) const;
    /// A catalog region, or for on-prem a site the design declares (as a Region).
    std::optional<Region> region(const QString &provider, const QString &regionId,
                                 const Design *design = nullptr) const;
    /// A catalog region without a copy (no on-prem sites): for the analyses' inner loops.
    const Region *catalogRegion(const QString &provider, const QString &regionId) const;
    /// The country of region(): "" when the region is unknown.
    QString countryOf(const QString &provider, const QString &regionId,
                      const Design *design = nullptr) const;
    QStringList providerIds() const;

    /// Loads the built-in catalog from the Qt resources, with the user's folder laid over it
    /// (a file there replaces the built-in file of the same relative path, or adds one).
    /// `userFolder` empty: SKYPLAN_CATALOG_DIR or the platform's app-data folder.
    /// Problems go to `diagnostics`; the returned catalog is usable when it has no errors.
    static std::shared_ptr<const Catalog> load(Diagnostics &diagnostics,
                                               const QString &userFolder = QString());
    /// The built-in catalog alone, loaded once and shared; aborts with a message if the
    /// compiled-in data is broken (a build defect, caught by tests/catalog).
    static std::shared_ptr<const Catalog> builtin();
    static QString defaultUserFolder();

    /// Loads from explicit (relative name, YAML text) files, for tests and tools.
    struct SourceFile {
        QString name; ///< relative path ("services/aws.yaml"): what a user file replaces
        QByteArray text;
        QString origin;    ///< where it was read from, for messages; `name` when empty
        bool user = false; ///< from the user folder: loaded after the built-in files
    };
    static std::shared_ptr<const Catalog> fromFiles(const std::vector<SourceFile> &files,
                                                    Diagnostics &diagnostics);

private:
    friend class CatalogLoader;
    void index();

    std::vector<Provider> m_providers;
    std::vector<ServiceOffering> m_services;
    std::vector<Country> m_countries;
    Policies m_policies;
    QHash<QString, int> m_providerIndex;
    /// provider -> service id -> index into m_services (two levels: a lookup builds no key)
    QHash<QString, QHash<QString, int>> m_serviceIndex;
    /// provider -> its index in m_providers, and region id -> index into its regions (one
    /// lookup finds both)
    QHash<QString, std::pair<int, QHash<QString, int>>> m_regionIndex;
    QHash<QString, int> m_countryIndex;
};

} // namespace skyplan

#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace skyplan {

// The vocabulary of a design. Each enum has exactly one table of file keys below; the .skyplan
// file, the YAML spec, the catalogs and the reports all use these keys.

enum class PricingModel { OnDemand, Reserved1y, Reserved3y, Spot, SavingsPlan };
enum class StorageTier { Standard, Infrequent, Archive };
enum class DataClassification { Public, Internal, Pii, Phi, Pci };
enum class LinkKind { Request, Data, Replication };
enum class NetworkPath { SameNetwork, Internet, Vpn, Interconnect };
enum class TransferMechanism { None, Adequacy, Scc, Bcr };
enum class Deployment { SingleZone, MultiZone, MultiRegion };
enum class CostCategory { Compute, Storage, Network, Managed, Egress };
enum class Portability { Portable, ManagedOpen, Proprietary };
enum class WorkloadType { None, RealTimeInference, Batch, Training, FeatureStore, ModelRegistry };
enum class DrStrategy { None, BackupRestore, PilotLight, WarmStandby, ActiveActive };
enum class RedundancyMode { ActiveActive, ActivePassive, KOfN };
enum class Failover { Automatic, Manual };
enum class Severity { Error, Warning, Info };
enum class ServiceCategory {
    ObjectStorage,
    DataWarehouse,
    Compute,
    GpuCompute,
    Accelerator,
    MlPlatform,
    Kubernetes,
    Batch,
    ContainerRegistry,
    Database,
    GenerativeAi,
    Serverless,
    Secrets,
    LoadBalancing,
    Interconnect,
    ManagementPlane
};

template<typename E> struct EnumKeys;

#define SKYPLAN_ENUM_KEYS(E, ...)                                                                  \
    template<> struct EnumKeys<E> {                                                                \
        static constexpr std::pair<E, std::string_view> table[] = {__VA_ARGS__};                   \
    };

SKYPLAN_ENUM_KEYS(PricingModel, {PricingModel::OnDemand, "on_demand"},
                  {PricingModel::Reserved1y, "reserved_1y"},
                  {PricingModel::Reserved3y, "reserved_3y"}, {PricingModel::Spot, "spot"},
                  {PricingModel::SavingsPlan, "savings_plan"})
SKYPLAN_ENUM_KEYS(StorageTier, {StorageTier::Standard, "standard"},
                  {StorageTier::Infrequent, "infrequent"}, {StorageTier::Archive, "archive"})
SKYPLAN_ENUM_KEYS(DataClassification, {DataClassification::Public, "public"},
                  {DataClassification::Internal, "internal"}, {DataClassification::Pii, "pii"},
                  {DataClassification::Phi, "phi"}, {DataClassification::Pci, "pci"})
SKYPLAN_ENUM_KEYS(LinkKind, {LinkKind::Request, "request"}, {LinkKind::Data, "data"},
                  {LinkKind::Replication, "replication"})
SKYPLAN_ENUM_KEYS(NetworkPath, {NetworkPath::SameNetwork, "same_network"},
                  {NetworkPath::Internet, "internet"}, {NetworkPath::Vpn, "vpn"},
                  {NetworkPath::Interconnect, "interconnect"})
SKYPLAN_ENUM_KEYS(TransferMechanism, {TransferMechanism::None, "none"},
                  {TransferMechanism::Adequacy, "adequacy"}, {TransferMechanism::Scc, "scc"},
                  {TransferMechanism::Bcr, "bcr"})
SKYPLAN_ENUM_KEYS(Deployment, {Deployment::SingleZone, "single_zone"},
                  {Deployment::MultiZone, "multi_zone"}, {Deployment::MultiRegion, "multi_region"})
SKYPLAN_ENUM_KEYS(CostCategory, {CostCategory::Compute, "compute"},
                  {CostCategory::Storage, "storage"}, {CostCategory::Network, "network"},
                  {CostCategory::Managed, "managed"}, {CostCategory::Egress, "egress"})
SKYPLAN_ENUM_KEYS(Portability, {Portability::Portable, "portable"},
                  {Portability::ManagedOpen, "managed_open"},
                  {Portability::Proprietary, "proprietary"})
SKYPLAN_ENUM_KEYS(WorkloadType, {WorkloadType::None, "none"},
                  {WorkloadType::RealTimeInference, "real_time_inference"},
                  {WorkloadType::Batch, "batch"}, {WorkloadType::Training, "training"},
                  {WorkloadType::FeatureStore, "feature_store"},
                  {WorkloadType::ModelRegistry, "model_registry"})
SKYPLAN_ENUM_KEYS(DrStrategy, {DrStrategy::None, "none"},
                  {DrStrategy::BackupRestore, "backup_restore"},
                  {DrStrategy::PilotLight, "pilot_light"},
                  {DrStrategy::WarmStandby, "warm_standby"},
                  {DrStrategy::ActiveActive, "active_active"})
SKYPLAN_ENUM_KEYS(RedundancyMode, {RedundancyMode::ActiveActive, "active-active"},
                  {RedundancyMode::ActivePassive, "active-passive"},
                  {RedundancyMode::KOfN, "k-of-n"})
SKYPLAN_ENUM_KEYS(Failover, {Failover::Automatic, "automatic"}, {Failover::Manual, "manual"})
SKYPLAN_ENUM_KEYS(Severity, {Severity::Error, "error"}, {Severity::Warning, "warning"},
                  {Severity::Info, "info"})
SKYPLAN_ENUM_KEYS(
    ServiceCategory, {ServiceCategory::ObjectStorage, "object_storage"},
    {ServiceCategory::DataWarehouse, "data_warehouse"}, {ServiceCategory::Compute, "compute"},
    {ServiceCategory::GpuCompute, "gpu_compute"}, {ServiceCategory::Accelerator, "accelerator"},
    {ServiceCategory::MlPlatform, "ml_platform"}, {ServiceCategory::Kubernetes, "kubernetes"},
    {ServiceCategory::Batch, "batch"}, {ServiceCategory::ContainerRegistry, "container_registry"},
    {ServiceCategory::Database, "database"}, {ServiceCategory::GenerativeAi, "generative_ai"},
    {ServiceCategory::Serverless, "serverless"}, {ServiceCategory::Secrets, "secrets"},
    {ServiceCategory::LoadBalancing, "load_balancing"},
    {ServiceCategory::Interconnect, "interconnect"},
    {ServiceCategory::ManagementPlane, "management_plane"})

#undef SKYPLAN_ENUM_KEYS

/// The file key of an enum value ("reserved_1y").
template<typename E> constexpr std::string_view enumKey(E value)
{
    for (const auto &[v, key] : EnumKeys<E>::table) {
        if (v == value)
            return key;
    }
    return {};
}

template<typename E> QString enumKeyString(E value)
{
    const std::string_view key = enumKey(value);
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

/// The enum value of a file key, or nothing when the key is unknown.
template<typename E> constexpr std::optional<E> enumFromKey(std::string_view key)
{
    for (const auto &[v, k] : EnumKeys<E>::table) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

/// Every value of an enum, in table order.
template<typename E> constexpr auto enumValues()
{
    constexpr auto n = std::size(EnumKeys<E>::table);
    std::array<E, n> values{};
    for (std::size_t i = 0; i < n; ++i)
        values[i] = EnumKeys<E>::table[i].first;
    return values;
}

/// "a | b | c", for messages that say what was expected.
template<typename E> QString enumKeyList()
{
    QStringList keys;
    for (const auto &[v, key] : EnumKeys<E>::table)
        keys << QString::fromLatin1(key.data(), qsizetype(key.size()));
    return keys.join(QLatin1String(" | "));
}

} // namespace skyplan

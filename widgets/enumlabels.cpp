#include "enumlabels.h"

namespace skyplan {

namespace {

QString label(const char *text)
{
    return QCoreApplication::translate("Enum", text);
}

/// A word that needs a different translation by what it qualifies ("None": French "Aucun" for
/// a mechanism, "Aucune" for a strategy).
struct Disambiguated {
    const char *source;
    const char *comment;
};
QString label(Disambiguated text)
{
    return QCoreApplication::translate("Enum", text.source, text.comment);
}

} // namespace

QString enumLabel(PricingModel value)
{
    switch (value) {
    case PricingModel::OnDemand:
        return label(QT_TRANSLATE_NOOP("Enum", "On-demand"));
    case PricingModel::Reserved1y:
        return label(QT_TRANSLATE_NOOP("Enum", "Reserved, 1 year"));
    case PricingModel::Reserved3y:
        return label(QT_TRANSLATE_NOOP("Enum", "Reserved, 3 years"));
    case PricingModel::Spot:
        return label(QT_TRANSLATE_NOOP("Enum", "Spot / preemptible"));
    case PricingModel::SavingsPlan:
        return label(QT_TRANSLATE_NOOP("Enum", "Savings plan"));
    }
    return {};
}

QString enumLabel(StorageTier value)
{
    switch (value) {
    case StorageTier::Standard:
        return label(QT_TRANSLATE_NOOP("Enum", "Standard"));
    case StorageTier::Infrequent:
        return label(QT_TRANSLATE_NOOP("Enum", "Infrequent access"));
    case StorageTier::Archive:
        return label(QT_TRANSLATE_NOOP("Enum", "Archive"));
    }
    return {};
}

QString enumLabel(DataClassification value)
{
    switch (value) {
    case DataClassification::Public:
        return label(QT_TRANSLATE_NOOP("Enum", "Public"));
    case DataClassification::Internal:
        return label(QT_TRANSLATE_NOOP("Enum", "Internal"));
    case DataClassification::Pii:
        return label(QT_TRANSLATE_NOOP("Enum", "Personal data (PII)"));
    case DataClassification::Phi:
        return label(QT_TRANSLATE_NOOP("Enum", "Health data (PHI)"));
    case DataClassification::Pci:
        return label(QT_TRANSLATE_NOOP("Enum", "Card data (PCI)"));
    }
    return {};
}

QString enumLabel(LinkKind value)
{
    switch (value) {
    case LinkKind::Request:
        return label(QT_TRANSLATE_NOOP("Enum", "Request dependency"));
    case LinkKind::Data:
        return label(QT_TRANSLATE_NOOP("Enum", "Data flow"));
    case LinkKind::Replication:
        return label(QT_TRANSLATE_NOOP("Enum", "Replication"));
    }
    return {};
}

QString enumLabel(NetworkPath value)
{
    switch (value) {
    case NetworkPath::SameNetwork:
        return label(QT_TRANSLATE_NOOP("Enum", "Same network"));
    case NetworkPath::Internet:
        return label(QT_TRANSLATE_NOOP("Enum", "Internet"));
    case NetworkPath::Vpn:
        return label(QT_TRANSLATE_NOOP("Enum", "VPN"));
    case NetworkPath::Interconnect:
        return label(QT_TRANSLATE_NOOP("Enum", "Private interconnect"));
    }
    return {};
}

QString enumLabel(EgressCharge value)
{
    switch (value) {
    case EgressCharge::None:
        return label(QT_TRANSLATE_NOOP("Enum", "free (same region)"));
    case EgressCharge::CrossZone:
        return label(QT_TRANSLATE_NOOP("Enum", "cross-zone"));
    case EgressCharge::InterRegion:
        return label(QT_TRANSLATE_NOOP("Enum", "inter-region"));
    case EgressCharge::Internet:
        return label(QT_TRANSLATE_NOOP("Enum", "internet"));
    case EgressCharge::Interconnect:
        return label(QT_TRANSLATE_NOOP("Enum", "interconnect"));
    }
    return {};
}

QString enumLabel(TransferMechanism value)
{
    switch (value) {
    case TransferMechanism::None:
        return label(Disambiguated QT_TRANSLATE_NOOP3("Enum", "None", "transfer mechanism"));
    case TransferMechanism::Adequacy:
        return label(QT_TRANSLATE_NOOP("Enum", "Adequacy decision"));
    case TransferMechanism::Scc:
        return label(QT_TRANSLATE_NOOP("Enum", "Standard contractual clauses"));
    case TransferMechanism::Bcr:
        return label(QT_TRANSLATE_NOOP("Enum", "Binding corporate rules"));
    }
    return {};
}

QString enumLabel(Deployment value)
{
    switch (value) {
    case Deployment::SingleZone:
        return label(QT_TRANSLATE_NOOP("Enum", "Single zone"));
    case Deployment::MultiZone:
        return label(QT_TRANSLATE_NOOP("Enum", "Multi-zone"));
    case Deployment::MultiRegion:
        return label(QT_TRANSLATE_NOOP("Enum", "Multi-region"));
    }
    return {};
}

QString enumLabel(WorkloadType value)
{
    switch (value) {
    case WorkloadType::None:
        return label(QT_TRANSLATE_NOOP("Enum", "Not stated"));
    case WorkloadType::RealTimeInference:
        return label(QT_TRANSLATE_NOOP("Enum", "Real-time inference"));
    case WorkloadType::Batch:
        return label(QT_TRANSLATE_NOOP("Enum", "Batch processing"));
    case WorkloadType::Training:
        return label(QT_TRANSLATE_NOOP("Enum", "Model training"));
    case WorkloadType::FeatureStore:
        return label(QT_TRANSLATE_NOOP("Enum", "Feature store"));
    case WorkloadType::ModelRegistry:
        return label(QT_TRANSLATE_NOOP("Enum", "Model registry"));
    }
    return {};
}

QString enumLabel(DrStrategy value)
{
    switch (value) {
    case DrStrategy::None:
        return label(Disambiguated QT_TRANSLATE_NOOP3("Enum", "None", "DR strategy"));
    case DrStrategy::BackupRestore:
        return label(QT_TRANSLATE_NOOP("Enum", "Backup and restore"));
    case DrStrategy::PilotLight:
        return label(QT_TRANSLATE_NOOP("Enum", "Pilot light"));
    case DrStrategy::WarmStandby:
        return label(QT_TRANSLATE_NOOP("Enum", "Warm standby"));
    case DrStrategy::ActiveActive:
        return label(QT_TRANSLATE_NOOP("Enum", "Active-active"));
    }
    return {};
}

QString enumLabel(Portability value)
{
    switch (value) {
    case Portability::Portable:
        return label(QT_TRANSLATE_NOOP("Enum", "Portable"));
    case Portability::ManagedOpen:
        return label(QT_TRANSLATE_NOOP("Enum", "Managed, open interface"));
    case Portability::Proprietary:
        return label(QT_TRANSLATE_NOOP("Enum", "Proprietary"));
    }
    return {};
}

QString enumLabel(ServiceCategory value)
{
    switch (value) {
    case ServiceCategory::ObjectStorage:
        return label(QT_TRANSLATE_NOOP("Enum", "Object storage"));
    case ServiceCategory::DataWarehouse:
        return label(QT_TRANSLATE_NOOP("Enum", "Data warehouse"));
    case ServiceCategory::Compute:
        return label(QT_TRANSLATE_NOOP("Enum", "Compute"));
    case ServiceCategory::GpuCompute:
        return label(QT_TRANSLATE_NOOP("Enum", "GPU compute"));
    case ServiceCategory::Accelerator:
        return label(QT_TRANSLATE_NOOP("Enum", "Accelerators"));
    case ServiceCategory::MlPlatform:
        return label(QT_TRANSLATE_NOOP("Enum", "ML platform"));
    case ServiceCategory::Kubernetes:
        return label(QT_TRANSLATE_NOOP("Enum", "Kubernetes"));
    case ServiceCategory::Batch:
        return label(QT_TRANSLATE_NOOP("Enum", "Batch"));
    case ServiceCategory::ContainerRegistry:
        return label(QT_TRANSLATE_NOOP("Enum", "Container registry"));
    case ServiceCategory::Database:
        return label(QT_TRANSLATE_NOOP("Enum", "Database"));
    case ServiceCategory::GenerativeAi:
        return label(QT_TRANSLATE_NOOP("Enum", "Generative AI"));
    case ServiceCategory::Serverless:
        return label(QT_TRANSLATE_NOOP("Enum", "Serverless"));
    case ServiceCategory::Secrets:
        return label(QT_TRANSLATE_NOOP("Enum", "Secrets and keys"));
    case ServiceCategory::LoadBalancing:
        return label(QT_TRANSLATE_NOOP("Enum", "Load balancing"));
    case ServiceCategory::Interconnect:
        return label(QT_TRANSLATE_NOOP("Enum", "Interconnect"));
    case ServiceCategory::ManagementPlane:
        return label(QT_TRANSLATE_NOOP("Enum", "Management plane"));
    }
    return {};
}

} // namespace skyplan

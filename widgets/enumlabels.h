#pragma once

#include "model/analysis/egressestimator.h"
#include "model/enums.h"

#include <QCoreApplication>

namespace skyplan {

/// What a person reads for each value of the design's vocabulary (the files use the keys of
/// model/enums.h). One translation context, "Enum", for all of them.
QString enumLabel(PricingModel value);
QString enumLabel(StorageTier value);
QString enumLabel(DataClassification value);
QString enumLabel(LinkKind value);
QString enumLabel(NetworkPath value);
QString enumLabel(TransferMechanism value);
QString enumLabel(Deployment value);
QString enumLabel(WorkloadType value);
QString enumLabel(DrStrategy value);
QString enumLabel(Portability value);
QString enumLabel(ServiceCategory value);
QString enumLabel(EgressCharge value);

} // namespace skyplan

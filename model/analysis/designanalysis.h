#pragma once

#include "costestimator.h"
#include "egressestimator.h"

namespace skyplan {

/// Everything the analyses say about one design, computed together.
struct DesignAnalysis {
    EgressReport egress;
    CostReport cost;
};

DesignAnalysis analyzeDesign(const Design &design, const Catalog &catalog);

} // namespace skyplan

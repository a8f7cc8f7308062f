#include "designanalysis.h"

namespace skyplan {

DesignAnalysis analyzeDesign(const Design &design, const Catalog &catalog)
{
    DesignAnalysis a;
    a.egress = EgressEstimator(catalog).estimate(design);
    a.cost = CostEstimator(catalog).estimate(design, a.egress);
    return a;
}

} // namespace skyplan

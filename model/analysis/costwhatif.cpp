#include "costwhatif.h"

#include "costestimator.h"
#include "model/catalog/catalog.h"
#include "model/design.h"

#include <QCoreApplication>

#include <algorithm>

namespace skyplan {

namespace {

bool mentions(const PlacedService &s, std::initializer_list<const char *> words)
{
    const QString text = (s.role + QLatin1Char(' ') + s.label + QLatin1Char(' ') + s.id).toLower();
    return std::any_of(words.begin(), words.end(),
                       [&](const char *w) { return text.contains(QLatin1String(w)); });
}

/// The suggested version of one service, or nothing when no strategy applies.
std::optional<std::pair<PlacedService, PricingSuggestion>> suggest(const PlacedService &s,
                                                                   const ServiceOffering *o)
{
    if (!o)
        return std::nullopt;
    PlacedService t = s;
    PricingSuggestion p;
    p.service = s.id;
    const bool compute = !o->instanceTypes.empty();
    const bool training = s.workloadType == WorkloadType::Training ||
                          (s.workloadType == WorkloadType::None && mentions(s, {"train"}));
    const bool inference = s.workloadType == WorkloadType::RealTimeInference ||
                           (s.workloadType == WorkloadType::None &&
                            mentions(s, {"inference", "serving", "real_time", "real-time"}));
    const QString environment = s.tags.value(QStringLiteral("environment")).toLower();
    const bool devTest =
        environment == QLatin1String("dev") || environment == QLatin1String("development") ||
        environment == QLatin1String("test") || environment == QLatin1String("staging");
    if (compute && devTest && (s.hoursPerDay > 9 || s.daysPerWeek > 5)) {
        t.hoursPerDay = std::min(s.hoursPerDay, 9.0);
        t.daysPerWeek = std::min(s.daysPerWeek, 5.0);
        p.strategy = QStringLiteral("schedule_dev_test");
        p.change = QCoreApplication::translate("Analysis",
                                               "run %1 h a day, %2 days a week (business hours)")
                       .arg(t.hoursPerDay)
                       .arg(t.daysPerWeek);
    } else if (compute && training && s.pricing == PricingModel::OnDemand &&
               o->supports(PricingModel::Spot)) {
        t.pricing = PricingModel::Spot;
        p.strategy = QStringLiteral("spot_training");
        p.change =
            QCoreApplication::translate("Analysis", "spot capacity for training, with checkpoints");
    } else if (compute && inference && s.pricing == PricingModel::OnDemand && s.hoursPerDay >= 24 &&
               s.daysPerWeek >= 7) {
        if (o->supports(PricingModel::Reserved1y))
            t.pricing = PricingModel::Reserved1y;
        else if (o->supports(PricingModel::SavingsPlan))
            t.pricing = PricingModel::SavingsPlan;
        else
            return std::nullopt;
        p.strategy = QStringLiteral("reserved_inference");
        p.change =
            t.pricing == PricingModel::Reserved1y
                ? QCoreApplication::translate("Analysis",
                                              "reserve it for 1 year: steady inference runs 24/7")
                : QCoreApplication::translate(
                      "Analysis", "cover it with a savings plan: steady inference runs 24/7");
    } else if (o->category == ServiceCategory::ObjectStorage && s.storageGb > 0 &&
               s.storageTier != StorageTier::Archive && mentions(s, {"archive", "backup"})) {
        t.storageTier = StorageTier::Archive;
        p.strategy = QStringLiteral("storage_tiering");
        p.change = QCoreApplication::translate("Analysis", "move to the archive tier");
    } else {
        return std::nullopt;
    }
    return std::make_pair(t, p);
}

} // namespace

CostWhatIf costWhatIf(const Design &design, const Catalog &catalog)
{
    const CostEstimator estimator(catalog);
    CostWhatIf w;
    for (const PlacedService &s : design.services()) {
        const double designed = estimator.estimate(s, design).monthly;
        w.asDesigned += designed;
        PlacedService onDemand = s;
        const ServiceOffering *o = catalog.service(s.provider, s.service);
        if (o && o->supports(PricingModel::OnDemand))
            onDemand.pricing = PricingModel::OnDemand;
        w.allOnDemand += estimator.estimate(onDemand, design).monthly;
        if (auto suggestion = suggest(s, o)) {
            auto &[changed, p] = *suggestion;
            p.monthlyBefore = designed;
            p.monthlyAfter = estimator.estimate(changed, design).monthly;
            // A change that would not save (a spot rate above on-demand somewhere) is dropped.
            if (p.savingUsd() > 0.005) {
                w.suggested += p.monthlyAfter;
                w.suggestions.push_back(p);
            } else {
                w.suggested += designed;
            }
        } else {
            w.suggested += designed;
        }
    }
    std::stable_sort(w.suggestions.begin(), w.suggestions.end(),
                     [](const PricingSuggestion &a, const PricingSuggestion &b) {
                         return a.savingUsd() > b.savingUsd();
                     });
    return w;
}

std::map<QString, double> costByTag(const Design &design, const CostReport &cost,
                                    const QString &tag)
{
    std::map<QString, double> totals;
    for (std::size_t i = 0; i < design.services().size() && i < cost.services.size(); ++i)
        totals[design.services()[i].tags.value(tag)] += cost.services[i].monthly;
    return totals;
}

} // namespace skyplan

#include "costestimator.h"

#include "egressestimator.h"
#include "model/catalog/catalog.h"
#include "model/design.h"

#include <algorithm>

namespace skyplan {

namespace {

QString money(double v)
{
    return QStringLiteral("$") + QString::number(v, 'g', 10);
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

bool isCommitment(PricingModel m)
{
    return m == PricingModel::Reserved1y || m == PricingModel::Reserved3y ||
           m == PricingModel::SavingsPlan;
}

} // namespace

ServiceCost CostEstimator::estimate(const PlacedService &s, const Design &design) const
{
    ServiceCost cost;
    cost.id = s.id;
    cost.provider = s.provider;
    const Provider *provider = m_catalog.provider(s.provider);
    const ServiceOffering *offering = m_catalog.service(s.provider, s.service);
    if (!provider || !offering) {
        cost.problem = QStringLiteral("%1/%2 is not in the catalog").arg(s.provider, s.service);
        return cost;
    }
    const std::optional<Region> region = m_catalog.region(s.provider, s.region, &design);
    const double regionMultiplier = region ? region->priceMultiplier : 1.0;
    const double deploymentFactor = offering->deploymentFactor(s.deployment);

    if (const InstanceType *type = offering->instanceType(s.instanceType)) {
        double rate = type->onDemand;
        QString rateNote = QStringLiteral("on-demand");
        if (s.pricing != PricingModel::OnDemand) {
            const auto explicitRate = type->explicitRates.find(s.pricing);
            const auto terms = provider->pricingModels.find(s.pricing);
            if (explicitRate != type->explicitRates.end()) {
                rate = explicitRate->second;
                rateNote = provider->pricingLabel(s.pricing) + QStringLiteral(" list rate");
            } else if (terms != provider->pricingModels.end()) {
                rate = type->onDemand * terms->second.factor;
                rateNote = QStringLiteral("on-demand %1 x %2 (%3)")
                               .arg(money(type->onDemand), number(terms->second.factor),
                                    provider->pricingLabel(s.pricing));
            }
        }
        double regional = regionMultiplier;
        QString regionNote = QStringLiteral("region multiplier %1").arg(number(regionMultiplier));
        if (const auto it = type->regionalOnDemand.constFind(s.region);
            it != type->regionalOnDemand.constEnd() && type->onDemand > 0) {
            regional = it.value() / type->onDemand;
            regionNote = QStringLiteral("%1 list price %2").arg(s.region, money(it.value()));
        }
        rate *= regional * deploymentFactor;

        CostComponent c;
        c.category = CostCategory::Compute;
        c.unit = type->unit;
        c.rate = rate;
        if (type->billedMonthly) {
            c.item = QStringLiteral("%1 (owned, amortised)").arg(type->id);
            c.quantity = s.instances;
            c.formula = QStringLiteral("%1 x %2 per month (%3)")
                            .arg(number(s.instances), money(rate), regionNote);
        } else if (isCommitment(s.pricing)) {
            // A reservation or savings plan is paid for every hour of the term, used or not.
            c.item = QStringLiteral("%1, %2").arg(type->id, provider->pricingLabel(s.pricing));
            c.quantity = s.instances * hoursPerMonth;
            c.formula = QStringLiteral("%1 x 730 h (a commitment is paid for every hour, whatever "
                                       "the schedule) = %2 %3s; rate %4 (%5, %6)")
                            .arg(number(s.instances), number(c.quantity), type->unit, money(rate),
                                 rateNote, regionNote);
        } else {
            const double hours = scheduledHours(s.hoursPerDay, s.daysPerWeek);
            c.item = QStringLiteral("%1, %2").arg(type->id, provider->pricingLabel(s.pricing));
            c.quantity = s.instances * hours;
            c.formula = QStringLiteral("%1 x 730 h x (%2 h/day x %3 days/week) / 168 = %4 %5s; "
                                       "rate %6 (%7, %8)")
                            .arg(number(s.instances), number(s.hoursPerDay), number(s.daysPerWeek),
                                 number(c.quantity), type->unit, money(rate), rateNote, regionNote);
        }
        if (deploymentFactor != 1.0)
            c.formula += QStringLiteral(", x %1 for %2")
                             .arg(number(deploymentFactor), enumKeyString(s.deployment));
        c.monthly = c.quantity * c.rate;
        cost.components.push_back(std::move(c));
    }

    for (const PriceDimension &d : offering->dimensions) {
        CostComponent c;
        c.item = d.item;
        c.unit = d.unit;
        c.category = d.category;
        double rate = d.rate;
        if (!d.tiers.empty()) {
            const auto tier = d.tiers.find(s.storageTier);
            rate = tier != d.tiers.end() ? tier->second : d.tiers.at(StorageTier::Standard);
            c.item += QStringLiteral(" (%1)").arg(enumKeyString(s.storageTier));
        }
        double quantity = 0;
        QString basis;
        switch (d.driver) {
        case DimensionDriver::StorageGb:
            quantity = s.storageGb;
            basis = QStringLiteral("%1 GB stored").arg(number(s.storageGb));
            break;
        case DimensionDriver::TbScanned:
            quantity = s.tbScannedPerMonth;
            basis = QStringLiteral("%1 TB scanned").arg(number(quantity));
            break;
        case DimensionDriver::RequestsMillions:
            quantity = s.requestsMillionsPerMonth;
            basis = QStringLiteral("%1 million requests").arg(number(quantity));
            break;
        case DimensionDriver::TokensMillions:
            quantity = s.tokensMillionsPerMonth;
            basis = QStringLiteral("%1 million tokens").arg(number(quantity));
            break;
        case DimensionDriver::AlwaysOnHours:
            quantity = hoursPerMonth * (d.perInstance ? s.instances : 1);
            basis = d.perInstance ? QStringLiteral("%1 x 730 h").arg(s.instances)
                                  : QStringLiteral("730 h");
            break;
        case DimensionDriver::InstanceMonths:
            quantity = s.instances;
            basis = QStringLiteral("%1 per month").arg(s.instances);
            break;
        }
        if (d.freeQuantity > 0) {
            basis += QStringLiteral(", less %1 free").arg(number(d.freeQuantity));
            quantity = std::max(0.0, quantity - d.freeQuantity);
        }
        // Storage is replicated with the deployment (RDS Multi-AZ stores twice); flat fees
        // such as control planes cost the same in every region.
        const double deployment = d.driver == DimensionDriver::StorageGb ? deploymentFactor : 1.0;
        const double regional = d.regional ? regionMultiplier : 1.0;
        c.quantity = quantity;
        c.rate = rate * regional * deployment;
        c.monthly = c.quantity * c.rate;
        c.formula = QStringLiteral("%1; rate %2 per %3").arg(basis, money(rate), d.unit);
        if (d.regional)
            c.formula += QStringLiteral(" x region multiplier %1").arg(number(regionMultiplier));
        if (deployment != 1.0)
            c.formula +=
                QStringLiteral(" x %1 for %2").arg(number(deployment), enumKeyString(s.deployment));
        if (c.quantity == 0 && d.driver != DimensionDriver::AlwaysOnHours)
            continue; // an unused dimension is not an invoice line
        cost.components.push_back(std::move(c));
    }

    double subtotal = 0;
    for (const CostComponent &c : cost.components)
        subtotal += c.monthly;
    const double discount = design.organization.discountFraction(s.provider);
    if (discount > 0 && subtotal > 0) {
        CostComponent c;
        c.item = QStringLiteral("Negotiated discount (%1%)").arg(number(discount * 100));
        c.quantity = subtotal;
        c.unit = QStringLiteral("USD");
        c.rate = -discount;
        c.monthly = -subtotal * discount;
        c.discount = true;
        c.formula = QStringLiteral("%1 of %2 subtotal")
                        .arg(number(discount * 100) + QLatin1Char('%'), provider->shortName);
        cost.components.push_back(std::move(c));
    }
    for (const CostComponent &c : cost.components)
        cost.monthly += c.monthly;
    return cost;
}

CostReport CostEstimator::estimate(const Design &design, const EgressReport &egress) const
{
    CostReport report;
    for (const Provider &p : m_catalog.providers())
        report.byProvider[p.id] = 0;
    for (const CostCategory c : enumValues<CostCategory>())
        report.byCategory[c] = 0;
    report.services.reserve(design.services().size());
    for (const PlacedService &s : design.services()) {
        ServiceCost cost = estimate(s, design);
        const double keep = 1.0 - design.organization.discountFraction(s.provider);
        for (const CostComponent &c : cost.components) {
            if (!c.discount)
                report.byCategory[c.category] += c.monthly * keep;
        }
        report.byProvider[s.provider] += cost.monthly;
        report.servicesMonthly += cost.monthly;
        report.services.push_back(std::move(cost));
    }
    for (const auto &[provider, usd] : egress.byProvider)
        report.byProvider[provider] += usd;
    report.egressMonthly = egress.monthlyUsd;
    report.byCategory[CostCategory::Egress] = egress.monthlyUsd;
    report.monthly = report.servicesMonthly + report.egressMonthly;
    return report;
}

} // namespace skyplan

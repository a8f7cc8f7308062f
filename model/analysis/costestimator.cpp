#include "costestimator.h"

#include "egressestimator.h"
#include "model/catalog/catalog.h"
#include "model/catalog/datatext.h"
#include "model/design.h"
#include "model/keytext.h"
#include "model/numbertext.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <optional>

namespace skyplan {

namespace {

QString money(double v)
{
    return QLatin1Char('$') + gNumber(v);
}

QString number(double v)
{
    return gNumber(v);
}

bool isCommitment(PricingModel m)
{
    return m == PricingModel::Reserved1y || m == PricingModel::Reserved3y ||
           m == PricingModel::SavingsPlan;
}

} // namespace

/// What the estimator writes, in the interface language: the texts of lines and formulas, the
/// catalog's items, units and pricing-model labels (data) and the storage tiers and
/// deployments (keyText()). Looked up once per estimator: a lookup costs about as much as
/// formatting a number, and a large design has tens of thousands of invoice lines.
struct CostEstimator::Texts {
    QString notInCatalog = QCoreApplication::translate("Analysis", "%1/%2 is not in the catalog");
    QString onDemand = QCoreApplication::translate("Analysis", "on-demand");
    QString listRate = QCoreApplication::translate("Analysis", "%1 list rate");
    QString onDemandTimes = QCoreApplication::translate("Analysis", "on-demand %1 x %2 (%3)");
    QString regionMultiplier = QCoreApplication::translate("Analysis", "region multiplier %1");
    QString listPrice = QCoreApplication::translate("Analysis", "%1 list price %2");
    QString owned = QCoreApplication::translate("Analysis", "%1 (owned, amortised)");
    QString ownedFormula = QCoreApplication::translate("Analysis", "%1 x %2 per month (%3)");
    QString commitmentFormula = QCoreApplication::translate(
        "Analysis", "%1 x 730 h (a commitment is paid for every hour, "
                    "whatever the schedule) = %2 %3s; rate %4 (%5, %6)");
    QString scheduleFormula = QCoreApplication::translate(
        "Analysis", "%1 x 730 h x (%2 h/day x %3 days/week) / 168 = %4 %5s; "
                    "rate %6 (%7, %8)");
    QString forDeployment = QCoreApplication::translate("Analysis", ", x %1 for %2");
    QString gbStored = QCoreApplication::translate("Analysis", "%1 GB stored");
    QString tbScanned = QCoreApplication::translate("Analysis", "%1 TB scanned");
    QString millionRequests = QCoreApplication::translate("Analysis", "%1 million requests");
    QString millionTokens = QCoreApplication::translate("Analysis", "%1 million tokens");
    QString instanceHours = QCoreApplication::translate("Analysis", "%1 x 730 h");
    QString hours = QCoreApplication::translate("Analysis", "730 h");
    QString perMonth = QCoreApplication::translate("Analysis", "%1 per month");
    QString lessFree = QCoreApplication::translate("Analysis", ", less %1 free");
    QString dimensionFormula = QCoreApplication::translate("Analysis", "%1; rate %2 per %3");
    QString timesRegionMultiplier =
        QCoreApplication::translate("Analysis", " x region multiplier %1");
    QString timesDeployment = QCoreApplication::translate("Analysis", " x %1 for %2");
    QString discount = QCoreApplication::translate("Analysis", "Negotiated discount (%1%)");
    QString discountFormula = QCoreApplication::translate("Analysis", "%1 of %2 subtotal");
    std::map<StorageTier, QString> tiers;
    std::map<Deployment, QString> deployments;
    DataTexts data; ///< the catalog's items, units and labels, as they come

    Texts()
    {
        for (const StorageTier t : enumValues<StorageTier>())
            tiers[t] = keyText(t);
        for (const Deployment d : enumValues<Deployment>())
            deployments[d] = keyText(d);
    }
};

QString &CostEstimator::item(const void *catalogEntry, int variant) const
{
    return m_items[{catalogEntry, variant}];
}

/// "m5.xlarge, On-demand": made once per instance type and pricing model.
QString CostEstimator::computeItem(const Provider &provider, const InstanceType &type,
                                   PricingModel pricing) const
{
    QString &item = this->item(&type, int(pricing));
    if (item.isNull())
        item = QStringLiteral("%1, %2").arg(type.id, m_texts->data(provider.pricingLabel(pricing)));
    return item;
}

/// How a dimension's quantity was found ("250 GB stored, less 5 free"), for its formula.
QString CostEstimator::dimensionBasis(const PriceDimension &d, const PlacedService &s,
                                      double used) const
{
    const Texts &t = *m_texts;
    QString basis;
    switch (d.driver) {
    case DimensionDriver::StorageGb:
        basis = t.gbStored.arg(number(used));
        break;
    case DimensionDriver::TbScanned:
        basis = t.tbScanned.arg(number(used));
        break;
    case DimensionDriver::RequestsMillions:
        basis = t.millionRequests.arg(number(used));
        break;
    case DimensionDriver::TokensMillions:
        basis = t.millionTokens.arg(number(used));
        break;
    case DimensionDriver::AlwaysOnHours:
        basis = d.perInstance ? t.instanceHours.arg(s.instances) : t.hours;
        break;
    case DimensionDriver::InstanceMonths:
        basis = t.perMonth.arg(s.instances);
        break;
    }
    if (d.freeQuantity > 0)
        basis += t.lessFree.arg(number(d.freeQuantity));
    return basis;
}

CostEstimator::CostEstimator(const Catalog &catalog)
    : m_catalog(catalog), m_texts(std::make_shared<const Texts>())
{}

ServiceCost CostEstimator::estimate(const PlacedService &s, const Design &design) const
{
    return price(s, design, true, AnalysisLookups::of(s, m_catalog));
}

std::vector<QString> CostEstimator::formulas(const PlacedService &s, const Design &design) const
{
    std::vector<QString> texts;
    for (CostComponent &c : price(s, design, true, AnalysisLookups::of(s, m_catalog)).components)
        texts.push_back(std::move(c.formula));
    return texts;
}

ServiceCost CostEstimator::price(const PlacedService &s, const Design &design, bool formulas,
                                 const AnalysisLookups::Entry &entries) const
{
    const Texts &t = *m_texts;
    ServiceCost cost;
    const Provider *provider = entries.provider;
    const ServiceOffering *offering = entries.offering;
    if (!provider || !offering) {
        cost.problem = t.notInCatalog.arg(s.provider, s.service);
        return cost;
    }
    // Only catalog regions have a price multiplier (a design's on-prem sites have none).
    const Region *region = entries.catalogRegion;
    const double regionMultiplier = region ? region->priceMultiplier : 1.0;
    const double deploymentFactor = offering->deploymentFactor(s.deployment);

    if (const InstanceType *type = offering->instanceType(s.instanceType)) {
        // The notes only go into the formula: an analysis leaves formulas unwritten.
        double rate = type->onDemand;
        QString rateNote;
        if (formulas)
            rateNote = t.onDemand;
        if (s.pricing != PricingModel::OnDemand) {
            const auto explicitRate = type->explicitRates.find(s.pricing);
            const auto terms = provider->pricingModels.find(s.pricing);
            if (explicitRate != type->explicitRates.end()) {
                rate = explicitRate->second;
                if (formulas)
                    rateNote = t.listRate.arg(t.data(provider->pricingLabel(s.pricing)));
            } else if (terms != provider->pricingModels.end()) {
                rate = type->onDemand * terms->second.factor;
                if (formulas)
                    rateNote =
                        t.onDemandTimes.arg(money(type->onDemand), number(terms->second.factor),
                                            t.data(provider->pricingLabel(s.pricing)));
            }
        }
        double regional = regionMultiplier;
        QString regionNote;
        if (formulas)
            regionNote = t.regionMultiplier.arg(number(regionMultiplier));
        if (const auto it = type->regionalOnDemand.constFind(s.region);
            it != type->regionalOnDemand.constEnd() && type->onDemand > 0) {
            regional = it.value() / type->onDemand;
            if (formulas)
                regionNote = t.listPrice.arg(s.region, money(it.value()));
        }
        rate *= regional * deploymentFactor;

        CostComponent c;
        c.category = CostCategory::Compute;
        c.unit = t.data.field(type->unit);
        c.rate = rate;
        if (type->billedMonthly) {
            QString &owned = item(type, -1);
            if (owned.isNull())
                owned = t.owned.arg(type->id);
            c.item = owned;
            c.quantity = s.instances;
            if (formulas)
                c.formula = t.ownedFormula.arg(number(s.instances), money(rate), regionNote);
        } else if (isCommitment(s.pricing)) {
            // A reservation or savings plan is paid for every hour of the term, used or not.
            c.item = computeItem(*provider, *type, s.pricing);
            c.quantity = s.instances * hoursPerMonth;
            if (formulas)
                c.formula = t.commitmentFormula.arg(number(s.instances), number(c.quantity), c.unit,
                                                    money(rate), rateNote, regionNote);
        } else {
            const double hours = scheduledHours(s.hoursPerDay, s.daysPerWeek);
            c.item = computeItem(*provider, *type, s.pricing);
            c.quantity = s.instances * hours;
            if (formulas)
                c.formula = t.scheduleFormula.arg(number(s.instances), number(s.hoursPerDay),
                                                  number(s.daysPerWeek), number(c.quantity), c.unit,
                                                  money(rate), rateNote, regionNote);
        }
        if (formulas && deploymentFactor != 1.0)
            c.formula +=
                t.forDeployment.arg(number(deploymentFactor), t.deployments.at(s.deployment));
        c.monthly = c.quantity * c.rate;
        cost.components.push_back(std::move(c));
    }

    for (const PriceDimension &d : offering->dimensions) {
        CostComponent c;
        c.unit = t.data.field(d.unit);
        c.category = d.category;
        double rate = d.rate;
        if (!d.tiers.empty()) {
            const auto tier = d.tiers.find(s.storageTier);
            rate = tier != d.tiers.end() ? tier->second : d.tiers.at(StorageTier::Standard);
            QString &tiered = item(&d, int(s.storageTier));
            if (tiered.isNull())
                tiered =
                    t.data.field(d.item) + QStringLiteral(" (%1)").arg(t.tiers.at(s.storageTier));
            c.item = tiered;
        } else {
            c.item = t.data.field(d.item);
        }
        double quantity = 0;
        switch (d.driver) {
        case DimensionDriver::StorageGb:
            quantity = s.storageGb;
            break;
        case DimensionDriver::TbScanned:
            quantity = s.tbScannedPerMonth;
            break;
        case DimensionDriver::RequestsMillions:
            quantity = s.requestsMillionsPerMonth;
            break;
        case DimensionDriver::TokensMillions:
            quantity = s.tokensMillionsPerMonth;
            break;
        case DimensionDriver::AlwaysOnHours:
            quantity = hoursPerMonth * (d.perInstance ? s.instances : 1);
            break;
        case DimensionDriver::InstanceMonths:
            quantity = s.instances;
            break;
        }
        const double used = quantity;
        if (d.freeQuantity > 0)
            quantity = std::max(0.0, quantity - d.freeQuantity);
        // Storage is replicated with the deployment (RDS Multi-AZ stores twice); flat fees
        // such as control planes cost the same in every region.
        const double deployment = d.driver == DimensionDriver::StorageGb ? deploymentFactor : 1.0;
        const double regional = d.regional ? regionMultiplier : 1.0;
        c.quantity = quantity;
        c.rate = rate * regional * deployment;
        c.monthly = c.quantity * c.rate;
        if (c.quantity == 0 && d.driver != DimensionDriver::AlwaysOnHours)
            continue; // an unused dimension is not an invoice line
        if (formulas) {
            c.formula = t.dimensionFormula.arg(dimensionBasis(d, s, used), money(rate), c.unit);
            if (d.regional)
                c.formula += t.timesRegionMultiplier.arg(number(regionMultiplier));
            if (deployment != 1.0)
                c.formula +=
                    t.timesDeployment.arg(number(deployment), t.deployments.at(s.deployment));
        }
        cost.components.push_back(std::move(c));
    }

    double subtotal = 0;
    for (const CostComponent &c : cost.components)
        subtotal += c.monthly;
    const double discount = design.organization.discountFraction(s.provider);
    if (discount > 0 && subtotal > 0) {
        CostComponent c;
        QString &discountItem = m_discountItems[discount];
        if (discountItem.isNull())
            discountItem = t.discount.arg(number(discount * 100));
        c.item = discountItem;
        c.quantity = subtotal;
        c.unit = QStringLiteral("USD");
        c.rate = -discount;
        c.monthly = -subtotal * discount;
        c.discount = true;
        if (formulas)
            c.formula = t.discountFormula.arg(number(discount * 100) + QLatin1Char('%'),
                                              provider->shortName);
        cost.components.push_back(std::move(c));
    }
    for (const CostComponent &c : cost.components)
        cost.monthly += c.monthly;
    return cost;
}

CostReport CostEstimator::estimate(const Design &design, const EgressReport &egress,
                                   CostCache *cache, const AnalysisLookups *lookups) const
{
    std::optional<AnalysisLookups> own;
    const AnalysisLookups &entries = lookups ? *lookups : own.emplace(design, m_catalog);
    if (cache && (cache->m_catalog != &m_catalog || cache->m_organization != design.organization ||
                  cache->m_sites != design.sites)) {
        cache->m_byId.clear();
        cache->m_catalog = &m_catalog;
        cache->m_organization = design.organization;
        cache->m_sites = design.sites;
    }
    CostReport report;
    report.services.reserve(design.services().size());
    for (std::size_t i = 0; i < design.services().size(); ++i) {
        const PlacedService &s = design.services()[i];
        ServiceCost cost;
        if (cache) {
            auto known = cache->m_byId.find(s.id);
            if (known != cache->m_byId.end() && known->first == s) {
                cost = known->second;
            } else {
                cost = price(s, design, false, entries[i]);
                cache->m_byId.insert(s.id, {s, cost});
            }
        } else {
            cost = price(s, design, false, entries[i]);
        }
        report.services.push_back(std::move(cost));
    }
    sumAll(report, design, entries);
    readTotals(report, egress);
    if (cache && cache->m_byId.size() > qsizetype(design.services().size())) {
        // Services gone from the design are forgotten.
        cache->m_byId.removeIf(
            [&](const auto &entry) { return design.serviceIndex(entry.key()) < 0; });
    }
    return report;
}

namespace {

/// 1 - the negotiated discount of each of `providers`.
std::vector<double> keptShares(const Design &design, const QStringList &providers)
{
    std::vector<double> keep;
    keep.reserve(std::size_t(providers.size()));
    for (const QString &p : providers)
        keep.push_back(1.0 - design.organization.discountFraction(p));
    return keep;
}

/// What the price of one service adds to `sums` (`sign` 1) or, as it was, takes away (-1).
/// The discount line is spread over the categories by their shares, not counted as one.
void count(CostSums &sums, const ServiceCost &cost, int provider, int sign)
{
    const double keep = sums.keep[std::size_t(provider)];
    for (const CostComponent &c : cost.components) {
        if (!c.discount)
            sums.byCategory[std::size_t(c.category)].add(c.monthly * keep, sign);
    }
    sums.spend[std::size_t(provider)].add(cost.monthly, sign);
}

} // namespace

void CostEstimator::reprice(CostReport &report, const Design &design, const EgressReport &egress,
                            const std::vector<int> &indices, CostCache *cache,
                            const AnalysisLookups *lookups) const
{
    std::optional<AnalysisLookups> own;
    const AnalysisLookups &looked = lookups ? *lookups : own.emplace(design, m_catalog);
    // The sums are kept when they are of these services, numbered providers and discounts.
    CostSums &sums = report.sums;
    const bool kept = sums.providerOf.size() == design.services().size() &&
                      report.services.size() == design.services().size() &&
                      sums.providers == looked.providers() &&
                      sums.keep == keptShares(design, looked.providers());
    for (const int i : indices) {
        const auto at = std::size_t(i);
        if (kept)
            count(sums, report.services[at], sums.providerOf[at], -1);
        const PlacedService &s = design.services()[at];
        ServiceCost cost = price(s, design, false, looked[at]);
        if (cache)
            cache->m_byId.insert(s.id, {s, cost});
        report.services[at] = std::move(cost);
        if (kept) {
            sums.providerOf[at] = looked.providerOf(at);
            count(sums, report.services[at], sums.providerOf[at], 1);
        }
    }
    if (!kept)
        sumAll(report, design, looked);
    readTotals(report, egress);
}

void CostEstimator::sumAll(CostReport &report, const Design &design, const AnalysisLookups &lookups)
{
    // By provider and category number: no provider's name is compared per service.
    CostSums &sums = report.sums;
    sums = CostSums();
    sums.providers = lookups.providers();
    sums.keep = keptShares(design, sums.providers);
    sums.spend.resize(std::size_t(sums.providers.size()));
    sums.providerOf.resize(report.services.size());
    for (std::size_t i = 0; i < report.services.size(); ++i) {
        sums.providerOf[i] = lookups.providerOf(i);
        count(sums, report.services[i], sums.providerOf[i], 1);
    }
}

void CostEstimator::readTotals(CostReport &report, const EgressReport &egress) const
{
    const CostSums &sums = report.sums;
    ExactSum services;
    report.byProvider.clear();
    report.byCategory.clear();
    for (const Provider &p : m_catalog.providers())
        report.byProvider[p.id] = 0;
    for (std::size_t p = 0; p < sums.spend.size(); ++p) {
        report.byProvider[sums.providers[qsizetype(p)]] += sums.spend[p].value();
        services += sums.spend[p];
    }
    report.servicesMonthly = services.value();
    for (const CostCategory c : enumValues<CostCategory>())
        report.byCategory[c] = sums.byCategory[std::size_t(c)].value();
    for (const auto &[provider, usd] : egress.byProvider)
        report.byProvider[provider] += usd;
    report.egressMonthly = egress.monthlyUsd;
    report.byCategory[CostCategory::Egress] = egress.monthlyUsd;
    report.monthly = report.servicesMonthly + report.egressMonthly;
}

} // namespace skyplan

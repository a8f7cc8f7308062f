#include "common/testsupport.h"

#include "model/analysis/costwhatif.h"
#include "model/analysis/designanalysis.h"
#include "model/numbertext.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace skyplan;

namespace {

struct Sizing {
    QString instanceType;
    int instances = 1;
    double hoursPerDay = 24;
    double daysPerWeek = 7;
    PricingModel pricing = PricingModel::OnDemand;
    Deployment deployment = Deployment::SingleZone;
    double storageGb = 0;
    StorageTier tier = StorageTier::Standard;
    double tbScanned = 0;
    double requests = 0;
};

ServiceCost priceOne(const QString &provider, const QString &service, const QString &region,
                     const Sizing &z, double discountPct = 0)
{
    Design d;
    PlacedService s = test::service(QStringLiteral("x"), provider, service, region);
    if (!z.instanceType.isEmpty())
        s.instanceType = z.instanceType;
    s.instances = z.instances;
    s.hoursPerDay = z.hoursPerDay;
    s.daysPerWeek = z.daysPerWeek;
    s.pricing = z.pricing;
    s.deployment = z.deployment;
    s.storageGb = z.storageGb;
    s.storageTier = z.tier;
    s.tbScannedPerMonth = z.tbScanned;
    s.requestsMillionsPerMonth = z.requests;
    s.tokensMillionsPerMonth = 0;
    d.insertService(s);
    if (discountPct > 0)
        d.organization.negotiatedDiscountPct.insert(provider, discountPct);
    return CostEstimator(test::catalog()).estimate(*d.service(QStringLiteral("x")), d);
}

} // namespace

Q_DECLARE_METATYPE(skyplan::PricingModel)
Q_DECLARE_METATYPE(skyplan::Deployment)
Q_DECLARE_METATYPE(skyplan::StorageTier)

class TestCost : public QObject {
    Q_OBJECT
private slots:
    void whatIfAppliesLecture05Strategies()
    {
        // Three p3.2xlarge in us-east-1, on-demand around the clock ($3.06 x 730 h = $2,233.80).
        Design d;
        const auto gpu = [&](const QString &id) {
            PlacedService s = test::service(id, QStringLiteral("aws"), QStringLiteral("ec2"),
                                            QStringLiteral("us-east-1"));
            s.instanceType = QStringLiteral("p3.2xlarge");
            s.pricing = PricingModel::OnDemand;
            return s;
        };
        PlacedService trainer = gpu(QStringLiteral("trainer"));
        trainer.workloadType = WorkloadType::Training;
        PlacedService server = gpu(QStringLiteral("server"));
        server.workloadType = WorkloadType::RealTimeInference;
        server.instances = 2;
        PlacedService devbox = gpu(QStringLiteral("devbox"));
        devbox.tags.insert(QStringLiteral("environment"), QStringLiteral("dev"));
        d.insertService(trainer);
        d.insertService(server);
        d.insertService(devbox);
        const CostWhatIf w = costWhatIf(d, *Catalog::builtin());
        QVERIFY(test::near(w.asDesigned, 4 * 2233.80));
        QVERIFY(test::near(w.allOnDemand, 4 * 2233.80)); // all on-demand already
        QCOMPARE(w.suggestions.size(), std::size_t(3));
        // Reserved 1 year for the steady inference pair: 2 x 730 x $1.84 = $2,686.40.
        QCOMPARE(w.suggestions[0].service, QStringLiteral("server"));
        QCOMPARE(w.suggestions[0].strategy, QStringLiteral("reserved_inference"));
        QVERIFY(test::near(w.suggestions[0].monthlyAfter, 2686.40));
        QVERIFY(test::near(w.suggestions[0].savingUsd(), 1781.20));
        // Business hours for the dev box: 730 x (9 x 5) / 168 = 195.5357 h x $3.06 = $598.34.
        QCOMPARE(w.suggestions[1].service, QStringLiteral("devbox"));
        QCOMPARE(w.suggestions[1].strategy, QStringLiteral("schedule_dev_test"));
        QVERIFY(test::near(w.suggestions[1].monthlyAfter, 598.34));
        // Spot for training: 730 x $0.92 = $671.60 (Lecture 05's 70% saving).
        QCOMPARE(w.suggestions[2].service, QStringLiteral("trainer"));
        QCOMPARE(w.suggestions[2].strategy, QStringLiteral("spot_training"));
        QVERIFY(test::near(w.suggestions[2].monthlyAfter, 671.60));
        QVERIFY(test::near(w.suggested, 2686.40 + 598.34 + 671.60));
        // A design on spot already: "all on-demand" prices it back up.
        d.service(QStringLiteral("trainer"))->pricing = PricingModel::Spot;
        const CostWhatIf again = costWhatIf(d, *Catalog::builtin());
        QVERIFY(test::near(again.allOnDemand - again.asDesigned, 2233.80 - 671.60));
    }

    void costByTagSumsServicesPerTagValue()
    {
        Design d;
        PlacedService a = test::service(QStringLiteral("a"), QStringLiteral("aws"),
                                        QStringLiteral("ec2"), QStringLiteral("us-east-1"));
        a.instanceType = QStringLiteral("p3.2xlarge");
        a.tags.insert(QStringLiteral("team"), QStringLiteral("vision"));
        PlacedService b = a;
        b.id = QStringLiteral("b");
        PlacedService c = a;
        c.id = QStringLiteral("c");
        c.tags.clear();
        d.insertService(a);
        d.insertService(b);
        d.insertService(c);
        const auto catalog = Catalog::builtin();
        const CostReport cost =
            CostEstimator(*catalog).estimate(d, EgressEstimator(*catalog).estimate(d));
        const auto byTeam = costByTag(d, cost, QStringLiteral("team"));
        QCOMPARE(byTeam.size(), std::size_t(2));
        QVERIFY(test::near(byTeam.at(QStringLiteral("vision")), 2 * 2233.80));
        QVERIFY(test::near(byTeam.at(QString()), 2233.80));
    }

    // The editor's incremental path: a cache keeps the prices of services an edit did not
    // touch; every figure must equal a full estimate, and a change to the organisation profile
    // (a discount applies to every service) or a removed service must not leave stale prices.
    void costCacheRepricesOnlyWhatChanged()
    {
        Design d;
        for (const char *id : {"a", "b", "c"}) {
            PlacedService s = test::service(QString::fromLatin1(id), QStringLiteral("aws"),
                                            QStringLiteral("ec2"), QStringLiteral("us-east-1"));
            s.instanceType = QStringLiteral("p3.2xlarge");
            d.insertService(s);
        }
        const auto catalog = Catalog::builtin();
        const CostEstimator estimator(*catalog);
        const EgressReport noEgress;
        CostCache cache;
        const CostReport first = estimator.estimate(d, noEgress, &cache);
        QVERIFY(test::near(first.servicesMonthly, 3 * 2233.80));

        d.service(QStringLiteral("b"))->instances = 2;
        // Another estimator, as the editor makes one per analysis: what it prices has texts of
        // its own, what it takes from the cache has the first report's.
        const CostReport second = CostEstimator(*catalog).estimate(d, noEgress, &cache);
        QVERIFY(test::near(second.services[1].monthly, 2 * 2233.80));
        QVERIFY(test::near(second.servicesMonthly, 4 * 2233.80));
        QVERIFY(second.services == estimator.estimate(d, noEgress).services);
        // a and c were not priced again: their texts are the very strings of the first report.
        QVERIFY(second.services[0].components[0].item.isSharedWith(
            first.services[0].components[0].item));
        QVERIFY(!second.services[1].components[0].item.isSharedWith(
            first.services[1].components[0].item));

        d.organization.negotiatedDiscountPct.insert(QStringLiteral("aws"), 10);
        const CostReport discounted = estimator.estimate(d, noEgress, &cache);
        QVERIFY(test::near(discounted.servicesMonthly, 0.9 * 4 * 2233.80));
        QVERIFY(discounted.services == estimator.estimate(d, noEgress).services);

        (void)d.takeService(QStringLiteral("c"));
        const CostReport fewer = estimator.estimate(d, noEgress, &cache);
        QCOMPARE(fewer.services.size(), std::size_t(2));
        QVERIFY(test::near(fewer.servicesMonthly, 0.9 * 3 * 2233.80));
        QVERIFY(fewer.services == estimator.estimate(d, noEgress).services);
    }

    // The formula texts use a fast formatter that must write what QString::number(v, 'g', 10)
    // writes (the golden reports compare these texts).
    void fastNumbersMatchQt()
    {
        const double values[] = {0.0,         -0.0,           1,      0.023,     730.0 * 45 / 168,
                                 1e6,         1e10,           1e-5,   1e-4,      -58.905,
                                 1e21,        123456789012.0, 2.5e-7, 0.1 + 0.2, 99999.99999,
                                 9999999999.5};
        for (const double v : values)
            QCOMPARE(gNumber(v), QString::number(v, 'g', 10));
        QCOMPARE(gNumber(-0.0), QStringLiteral("0"));
        QCOMPARE(gNumber(std::nan("")), QStringLiteral("nan"));
    }

    void scheduleHours()
    {
        QCOMPARE(CostEstimator::scheduledHours(24, 7), 730.0);
        // Lecture 05's "business hours" schedule: 9 h on 5 days.
        QVERIFY(test::near(CostEstimator::scheduledHours(9, 5), 730.0 * 45 / 168, 1e-9));
        QCOMPARE(CostEstimator::scheduledHours(0, 7), 0.0);
    }

    // Each row is worked out by hand; the comment gives the arithmetic.
    void handCheckedPrices_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("instances");
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("days");
        QTest::addColumn<PricingModel>("pricing");
        QTest::addColumn<Deployment>("deployment");
        QTest::addColumn<double>("storage");
        QTest::addColumn<StorageTier>("tier");
        QTest::addColumn<double>("tb");
        QTest::addColumn<double>("expected");
        const QString aws = QStringLiteral("aws"), gcp = QStringLiteral("gcp");
        const QString use1 = QStringLiteral("us-east-1"), p3 = QStringLiteral("p3.2xlarge");
        const auto OD = PricingModel::OnDemand;
        const auto SZ = Deployment::SingleZone;
        const auto STD = StorageTier::Standard;
        // 3.06 x 730
        QTest::newRow("p3 on-demand 24/7")
            << aws << QStringLiteral("ec2") << use1 << p3 << 1 << 24.0 << 7.0 << OD << SZ << 0.0
            << STD << 0.0 << 2233.80;
        // 1.84 x 730 (Lecture 05 1-yr reserved)
        QTest::newRow("p3 reserved 1y")
            << aws << QStringLiteral("ec2") << use1 << p3 << 1 << 24.0 << 7.0
            << PricingModel::Reserved1y << SZ << 0.0 << STD << 0.0 << 1343.20;
        // 1.10 x 730 = 803.00; x 12 = 9,636 a year, the lecture's figure
        QTest::newRow("p3 reserved 3y")
            << aws << QStringLiteral("ec2") << use1 << p3 << 1 << 24.0 << 7.0
            << PricingModel::Reserved3y << SZ << 0.0 << STD << 0.0 << 803.00;
        // 0.92 x 730
        QTest::newRow("p3 spot") << aws << QStringLiteral("ec2") << use1 << p3 << 1 << 24.0 << 7.0
                                 << PricingModel::Spot << SZ << 0.0 << STD << 0.0 << 671.60;
        // 3.06 x 0.72 (AWS savings-plan factor) x 730
        QTest::newRow("p3 savings plan")
            << aws << QStringLiteral("ec2") << use1 << p3 << 1 << 24.0 << 7.0
            << PricingModel::SavingsPlan << SZ << 0.0 << STD << 0.0 << 1608.336;
        // 730 x 45 / 168 = 195.5357 h x 3.06
        QTest::newRow("p3 business hours") << aws << QStringLiteral("ec2") << use1 << p3 << 1 << 9.0
                                           << 5.0 << OD << SZ << 0.0 << STD << 0.0 << 598.339286;
        // 4 x 730 x 56 / 168 x 0.92 = 4 x 243.333 x 0.92
        QTest::newRow("4 p3 spot 8h x 7d")
            << aws << QStringLiteral("ec2") << use1 << p3 << 4 << 8.0 << 7.0 << PricingModel::Spot
            << SZ << 0.0 << STD << 0.0 << 895.466667;
        // eu-west-1 list price 3.305 x 730
        QTest::newRow("p3 eu-west-1")
            << aws << QStringLiteral("ec2") << QStringLiteral("eu-west-1") << p3 << 1 << 24.0 << 7.0
            << OD << SZ << 0.0 << STD << 0.0 << 2412.65;
        // spot 0.92 scaled by the regional ratio 3.305 / 3.06, x 730
        QTest::newRow("p3 spot eu-west-1")
            << aws << QStringLiteral("ec2") << QStringLiteral("eu-west-1") << p3 << 1 << 24.0 << 7.0
            << PricingModel::Spot << SZ << 0.0 << STD << 0.0 << 0.92 * 3.305 / 3.06 * 730;
        // 0.526 x 1.12 (Frankfurt multiplier) x 730
        QTest::newRow("g4dn Frankfurt")
            << aws << QStringLiteral("ec2") << QStringLiteral("eu-central-1")
            << QStringLiteral("g4dn.xlarge") << 1 << 24.0 << 7.0 << OD << SZ << 0.0 << STD << 0.0
            << 430.0576;
        // no explicit spot rate: 0.526 x 0.30 (factor) x 730
        QTest::newRow("g4dn spot by factor")
            << aws << QStringLiteral("ec2") << use1 << QStringLiteral("g4dn.xlarge") << 1 << 24.0
            << 7.0 << PricingModel::Spot << SZ << 0.0 << STD << 0.0 << 115.194;
        // Lecture 05: 1 TB (1,024 GB) of models: Standard 0.023, IA 0.0125, Glacier 0.004 per GB
        QTest::newRow("S3 1 TB standard")
            << aws << QStringLiteral("s3") << use1 << QString() << 1 << 24.0 << 7.0 << OD << SZ
            << 1024.0 << STD << 0.0 << 23.552;
        QTest::newRow("S3 1 TB infrequent")
            << aws << QStringLiteral("s3") << use1 << QString() << 1 << 24.0 << 7.0 << OD << SZ
            << 1024.0 << StorageTier::Infrequent << 0.0 << 12.80;
        QTest::newRow("S3 1 TB archive")
            << aws << QStringLiteral("s3") << use1 << QString() << 1 << 24.0 << 7.0 << OD << SZ
            << 1024.0 << StorageTier::Archive << 0.0 << 4.096;
        // (10 - 1 free) TB x 6.25
        QTest::newRow("BigQuery 10 TB scanned")
            << gcp << QStringLiteral("bigquery") << QStringLiteral("us-central1") << QString() << 1
            << 24.0 << 7.0 << OD << SZ << 0.0 << STD << 10.0 << 56.25;
        // 3 x 0.192 x 730 nodes + 0.10 x 730 control plane
        QTest::newRow("EKS 3 nodes + control plane")
            << aws << QStringLiteral("eks") << use1 << QStringLiteral("m5.xlarge") << 3 << 24.0
            << 7.0 << OD << SZ << 0.0 << STD << 0.0 << 420.48 + 73.0;
        // Multi-AZ doubles the instance and its storage: 0.178 x 2 x 730, plus 100 GB x 0.115 x 2
        QTest::newRow("RDS multi-AZ")
            << aws << QStringLiteral("rds") << use1 << QStringLiteral("db.m5.large") << 1 << 24.0
            << 7.0 << OD << Deployment::MultiZone << 100.0 << STD << 0.0 << 259.88 + 23.0;
        // TPU v4: 4 chips x 730 x 3.22
        QTest::newRow("TPU v4 slice")
            << gcp << QStringLiteral("tpu") << QStringLiteral("us-central2") << QStringLiteral("v4")
            << 4 << 24.0 << 7.0 << OD << SZ << 0.0 << STD << 0.0 << 9402.40;
        // A reservation is paid for all 730 hours even on an 8 h x 5 day schedule: 1.10 x 730
        QTest::newRow("p3 reserved 3y, scheduled")
            << aws << QStringLiteral("ec2") << use1 << p3 << 1 << 8.0 << 5.0
            << PricingModel::Reserved3y << SZ << 0.0 << STD << 0.0 << 803.00;
        // So is a savings plan: 3.06 x 0.72 x 730
        QTest::newRow("p3 savings plan, scheduled")
            << aws << QStringLiteral("ec2") << use1 << p3 << 1 << 9.0 << 5.0
            << PricingModel::SavingsPlan << SZ << 0.0 << STD << 0.0 << 1608.336;
        // Control planes cost the same everywhere: nodes 3 x 0.192 x 1.08 (Ireland) x 730, fee 73
        QTest::newRow("EKS in Ireland")
            << aws << QStringLiteral("eks") << QStringLiteral("eu-west-1")
            << QStringLiteral("m5.xlarge") << 3 << 24.0 << 7.0 << OD << SZ << 0.0 << STD << 0.0
            << 3 * 0.192 * 1.08 * 730 + 73.0;
        // GKE control plane alone (no nodes): 0.10 x 730 plus 0 nodes
        QTest::newRow("GKE control plane only")
            << gcp << QStringLiteral("gke") << QStringLiteral("us-central1")
            << QStringLiteral("n1-standard-4") << 0 << 24.0 << 7.0 << OD << SZ << 0.0 << STD << 0.0
            << 73.0;
    }
    void handCheckedPrices()
    {
        QFETCH(QString, provider);
        QFETCH(QString, service);
        QFETCH(QString, region);
        QFETCH(QString, type);
        QFETCH(int, instances);
        QFETCH(double, hours);
        QFETCH(double, days);
        QFETCH(PricingModel, pricing);
        QFETCH(Deployment, deployment);
        QFETCH(double, storage);
        QFETCH(StorageTier, tier);
        QFETCH(double, tb);
        QFETCH(double, expected);
        const ServiceCost cost =
            priceOne(provider, service, region,
                     {type, instances, hours, days, pricing, deployment, storage, tier, tb, 0});
        QVERIFY2(cost.problem.isEmpty(), qPrintable(cost.problem));
        QVERIFY2(test::near(cost.monthly, expected, 1e-4),
                 qPrintable(QStringLiteral("got %1, expected %2")
                                .arg(cost.monthly, 0, 'f', 6)
                                .arg(expected, 0, 'f', 6)));
        for (const CostComponent &c : cost.components)
            QVERIFY(test::near(c.quantity * c.rate, c.monthly, 1e-9));
    }

    void componentsReadLikeAnInvoice()
    {
        const ServiceCost cost =
            priceOne(QStringLiteral("aws"), QStringLiteral("eks"), QStringLiteral("us-east-1"),
                     {QStringLiteral("m5.xlarge"), 3});
        QCOMPARE(cost.components.size(), 2u);
        QCOMPARE(cost.components[0].item, QStringLiteral("m5.xlarge, On-demand"));
        QCOMPARE(cost.components[0].quantity, 2190.0);
        QCOMPARE(cost.components[0].unit, QStringLiteral("instance-hour"));
        QCOMPARE(cost.components[0].rate, 0.192);
        QCOMPARE(cost.components[0].category, CostCategory::Compute);
        QCOMPARE(cost.components[1].item, QStringLiteral("EKS control plane"));
        QCOMPARE(cost.components[1].quantity, 730.0);
        QCOMPARE(cost.components[1].category, CostCategory::Managed);
        QVERIFY(cost.components[0].formula.contains(QLatin1String("730 h")));
    }

    // A design's estimate (the editor's, after every edit) leaves the formulas out; the
    // estimate of one service and formulas() write them, line for line.
    void formulasAreWrittenWhenAskedFor()
    {
        Design d;
        PlacedService s = test::service(QStringLiteral("db"), QStringLiteral("aws"),
                                        QStringLiteral("rds"), QStringLiteral("eu-west-1"));
        s.instanceType = QStringLiteral("db.m5.large");
        s.hoursPerDay = 10;
        s.daysPerWeek = 4;
        s.storageGb = 250;
        d.insertService(s);
        d.organization.negotiatedDiscountPct.insert(QStringLiteral("aws"), 10);
        const CostEstimator estimator(*Catalog::builtin());
        const ServiceCost one = estimator.estimate(s, d);
        const CostReport all = estimator.estimate(d, EgressReport());
        QCOMPARE(all.services.size(), 1u);
        QCOMPARE(all.services[0].components.size(), one.components.size());
        QVERIFY(one.components.size() >= 3); // instance hours, storage, the discount
        const std::vector<QString> formulas = estimator.formulas(s, d);
        QCOMPARE(formulas.size(), one.components.size());
        for (std::size_t k = 0; k < one.components.size(); ++k) {
            QVERIFY(all.services[0].components[k].formula.isEmpty());
            QVERIFY(!formulas[k].isEmpty());
            QCOMPARE(formulas[k], one.components[k].formula);
            CostComponent withFormula = all.services[0].components[k];
            withFormula.formula = formulas[k];
            QVERIFY(withFormula == one.components[k]); // the same line otherwise
        }
        QVERIFY2(formulas[0].contains(QLatin1String("10 h/day x 4 days/week")),
                 qPrintable(formulas[0]));
        QVERIFY2(formulas[1].contains(QLatin1String("250 GB stored")), qPrintable(formulas[1]));
    }

    void negotiatedDiscountIsALineOfItsOwn()
    {
        const ServiceCost cost =
            priceOne(QStringLiteral("aws"), QStringLiteral("ec2"), QStringLiteral("us-east-1"),
                     {QStringLiteral("p3.2xlarge")}, 10);
        QCOMPARE(cost.components.size(), 2u);
        const CostComponent &discount = cost.components[1];
        QVERIFY(discount.discount);
        QCOMPARE(discount.item, QStringLiteral("Negotiated discount (10%)"));
        QVERIFY(test::near(discount.quantity, 2233.80, 1e-9));
        QCOMPARE(discount.rate, -0.10);
        QVERIFY(test::near(discount.monthly, -223.38, 1e-9));
        QVERIFY(test::near(cost.monthly, 2010.42, 1e-9));
    }

    void ownedHardwareIgnoresTheSchedule()
    {
        const ServiceOffering *gpu =
            test::catalog().service(QStringLiteral("onprem"), QStringLiteral("gpu_servers"));
        QVERIFY(gpu);
        const InstanceType *type = gpu->instanceType(gpu->defaults.instanceType);
        QVERIFY(type && type->billedMonthly);
        const ServiceCost always = priceOne(QStringLiteral("onprem"), QStringLiteral("gpu_servers"),
                                            QStringLiteral("dc-us"), {type->id, 2, 24, 7});
        const ServiceCost office = priceOne(QStringLiteral("onprem"), QStringLiteral("gpu_servers"),
                                            QStringLiteral("dc-us"), {type->id, 2, 8, 5});
        QVERIFY(test::near(always.components[0].monthly, 2 * type->onDemand, 1e-9));
        QVERIFY(test::near(always.components[0].monthly, office.components[0].monthly, 1e-9));
        QCOMPARE(always.components[0].unit, QStringLiteral("server-month"));
    }

    void unknownServiceIsNotPricedButExplained()
    {
        Design d;
        PlacedService s;
        s.id = QStringLiteral("ghost");
        s.provider = QStringLiteral("aws");
        s.service = QStringLiteral("quantum_annealer");
        d.insertService(s);
        const ServiceCost cost = CostEstimator(test::catalog()).estimate(s, d);
        QCOMPARE(cost.monthly, 0.0);
        QVERIFY(cost.problem.contains(QLatin1String("not in the catalog")));
    }

    void totalsAddUpByProviderAndCategory()
    {
        const Design d = test::designFromYaml(R"(
organization: {negotiated_discount_pct: {aws: 10, gcp: 4}}
lake: {id: lake, provider: aws, service: s3, region: us-east-1, storage_gb: 2048}
gpu: {id: gpu, provider: aws, service: ec2, instance_type: p3.2xlarge, instances: 2}
k8s: {id: k8s, provider: gcp, service: gke, instance_type: n1-standard-4, instances: 3}
bq: {id: bq, provider: gcp, service: bigquery, tb_scanned_per_month: 5, storage_gb: 100}
aks: {id: aks, provider: azure, service: aks}
data_flows:
  - {from: lake, to: bq, gb_per_month: 1000}
  - {from: bq, to: aks, gb_per_month: 300}
)");
        const DesignAnalysis a = analyzeDesign(d, test::catalog());
        double byProvider = 0, byCategory = 0, nodes = 0;
        for (const auto &[p, usd] : a.cost.byProvider)
            byProvider += usd;
        for (const auto &[c, usd] : a.cost.byCategory)
            byCategory += usd;
        for (const ServiceCost &s : a.cost.services)
            nodes += s.monthly;
        QVERIFY(a.cost.monthly > 0);
        QVERIFY(test::near(byProvider, a.cost.monthly, 1e-6));
        QVERIFY(test::near(byCategory, a.cost.monthly, 1e-6));
        QVERIFY(test::near(nodes + a.egress.monthlyUsd, a.cost.monthly, 1e-6));
        QVERIFY(test::near(a.cost.byCategory.at(CostCategory::Egress), a.egress.monthlyUsd, 1e-9));
        // The 10% AWS discount is spread over AWS's categories: S3 storage 2048 x 0.023 x 0.9.
        QVERIFY(test::near(a.cost.byCategory.at(CostCategory::Storage),
                           2048 * 0.023 * 0.9 + 100 * 0.02 * 0.96, 1e-6));
    }
};

QTEST_GUILESS_MAIN(TestCost)
#include "tst_cost.moc"

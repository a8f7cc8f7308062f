#include "common/testsupport.h"

#include "model/analysis/analysislookups.h"
#include "model/analysis/datagravity.h"
#include "model/analysis/egressestimator.h"
#include "model/analysis/exactsum.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace skyplan;

namespace {

/// A design and its egress estimate, whose links are in the design's order.
struct Estimate {
    Design design;
    EgressReport report;
};

Estimate egressOf(const QByteArray &yaml)
{
    Estimate e{test::designFromYaml(yaml), {}};
    e.report = EgressEstimator(test::catalog()).estimate(e.design);
    return e;
}

const LinkEgress &link(const Estimate &e, const char *id)
{
    const int i = e.design.linkIndex(QLatin1String(id));
    if (i < 0 || std::size_t(i) >= e.report.links.size())
        qFatal("no link %s", id);
    return e.report.links[std::size_t(i)];
}

const QByteArray services = R"(
a: {id: a, provider: aws, service: s3, region: us-east-1}
a2: {id: a2, provider: aws, service: ec2, region: us-east-1}
aeu: {id: aeu, provider: aws, service: ec2, region: eu-west-1}
g: {id: g, provider: gcp, service: bigquery, region: us-central1}
z: {id: z, provider: azure, service: aks, region: eastus}
dc: {id: dc, provider: onprem, service: gpu_servers, region: dc-us}
)";

} // namespace

class TestEgress : public QObject {
    Q_OBJECT
private slots:
    void sameRegionIsFreeAndCrossZoneIsNot()
    {
        const Estimate r = egressOf(services + R"(
data_flows:
  - {id: same, from: a, to: a2, gb_per_month: 1000}
  - {id: zone, from: a, to: a2, gb_per_month: 1000, cross_zone: true}
)");
        QCOMPARE(link(r, "same").charge, EgressCharge::None);
        QCOMPARE(link(r, "same").monthly, 0.0);
        QCOMPARE(link(r, "same").path, NetworkPath::SameNetwork); // default for one provider
        QCOMPARE(link(r, "zone").charge, EgressCharge::CrossZone);
        // AWS bills $0.01/GB out of one zone and $0.01/GB into the other.
        QVERIFY(test::near(link(r, "zone").monthly, 1000 * 0.02));
        QCOMPARE(r.report.monthlyGb, 1000.0); // only GB that leave a zone or region count
    }

    void interRegionAtTheProvidersRate()
    {
        const Estimate r = egressOf(services + R"(
data_flows: [{id: x, from: a, to: aeu, gb_per_month: 500}]
)");
        QCOMPARE(link(r, "x").charge, EgressCharge::InterRegion);
        QVERIFY(test::near(link(r, "x").monthly, 500 * 0.02));
        QCOMPARE(r.report.pairs.size(), 1u);
        QCOMPARE(r.report.pairs[0].from, QStringLiteral("aws"));
        QCOMPARE(r.report.pairs[0].to, QStringLiteral("aws"));
    }

    void internetTiersApplyToTheProvidersTotalProRata()
    {
        // AWS sends 3,000 + 7,000 = 10,000 GB to the internet: (10,000 - 100 free) x 0.09 = 891,
        // shared 30% / 70%.
        const Estimate r = egressOf(services + R"(
data_flows:
  - {id: small, from: a, to: g, gb_per_month: 3000}
  - {id: big, from: a2, to: z, gb_per_month: 7000}
)");
        QCOMPARE(link(r, "small").charge, EgressCharge::Internet);
        QVERIFY(test::near(link(r, "small").monthly, 891 * 0.3));
        QVERIFY(test::near(link(r, "big").monthly, 891 * 0.7));
        QVERIFY(test::near(link(r, "big").ratePerGb, 0.0891, 1e-12));
        QVERIFY(test::near(r.report.monthlyUsd, 891));
        QCOMPARE(r.report.internetGbByProvider.at(QStringLiteral("aws")), 10000.0);
        QVERIFY(test::near(r.report.byProvider.at(QStringLiteral("aws")), 891));
    }

    void gcpTiersHaveNoFreeAllowance()
    {
        // 2,048 GB from GCP: 1,024 x 0.12 + 1,024 x 0.11 = 235.52
        const Estimate r = egressOf(services + R"(
data_flows: [{id: x, from: g, to: a, gb_per_month: 2048}]
)");
        QVERIFY(test::near(link(r, "x").monthly, 235.52));
    }

    void interconnectAtItsPerGbRate()
    {
        const Estimate r = egressOf(services + R"(
data_flows: [{id: x, from: a, to: g, gb_per_month: 50000, path: interconnect}]
)");
        QCOMPARE(link(r, "x").charge, EgressCharge::Interconnect);
        QVERIFY(test::near(link(r, "x").monthly, 50000 * 0.02));
        QVERIFY(r.report.internetGbByProvider.empty());
    }

    void requestLinksAreChargedToTheResponder()
    {
        // `a2 depends on g`: the responses (GB) come from g, so GCP pays 200 x 0.12.
        const Estimate r = egressOf(services + R"(
data_flows: [{id: x, from: a2, to: g, kind: request, gb_per_month: 200}]
)");
        QCOMPARE(egressSender(*r.design.link(QStringLiteral("x"))), QStringLiteral("g"));
        QCOMPARE(link(r, "x").senderProvider, QStringLiteral("gcp"));
        QVERIFY(test::near(link(r, "x").monthly, 200 * 0.12));
    }

    void ingressAndOwnedTransitAreFree()
    {
        const Estimate r = egressOf(services + R"(
data_flows:
  - {id: in, from: dc, to: a, gb_per_month: 5000}
)");
        QCOMPARE(link(r, "in").charge, EgressCharge::Internet);
        QCOMPARE(link(r, "in").monthly, 0.0);
    }

    void negotiatedDiscountAppliesToTransfer()
    {
        const Estimate r = egressOf(services + R"(
organization: {negotiated_discount_pct: {aws: 20}}
data_flows: [{id: x, from: a, to: aeu, gb_per_month: 1000}]
)");
        QVERIFY(test::near(link(r, "x").ratePerGb, 0.016, 1e-12));
        QVERIFY(test::near(link(r, "x").monthly, 16.0));
        QCOMPARE(link(r, "x").discountPct, 20.0);
    }

    void dataGravityWeighsWhatAMoveAvoidsAgainstWhatItAdds()
    {
        // S3 (AWS) sends 1,000 GB a month to GKE (GCP), which sends 100 GB to BigQuery (GCP).
        Design d;
        d.insertService(test::service(QStringLiteral("lake"), QStringLiteral("aws"),
                                      QStringLiteral("s3"), QStringLiteral("us-east-1")));
        d.insertService(test::service(QStringLiteral("jobs"), QStringLiteral("gcp"),
                                      QStringLiteral("gke"), QStringLiteral("us-central1")));
        d.insertService(test::service(QStringLiteral("warehouse"), QStringLiteral("gcp"),
                                      QStringLiteral("bigquery"), QStringLiteral("us-central1")));
        const auto link = [&](const QString &from, const QString &to, double gb) {
            Link l;
            l.id = from + QStringLiteral("_to_") + to;
            l.from = from;
            l.to = to;
            l.gbPerMonth = gb;
            d.insertLink(l);
        };
        link(QStringLiteral("lake"), QStringLiteral("jobs"), 1000);
        link(QStringLiteral("jobs"), QStringLiteral("warehouse"), 100);
        const auto catalog = Catalog::builtin();
        const EgressReport egress = EgressEstimator(*catalog).estimate(d);
        // AWS internet: first 100 GB free, then $0.09: 900 x 0.09 = $81 avoided. Added: jobs
        // would send its 100 GB from AWS to BigQuery at AWS's first paid tier, 100 x 0.09 = $9.
        const auto hints = dataGravityHints(d, egress, *catalog);
        QCOMPARE(hints.size(), std::size_t(1)); // storage and warehouses stay where they are
        QCOMPARE(hints[0].service, QStringLiteral("jobs"));
        QCOMPARE(hints[0].toProvider, QStringLiteral("aws"));
        QVERIFY(test::near(hints[0].avoidedUsd, 81.0));
        QVERIFY(test::near(hints[0].addedUsd, 9.0));
        QVERIFY(test::near(hints[0].savingUsd(), 72.0));
        QCOMPARE(hints[0].gb, 1000.0);
        // Below the threshold: nothing to say.
        QVERIFY(dataGravityHints(d, egress, *catalog, 100).empty());
    }

    void pairsSumPerSenderAndReceiver()
    {
        const Estimate r = egressOf(services + R"(
data_flows:
  - {id: p1, from: a, to: g, gb_per_month: 1000}
  - {id: p2, from: a2, to: g, gb_per_month: 1000}
  - {id: p3, from: g, to: z, gb_per_month: 100}
)");
        const EgressReport &pairs = r.report;
        QCOMPARE(pairs.pairs.size(), 2u);
        QCOMPARE(pairs.pairs[0].from, QStringLiteral("aws"));
        QCOMPARE(pairs.pairs[0].to, QStringLiteral("gcp"));
        QCOMPARE(pairs.pairs[0].gb, 2000.0);
        QVERIFY(test::near(pairs.pairs[0].monthly, 1900 * 0.09));
        QCOMPARE(pairs.pairs[1].from, QStringLiteral("gcp"));
        QVERIFY(test::near(pairs.pairs[1].monthly, 12.0));
    }

    // An editor's estimate after a link's volume, path or zones change (reestimate()) gives
    // the figures and texts a fresh estimate gives: the links edited, the other internet links
    // of a provider whose internet total moved, the totals and the pairs.
    // The sum egress keeps between edits: the same figure whatever the order, and back to the
    // very same after taking away what was added; a sum of doubles is neither.
    void exactSumDoesNotDependOnOrder()
    {
        const std::vector<double> figures = {0.1, 1e6 / 3, 0.2, 746.925, 3e-9, 0.3, 1234.5678};
        ExactSum forward;
        ExactSum backward;
        double plain = 0;
        for (const double f : figures) {
            forward.add(f);
            plain += f;
        }
        for (auto f = figures.rbegin(); f != figures.rend(); ++f)
            backward.add(*f);
        QVERIFY(forward == backward);
        QCOMPARE(forward.value(), backward.value());
        QVERIFY(std::abs(forward.value() - plain) < 1e-9); // the same figure, to rounding
        double plainBack = 0;
        for (auto f = figures.rbegin(); f != figures.rend(); ++f)
            plainBack += *f;
        QVERIFY(plainBack != plain); // why ExactSum: doubles in another order differ

        // Taken away and added again: the same bits, not a drift.
        ExactSum edited = forward;
        for (int i = 0; i < 1000; ++i) {
            edited.subtract(0.1);
            edited.add(0.1 + 1e-3);
            edited.subtract(0.1 + 1e-3);
            edited.add(0.1);
        }
        QVERIFY(edited == forward);
        for (const double f : figures)
            edited.subtract(f);
        QCOMPARE(edited.value(), 0.0);

        // A figure of a dollar or more is held to its last bit, either sign.
        for (const double f : {746.925, -1e6 / 3, 12345.678, 0x1p52 + 1, -1.0}) {
            ExactSum one;
            one.add(f);
            QCOMPARE(one.value(), f);
        }

        // Negative figures, and figures past 2^53 or not a number, which are kept aside.
        ExactSum odd;
        odd.add(-2.5);
        odd.add(1e300);
        QCOMPARE(odd.value(), 1e300);
        odd.subtract(1e300);
        QCOMPARE(odd.value(), -2.5);
        odd.add(std::numeric_limits<double>::quiet_NaN());
        QVERIFY(std::isnan(odd.value()));
    }

    void reestimateGivesWhatAFreshEstimateGives()
    {
        Design d = test::designFromYaml(services + R"(
organization: {negotiated_discount_pct: {aws: 20}}
data_flows:
  - {id: small, from: a, to: g, gb_per_month: 3000}
  - {id: big, from: a2, to: z, gb_per_month: 7000}
  - {id: away, from: a, to: aeu, gb_per_month: 500}
  - {id: near, from: a, to: a2, gb_per_month: 800}
  - {id: call, from: z, to: g, kind: request, gb_per_month: 40}
)");
        Link lost; // to a service the design does not have (a design being repaired)
        lost.id = QStringLiteral("lost");
        lost.from = QStringLiteral("a");
        lost.to = QStringLiteral("nowhere");
        lost.gbPerMonth = 60;
        d.insertLink(lost);
        const AnalysisLookups lookups(d, test::catalog());
        const EgressEstimator estimator(test::catalog());
        EgressReport live = estimator.estimate(d, &lookups);
        const auto same = [&](const char *step) {
            const EgressReport fresh = estimator.estimate(d, &lookups);
            bool links = live.links.size() == fresh.links.size();
            for (std::size_t i = 0; links && i < fresh.links.size(); ++i) {
                const LinkEgress &a = live.links[i], &b = fresh.links[i];
                links = a.senderProvider == b.senderProvider &&
                        a.receiverProvider == b.receiverProvider && a.path == b.path &&
                        a.charge == b.charge && a.gb == b.gb && a.ratePerGb == b.ratePerGb &&
                        a.monthly == b.monthly && a.discountPct == b.discountPct &&
                        a.formula == b.formula;
            }
            bool pairs = live.pairs.size() == fresh.pairs.size();
            for (std::size_t i = 0; pairs && i < fresh.pairs.size(); ++i)
                pairs = live.pairs[i].from == fresh.pairs[i].from &&
                        live.pairs[i].to == fresh.pairs[i].to &&
                        live.pairs[i].gb == fresh.pairs[i].gb &&
                        live.pairs[i].monthly == fresh.pairs[i].monthly;
            return QTest::qVerify(links, "same links", step, __FILE__, __LINE__) &&
                   QTest::qVerify(pairs, "same pairs", step, __FILE__, __LINE__) &&
                   QTest::qVerify(live.byProvider == fresh.byProvider &&
                                      live.internetGbByProvider == fresh.internetGbByProvider &&
                                      live.monthlyGb == fresh.monthlyGb &&
                                      live.monthlyUsd == fresh.monthlyUsd,
                                  "same totals", step, __FILE__, __LINE__);
        };
        const auto edit = [&](const char *id, const auto &change) {
            change(*d.link(QLatin1String(id)));
            estimator.reestimate(live, d, lookups, {d.linkIndex(QLatin1String(id))});
        };
        const auto monthly = [&](const char *id) {
            return live.links[std::size_t(d.linkIndex(QLatin1String(id)))].monthly;
        };

        // AWS sends 3,000 + 2,000 GB to the internet: (5,000 - 100 free) x $0.09 = $441, less
        // 20%, shared 60% / 40%: the link not edited pays its new share.
        edit("big", [](Link &l) { l.gbPerMonth = 2000; });
        QVERIFY(same("a smaller volume"));
        QVERIFY(test::near(monthly("small"), 441 * 0.8 * 0.6));
        // Over a private interconnect, the big link leaves AWS's internet total: 3,000 GB.
        edit("big", [](Link &l) { l.path = NetworkPath::Interconnect; });
        QVERIFY(same("an interconnect"));
        QCOMPARE(live.links[std::size_t(d.linkIndex(QStringLiteral("big")))].charge,
                 EgressCharge::Interconnect);
        QVERIFY(test::near(monthly("small"), 2900 * 0.09 * 0.8));
        edit("near", [](Link &l) { l.crossZone = true; });
        QVERIFY(same("across zones"));
        QCOMPARE(live.links[std::size_t(d.linkIndex(QStringLiteral("near")))].charge,
                 EgressCharge::CrossZone);
        edit("lost", [](Link &l) { l.gbPerMonth = 90; });
        QVERIFY(same("a link to no service"));
        edit("small", [](Link &l) { l.gbPerMonth = 0; });
        QVERIFY(same("no traffic"));
        QCOMPARE(monthly("small"), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestEgress)
#include "tst_egress.moc"

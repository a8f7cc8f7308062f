#include "common/testsupport.h"

#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/document/changevaluetraits.h"
#include "model/document/commands.h"
#include "model/document/designdocument.h"
#include "model/io/report.h"
#include "tools/designgenerator.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <functional>
#include <optional>
#include <random>
#include <set>

using namespace skyplan;

namespace {

DesignAnalysis analyze(const QByteArray &yaml)
{
    return analyzeDesign(test::designFromYaml(yaml), test::catalog());
}

const ComplianceFinding *finding(const DesignAnalysis &a, const char *rule, const char *subject)
{
    for (const ComplianceFinding &f : a.compliance.findings) {
        if (f.rule == QLatin1String(rule) && f.subject == QLatin1String(subject))
            return &f;
    }
    return nullptr;
}

// Whether `live`, brought up to date with `doc`, says what a fresh analysis says, to the last
// digit of every total and every text of the report, having computed again `computed` (when
// given) and no more or less (a test that fails the current test when not).
bool liveEqualsFresh(LiveAnalysis &live, const DesignDocument &doc, const Catalog &catalog,
                     const char *step, std::optional<LiveAnalysis::Parts> computed)
{
    const DesignAnalysis &a = live.update(doc.design(), catalog);
    const DesignAnalysis fresh = analyzeDesign(doc.design(), catalog);
    const bool totals =
        a.cost.monthly == fresh.cost.monthly && a.cost.byProvider == fresh.cost.byProvider &&
        a.cost.byCategory == fresh.cost.byCategory && a.cost.services == fresh.cost.services &&
        a.maturity.lockIn.proprietaryMonthlyUsd == fresh.maturity.lockIn.proprietaryMonthlyUsd &&
        a.maturity.lockIn.exitCostByProvider == fresh.maturity.lockIn.exitCostByProvider &&
        a.maturity.crossCloudEgressShare == fresh.maturity.crossCloudEgressShare;
    const QString text = reportToText(doc.design(), a, catalog);
    const QString expected = reportToText(doc.design(), fresh, catalog);
    const std::string json = reportToTree(doc.design(), a, catalog).dump();
    const std::string freshJson = reportToTree(doc.design(), fresh, catalog).dump();
    if (text != expected)
        qWarning().noquote() << step << "\nlive:\n" << text << "\nfresh:\n" << expected;
    const LiveAnalysis::Parts parts = computed.value_or(live.lastUpdate());
    if (live.lastUpdate() != parts)
        qWarning() << step << "computed again" << live.lastUpdate().toInt() << "instead of"
                   << parts.toInt();
    return QTest::qVerify(live.lastUpdate() == parts, "computed again what the edit reaches", step,
                          __FILE__, __LINE__) &&
           QTest::qVerify(totals, "same totals", step, __FILE__, __LINE__) &&
           QTest::qVerify(text == expected, "same text report", step, __FILE__, __LINE__) &&
           QTest::qVerify(json == freshJson, "same JSON report", step, __FILE__, __LINE__);
}

// Two entry points on two providers, each calling one service in its own region.
const QByteArray twoEntryPoints = R"(web: {id: web, provider: aws, service: ec2, region: us-east-1}
db: {id: db, provider: aws, service: rds, region: us-east-1}
api: {id: api, provider: gcp, service: bigquery, region: us-central1}
store: {id: store, provider: gcp, service: gcs, region: us-central1}
entry_points: [web, api]
data_flows: [{from: web, to: db, kind: request}, {from: api, to: store, kind: request}]
)";

// A document of `design` (when none, a generated design of 300 services with a discount on
// AWS), and the live analysis an editor keeps of it, told of every change.
struct LiveEditor {
    std::shared_ptr<const Catalog> catalog = Catalog::builtin();
    DesignDocument doc{catalog};
    LiveAnalysis live;
    explicit LiveEditor(std::optional<Design> design = std::nullopt)
    {
        if (!design) {
            // A negotiated discount on one provider: its charges and egress are discounted.
            design = generateDesign(300, *catalog);
            design->organization.negotiatedDiscountPct.insert(QStringLiteral("aws"), 12);
        }
        doc.resetDesign(std::move(*design));
        QObject::connect(&doc, &DesignDocument::changed, &doc,
                         [this](const DesignChange &change) { live.noteChange(change); });
    }
    bool same(const char *step, std::optional<LiveAnalysis::Parts> parts)
    {
        return liveEqualsFresh(live, doc, *catalog, step, parts);
    }
};

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
private slots:
    void referencesTheCatalogDoesNotKnowAreAnalysedWithoutCrashing()
    {
        // The editor opens such designs (a catalog entry removed since the design was saved);
        // every analysis must cope with them.
        Design d;
        PlacedService known =
            test::service(QStringLiteral("lake"), QStringLiteral("aws"), QStringLiteral("s3"));
        known.storageGb = 1000;
        d.insertService(known);
        d.insertService(test::service(QStringLiteral("ghost"), QStringLiteral("aws"),
                                      QStringLiteral("no_such_service")));
        d.insertService(test::service(QStringLiteral("alien"), QStringLiteral("nocloud"),
                                      QStringLiteral("thing"), QStringLiteral("mars-1")));
        PlacedService odd = test::service(QStringLiteral("odd"), QStringLiteral("gcp"),
                                          QStringLiteral("gke"), QStringLiteral("moon-1"));
        odd.instanceType = QStringLiteral("no-such-type");
        d.insertService(odd);
        for (const QString &to :
             {QStringLiteral("ghost"), QStringLiteral("alien"), QStringLiteral("odd")}) {
            Link l;
            l.id = QStringLiteral("lake_to_") + to;
            l.from = QStringLiteral("lake");
            l.to = to;
            l.gbPerMonth = 100;
            d.insertLink(l);
        }
        d.entryPoints = {QStringLiteral("odd")};
        const DesignAnalysis a = analyzeDesign(d, *Catalog::builtin());
        QCOMPARE(a.cost.services.size(), std::size_t(4));
        QVERIFY(a.cost.services[0].monthly > 0); // the known service is still priced
        QVERIFY(std::isfinite(a.cost.monthly));
        QVERIFY(std::isfinite(a.egress.monthlyUsd));
        QCOMPARE(a.availability.entryPoints.size(), std::size_t(1));
        QVERIFY(a.availability.entryPoints[0].availability >= 0 &&
                a.availability.entryPoints[0].availability <= 1);
    }

    void policiesAreLoaded()
    {
        const Policies &p = test::catalog().policies();
        QVERIFY(p.rules.size() >= 12);
        QCOMPARE(p.maturity.levels.size(), 5u);
        QCOMPARE(p.resilience.strategies.size(), 4u);
        QCOMPARE(p.resilience.targets.size(), 5u);
        // Lecture 01's table.
        QCOMPARE(p.resilience.targets.at(WorkloadType::RealTimeInference).rtoMinutes, 5.0);
        QCOMPARE(p.resilience.targets.at(WorkloadType::Training).rtoMinutes, 240.0);
        QCOMPARE(p.resilience.targets.at(WorkloadType::FeatureStore).rpoMinutes, 5.0);
        QVERIFY(p.regime(QStringLiteral("gdpr")));
    }

    void downtimeOfFourNines()
    {
        QVERIFY(test::near(AvailabilityAnalyzer::downtimeMinutesPerYear(0.9999), 52.56, 1e-9));
    }

    void monteCarloWhenFactoringWouldBeTooLarge()
    {
        // Two replicas that both need the same 17 databases: 17 shared components, one more
        // than exact factoring conditions on. Exact: 0.999^17 x (1 - 0.01^2).
        QByteArray yaml =
            "e: {id: e, provider: aws, service: route53, availability: 1.0}\n"
            "a: {id: a, provider: aws, service: eks, availability: 0.99}\n"
            "b: {id: b, provider: aws, service: eks, availability: 0.99}\n"
            "entry_points: [e]\n"
            "redundancy_groups: [{name: pair, mode: active-active, members: [a, b]}]\n"
            "data_flows:\n  - {from: e, to: a, kind: request}\n";
        QByteArray services;
        // Each database needs a disk of its own, so no two can be bundled into one variable.
        for (int i = 0; i < 17; ++i) {
            services +=
                QStringLiteral("d%1: {id: d%1, provider: aws, service: rds, availability: 0.999}\n"
                               "x%1: {id: x%1, provider: aws, service: s3, availability: 1.0}\n")
                    .arg(i)
                    .toUtf8();
            yaml +=
                QStringLiteral(
                    "  - {from: a, to: d%1, kind: request}\n  - {from: b, to: d%1, kind: request}\n"
                    "  - {from: d%1, to: x%1, kind: request}\n")
                    .arg(i)
                    .toUtf8();
        }
        const DesignAnalysis a = analyze(services + yaml);
        QCOMPARE(a.availability.entryPoints.size(), 1u);
        const EntryPointAvailability &e = a.availability.entryPoints[0];
        const double exact = std::pow(0.999, 17) * (1 - 0.01 * 0.01);
        QCOMPARE(e.method, QStringLiteral("monte_carlo"));
        QVERIFY(e.trials >= 2000);
        QVERIFY2(e.confidenceLow <= exact && exact <= e.confidenceHigh,
                 qPrintable(QStringLiteral("%1 not in [%2, %3]")
                                .arg(exact)
                                .arg(e.confidenceLow)
                                .arg(e.confidenceHigh)));
        QVERIFY(e.confidenceHigh - e.confidenceLow < 0.002);
        QCOMPARE(e.singlePointsOfFailure.size(), 34); // every database and its disk
    }

    void requestCyclesEndAndAreReported()
    {
        const DesignAnalysis a = analyze(R"(
a: {id: a, provider: aws, service: eks, availability: 0.99}
b: {id: b, provider: aws, service: rds, availability: 0.98}
entry_points: [a]
data_flows: [{from: a, to: b, kind: request}, {from: b, to: a, kind: request}]
)");
        QCOMPARE(a.availability.cycles, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(test::near(a.availability.entryPoints[0].availability, 0.99 * 0.98, 1e-12));
    }

    void sharedLeavesOfTheSameServicesAreOneVariable()
    {
        // 20 disks that both replicas need: exact, 0.999^20 x (1 - 0.01^2).
        QByteArray yaml =
            "lb: {id: lb, provider: aws, service: route53, availability: 1.0}\n"
            "r1: {id: r1, provider: aws, service: eks, availability: 0.99}\n"
            "r2: {id: r2, provider: aws, service: eks, availability: 0.99}\n"
            "entry_points: [lb]\n"
            "redundancy_groups: [{name: pair, mode: active-active, members: [r1, r2]}]\n"
            "data_flows:\n  - {from: lb, to: r1, kind: request}\n";
        QByteArray services;
        for (int i = 0; i < 20; ++i) {
            services +=
                QStringLiteral("s%1: {id: s%1, provider: aws, service: s3, availability: 0.999}\n")
                    .arg(i)
                    .toUtf8();
            yaml += QStringLiteral("  - {from: r1, to: s%1, kind: request}\n  - {from: r2, to: "
                                   "s%1, kind: request}\n")
                        .arg(i)
                        .toUtf8();
        }
        const DesignAnalysis a = analyze(services + yaml);
        QCOMPARE(a.availability.entryPoints[0].method, QStringLiteral("factoring"));
        QVERIFY(test::near(a.availability.entryPoints[0].availability, std::pow(0.999, 20) * 0.9999,
                           1e-12));
    }

    void requestCyclesAreExact_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<double>("expected");
        QTest::addColumn<QStringList>("spofs");
        // A ring e -> a -> b -> c -> a, e -> b: every service needed once: 0.9^4.
        QTest::newRow("ring") << QByteArray(R"(
e: {id: e, provider: aws, service: ec2, availability: 0.9}
a: {id: a, provider: aws, service: ec2, availability: 0.9}
b: {id: b, provider: aws, service: ec2, availability: 0.9}
c: {id: c, provider: aws, service: ec2, availability: 0.9}
entry_points: [e]
data_flows: [{from: e, to: a, kind: request}, {from: e, to: b, kind: request}, {from: a, to: b, kind: request},
             {from: b, to: c, kind: request}, {from: c, to: a, kind: request}]
)") << 0.6561 << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        // A cycle behind a pair: both members need x, q, f: 0.99^3 x (1 - 0.01^2).
        QTest::newRow("cycle behind a pair")
            << QByteArray(R"(
e: {id: e, provider: aws, service: ec2, availability: 1.0}
p: {id: p, provider: aws, service: ec2, availability: 0.99}
p2: {id: p2, provider: aws, service: ec2, availability: 0.99}
x: {id: x, provider: aws, service: ec2, availability: 0.99}
q: {id: q, provider: aws, service: ec2, availability: 0.99}
f: {id: f, provider: aws, service: ec2, availability: 0.99}
entry_points: [e]
redundancy_groups: [{name: G, mode: active-active, members: [p, p2]}]
data_flows: [{from: e, to: p, kind: request}, {from: p, to: x, kind: request}, {from: x, to: q, kind: request},
             {from: x, to: f, kind: request}, {from: q, to: x, kind: request}, {from: p2, to: q, kind: request}]
)") << 0.99 * 0.99 * 0.99 * (1 - 0.0001)
            << QStringList{QStringLiteral("x"), QStringLiteral("q"), QStringLiteral("f")};
        // Two groups that need each other (crashed once): 0.99 x (1 - 0.1^2)^2.
        QTest::newRow("mutual groups") << QByteArray(R"(
e: {id: e, provider: aws, service: ec2, availability: 0.99}
a1: {id: a1, provider: aws, service: ec2, availability: 0.9}
a2: {id: a2, provider: aws, service: ec2, availability: 0.9}
b1: {id: b1, provider: aws, service: ec2, availability: 0.9}
b2: {id: b2, provider: aws, service: ec2, availability: 0.9}
entry_points: [e]
redundancy_groups: [{name: A, members: [a1, a2]}, {name: B, members: [b1, b2]}]
data_flows: [{from: e, to: a1, kind: request}, {from: a1, to: b1, kind: request}, {from: a2, to: b1, kind: request},
             {from: b1, to: a1, kind: request}, {from: b2, to: a1, kind: request}]
)") << 0.99 * 0.99 * 0.99 << QStringList{};
    }
    void requestCyclesAreExact()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(double, expected);
        QFETCH(QStringList, spofs);
        const DesignAnalysis a = analyze(yaml);
        const EntryPointAvailability &e = a.availability.entryPoints[0];
        QCOMPARE(e.method, QStringLiteral("enumeration"));
        QVERIFY2(test::near(e.availability, expected, 1e-12),
                 qPrintable(QString::number(e.availability, 'g', 12)));
        QStringList got = e.singlePointsOfFailure;
        got.sort();
        spofs.sort();
        QCOMPARE(got, spofs);
    }

    void requestsInsideAGroupAreReported()
    {
        const DesignAnalysis a = analyze(R"(
lb: {id: lb, provider: aws, service: route53, availability: 1.0}
primary: {id: primary, provider: aws, service: rds, availability: 0.99}
replica: {id: replica, provider: aws, service: rds, region: us-west-2, availability: 0.99}
entry_points: [lb]
redundancy_groups: [{name: db, mode: active-passive, members: [primary, replica]}]
data_flows: [{from: lb, to: primary, kind: request}, {id: inside, from: replica, to: primary, kind: request}]
)");
        QCOMPARE(a.availability.ignoredRequests, QStringList({QStringLiteral("inside")}));
    }

    void entryPointsAreInferredWhenNoneAreDeclared()
    {
        const DesignAnalysis a = analyze(R"(
lb: {id: lb, provider: aws, service: route53}
app: {id: app, provider: aws, service: eks}
data_flows: [{from: lb, to: app, kind: request}]
)");
        QVERIFY(a.availability.entryPointsInferred);
        QCOMPARE(a.availability.entryPoints.size(), 1u);
        QCOMPARE(a.availability.entryPoints[0].id, QStringLiteral("lb"));
        // Route 53 100% x EKS 99.95% (catalog SLA).
        QVERIFY(test::near(a.availability.entryPoints[0].availability, 0.9995, 1e-12));
    }

    void serviceAvailabilityFollowsTheDeployment()
    {
        const DesignAnalysis a = analyze(R"(
one: {id: one, provider: aws, service: ec2, deployment: single_zone}
many: {id: many, provider: aws, service: ec2, deployment: multi_zone}
tpu: {id: tpu, provider: gcp, service: tpu}
)");
        QCOMPARE(a.availability.services[0].availability, 0.995);
        QCOMPARE(a.availability.services[1].availability, 0.9999);
        QCOMPARE(a.availability.services[2].availability, 0.995); // no SLA: assumed
        QVERIFY(a.availability.services[2].basis.startsWith(QLatin1String("assumed")));
    }

    void unmetAvailabilityTargetIsReported()
    {
        const DesignAnalysis a = analyze(R"(
organization: {availability_target: 0.9999}
lb: {id: lb, provider: aws, service: route53}
app: {id: app, provider: aws, service: ec2, deployment: single_zone}
entry_points: [lb]
data_flows: [{from: lb, to: app, kind: request}]
)");
        QCOMPARE(a.unmetTargets.size(), 1u);
        QCOMPARE(a.unmetTargets[0].severity, Severity::Error);
        QVERIFY(a.unmetTargets[0].message.contains(QLatin1String("99.5000% available")));
    }

    void localisationRulesAndTheirFixes()
    {
        const DesignAnalysis a = analyze(R"(
sites: [{id: moscow, name: Moscow, country: RU}]
ru_users: {id: ru_users, provider: aws, service: rds, region: eu-central-1, data_classification: pii, data_origin: RU}
cn_users: {id: cn_users, provider: aws, service: rds, region: ap-southeast-1, data_classification: pii, data_origin: CN}
in_cards: {id: in_cards, provider: azure, service: azure_database_postgresql, region: southeastasia, data_classification: pci, data_origin: IN}
)");
        const ComplianceFinding *ru = finding(a, "russia.localisation", "ru_users");
        QVERIFY(ru);
        QCOMPARE(ru->severity, Severity::Error);
        QCOMPARE(ru->fixAction.kind, QStringLiteral("move_to_onprem"));
        QCOMPARE(ru->fixAction.provider, QStringLiteral("onprem"));
        QVERIFY(ru->fixAction.region == QLatin1String("dc-ru") ||
                ru->fixAction.region == QLatin1String("moscow"));
        QVERIFY(ru->message.contains(QLatin1String("no public cloud has a Russian region")));
        const ComplianceFinding *cn = finding(a, "china.localisation", "cn_users");
        QVERIFY(cn);
        QVERIFY(cn->fixAction.region.startsWith(QLatin1String("cn-")));
        const ComplianceFinding *in = finding(a, "india.payment_localisation", "in_cards");
        QVERIFY(in);
        QCOMPARE(in->fixAction.region, QStringLiteral("centralindia"));
        QVERIFY(!finding(a, "gdpr.residency", "ru_users")); // Russian data is not GDPR data
    }

    // The editor analyses with a cache (the prices and findings of what an edit did not
    // touch). After each kind of edit the cached analysis must say exactly what a fresh one
    // says: a move, a safeguard on a flow, a profile change, a removed service.
    void cachedAnalysisEqualsAFreshOne()
    {
        Design d = test::designFromYaml(R"(
eu_users: {id: eu_users, provider: aws, service: rds, region: eu-west-1, data_classification: pii, data_origin: EU}
analytics: {id: analytics, provider: aws, service: s3, region: us-east-1}
copy: {id: copy, provider: gcp, service: gcs, region: us-central1}
data_flows:
  - {from: eu_users, to: analytics, kind: data, gb_per_month: 100}
  - {from: analytics, to: copy, kind: replication, gb_per_month: 50}
)");
        AnalysisCache cache;
        // The number of findings, or -1 (after failing the test) when the two differ.
        const auto same = [&](const char *step) -> int {
            const DesignAnalysis cached = analyzeDesign(d, test::catalog(), &cache);
            const DesignAnalysis fresh = analyzeDesign(d, test::catalog());
            const auto text = [&](const DesignAnalysis &a) {
                QStringList lines;
                for (const ComplianceFinding &f : a.compliance.findings) {
                    lines << QStringLiteral("%1 %2 %3 %4 | %5 | %6")
                                 .arg(f.rule, f.subject, enumKeyString(f.severity), f.message,
                                      f.fix, f.fixAction.region);
                }
                for (std::size_t i = 0; i < a.cost.services.size(); ++i)
                    lines << QStringLiteral("%1 %2")
                                 .arg(d.services()[i].id)
                                 .arg(a.cost.services[i].monthly, 0, 'f', 6);
                return lines;
            };
            const QStringList c = text(cached), f = text(fresh);
            if (c != f)
                qWarning().noquote() << step << "\ncached:\n"
                                     << c.join(QLatin1Char('\n')) << "\nfresh:\n"
                                     << f.join(QLatin1Char('\n'));
            if (!QTest::qVerify(c == f, "cached == fresh", step, __FILE__, __LINE__) ||
                !QTest::qVerify(test::near(cached.cost.monthly, fresh.cost.monthly),
                                "same monthly cost", step, __FILE__, __LINE__))
                return -1;
            return int(fresh.compliance.findings.size());
        };
        const int initially = same("first analysis");
        QVERIFY(initially >= 2);
        QCOMPARE(same("nothing changed"), initially);
        QVERIFY(finding(analyzeDesign(d, test::catalog(), &cache), "gdpr.residency", "analytics"));

        d.service(QStringLiteral("analytics"))->region = QStringLiteral("eu-central-1");
        const int afterMove = same("analytics moved into the EU");
        QVERIFY(afterMove >= 0 && afterMove < initially);
        QVERIFY(!finding(analyzeDesign(d, test::catalog(), &cache), "gdpr.residency", "analytics"));

        d.link(d.links()[1].id)->transferMechanism = TransferMechanism::Scc;
        QVERIFY(same("standard contractual clauses on the replication") >= 0);

        d.organization.regimes << QStringLiteral("hipaa");
        QVERIFY(same("HIPAA in the organisation profile") >= 0);

        d.service(QStringLiteral("copy"))->instances = 3;
        QVERIFY(same("an unrelated edit") >= 0);

        (void)d.takeService(QStringLiteral("eu_users"));
        QCOMPARE(same("the personal data removed"), 0);
    }

    // An editor's analysis follows its edits: after edits of sizing alone it reprices just
    // those services and assesses maturity again from the structure it kept; after anything
    // else it analyses the whole design. Either way it equals a fresh analysis, to the last
    // digit of every total and every text of the report.
    // A checklist line names a few services and counts the rest: on 300 services, the
    // portable workloads are many more than anyone reads.
    void longEvidenceNamesAFewAndCountsTheRest()
    {
        const auto catalog = Catalog::builtin();
        const Design d = generateDesign(300, *catalog);
        const DesignAnalysis a = analyzeDesign(d, *catalog);
        const auto item =
            std::find_if(a.maturity.checklist.begin(), a.maturity.checklist.end(),
                         [](const MaturityCriterionResult &c) {
                             return c.id == QLatin1String("portable_application_layer");
                         });
        QVERIFY(item != a.maturity.checklist.end());
        QStringList portable;
        for (const PlacedService &s : d.services()) {
            const ServiceOffering *o = catalog->service(s.provider, s.service);
            using C = ServiceCategory;
            const std::set<C> workloads = {C::Compute,    C::GpuCompute, C::Accelerator,
                                           C::MlPlatform, C::Kubernetes, C::Batch,
                                           C::Serverless};
            if (o && (o->category == C::Kubernetes ||
                      (o->portability == Portability::Portable && workloads.count(o->category))))
                portable << s.id;
        }
        QVERIFY2(portable.size() > 9, qPrintable(QString::number(portable.size())));
        QCOMPARE(item->evidence, QStringLiteral("portable workloads: %1 and %2 more")
                                     .arg(portable.first(8).join(QLatin1String(", ")))
                                     .arg(portable.size() - 8));
    }

    void liveAnalysisFollowsEditsLikeAFreshOne()
    {
        using Part = LiveAnalysis::Part;
        LiveEditor editor;
        const auto &catalog = editor.catalog;
        DesignDocument &doc = editor.doc;
        LiveAnalysis &live = editor.live;
        const auto same = [&](const char *step, LiveAnalysis::Parts parts) {
            return editor.same(step, parts);
        };
        // A region: all but the whole, and the maturity structure brought up to date, not made
        // again.
        const LiveAnalysis::Parts placement = Part::Prices | Part::Egress | Part::Availability |
                                              Part::DisasterRecovery | Part::Compliance;
        QVERIFY(same("first analysis", Part::Whole));
        QVERIFY(same("nothing changed", Part::None));

        // A priced service with instance types: its count, schedule, pricing and type.
        const PlacedService *sized = nullptr;
        for (const PlacedService &s : doc.design().services()) {
            const ServiceOffering *o = catalog->service(s.provider, s.service);
            if (o && o->instanceTypes.size() >= 2 && !s.instanceType.isEmpty()) {
                sized = &s;
                break;
            }
        }
        QVERIFY(sized);
        const QString id = sized->id;
        const double before = live.analysis().cost.monthly;
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::Instances>(&doc, {id}, 9));
        QVERIFY(same("instances", Part::Prices));
        QVERIFY(live.analysis().cost.monthly != before);
        doc.undoStack()->push(
            new ChangeValueCommand<valuetraits::Pricing>(&doc, {id}, PricingModel::Reserved3y));
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::HoursPerDay>(&doc, {id}, 10.0));
        QVERIFY(same("pricing and schedule", Part::Prices));
        const ServiceOffering *o = catalog->service(sized->provider, sized->service);
        const QString otherType = o->instanceTypes.front().id == sized->instanceType
                                      ? o->instanceTypes.back().id
                                      : o->instanceTypes.front().id;
        doc.undoStack()->push(
            new ChangeValueCommand<valuetraits::InstanceType>(&doc, {id}, otherType));
        QVERIFY(same("instance type", Part::Prices));
        // Storage on every service: the exit cost of each provider's data.
        QStringList all;
        for (const PlacedService &s : doc.design().services())
            all << s.id;
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::StorageGb>(&doc, all, 4000.0));
        QVERIFY(same("storage everywhere", Part::Prices));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(same("two undos", Part::Prices));

        // A reason is read by maturity, and the label next to it by compliance; a region by
        // every analysis.
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::Reason>(&doc, {id}, QString()));
        QVERIFY(same("a reason removed", Part::Compliance));
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::Region>(
            &doc, {id}, doc.design().services().back().region));
        QVERIFY(same("another region", placement));
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::Instances>(&doc, {id}, 2));
        QVERIFY(same("sizing after a whole analysis", Part::Prices));
        (void)doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(same("sizing and placement undone together", placement));
    }

    // Every field a person can edit, one after the other, on a generated design: the live
    // analysis computes again just what the field's readers are (docs/editor.md), and says
    // what a fresh analysis says. Each edit that a fresh analysis sees is checked to be seen,
    // so that a skipped analyser cannot pass unnoticed.
    void liveAnalysisComputesAgainWhatEachEditReaches()
    {
        using Part = LiveAnalysis::Part;
        using Parts = LiveAnalysis::Parts;
        LiveEditor editor;
        const auto &catalog = editor.catalog;
        DesignDocument &doc = editor.doc;
        LiveAnalysis &live = editor.live;
        QVERIFY(editor.same("first analysis", Part::Whole));
        const Design &d = doc.design();
        const DesignAnalysis initial = analyzeDesign(d, *catalog);

        // The subjects: a service a finding (or its fix) names by its label, a service of personal
        // data and the flow it sends it on, a link a finding is about, an entry point, a link
        // between two providers and one within a region.
        QString named, flaggedLink;
        for (const ComplianceFinding &f : initial.compliance.findings) {
            const PlacedService *s = d.service(f.subject);
            if (named.isEmpty() && s && (f.message.contains(s->label) || f.fix.contains(s->label)))
                named = s->id;
            if (flaggedLink.isEmpty() && d.link(f.subject))
                flaggedLink = f.subject;
        }
        QString pii, piiFlow, crossCloud, inRegion, request;
        for (const Link &l : d.links()) {
            const PlacedService *from = d.service(l.from), *to = d.service(l.to);
            if (l.kind == LinkKind::Request) {
                if (request.isEmpty())
                    request = l.id;
                continue;
            }
            if (pii.isEmpty() && from->classification == DataClassification::Pii &&
                !initial.compliance.heldBy(d, l.to).empty()) {
                pii = from->id;
                piiFlow = l.id;
            }
            if (crossCloud.isEmpty() && from->provider != to->provider &&
                from->provider != QLatin1String("onprem") && l.gbPerMonth > 0)
                crossCloud = l.id;
            if (inRegion.isEmpty() && from->provider == to->provider &&
                from->region == to->region && from->provider != QLatin1String("onprem"))
                inRegion = l.id;
        }
        QVERIFY(!named.isEmpty());
        QVERIFY(!flaggedLink.isEmpty());
        QVERIFY(!pii.isEmpty());
        QVERIFY(!crossCloud.isEmpty());
        QVERIFY(!inRegion.isEmpty());
        QVERIFY(!request.isEmpty());
        QVERIFY(!d.entryPoints.isEmpty() && !d.redundancyGroups.empty() && !d.sites.empty());
        const QString entry = d.entryPoints.front();
        QString notEntry;
        for (const PlacedService &s : d.services()) {
            if (!d.entryPoints.contains(s.id) && s.provider != QLatin1String("onprem")) {
                notEntry = s.id;
                break;
            }
        }

        // Two services of one provider to move, one after the other, to a region the design
        // does not use yet, priced otherwise: the first move adds a place (the lookups are made
        // again), the second goes to a place in use (they are brought up to date in place),
        // and each price reads the new region.
        QString movedFirst, movedNext, newRegion;
        const auto multiplier = [&](const QString &provider, const QString &region) {
            const Region *r = catalog->catalogRegion(provider, region);
            return r ? r->priceMultiplier : -1.0;
        };
        for (const PlacedService &s : d.services()) {
            const Provider *p = catalog->provider(s.provider);
            if (!p || !catalog->service(s.provider, s.service) || d.entryPoints.contains(s.id))
                continue;
            if (movedFirst.isEmpty()) {
                for (const Region &r : p->regions) {
                    const bool used = std::any_of(
                        d.services().begin(), d.services().end(), [&](const PlacedService &t) {
                            return t.provider == s.provider && t.region == r.id;
                        });
                    if (!used && r.priceMultiplier != multiplier(s.provider, s.region)) {
                        movedFirst = s.id;
                        newRegion = r.id;
                        break;
                    }
                }
            } else if (s.provider == d.service(movedFirst)->provider &&
                       multiplier(s.provider, s.region) != multiplier(s.provider, newRegion)) {
                movedNext = s.id;
                break;
            }
        }
        QVERIFY(!movedNext.isEmpty());

        QString zoned; // a service priced by its deployment
        for (const PlacedService &s : d.services()) {
            const ServiceOffering *o = catalog->service(s.provider, s.service);
            if (o && o->deploymentFactor(Deployment::SingleZone) !=
                         o->deploymentFactor(Deployment::MultiZone)) {
                zoned = s.id;
                break;
            }
        }
        QVERIFY(!zoned.isEmpty());

        using namespace valuetraits;
        const Parts compliance = Part::Compliance;
        const Parts resilience = Part::Availability | Part::DisasterRecovery;
        const Parts references = resilience | Part::Structure;
        // All but the whole; the maturity structure is brought up to date, not made again.
        const Parts placement = resilience | Part::Prices | Part::Egress | Part::Compliance;
        std::vector<RedundancyGroup> groups = d.redundancyGroups;
        groups.front().mode = RedundancyMode::ActivePassive;
        groups.front().failover = Failover::Manual;
        // Other members: the service `request` calls (its caller becomes an entry point below),
        // and another. The request graph itself changes, and the caller's availability with it.
        const Link *const called = d.link(request);
        const auto spare =
            std::find_if(d.services().begin(), d.services().end(), [&](const auto &s) {
                return s.id != called->from && s.id != called->to && !d.entryPoints.contains(s.id);
            });
        groups.front().members = {called->to, spare->id};
        std::vector<OnPremSite> sites = d.sites;
        sites.front().country = QStringLiteral("US");
        OrganizationProfile organization = d.organization;
        organization.availabilityTarget = 0.9999;
        struct Edit {
            const char *step;
            std::function<QUndoCommand *()> command;
            Parts parts;
            bool seen; ///< a fresh analysis says something else after it
        };
        const std::vector<Edit> edits = {
            {"label",
             [&] {
                 return new ChangeValueCommand<Label>(&doc, {named}, QStringLiteral("Renamed"));
             },
             compliance, true},
            {"role",
             [&] {
                 return new ChangeValueCommand<Role>(&doc, {named}, QStringLiteral("ml.serving"));
             },
             compliance, false},
            {"reason",
             [&] {
                 return new ChangeValueCommand<Reason>(&doc, {notEntry},
                                                       QStringLiteral("GPU prices"));
             },
             compliance, true},
            {"tags", [&] { return new ChangeValueCommand<Tags>(&doc, {named}, TagMap{}); },
             compliance, false},
            {"anonymisation",
             [&] { return new ChangeValueCommand<Anonymized>(&doc, {piiFlow}, true); }, compliance,
             true},
            {"classification",
             [&] {
                 return new ChangeValueCommand<Classification>(&doc, {pii},
                                                               DataClassification::Internal);
             },
             compliance, true},
            {"health data", // brings HIPAA into scope: a regime more for maturity
             [&] {
                 return new ChangeValueCommand<Classification>(&doc, {notEntry},
                                                               DataClassification::Phi);
             },
             compliance, true},
            {"data origin",
             [&] {
                 return new ChangeValueCommand<DataOrigin>(&doc, {named}, QStringLiteral("US"));
             },
             compliance, false},
            {"encryption at rest",
             [&] { return new ChangeValueCommand<EncryptionAtRest>(&doc, {named}, false); },
             compliance, false},
            {"encryption in transit",
             [&] { return new ChangeValueCommand<EncryptionInTransit>(&doc, {named}, false); },
             compliance, false},
            // The data propagates as it did when the edited service starts the data it
            // started (above: the encryption edits; here, two kinds of data not personal), and
            // again when it starts other data (another origin, another kind of personal data).
            {"classification, neither personal",
             [&] {
                 return new ChangeValueCommand<Classification>(&doc, {pii},
                                                               DataClassification::Public);
             },
             compliance, false},
            {"origin of personal data",
             [&] {
                 return new ChangeValueCommand<DataOrigin>(&doc, {notEntry}, QStringLiteral("BR"));
             },
             compliance, true},
            {"classification, personal to personal",
             [&] {
                 return new ChangeValueCommand<Classification>(&doc, {notEntry},
                                                               DataClassification::Pci);
             },
             compliance, true},
            {"availability override",
             [&] { return new ChangeValueCommand<Availability>(&doc, {entry}, 0.9); }, resilience,
             true},
            {"workload type",
             [&] {
                 return new ChangeValueCommand<Workload>(&doc, {entry},
                                                         WorkloadType::RealTimeInference);
             },
             resilience, true},
            {"DR strategy",
             [&] { return new ChangeValueCommand<Dr>(&doc, {entry}, DrStrategy::PilotLight); },
             resilience, true},
            {"link label",
             [&] {
                 return new ChangeValueCommand<LinkLabel>(&doc, {crossCloud},
                                                          QStringLiteral("nightly"));
             },
             Part::None, false},
            {"volume",
             [&] { return new ChangeValueCommand<GbPerMonth>(&doc, {crossCloud}, 123456.0); },
             Part::Egress, true},
            {"path",
             [&] {
                 return new ChangeValueCommand<Path>(&doc, {crossCloud}, NetworkPath::Interconnect);
             },
             Part::Egress, true},
            {"cross-zone",
             [&] { return new ChangeValueCommand<CrossZone>(&doc, {inRegion}, true); },
             Part::Egress, true},
            {"transfer mechanism",
             [&] {
                 return new ChangeValueCommand<Mechanism>(&doc, {flaggedLink},
                                                          TransferMechanism::Scc);
             },
             compliance, true},
            {"design name",
             [&] { return new ChangeValueCommand<Name>(&doc, {QString()}, QStringLiteral("B")); },
             Part::None, false},
            {"description",
             [&] {
                 return new ChangeValueCommand<Description>(&doc, {QString()},
                                                            QStringLiteral("text"));
             },
             Part::None, false},
            {"entry points",
             [&] {
                 return new ChangeValueCommand<EntryPoints>(
                     &doc, {QString()}, d.entryPoints + QStringList{notEntry, called->from});
             },
             references, true},
            {"redundancy groups",
             [&] { return new ChangeValueCommand<RedundancyGroups>(&doc, {QString()}, groups); },
             references, true},
            {"views",
             [&] {
                 return new ChangeValueCommand<Views>(
                     &doc, {QString()},
                     std::vector<SavedView>{{QStringLiteral("all"), 0, 0, 1, 1, {}}});
             },
             Part::None, false},
            {"link kind",
             [&] { return new ChangeValueCommand<Kind>(&doc, {request}, LinkKind::Data); },
             Part::Whole, true},
            {"sites", [&] { return new ChangeValueCommand<Sites>(&doc, {QString()}, sites); },
             Part::Whole, true},
            {"organisation profile",
             [&] { return new ChangeValueCommand<Organization>(&doc, {QString()}, organization); },
             Part::Whole, true},
            {"region, to a new place",
             [&] {
                 return new ChangeValueCommand<valuetraits::Region>(&doc, {movedFirst}, newRegion);
             },
             placement, true},
            {"region, to a place in use",
             [&] {
                 return new ChangeValueCommand<valuetraits::Region>(&doc, {movedNext}, newRegion);
             },
             placement, true},
            {"deployment",
             [&] {
                 return new ChangeValueCommand<DeploymentValue>(&doc, {zoned},
                                                                d.service(zoned)->deployment ==
                                                                        Deployment::SingleZone
                                                                    ? Deployment::MultiZone
                                                                    : Deployment::SingleZone);
             },
             placement, true},
        };
        for (const Edit &edit : edits) {
            const std::string before = reportToTree(d, analyzeDesign(d, *catalog), *catalog).dump();
            doc.undoStack()->push(edit.command());
            QVERIFY(editor.same(edit.step, edit.parts));
            if (edit.seen) {
                const bool seen =
                    reportToTree(d, analyzeDesign(d, *catalog), *catalog).dump() != before;
                QVERIFY2(seen, edit.step);
            }
        }
        // Another offering, then another provider: no command offers these yet, but a change
        // of placement may carry them, and the maturity structure is then made again.
        const PlacedService before = *d.service(movedNext);
        doc.editService(movedNext, DesignChange::Field::Placement,
                        [](PlacedService &s) { s.service = QStringLiteral("rds"); });
        QVERIFY(editor.same("another offering", placement | Part::Structure));
        doc.editService(movedNext, DesignChange::Field::Placement, [](PlacedService &s) {
            s.provider = QStringLiteral("gcp");
            s.service = QStringLiteral("gcs");
            s.region = QStringLiteral("us-central1");
        });
        QVERIFY(editor.same("another provider", placement | Part::Structure));
        doc.editService(movedNext, DesignChange::Field::Placement,
                        [&](PlacedService &s) { s = before; });
        QVERIFY(editor.same("as it was", placement | Part::Structure));

        // Undone and done again together, as Undo History's jumps do.
        for (std::size_t i = 0; i < edits.size(); ++i)
            doc.undoStack()->undo();
        QVERIFY(editor.same("all undone", Part::Whole));
        for (std::size_t i = 0; i < edits.size(); ++i)
            doc.undoStack()->redo();
        QVERIFY(editor.same("all done again", Part::Whole));
        // The edits of analyses other than the whole, undone alone.
        for (std::size_t i = 0; i < 6; ++i)
            doc.undoStack()->undo(); // deployment, two regions, profile, sites, link kind
        (void)live.update(d, *catalog);
        doc.undoStack()->undo(); // views
        doc.undoStack()->undo(); // redundancy groups
        QVERIFY(editor.same("groups undone", references));
        doc.undoStack()->undo(); // entry points
        doc.undoStack()->undo(); // description
        doc.undoStack()->undo(); // design name
        doc.undoStack()->undo(); // transfer mechanism
        QVERIFY(editor.same("entry points and a mechanism undone", references | compliance));
        doc.undoStack()->undo(); // cross-zone
        doc.undoStack()->undo(); // path
        doc.undoStack()->undo(); // volume
        QVERIFY(editor.same("egress edits undone", Part::Egress));
    }

    // A data edit checks again the services and links its data reaches, not only the one
    // edited: the personal data of `src` makes findings two and three hops away, which go and
    // come back with it. The regimes in scope stay the profile's, so the findings of the rest
    // (those of `other`) are kept, and must stay in their places.
    // Runs of edits one after the other, chosen at random (with a fixed seed) among the
    // fields each part of the live analysis brings up to date alone (places, resilience,
    // data, links' volumes and safeguards, sizes and prices, reasons), with undos between:
    // after each, the live analysis says what a fresh one says. The edits of one kind follow
    // each other as a person's do (a service moved here, then there), which a table of single
    // edits does not reach.
    void liveAnalysisFollowsRunsOfEdits()
    {
        LiveEditor editor;
        DesignDocument &doc = editor.doc;
        const Design &d = doc.design();
        QVERIFY(editor.same("first analysis", LiveAnalysis::Part::Whole));
        // The regions of each provider in use: moves within a country, abroad, to the last
        // service of a place and away from it.
        std::map<QString, QStringList> regions;
        for (const PlacedService &s : d.services()) {
            if (!regions[s.provider].contains(s.region))
                regions[s.provider] << s.region;
        }
        std::mt19937 random(20261203);
        const auto pick = [&](auto size) { return std::size_t(random() % std::size_t(size)); };
        const auto service = [&] { return d.services()[pick(d.services().size())].id; };
        const auto link = [&] { return d.links()[pick(d.links().size())].id; };
        const auto one = [&](const auto &values) { return values[pick(std::size(values))]; };
        const std::vector<QString> origins = {QStringLiteral("DE"), QStringLiteral("US"),
                                              QStringLiteral("EU"), QStringLiteral("FR"),
                                              QString()};
        const auto classifications = enumValues<DataClassification>();
        const auto mechanisms = enumValues<TransferMechanism>();
        const auto deployments = enumValues<Deployment>();
        QUndoStack &undo = *doc.undoStack();
        int moves = 0;
        for (int step = 0; step < 120; ++step) {
            const QString id = service();
            switch (step < 40 ? pick(3) : pick(15)) {
            case 0:
            case 1: // the first steps move services, one after the other
            case 2: {
                const QStringList &in = regions[d.service(id)->provider];
                doc.undoStack()->push(new ChangeValueCommand<valuetraits::Region>(
                    &doc, {id}, in[qsizetype(pick(in.size()))]));
                ++moves;
                break;
            }
            case 3:
                undo.push(new ChangeValueCommand<valuetraits::DeploymentValue>(&doc, {id},
                                                                               one(deployments)));
                break;
            case 4:
                undo.push(new ChangeValueCommand<valuetraits::Availability>(
                    &doc, {id}, pick(2) ? 0.0 : 0.95 + 0.01 * double(pick(5))));
                break;
            case 5:
                undo.push(new ChangeValueCommand<valuetraits::Classification>(
                    &doc, {id}, one(classifications)));
                break;
            case 6:
                undo.push(
                    new ChangeValueCommand<valuetraits::DataOrigin>(&doc, {id}, one(origins)));
                break;
            case 7:
                undo.push(new ChangeValueCommand<valuetraits::EncryptionAtRest>(
                    &doc, {id}, !d.service(id)->encryptionAtRest));
                break;
            case 8:
                undo.push(new ChangeValueCommand<valuetraits::GbPerMonth>(
                    &doc, {link()}, 10.0 * double(pick(1000))));
                break;
            case 9:
                undo.push(new ChangeValueCommand<valuetraits::Mechanism>(&doc, {link()},
                                                                         one(mechanisms)));
                break;
            case 10:
                undo.push(new ChangeValueCommand<valuetraits::StorageGb>(&doc, {id},
                                                                         100.0 * double(pick(50))));
                break;
            case 11:
                undo.push(new ChangeValueCommand<valuetraits::Pricing>(
                    &doc, {id}, one(enumValues<PricingModel>())));
                break;
            case 12:
                undo.push(new ChangeValueCommand<valuetraits::Reason>(
                    &doc, {id}, pick(2) ? QString() : QStringLiteral("latency")));
                break;
            default:
                if (undo.canUndo())
                    undo.undo();
                break;
            }
            const QByteArray name = "step " + QByteArray::number(step);
            if (!editor.same(name.constData(), std::nullopt))
                return;
        }
        QVERIFY(moves >= 40); // the runs of moves happened
    }

    void liveComplianceFollowsTheDataDownstream()
    {
        using Part = LiveAnalysis::Part;
        LiveEditor editor(test::designFromYaml(R"yaml(
organization: {regimes: [gdpr, hipaa], baa_signed: [aws]}
compliance_requirements: {gdpr: {regions: ["eu-central-1 (AWS)", "eu-west-1 (AWS)"], requirements: [{data_residency: EU}]}}
records: {id: records, provider: aws, service: s3, region: us-east-1, data_classification: phi, data_origin: US}
src: {id: src, provider: aws, service: rds, region: eu-central-1, data_classification: pii, data_origin: DE}
mid: {id: mid, provider: aws, service: s3, region: eu-west-1}
us: {id: us, provider: aws, service: s3, region: us-east-1}
us2: {id: us2, provider: gcp, service: gcs, region: us-central1}
other: {id: other, provider: aws, service: rds, region: us-east-1, data_classification: pii, data_origin: FR}
data_flows:
  - {id: src_mid, from: src, to: mid}
  - {id: mid_us, from: mid, to: us}
  - {id: us_us2, from: us, to: us2}
  - {id: other_us2, from: other, to: us2}
)yaml"));
        DesignDocument &doc = editor.doc;
        const auto has = [&](const char *rule, const char *subject) {
            return finding(editor.live.analysis(), rule, subject) != nullptr;
        };
        QVERIFY(editor.same("first analysis", Part::Whole));
        QVERIFY(has("gdpr.residency", "us"));
        QVERIFY(has("gdpr.cross_border_transfer", "mid_us"));
        QVERIFY(has("gdpr.residency", "other"));
        const std::size_t initially = editor.live.analysis().compliance.findings.size();

        using namespace valuetraits;
        doc.undoStack()->push(new ChangeValueCommand<Classification>(&doc, {QStringLiteral("src")},
                                                                     DataClassification::Internal));
        QVERIFY(editor.same("the source's data is no longer personal", Part::Compliance));
        QVERIFY(!has("gdpr.residency", "us"));                 // two hops away
        QVERIFY(!has("gdpr.cross_border_transfer", "mid_us")); // a link it does not touch
        QVERIFY(has("gdpr.residency", "other"));
        doc.undoStack()->undo();
        QVERIFY(editor.same("undone", Part::Compliance));
        QCOMPARE(editor.live.analysis().compliance.findings.size(), initially);

        doc.undoStack()->push(
            new ChangeValueCommand<Anonymized>(&doc, {QStringLiteral("mid_us")}, true));
        QVERIFY(editor.same("anonymised on the way out", Part::Compliance));
        QVERIFY(!has("gdpr.residency", "us"));
        doc.undoStack()->undo();
        doc.undoStack()->push(new ChangeValueCommand<Mechanism>(&doc, {QStringLiteral("mid_us")},
                                                                TransferMechanism::Scc));
        QVERIFY(editor.same("SCCs on the way out", Part::Compliance));
        QVERIFY(!has("gdpr.cross_border_transfer", "mid_us"));
        doc.undoStack()->push(
            new ChangeValueCommand<Label>(&doc, {QStringLiteral("other")}, QStringLiteral("CRM")));
        QVERIFY(editor.same("a label", Part::Compliance));
        doc.undoStack()->push(new ChangeValueCommand<DataOrigin>(&doc, {QStringLiteral("other")},
                                                                 QStringLiteral("US")));
        QVERIFY(editor.same("data of another origin", Part::Compliance));
        QVERIFY(!has("gdpr.residency", "other"));
        doc.undoStack()->push(
            new ChangeValueCommand<EncryptionAtRest>(&doc, {QStringLiteral("records")}, false));
        QVERIFY(editor.same("health records unencrypted", Part::Compliance));
        QVERIFY(has("hipaa.encryption_at_rest", "records"));
        doc.undoStack()->undo();
        QVERIFY(editor.same("encrypted again", Part::Compliance));
        QVERIFY(!has("hipaa.encryption_at_rest", "records"));

        // A move checks again the service and every link at it, at either end.
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::Region>(
            &doc, {QStringLiteral("mid")}, QStringLiteral("us-east-1")));
        // A region: all but the whole, and the maturity structure brought up to date, not made
        // again.
        const LiveAnalysis::Parts placement = Part::Prices | Part::Egress | Part::Availability |
                                              Part::DisasterRecovery | Part::Compliance;
        QVERIFY(editor.same("the middle moved out of the EU", placement));
        QVERIFY(has("gdpr.residency", "mid"));
        QVERIFY(has("gdpr.cross_border_transfer", "src_mid")); // it comes to the moved one
        doc.undoStack()->undo();
        QVERIFY(editor.same("moved back", placement));
        QVERIFY(!has("gdpr.cross_border_transfer", "src_mid"));
    }

    // After resilience edits, availability solves again only the entry points that depend on
    // a service whose availability changed. A figure planted in the report before shows what
    // was kept: the other entry point's, in the normal state and in the outages that touch it.
    void availabilityKeepsTheEntryPointsAnEditDoesNotReach()
    {
        Design d = test::designFromYaml(twoEntryPoints);
        const AnalysisLookups lookups(d, test::catalog());
        const AvailabilityAnalyzer analyzer(test::catalog());
        AvailabilityReport before = analyzer.analyze(d, &lookups);
        QCOMPARE(before.entryPoints.size(), 2u);
        QCOMPARE(before.entryPoints[1].id, QStringLiteral("api"));
        const auto gcpRegion = [](const AvailabilityReport &r) -> const OutageScenario & {
            return *std::find_if(
                r.regionOutages.begin(), r.regionOutages.end(),
                [](const OutageScenario &o) { return o.region == QLatin1String("us-central1"); });
        };
        QCOMPARE(gcpRegion(before).entryPoints[1].availability, 0.0); // api is down with it
        AvailabilityReport planted = before;
        planted.entryPoints[1].availability = 0.5;
        const_cast<OutageScenario &>(gcpRegion(planted)).entryPoints[1].availability = 0.25;

        d.service(QStringLiteral("db"))->availability = 0.9;
        const AvailabilityReport fresh = analyzer.analyze(d, &lookups);
        const AvailabilityReport after = analyzer.analyze(d, &lookups, &planted);
        // web depends on db: solved again, to the fresh figure (0.9 x web's own).
        QCOMPARE(after.entryPoints[0].availability, fresh.entryPoints[0].availability);
        QVERIFY(test::near(fresh.entryPoints[0].availability, 0.9 * fresh.services[0].availability,
                           1e-12));
        QCOMPARE(after.services[1].availability, 0.9);
        // api depends on nothing that changed: kept, in the normal state and in the outage of
        // its region.
        QCOMPARE(after.entryPoints[1].availability, 0.5);
        QCOMPARE(gcpRegion(after).entryPoints[1].availability, 0.25);
        // Without the planted figures, what a fresh analysis gives.
        const AvailabilityReport honest = analyzer.analyze(d, &lookups, &before);
        QCOMPARE(honest.entryPoints[1].availability, fresh.entryPoints[1].availability);
        QCOMPARE(gcpRegion(honest).entryPoints[1].availability, 0.0);
        QCOMPARE(honest.entryPoints[0].availability, fresh.entryPoints[0].availability);

        // A workload type changes no availability: nothing is solved again.
        d.service(QStringLiteral("web"))->workloadType = WorkloadType::RealTimeInference;
        QCOMPARE(analyzer.analyze(d, &lookups, &planted).entryPoints[1].availability, 0.5);
        // Other entry points than the report's: all solved again.
        d.entryPoints = QStringList{QStringLiteral("web"), QStringLiteral("store")};
        const AvailabilityReport other = analyzer.analyze(d, &lookups, &planted);
        QCOMPARE(other.entryPoints[1].id, QStringLiteral("store"));
        QCOMPARE(other.entryPoints[1].availability,
                 analyzer.analyze(d, &lookups).entryPoints[1].availability);
    }

    // Egress keeps its totals between edits and takes away what a link charged before: a
    // provider pair and a provider's internet volume that lose their last link leave the report,
    // and the links an edit does not touch are priced again when their provider's internet
    // total moves.
    void liveEgressLetsGoOfWhatNoLongerCrosses()
    {
        LiveEditor editor(test::designFromYaml(R"(
a: {id: a, provider: aws, service: s3, region: us-east-1}
b: {id: b, provider: aws, service: s3, region: eu-west-1}
c: {id: c, provider: gcp, service: gcs, region: us-central1}
data_flows:
  - {id: a_b, from: a, to: b, gb_per_month: 100}
  - {id: b_c, from: b, to: c, gb_per_month: 200}
  - {id: a_c, from: a, to: c, gb_per_month: 12000}
)"));
        DesignDocument &doc = editor.doc;
        const EgressReport &egress = editor.live.analysis().egress;
        QVERIFY(editor.same("first analysis", std::nullopt));
        QCOMPARE(egress.pairs.size(), 2u); // aws -> aws between regions, aws -> gcp
        QCOMPARE(egress.internetGbByProvider.at(QStringLiteral("aws")), 12200.0);
        // AWS's tiers on 12,200 GB: 100 free, 10,140 at $0.09, 1,960 at $0.085 = $1,079.20.
        const double tiered = egress.links[1].ratePerGb;
        QVERIFY(std::abs(tiered - 1079.2 / 12200) < 1e-12);

        // b comes to a's region: a_b is free, and the aws -> aws pair has no link left.
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::Region>(
            &doc, {QStringLiteral("b")}, QStringLiteral("us-east-1")));
        QVERIFY(editor.same("b moved next to a", std::nullopt));
        QCOMPARE(egress.pairs.size(), 1u);
        QCOMPARE(egress.pairs.front().to, QStringLiteral("gcp"));
        QCOMPARE(egress.links[0].charge, EgressCharge::None);

        // a_c over an interconnect: aws's internet total falls to b_c's 200 GB, and b_c, not
        // edited, pays its blend: 100 GB free and 100 at $0.09, $0.045/GB.
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::Path>(
            &doc, {QStringLiteral("a_c")}, NetworkPath::Interconnect));
        QVERIFY(editor.same("a_c over the interconnect", std::nullopt));
        QCOMPARE(egress.internetGbByProvider.at(QStringLiteral("aws")), 200.0);
        QVERIFY(std::abs(egress.links[1].ratePerGb - 0.045) < 1e-12);

        // b_c too: aws sends nothing over the internet.
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::Path>(
            &doc, {QStringLiteral("b_c")}, NetworkPath::Interconnect));
        QVERIFY(editor.same("b_c over the interconnect", std::nullopt));
        QVERIFY(egress.internetGbByProvider.empty());

        // Undone step by step, the totals come back to the last digit.
        for (int i = 0; i < 3; ++i)
            doc.undoStack()->undo();
        QVERIFY(editor.same("all undone", std::nullopt));
        QCOMPARE(egress.pairs.size(), 2u);
        QCOMPARE(egress.links[1].ratePerGb, tiered);
    }

    // The maturity structure after a move counts the regions and continents again: "is
    // multi-cloud justified?" reads both.
    void liveMaturityCountsThePlacesAMoveMakes()
    {
        LiveEditor editor(test::designFromYaml(R"(
a: {id: a, provider: aws, service: ec2, region: us-east-1}
b: {id: b, provider: aws, service: s3, region: us-east-1}
data_flows: [{from: a, to: b}]
)"));
        DesignDocument &doc = editor.doc;
        using Part = LiveAnalysis::Part;
        const LiveAnalysis::Parts placement = Part::Prices | Part::Egress | Part::Availability |
                                              Part::DisasterRecovery | Part::Compliance;
        const auto justification = [&] {
            return reportToText(doc.design(), editor.live.update(doc.design(), *editor.catalog),
                                *editor.catalog);
        };
        QVERIFY(editor.same("loaded", Part::Whole));
        const QString one = justification();
        QVERIFY(!one.contains(QLatin1String("continents")));
        // Two regions on one continent, then on two.
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::Region>(
            &doc, {QStringLiteral("b")}, QStringLiteral("us-west-2")));
        QVERIFY(editor.same("a second region", placement));
        const QString two = justification();
        QVERIFY(two != one);
        doc.undoStack()->push(new ChangeValueCommand<valuetraits::Region>(
            &doc, {QStringLiteral("b")}, QStringLiteral("eu-west-1")));
        QVERIFY(editor.same("a second continent", placement));
        QVERIFY(justification().contains(QLatin1String("regions on 2 continents")));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(editor.same("one region again", placement));
        QCOMPARE(justification(), one);
    }

    // The maturity sums kept between edits follow a price edit that makes another provider
    // the main one: "a reason for each service outside the main provider" then names the
    // other service.
    void liveMaturityFollowsTheMainProvider()
    {
        LiveEditor editor(test::designFromYaml(R"(
a: {id: a, provider: aws, service: ec2, region: us-east-1, instances: 4}
g: {id: g, provider: gcp, service: compute_engine, region: us-central1, instances: 1}
)"));
        DesignDocument &doc = editor.doc;
        const auto text = [&] {
            return reportToText(doc.design(), editor.live.analysis(), *editor.catalog);
        };
        QVERIFY(editor.same("loaded", LiveAnalysis::Part::Whole));
        QVERIFY2(text().contains(QLatin1String("no reason stated for: g")), qPrintable(text()));
        doc.undoStack()->push(
            new ChangeValueCommand<valuetraits::Instances>(&doc, {QStringLiteral("g")}, 40));
        QVERIFY(editor.same("gcp the main provider", LiveAnalysis::Part::Prices));
        QVERIFY2(text().contains(QLatin1String("no reason stated for: a")), qPrintable(text()));
        doc.undoStack()->undo();
        QVERIFY(editor.same("aws again", LiveAnalysis::Part::Prices));
        QVERIFY(text().contains(QLatin1String("no reason stated for: g")));
    }

    // The lookups brought up to date after services moved are the ones made anew, whether the
    // places keep their numbers (updated in place) or are numbered again.
    void lookupsFollowServicesThatMove_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("updated");
        const auto row = [](const char *name, const char *id, const char *provider,
                            const char *service, const char *region, bool updated) {
            QTest::newRow(name) << QString::fromLatin1(id) << QString::fromLatin1(provider)
                                << QString::fromLatin1(service) << QString::fromLatin1(region)
                                << updated;
        };
        // Places: aws/us-east-1 (a1, a2), aws/eu-west-1 (b1, b2), gcp/us-central1 (c1).
        row("to an earlier place", "b2", "aws", "s3", "us-east-1", true);
        row("to a later place", "a2", "aws", "ec2", "eu-west-1", true);
        row("the first of a place, after the next", "a1", "aws", "ec2", "eu-west-1", false);
        row("to a new place", "b2", "aws", "s3", "ap-south-1", false);
        row("the last of a place and provider", "c1", "aws", "ec2", "us-east-1", false);
        row("another offering", "b1", "aws", "rds", "eu-west-1", true);
        row("another provider's place", "b2", "gcp", "gcs", "us-central1", true);
    }
    void lookupsFollowServicesThatMove()
    {
        QFETCH(QString, id);
        QFETCH(QString, provider);
        QFETCH(QString, service);
        QFETCH(QString, region);
        QFETCH(bool, updated);
        Design d = test::designFromYaml(R"(
a1: {id: a1, provider: aws, service: ec2, region: us-east-1}
a2: {id: a2, provider: aws, service: ec2, region: us-east-1}
b1: {id: b1, provider: aws, service: s3, region: eu-west-1}
c1: {id: c1, provider: gcp, service: gcs, region: us-central1}
b2: {id: b2, provider: aws, service: s3, region: eu-west-1}
data_flows: [{from: a1, to: b2}]
)");
        const Catalog &catalog = test::catalog();
        AnalysisLookups lookups(d, catalog);
        PlacedService &moved = *d.service(id);
        moved.provider = provider;
        moved.service = service;
        moved.region = region;
        QCOMPARE(lookups.update(d, catalog, {d.serviceIndex(id)}), updated);
        const AnalysisLookups expected(d, catalog);
        QCOMPARE(lookups.providers(), expected.providers());
        QCOMPARE(lookups.places().size(), expected.places().size());
        for (std::size_t p = 0; p < lookups.places().size(); ++p) {
            QCOMPARE(lookups.places()[p].provider, expected.places()[p].provider);
            QCOMPARE(lookups.places()[p].region, expected.places()[p].region);
            QCOMPARE(lookups.places()[p].providerNumber, expected.places()[p].providerNumber);
        }
        for (std::size_t i = 0; i < d.services().size(); ++i) {
            QCOMPARE(lookups.placeOf(i), expected.placeOf(i));
            QCOMPARE(lookups[i].provider, expected[i].provider);
            QCOMPARE(lookups[i].offering, expected[i].offering);
            QCOMPARE(lookups[i].catalogRegion, expected[i].catalogRegion);
        }
        QCOMPARE(lookups.linkEnds().size(), 1u);
        QCOMPARE(lookups.linkEnds()[0].from, 0); // a1 -> b2
        QCOMPARE(lookups.linkEnds()[0].to, 4);
        // What moved is found in the catalog.
        QVERIFY(lookups[std::size_t(d.serviceIndex(id))].offering &&
                lookups[std::size_t(d.serviceIndex(id))].catalogRegion);
    }

    // With a cache, the graph is kept and services may move: an entry point is solved again
    // when a service it depends on moved; the others keep their figures, each outage matched
    // by its place though the places are numbered anew.
    void availabilityCacheFollowsServicesThatMove()
    {
        // lone first: its place is the first one.
        Design d = test::designFromYaml(
            "lone: {id: lone, provider: aws, service: ec2, region: eu-west-1}\n" + twoEntryPoints);
        const AvailabilityAnalyzer analyzer(test::catalog());
        const auto outage = [](const AvailabilityReport &r, const char *region) {
            const auto it = std::find_if(
                r.regionOutages.begin(), r.regionOutages.end(),
                [&](const OutageScenario &o) { return o.region == QLatin1String(region); });
            return it == r.regionOutages.end() ? nullptr : &*it;
        };
        AvailabilityCache cache;
        AvailabilityReport report = analyzer.analyze(d, nullptr, nullptr, &cache);
        QVERIFY(cache.hasGraph());
        QCOMPARE(report.regionOutages.size(), 3u);
        QCOMPARE(report.regionOutages[0].region, QStringLiteral("eu-west-1"));
        QCOMPARE(outage(report, "us-central1")->entryPoints[1].availability, 0.0);
        // Planted: api's figures, which no move below reaches.
        report.entryPoints[1].availability = 0.5;
        const_cast<OutageScenario *>(outage(report, "us-central1"))->entryPoints[1].availability =
            0.25;
        const_cast<OutageScenario *>(outage(report, "us-east-1"))->entryPoints[1].availability =
            0.75;

        // lone, the only service of the first place, joins web: the places are numbered
        // anew (us-east-1 first), and nothing an entry point depends on moved.
        d.service(QStringLiteral("lone"))->region = QStringLiteral("us-east-1");
        report = analyzer.analyze(d, nullptr, &report, &cache);
        QCOMPARE(report.regionOutages.size(), 2u);
        QCOMPARE(report.regionOutages[0].region, QStringLiteral("us-east-1"));
        QCOMPARE(report.entryPoints[1].availability, 0.5);
        QCOMPARE(outage(report, "us-central1")->entryPoints[1].availability, 0.25);
        // web in the outage of its own region: down, though the scenario's number was
        // eu-west-1's, where web survived.
        QCOMPARE(outage(report, "us-east-1")->entryPoints[0].availability, 0.0);
        // api, which that outage does not reach, keeps its figure in the scenario before.
        QCOMPARE(outage(report, "us-east-1")->entryPoints[1].availability, 0.75);

        // store, which api depends on, moves: api is solved again, in every scenario.
        d.service(QStringLiteral("store"))->region = QStringLiteral("europe-west4");
        report = analyzer.analyze(d, nullptr, &report, &cache);
        const AvailabilityReport fresh = analyzer.analyze(d);
        QCOMPARE(report.entryPoints[1].availability, fresh.entryPoints[1].availability);
        QVERIFY(report.entryPoints[1].availability > 0.99); // not the planted 0.5
        QCOMPARE(outage(report, "us-central1")->entryPoints[1].availability, 0.0);
        QCOMPARE(outage(report, "europe-west4")->entryPoints[1].availability, 0.0);
        QCOMPARE(report.regionOutages.size(), 3u);

        // Forgetting the graph forgets the figures: the next report is a fresh one.
        report.entryPoints[0].availability = 0.5;
        cache.forgetGraph();
        QVERIFY(!cache.hasGraph());
        report = analyzer.analyze(d, nullptr, &report, &cache);
        QCOMPARE(report.entryPoints[0].availability, fresh.entryPoints[0].availability);
        QVERIFY(cache.hasGraph());
        // A request link added: noticed without being told.
        report.entryPoints[0].availability = 0.5;
        Link toLone = d.links().front(); // web -> db, a request
        toLone.id = QStringLiteral("web_to_lone");
        toLone.to = QStringLiteral("lone");
        d.insertLink(toLone);
        report = analyzer.analyze(d, nullptr, &report, &cache);
        QCOMPARE(report.entryPoints[0].availability,
                 analyzer.analyze(d).entryPoints[0].availability);
        QVERIFY(report.entryPoints[0].availability < fresh.entryPoints[0].availability);
    }

    void dataFollowsFlowsButNotRequestsOrAnonymisedLinks()
    {
        const Design d = test::designFromYaml(R"(
src: {id: src, provider: aws, service: s3, region: eu-west-1, data_classification: phi, data_origin: FR}
copy: {id: copy, provider: aws, service: s3, region: eu-central-1}
copy2: {id: copy2, provider: gcp, service: gcs, region: europe-west4}
caller: {id: caller, provider: aws, service: eks, region: eu-west-1}
stats: {id: stats, provider: aws, service: redshift, region: eu-west-1}
data_flows:
  - {from: src, to: copy, kind: replication}
  - {from: copy, to: copy2, kind: data}
  - {from: caller, to: src, kind: request}
  - {from: src, to: stats, anonymized: true}
)");
        const DesignAnalysis a = analyzeDesign(d, test::catalog());
        const auto held = [&](const char *id) -> const std::vector<DataLabel> & {
            return a.compliance.heldBy(d, QString::fromLatin1(id));
        };
        QCOMPARE(held("copy").size(), 1u);
        QCOMPARE(held("copy2").size(), 1u);
        QCOMPARE(held("copy2")[0].source, QStringLiteral("src"));
        QVERIFY(held("caller").empty());
        QVERIFY(held("stats").empty());
        // PHI on GCP without a BAA, reached through two hops.
        QVERIFY(finding(a, "hipaa.baa", "copy2"));
    }

    void labelsDoNotMultiplyWithSources()
    {
        // 200 sources of German PII feed one sink through a chain: it holds one label, not 200.
        QByteArray yaml =
            "sink: {id: sink, provider: aws, service: s3, region: us-east-1}\ndata_flows:\n";
        QByteArray services;
        for (int i = 0; i < 200; ++i) {
            services += QStringLiteral("p%1: {id: p%1, provider: aws, service: s3, region: "
                                       "eu-west-1, data_classification: pii, data_origin: DE}\n")
                            .arg(i)
                            .toUtf8();
            yaml +=
                QStringLiteral("  - {from: p%1, to: %2}\n")
                    .arg(i)
                    .arg(i + 1 < 200 ? QStringLiteral("p%1").arg(i + 1) : QStringLiteral("sink"))
                    .toUtf8();
        }
        const Design d = test::designFromYaml(services + yaml);
        const DesignAnalysis a = analyzeDesign(d, test::catalog());
        const std::vector<DataLabel> &sink = a.compliance.heldBy(d, QStringLiteral("sink"));
        QCOMPARE(sink.size(), 1u);
        QCOMPARE(sink[0].source, QStringLiteral("p199"));
        QVERIFY(finding(a, "gdpr.residency", "sink"));
    }

    void reviewedComplianceCases()
    {
        // SCCs on an intra-EU hop do not protect a later, unprotected exit from the EU.
        DesignAnalysis a = analyze(R"(
eu_src: {id: eu_src, provider: aws, service: rds, region: eu-central-1, data_classification: pii, data_origin: DE}
fr_copy: {id: fr_copy, provider: aws, service: s3, region: eu-west-3}
us_sink: {id: us_sink, provider: aws, service: s3, region: us-east-1}
data_flows: [{id: de_fr, from: eu_src, to: fr_copy, transfer_mechanism: scc}, {id: fr_us, from: fr_copy, to: us_sink}]
)");
        QCOMPARE(finding(a, "gdpr.residency", "us_sink")->severity, Severity::Error);
        QVERIFY(!finding(a, "cross_border.flow", "de_fr")); // inside the EU: no note
        // Russian data: the primary in Russia, a copy abroad: lawful.
        a = analyze(R"(
sites: [{id: moscow-dc, name: Moscow, country: RU}]
ru_primary: {id: ru_primary, provider: onprem, service: onprem_database, region: moscow-dc, data_classification: pii, data_origin: RU}
eu_replica: {id: eu_replica, provider: aws, service: rds, region: eu-central-1}
data_flows: [{from: ru_primary, to: eu_replica, kind: replication}]
)");
        QVERIFY(!finding(a, "russia.localisation", "eu_replica"));
        QVERIFY(!finding(a, "russia.localisation", "ru_primary"));
        // No region qualifies: the fix says so instead of naming none.
        a = analyze("gcp_tw: {id: gcp_tw, provider: gcp, service: cloud_sql, region: asia-east1, "
                    "data_classification: pii, data_origin: CN}\n");
        const ComplianceFinding *cn = finding(a, "china.localisation", "gcp_tw");
        QVERIFY(cn);
        QVERIFY(cn->fixAction.region.isEmpty());
        QVERIFY(cn->fix.startsWith(QLatin1String("No GCP region qualifies")));
        // Full provider names in compliance_requirements match.
        a = analyze(R"yaml(
compliance_requirements: {gdpr: {regions: ["europe-west4 (Google Cloud)"], requirements: [{data_residency: EU}]}}
s: {id: s, provider: gcp, service: gcs, region: europe-west4, data_classification: pii, data_origin: EU}
)yaml");
        QCOMPARE(a.compliance.count(Severity::Error), 0);
    }

    void drNeedsASpareInAnotherRegion()
    {
        const DesignAnalysis a = analyze(R"(
x1: {id: x1, provider: aws, service: sagemaker_endpoint, region: us-east-1, workload_type: real_time_inference}
x2: {id: x2, provider: aws, service: sagemaker_endpoint, region: us-east-1}
k1: {id: k1, provider: aws, service: eks, region: us-east-1, workload_type: real_time_inference}
k2: {id: k2, provider: gcp, service: gke, region: us-central1}
redundancy_groups:
  - {name: same_region, mode: active-active, members: [x1, x2]}
  - {name: no_spare, mode: k-of-n, k: 2, members: [k1, k2]}
)");
        QCOMPARE(a.dr.size(), 2u);
        QVERIFY(!a.dr[0].meets);
        QVERIFY(a.dr[0].basis.contains(QLatin1String("one region")));
        QVERIFY(!a.dr[1].meets);
        QVERIFY(a.dr[1].basis.contains(QLatin1String("no spare")));
    }

    void offeredInRegionIsAFinding()
    {
        Design d = test::designFromYaml(
            "b: {id: b, provider: aws, service: bedrock, region: us-east-1}\n");
        d.service(QStringLiteral("b"))->region = QStringLiteral("cn-north-1"); // as an editor might
        const DesignAnalysis a = analyzeDesign(d, test::catalog());
        const ComplianceFinding *f = finding(a, "catalog.offered_in_region", "b");
        QVERIFY(f);
        QVERIFY(!f->fixAction.region.isEmpty());
        QVERIFY(f->fixAction.region != QLatin1String("cn-north-1"));
    }

    void antiPatternsAndTheDecisionFramework()
    {
        const DesignAnalysis a = analyze(R"(
organization: {team_engineers: 8, annual_cloud_spend_usd: 60000}
lake: {id: lake, provider: aws, service: s3, region: us-east-1, storage_gb: 100}
train: {id: train, provider: gcp, service: vertex_ai, instance_type: n1-standard-4, hours_per_day: 1, days_per_week: 1}
lb: {id: lb, provider: aws, service: route53}
a: {id: a, provider: aws, service: eks}
b: {id: b, provider: gcp, service: gke}
entry_points: [lb]
redundancy_groups: [{name: serving, mode: active-passive, members: [a, b], failover: manual}]
data_flows:
  - {from: lake, to: train, gb_per_month: 50000}
  - {from: lb, to: a, kind: request}
)");
        QStringList ids;
        for (const AntiPatternFinding &p : a.maturity.antiPatterns)
            ids << p.id;
        QVERIFY2(ids.contains(QStringLiteral("multicloud_without_reasons")),
                 qPrintable(ids.join(QLatin1Char(','))));
        QVERIFY(ids.contains(QStringLiteral("egress_heavy")));
        QVERIFY(ids.contains(QStringLiteral("manual_failover_on_critical_path")));
        QVERIFY(ids.contains(QStringLiteral("team_too_small")));
        QCOMPARE(a.maturity.decision.verdict, QStringLiteral("no"));
        QVERIFY(!a.maturity.decision.justified);
        QVERIFY(a.maturity.crossCloudEgressShare > 0.10);
    }

    void lockInAndExitCost()
    {
        const DesignAnalysis a = analyze(R"(
lake: {id: lake, provider: aws, service: s3, storage_gb: 10100, requests_millions_per_month: 0}
bq: {id: bq, provider: gcp, service: bigquery, storage_gb: 1024, tb_scanned_per_month: 1}
)");
        // Exit: AWS (10,100 - 100 free) x 0.09 = 900; GCP 1,024 x 0.12 = 122.88.
        QVERIFY(test::near(a.maturity.lockIn.exitCostByProvider.at(QStringLiteral("aws")), 900));
        QVERIFY(test::near(a.maturity.lockIn.exitCostUsd, 1022.88));
        // Proprietary: BigQuery's 1,024 x 0.02 = 20.48 of 232.3 + 20.48.
        QVERIFY(
            test::near(a.maturity.lockIn.proprietaryShare, 20.48 / (10100 * 0.023 + 20.48), 1e-9));
    }

    void largeGraphsStayFast()
    {
        // 400 services in a chain of redundant pairs sharing storage: must not hang.
        QByteArray yaml = "entry_points: [s0]\nredundancy_groups:\n";
        QByteArray services, flows = "data_flows:\n";
        for (int i = 0; i < 200; ++i) {
            services +=
                QStringLiteral("s%1: {id: s%1, provider: aws, service: eks, availability: 0.999}\n"
                               "t%1: {id: t%1, provider: gcp, service: gke, availability: 0.999}\n")
                    .arg(i)
                    .toUtf8();
            yaml += QStringLiteral("  - {name: g%1, mode: active-active, members: [s%1, t%1]}\n")
                        .arg(i)
                        .toUtf8();
            if (i + 1 < 200)
                flows += QStringLiteral("  - {from: s%1, to: s%2, kind: request}\n  - {from: t%1, "
                                        "to: s%2, kind: request}\n")
                             .arg(i)
                             .arg(i + 1)
                             .toUtf8();
        }
        QElapsedTimer timer;
        timer.start();
        const DesignAnalysis a = analyze(services + yaml + flows);
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(a.availability.entryPoints.size(), 1u);
        // Each stage is a pair both of whose members need the next stage, collapsed as a
        // module: s0 x (1 - 0.001^2)^199.
        QCOMPARE(a.availability.entryPoints[0].method, QStringLiteral("factoring"));
        QVERIFY(test::near(a.availability.entryPoints[0].availability,
                           0.999 * std::pow(0.999999, 199), 1e-12));
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"

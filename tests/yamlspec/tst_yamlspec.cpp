#include "common/testsupport.h"

#include "model/analysis/designanalysis.h"
#include "model/io/report.h"
#include "model/io/sourcedocument.h"

#include <QProcess>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace skyplan;

namespace {

QByteArray exportSpec(const Design &d)
{
    const DesignAnalysis a = analyzeDesign(d, test::catalog());
    return yamlspec::write(d, summaryToTree(a, test::catalog()));
}

LoadedDesign importSpec(const QByteArray &yaml)
{
    return yamlspec::read(yaml, QStringLiteral("spec.yaml"), test::catalog());
}

} // namespace

class TestYamlSpec : public QObject {
    Q_OBJECT
private slots:
    void seedAllocationImportsAsPrinted()
    {
        const LoadedDesign loaded = importSpec(
            test::readFile(test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml"))));
        QCOMPARE(loaded.diagnostics.size(), 0u);
        const Design &d = loaded.design;
        QCOMPARE(d.services().size(), 7u);
        QCOMPARE(d.providers(), QStringList({QStringLiteral("aws"), QStringLiteral("gcp"),
                                             QStringLiteral("azure")}));

        struct Expect {
            const char *id, *role, *provider, *service, *region;
        };
        const Expect expected[] = {
            {"primary_storage", "data_platform.primary_storage", "aws", "s3", "us-east-1"},
            {"data_warehouse", "data_platform.data_warehouse", "gcp", "bigquery", "us-central1"},
            {"large_models", "ml_platform.training.large_models", "gcp", "vertex_ai",
             "us-central1"},
            {"small_models", "ml_platform.training.small_models", "aws", "sagemaker", "us-east-1"},
            {"real_time", "ml_platform.inference.real_time", "azure", "aks", "eastus"},
            {"batch", "ml_platform.inference.batch", "aws", "batch", "us-east-1"},
            {"model_registry", "model_registry", "aws", "ecr", "us-east-1"},
        };
        for (std::size_t i = 0; i < 7; ++i) {
            const PlacedService &s = d.services()[i];
            QCOMPARE(s.id, QString::fromLatin1(expected[i].id));
            QCOMPARE(s.role, QString::fromLatin1(expected[i].role));
            QCOMPARE(s.provider, QString::fromLatin1(expected[i].provider));
            QCOMPARE(s.service, QString::fromLatin1(expected[i].service));
            QCOMPARE(s.region, QString::fromLatin1(expected[i].region));
        }
        QCOMPARE(d.service(QStringLiteral("primary_storage"))->reason,
                 QStringLiteral("Best storage pricing and compatibility"));
        QCOMPARE(d.service(QStringLiteral("primary_storage"))->label,
                 QStringLiteral("Primary storage"));
        // `compute: tpu-v4` picks the TPU v4 chip type, four chips to a v4-8 slice.
        const PlacedService *large = d.service(QStringLiteral("large_models"));
        QCOMPARE(large->compute, QStringLiteral("tpu-v4"));
        QCOMPARE(large->instanceType, QStringLiteral("tpu-v4"));
        QCOMPARE(large->instances, 4);
        // `compute: spot_instances` is a purchase option.
        const PlacedService *small = d.service(QStringLiteral("small_models"));
        QCOMPARE(small->pricing, PricingModel::Spot);
        QCOMPARE(small->instanceType, QStringLiteral("ml.p3.2xlarge"));
    }

    void exportImportExportIsByteIdentical_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << QStringLiteral("tests/data/seed-pattern3.yaml");
        QTest::newRow("example") << QStringLiteral("resources/examples/service-based.yaml");
        QTest::newRow("awkward strings") << QStringLiteral("tests/data/awkward-strings.yaml");
    }
    void exportImportExportIsByteIdentical()
    {
        QFETCH(QString, file);
        const LoadedDesign first = importSpec(test::readFile(test::sourcePath(file)));
        QVERIFY(!hasErrors(first.diagnostics));
        const QByteArray a = exportSpec(first.design);
        const LoadedDesign second = importSpec(a);
        QCOMPARE(second.diagnostics.size(), 0u);
        QVERIFY(second.design == first.design);
        const QByteArray b = exportSpec(second.design);
        QCOMPARE(b, a);
    }

    void awkwardStringsSurvive()
    {
        const LoadedDesign loaded = importSpec(
            test::readFile(test::sourcePath(QStringLiteral("tests/data/awkward-strings.yaml"))));
        QVERIFY(!hasErrors(loaded.diagnostics));
        const PlacedService *s = loaded.design.service(QStringLiteral("odd"));
        QVERIFY(s);
        QCOMPARE(s->label, QStringLiteral("yes"));
        QCOMPARE(s->reason, QStringLiteral("Line one\nLine two: with a colon # and a hash"));
        QCOMPARE(s->tags.value(QStringLiteral("cost-centre")), QStringLiteral("012345"));
        QCOMPARE(s->tags.value(QStringLiteral("owner")), QStringLiteral("Zoë Ø'Brien"));
        QCOMPARE(s->tags.value(QStringLiteral("version")), QStringLiteral("1.10"));
        QCOMPARE(s->tags.value(QStringLiteral("empty")), QString());
        QCOMPARE(loaded.design.description, QStringLiteral("null"));
    }

    void exportedSpecParsesWithPyYaml()
    {
        const QString python =
            QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QProcess check;
        check.start(python, {QStringLiteral("-c"), QStringLiteral("import yaml")});
        check.waitForFinished();
        if (check.exitCode() != 0)
            QSKIP("PyYAML is not installed (Debian: python3-yaml)");

        const LoadedDesign loaded = importSpec(
            test::readFile(test::sourcePath(QStringLiteral("tests/data/awkward-strings.yaml"))));
        const QByteArray spec = exportSpec(loaded.design);
        QProcess py;
        py.start(python, {QStringLiteral("-c"),
                          QStringLiteral("import sys, yaml\n"
                                         "d = yaml.safe_load(sys.stdin)\n"
                                         "s = d['allocation']['group']['odd']\n"
                                         "assert d['skyplan_spec'] == 1\n"
                                         "assert s['label'] == 'yes', s['label']\n"
                                         "assert s['tags']['cost-centre'] == '012345'\n"
                                         "assert s['tags']['version'] == '1.10'\n"
                                         "assert s['instances'] == 3\n"
                                         "assert isinstance(s['hours_per_day'], (int, float))\n"
                                         "assert d['design']['description'] == 'null'\n"
                                         "print(len(d['data_flows']))\n")});
        py.write(spec);
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(30000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        QCOMPARE(py.readAllStandardOutput().trimmed(), QByteArray("1"));
    }

    void exportWritesEveryKey()
    {
        const LoadedDesign loaded = importSpec(
            test::readFile(test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml"))));
        const QByteArray spec = exportSpec(loaded.design);
        for (const char *key :
             {"skyplan_spec: 1", "design:", "organization:", "allocation:", "data_flows:",
              "summary:", "instance_type:", "pricing:", "hours_per_day:", "storage_tier:",
              "data_classification:", "encryption_at_rest:", "monthly_usd:", "by_provider:"})
            QVERIFY2(spec.contains(key), key);
        QVERIFY(spec.contains("    large_models:\n        id: large_models\n"));
    }

    void dataFlowsResolveIdsAndRolePaths()
    {
        const LoadedDesign loaded = importSpec(
            test::readFile(test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml"))) + R"(
data_flows:
  - {from: primary_storage, to: ml_platform.training.large_models, gb_per_month: 100}
  - {id: logs, from: real_time, to: data_platform.primary_storage, kind: replication, path: vpn, anonymized: true, transfer_mechanism: scc}
)");
        QVERIFY(!hasErrors(loaded.diagnostics));
        const Design &d = loaded.design;
        QCOMPARE(d.links().size(), 2u);
        QCOMPARE(d.links()[0].id, QStringLiteral("primary_storage_to_large_models"));
        QCOMPARE(d.links()[0].to, QStringLiteral("large_models"));
        QCOMPARE(d.links()[0].path, NetworkPath::Internet); // aws -> gcp
        const Link *logs = d.link(QStringLiteral("logs"));
        QCOMPARE(logs->kind, LinkKind::Replication);
        QCOMPARE(logs->path, NetworkPath::Vpn);
        QVERIFY(logs->anonymized);
        QCOMPARE(logs->transferMechanism, TransferMechanism::Scc);
    }

    void organizationProfile()
    {
        const Design d = test::designFromYaml(R"(
organization:
  team_engineers: 12
  annual_cloud_spend_usd: 250000
  monthly_budget_usd: 20000
  availability_target: 0.9999
  regimes: [gdpr, hipaa]
  baa_signed: [aws]
  negotiated_discount_pct: {aws: 7.5}
x: {provider: aws, service: s3}
)");
        QCOMPARE(d.organization.teamEngineers, 12);
        QCOMPARE(d.organization.annualCloudSpendUsd, 250000.0);
        QCOMPARE(d.organization.availabilityTarget, 0.9999);
        QCOMPARE(d.organization.regimes,
                 QStringList({QStringLiteral("gdpr"), QStringLiteral("hipaa")}));
        QCOMPARE(d.organization.discountFraction(QStringLiteral("aws")), 0.075);
    }

    void idsAreDerivedFromRolesWithoutCollisions()
    {
        const Design d = test::designFromYaml(R"(
training: {batch: {provider: aws, service: batch}}
inference: {batch: {provider: aws, service: batch}}
explicit: {id: batch_2, provider: aws, service: s3}
)");
        QCOMPARE(d.services()[0].id, QStringLiteral("batch"));
        QCOMPARE(d.services()[1].id, QStringLiteral("inference_batch"));
        QCOMPARE(d.services()[2].id, QStringLiteral("batch_2"));
    }

    void unknownKeysAndHintsAreWarnings()
    {
        const LoadedDesign loaded = importSpec(R"(
x: {provider: aws, service: sagemaker, compute: quantum_cores, instnaces: 3}
)");
        QCOMPARE(loaded.diagnostics.size(), 2u);
        for (const Diagnostic &d : loaded.diagnostics)
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QVERIFY(loaded.diagnostics[0].message.contains(QLatin1String("compute \"quantum_cores\"")));
        QCOMPARE(loaded.diagnostics[0].location.line, 2);
        QVERIFY(loaded.diagnostics[1].message.contains(QLatin1String("unknown key \"instnaces\"")));
    }

    void defaultRegionPerProvider()
    {
        const Design d = test::designFromYaml(R"(
a: {provider: aws, service: s3}
g: {provider: gcp, service: gcs}
z: {provider: azure, service: blob_storage}
o: {provider: onprem, service: object_storage}
)");
        QCOMPARE(d.services()[0].region, QStringLiteral("us-east-1"));
        QCOMPARE(d.services()[1].region, QStringLiteral("us-central1"));
        QCOMPARE(d.services()[2].region, QStringLiteral("eastus"));
        QCOMPARE(d.services()[3].region, QStringLiteral("dc-us"));
    }

    void reviewRegressions()
    {
        // Generated ids never take an id a later service states explicitly.
        Design d = test::designFromYaml(R"(
b: {provider: aws, service: s3}
a_b: {provider: aws, service: s3}
a:
  b: {provider: aws, service: s3}
z: {id: a_b_2, provider: aws, service: s3}
)");
        QStringList ids;
        for (const PlacedService &s : d.services())
            ids << s.id;
        QCOMPARE(ids, QStringList({QStringLiteral("b"), QStringLiteral("a_b"),
                                   QStringLiteral("a_b_3"), QStringLiteral("a_b_2")}));
        // Likewise for data flows.
        d = test::designFromYaml(R"(
a: {provider: aws, service: s3}
b: {provider: aws, service: ecr}
data_flows: [{from: a, to: b}, {id: a_to_b, from: b, to: a}]
)");
        QCOMPARE(d.links()[0].id, QStringLiteral("a_to_b_2"));
        // Unquoted scalars in text fields keep their text.
        d = test::designFromYaml(R"(
x: {id: 0x1F, provider: aws, service: s3, label: 1.10, reason: 1e3, tags: {cost-centre: 0012, live: yes}}
)");
        const PlacedService &x = d.services()[0];
        QCOMPARE(x.id, QStringLiteral("0x1F"));
        QCOMPARE(x.label, QStringLiteral("1.10"));
        QCOMPARE(x.reason, QStringLiteral("1e3"));
        QCOMPARE(x.tags.value(QStringLiteral("cost-centre")), QStringLiteral("0012"));
        // A BOM is not part of the text.
        d = test::designFromYaml("\xEF\xBB\xBF"
                                 "a:\n  \"provider\": aws\n  service: s3\n");
        QCOMPARE(d.services().size(), 1u);
        // Instance types are stored in the catalog's spelling.
        d = test::designFromYaml(
            "a: {provider: aws, service: sagemaker, instance_type: P3.2XLARGE}\n");
        QCOMPARE(d.services()[0].instanceType, QStringLiteral("ml.p3.2xlarge"));
        // An exported spec copied without its first line keeps its services.
        d = test::designFromYaml("allocation:\n  storage: {provider: aws, service: s3}\n");
        QCOMPARE(d.services()[0].role, QStringLiteral("storage"));
    }

    void rolesNamedLikeKeysRoundTrip()
    {
        Design d;
        for (const char *role : {"x.provider", "x.service"}) {
            PlacedService s =
                test::service(QString::fromLatin1(role).replace(QLatin1Char('.'), QLatin1Char('_')),
                              QStringLiteral("aws"), QStringLiteral("s3"));
            s.role = QString::fromLatin1(role);
            d.insertService(s);
        }
        const QByteArray a = exportSpec(d);
        const LoadedDesign back = importSpec(a);
        QVERIFY(!hasErrors(back.diagnostics));
        QCOMPARE(back.design.services().size(), 2u);
        QCOMPARE(back.design.services()[1].role, QStringLiteral("x.service"));
        QCOMPARE(exportSpec(back.design), a);
    }

    // A negative zero is read as zero: exported as "-0" it came back as 0, a second export
    // differed from the first (tests/fuzz/corpus/yamlspec/regression-negative-zero.yaml).
    void negativeZeroIsReadAsZero()
    {
        const LoadedDesign loaded = importSpec("training:\n  provider: aws\n  service: sagemaker\n"
                                               "  region: us-east-1\n  storage_gb: -.00\n");
        QVERIFY(!hasErrors(loaded.diagnostics));
        QCOMPARE(loaded.design.services().size(), 1u);
        QVERIFY(!std::signbit(loaded.design.services()[0].storageGb));
        const QByteArray a = exportSpec(loaded.design);
        QVERIFY2(a.contains("storage_gb: 0\n"), a.constData());
        QCOMPARE(exportSpec(importSpec(a).design), a);
    }

    void stringsPyYamlWouldMisreadAreQuoted()
    {
        Design d;
        PlacedService s =
            test::service(QStringLiteral("s"), QStringLiteral("aws"), QStringLiteral("s3"));
        s.label = QStringLiteral("=");
        s.reason = QStringLiteral("x") + QChar(0x2029) + QStringLiteral("y");
        s.tags.insert(QStringLiteral("merge"), QStringLiteral("<<"));
        d.insertService(s);
        const QByteArray spec = exportSpec(d);
        QVERIFY(spec.contains("label: \"=\""));
        QVERIFY(spec.contains("\"x\\u2029y\""));
        const LoadedDesign back = importSpec(spec);
        QCOMPARE(back.design.services()[0].reason, s.reason);
        QCOMPARE(back.design.services()[0].tags.value(QStringLiteral("merge")),
                 QStringLiteral("<<"));
    }

    void warningsForThingsThatHaveNoEffect()
    {
        const LoadedDesign loaded = importSpec(R"(
organization: {negotiated_discount_pct: {AWS: 10}, baa_signed: [gcpp]}
a: {provider: aws, service: s3, instance_type: p3.2xlarge, tb_scanned_per_month: 3}
g: {provider: gcp, service: gcs}
data_flows: [{from: a, to: g, path: same_network}]
)");
        QVERIFY(!hasErrors(loaded.diagnostics));
        QStringList messages;
        for (const Diagnostic &d : loaded.diagnostics)
            messages << d.message;
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("discount for unknown provider \"AWS\"")),
                 qPrintable(all));
        QVERIFY(all.contains(QLatin1String("BAA with unknown provider \"gcpp\"")));
        QVERIFY(all.contains(QLatin1String("Amazon S3 has no price for instance types; ignored")));
        QVERIFY(all.contains(QLatin1String("Amazon S3 has no price for scans; ignored")));
        QVERIFY(all.contains(QLatin1String("aws and gcp share no network")));
        QCOMPARE(loaded.design.links()[0].path, NetworkPath::Internet);
    }

    void seedBlocksImportAsPrintedAndRoundTrip()
    {
        const QByteArray seed = test::readFile(test::sourcePath(
            QStringLiteral("tests/golden/compliance-seed-requirements/input.yaml")));
        const QByteArray dr =
            test::readFile(test::sourcePath(QStringLiteral("tests/golden/dr-targets/input.yaml")));
        for (const QByteArray &input : {seed, dr}) {
            const LoadedDesign first = importSpec(input);
            QVERIFY(!hasErrors(first.diagnostics));
            const QByteArray a = exportSpec(first.design);
            const LoadedDesign second = importSpec(a);
            QCOMPARE(second.diagnostics.size(), 0u);
            QVERIFY(second.design == first.design);
            QCOMPARE(exportSpec(second.design), a);
        }
        const Design c = importSpec(seed).design;
        const ComplianceRequirements &req = c.complianceRequirements;
        QCOMPARE(req.regimes.size(), 2u);
        QCOMPARE(req.regimes[0].regime, QStringLiteral("gdpr"));
        QCOMPARE(req.regimes[0].regions.size(), 3u);
        QCOMPARE(req.regimes[0].regions[0].region, QStringLiteral("eu-west-1"));
        QCOMPARE(req.regimes[0].regions[0].provider, QStringLiteral("AWS"));
        QCOMPARE(req.regimes[0].requirements[0].first, QStringLiteral("data_residency"));
        QCOMPARE(req.regimes[0].requirements[0].second, QStringLiteral("EU"));
        QCOMPARE(req.piiHandling.size(), 4u);
        QCOMPARE(req.piiHandling[2].second, QStringLiteral("customer_managed"));
        const Design d = importSpec(dr).design;
        QCOMPARE(d.disasterRecovery.size(), 1u);
        const DisasterRecoveryPlan &plan = d.disasterRecovery[0];
        QCOMPARE(plan.mode, RedundancyMode::ActivePassive);
        QCOMPARE(plan.primary.cloud, QStringLiteral("aws"));
        QCOMPARE(plan.standby.capacity, QStringLiteral("50%"));
        QCOMPARE(plan.rtoSeconds, 300.0);
        QCOMPARE(plan.rpoSeconds, 60.0);
        QCOMPARE(plan.synchronization.value(QStringLiteral("model_artifacts")),
                 QStringLiteral("real-time"));
        QCOMPARE(d.redundancyGroups.size(), 2u);
        QCOMPARE(d.redundancyGroups[1].failover, Failover::Automatic);
        QCOMPARE(d.redundancyGroups[1].rtoMinutes, 20.0);
        QCOMPARE(d.service(QStringLiteral("training"))->drStrategy, DrStrategy::BackupRestore);
    }

    void redundancyGroupsAreValidated_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        const QByteArray services =
            "a: {id: a, provider: aws, service: eks}\nb: {id: b, provider: aws, service: eks}\n";
        QTest::newRow("one member") << services + "redundancy_groups: [{name: g, members: [a]}]\n"
                                    << QStringLiteral("at least two members");
        QTest::newRow("unknown member")
            << services + "redundancy_groups: [{name: g, members: [a, zz]}]\n"
            << QStringLiteral("unknown service \"zz\"");
        QTest::newRow("k too large")
            << services + "redundancy_groups: [{name: g, mode: k-of-n, members: [a, b], k: 3}]\n"
            << QStringLiteral("from 1 to 2");
        QTest::newRow("two groups")
            << services +
                   "redundancy_groups: [{name: g, members: [a, b]}, {name: h, members: [b, a]}]\n"
            << QStringLiteral("already in group");
        QTest::newRow("unknown entry") << services + "entry_points: [nope]\n"
                                       << QStringLiteral("unknown service \"nope\"");
        QTest::newRow("bad region")
            << services + "compliance_requirements: {gdpr: {regions: [\"eu west (AWS\"]}}\n"
            << QStringLiteral("expected a region such as");
    }
    void redundancyGroupsAreValidated()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        try {
            importSpec(yaml);
            QFAIL("accepted");
        } catch (const InputError &e) {
            QVERIFY2(e.diagnostic().message.contains(message),
                     qPrintable(e.diagnostic().toString()));
            QVERIFY(e.diagnostic().location.line > 0);
        }
    }

    void anchorsAndAliasesRepeatValuesWithTheirPositions()
    {
        // The tree is built from yaml-cpp's parser events; an alias copies the anchored value,
        // the raw text of its numbers, and the positions recorded inside it.
        const QByteArray text = R"(base: &b
  provider: aws
  cost_centre: 0012
  tags: [x, y]
copy: *b
list: [1, *b]
name: &n region
other:
  *n : eu-west-1
)";
        const SourceDocument doc =
            SourceDocument::parse(text, QStringLiteral("a.yaml"), SourceDocument::Syntax::Yaml);
        const Tree &t = doc.tree();
        QVERIFY(t["copy"] == t["base"]);
        QVERIFY(t["list"][1] == t["base"]);
        QVERIFY(t["other"]["region"] == "eu-west-1");
        QCOMPARE(doc.root().require("copy").require("cost_centre").toString(),
                 QStringLiteral("0012"));
        QCOMPARE(doc.root().require("list").at(1).require("cost_centre").toString(),
                 QStringLiteral("0012"));
        const auto at = [&doc](const char *pointer) {
            const SourceLocation l = doc.locate(pointer);
            return QPair<int, int>(l.line, l.column);
        };
        QCOMPARE(at("/copy"), QPair(5, 1));           // a mapping's value: at its key
        QCOMPARE(at("/copy/provider"), QPair(2, 3));  // inside: where the anchor wrote it
        QCOMPARE(at("/list/1"), QPair(1, 7));         // a list's value: where the anchor is
        QCOMPARE(at("/list/1/tags/1"), QPair(4, 13)); // and the values inside it
        QCOMPARE(at("/list/0"), QPair(6, 8));
        QCOMPARE(at("/other/region"), QPair(7, 7)); // an alias as key: where its text is

        const auto error = [](const QByteArray &yaml) {
            try {
                SourceDocument::parse(yaml, QStringLiteral("e.yaml"), SourceDocument::Syntax::Yaml);
            } catch (const InputError &e) {
                return e.diagnostic();
            }
            return Diagnostic();
        };
        Diagnostic d = error("a: 1\nb: &s [1, *s]\n");
        QVERIFY2(d.message.contains(QLatin1String("refers to the value that contains it")),
                 qPrintable(d.message));
        QCOMPARE(d.location.line, 2);
        QCOMPARE(d.location.column, 11);
        d = error("m: &m {x: 1}\n? *m\n: 2\n");
        QVERIFY2(d.message.contains(QLatin1String("expected a text key")), qPrintable(d.message));
        QCOMPARE(d.location.line, 1);
        // A copy nests as deep as what it repeats: 40 levels under 30 is past the limit of 64,
        // 30 under 30 is not.
        const auto nested = [](int anchored, int under) -> QByteArray {
            return "deep: &d " + QByteArray(anchored, '[') + "1" + QByteArray(anchored, ']') +
                   "\nx: " + QByteArray(under, '[') + "*d" + QByteArray(under, ']') + "\n";
        };
        d = error(nested(40, 30));
        QVERIFY2(d.message.contains(QLatin1String("nested deeper than 64")), qPrintable(d.message));
        QCOMPARE(d.location.line, 2);
        QCOMPARE(d.location.column, 34);
        QVERIFY(error(nested(30, 30)).message.isEmpty());
        // A copy counts as many values as it repeats: 1,000 values, repeated 200 times, is more
        // than a file of this size may hold.
        QByteArray bomb = "a: &a [" + QByteArray("0, ").repeated(999) + "0]\nb: [";
        bomb += QByteArray("*a, ").repeated(199) + "*a]\n";
        d = error(bomb);
        QVERIFY2(d.message.contains(QLatin1String("document too large")), qPrintable(d.message));
        QCOMPARE(d.location.line, 2);
    }

    void onPremSitesDeclaredByTheDesign()
    {
        const Design d = test::designFromYaml(R"(
sites: [{id: moscow-dc, name: Moscow, country: RU}]
db: {provider: onprem, service: onprem_database, region: moscow-dc}
)");
        QCOMPARE(d.sites.size(), 1u);
        QCOMPARE(test::catalog()
                     .region(QStringLiteral("onprem"), QStringLiteral("moscow-dc"), &d)
                     ->country,
                 QStringLiteral("RU"));
    }
};

QTEST_GUILESS_MAIN(TestYamlSpec)
#include "tst_yamlspec.moc"

#include "common/testsupport.h"
#include "model/analysis/compliance.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace skyplan;

namespace {

const ServiceOffering &offering(const char *provider, const char *id)
{
    const ServiceOffering *s =
        test::catalog().service(QString::fromLatin1(provider), QString::fromLatin1(id));
    if (!s)
        qFatal("missing service %s/%s", provider, id);
    return *s;
}

Catalog::SourceFile sourceFile(const QString &name, const QByteArray &text)
{
    Catalog::SourceFile f;
    f.name = name;
    f.text = text;
    return f;
}

std::vector<Catalog::SourceFile> builtinFiles()
{
    std::vector<Catalog::SourceFile> files;
    for (const char *name : {"jurisdictions.yaml", "providers.yaml", "services/aws.yaml",
                             "services/gcp.yaml", "services/azure.yaml", "services/onprem.yaml"}) {
        files.push_back(sourceFile(QString::fromLatin1(name),
                                   test::readFile(test::sourcePath(QStringLiteral("catalogs/") +
                                                                   QString::fromLatin1(name)))));
    }
    return files;
}

/// builtinFiles() and the built-in policies.
std::vector<Catalog::SourceFile> builtinFilesWithPolicies()
{
    auto files = builtinFiles();
    for (const char *name :
         {"policies/compliance.yaml", "policies/resilience.yaml", "policies/maturity.yaml"})
        files.push_back(sourceFile(QString::fromLatin1(name),
                                   test::readFile(test::sourcePath(QStringLiteral("catalogs/") +
                                                                   QString::fromLatin1(name)))));
    return files;
}

/// The built-in catalog and policies with a user's rules file of `yaml`.
std::shared_ptr<const Catalog> withUserRules(const QByteArray &yaml, Diagnostics &diagnostics)
{
    auto files = builtinFilesWithPolicies();
    Catalog::SourceFile mine = sourceFile(QStringLiteral("policies/mine.yaml"), yaml);
    mine.user = true;
    files.push_back(mine);
    return Catalog::fromFiles(files, diagnostics);
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT
private slots:
    void builtinLoadsWithoutDiagnostics()
    {
        Diagnostics diagnostics;
        const auto catalog = Catalog::load(diagnostics);
        for (const Diagnostic &d : diagnostics)
            qWarning("%s", qPrintable(d.toString()));
        QCOMPARE(diagnostics.size(), 0u);
        QCOMPARE(catalog->providerIds(),
                 QStringList({QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure"),
                              QStringLiteral("onprem")}));
    }

    void regionsCoverTheJurisdictionsThatMatter_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("aws") << QStringLiteral("aws");
        QTest::newRow("gcp") << QStringLiteral("gcp");
        QTest::newRow("azure") << QStringLiteral("azure");
    }
    void regionsCoverTheJurisdictionsThatMatter()
    {
        QFETCH(QString, provider);
        const Provider *p = test::catalog().provider(provider);
        QVERIFY(p);
        QVERIFY2(p->regions.size() >= 8, qPrintable(QString::number(p->regions.size())));
        int eu = 0, us = 0, india = 0;
        for (const Region &r : p->regions) {
            const Country *c = test::catalog().country(r.country);
            QVERIFY2(c, qPrintable(r.id));
            eu += c->eu ? 1 : 0;
            us += r.country == QLatin1String("US") ? 1 : 0;
            india += r.country == QLatin1String("IN") ? 1 : 0;
        }
        QVERIFY(eu >= 2);
        QVERIFY(us >= 2);
        QVERIFY(india >= 1);
        QVERIFY(p->region(p->defaultRegion));
    }

    void jurisdictionFacts()
    {
        const Catalog &c = test::catalog();
        QVERIFY(c.country(QStringLiteral("IE"))->eu);
        QVERIFY(c.country(QStringLiteral("NO"))->eea);
        QVERIFY(!c.country(QStringLiteral("NO"))->eu);
        QCOMPARE(c.country(QStringLiteral("GB"))->gdprAdequacy, QStringLiteral("full"));
        QCOMPARE(c.country(QStringLiteral("CH"))->gdprAdequacy, QStringLiteral("full"));
        QCOMPARE(c.country(QStringLiteral("US"))->gdprAdequacy, QStringLiteral("dpf"));
        QCOMPARE(c.country(QStringLiteral("IN"))->gdprAdequacy, QStringLiteral("none"));
        // AWS China is run by local operators, in China.
        QCOMPARE(c.region(QStringLiteral("aws"), QStringLiteral("cn-north-1"))->country,
                 QStringLiteral("CN"));
        QCOMPARE(c.region(QStringLiteral("aws"), QStringLiteral("cn-northwest-1"))->country,
                 QStringLiteral("CN"));
        // EU membership as the seeds' GDPR regions need it; London and Zurich are not EU.
        QVERIFY(
            c.country(c.region(QStringLiteral("aws"), QStringLiteral("eu-west-1"))->country)->eu);
        QVERIFY(c.country(c.region(QStringLiteral("gcp"), QStringLiteral("europe-west4"))->country)
                    ->eu);
        QVERIFY(c.country(c.region(QStringLiteral("azure"), QStringLiteral("westeurope"))->country)
                    ->eu);
        QVERIFY(
            !c.country(c.region(QStringLiteral("aws"), QStringLiteral("eu-west-2"))->country)->eu);
        QVERIFY(!c.country(c.region(QStringLiteral("gcp"), QStringLiteral("europe-west6"))->country)
                     ->eu);
        // On-prem: a Russian site exists, since no public cloud has a Russian region.
        QCOMPARE(c.region(QStringLiteral("onprem"), QStringLiteral("dc-ru"))->country,
                 QStringLiteral("RU"));
    }

    void everyServiceTheSeedsNameIsThere_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("service");
        const char *const rows[][2] = {
            {"aws", "s3"},
            {"aws", "ec2"},
            {"aws", "sagemaker"},
            {"aws", "sagemaker_endpoint"},
            {"aws", "eks"},
            {"aws", "batch"},
            {"aws", "ecr"},
            {"aws", "redshift"},
            {"aws", "rds"},
            {"aws", "bedrock"},
            {"aws", "lambda"},
            {"aws", "secrets_manager"},
            {"aws", "route53"},
            {"aws", "direct_connect"},
            {"gcp", "gcs"},
            {"gcp", "bigquery"},
            {"gcp", "compute_engine"},
            {"gcp", "tpu"},
            {"gcp", "vertex_ai"},
            {"gcp", "vertex_ai_prediction"},
            {"gcp", "gke"},
            {"gcp", "artifact_registry"},
            {"gcp", "cloud_sql"},
            {"gcp", "vertex_ai_gemini"},
            {"gcp", "cloud_functions"},
            {"gcp", "secret_manager"},
            {"gcp", "cloud_load_balancing"},
            {"gcp", "cloud_dns"},
            {"gcp", "cloud_interconnect"},
            {"gcp", "anthos"},
            {"azure", "virtual_machines"},
            {"azure", "aks"},
            {"azure", "blob_storage"},
            {"azure", "synapse"},
            {"azure", "azure_ml"},
            {"azure", "azure_ml_endpoint"},
            {"azure", "acr"},
            {"azure", "azure_database_postgresql"},
            {"azure", "azure_openai"},
            {"azure", "azure_functions"},
            {"azure", "key_vault"},
            {"azure", "front_door"},
            {"azure", "traffic_manager"},
            {"azure", "expressroute"},
            {"azure", "azure_arc"},
            {"onprem", "onprem_kubernetes"},
            {"onprem", "gpu_servers"},
            {"onprem", "object_storage"},
            {"onprem", "onprem_database"},
        };
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row[0], row[1])
                << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
    }
    void everyServiceTheSeedsNameIsThere()
    {
        QFETCH(QString, provider);
        QFETCH(QString, service);
        const ServiceOffering *s = test::catalog().service(provider, service);
        QVERIFY(s);
        QVERIFY(!s->name.isEmpty());
        if (!s->sla.none) {
            for (const double sla : {s->sla.singleZone, s->sla.multiZone, s->sla.multiRegion})
                QVERIFY(sla > 0.9 && sla <= 1.0);
        }
        QVERIFY(!s->instanceTypes.empty() || !s->dimensions.empty());
    }

    void instanceTypesTheSeedsName_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("type");
        const char *const rows[][3] = {
            {"aws", "ec2", "p3.2xlarge"},
            {"aws", "ec2", "p4d.24xlarge"},
            {"aws", "ec2", "g4dn.xlarge"},
            {"aws", "ec2", "g5.xlarge"},
            {"gcp", "compute_engine", "a2-highgpu-1g"},
            {"gcp", "tpu", "v3-8"},
            {"gcp", "tpu", "v4"},
            {"gcp", "tpu", "v5e"},
            {"gcp", "vertex_ai", "tpu-v4"},
            {"azure", "virtual_machines", "Standard_NC24ads_A100_v4"},
            {"azure", "virtual_machines", "Standard_ND96asr_v4"},
        };
        for (const auto &row : rows)
            QTest::addRow("%s/%s/%s", row[0], row[1], row[2])
                << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1])
                << QString::fromLatin1(row[2]);
    }
    void instanceTypesTheSeedsName()
    {
        QFETCH(QString, provider);
        QFETCH(QString, service);
        QFETCH(QString, type);
        const ServiceOffering *s = test::catalog().service(provider, service);
        QVERIFY(s);
        const InstanceType *t = s->instanceType(type);
        QVERIFY(t);
        QVERIFY(t->onDemand > 0);
    }

    void everyCloudOffersEveryKindOfService()
    {
        const ServiceCategory needed[] = {
            ServiceCategory::ObjectStorage, ServiceCategory::DataWarehouse,
            ServiceCategory::GpuCompute,    ServiceCategory::MlPlatform,
            ServiceCategory::Kubernetes,    ServiceCategory::ContainerRegistry,
            ServiceCategory::Database,      ServiceCategory::GenerativeAi,
            ServiceCategory::Serverless,    ServiceCategory::Secrets,
            ServiceCategory::LoadBalancing, ServiceCategory::Interconnect};
        for (const char *provider : {"aws", "gcp", "azure"}) {
            for (const ServiceCategory c : needed) {
                bool found = false;
                for (const ServiceOffering *s :
                     test::catalog().servicesOf(QString::fromLatin1(provider)))
                    found = found || s->category == c;
                QVERIFY2(found,
                         qPrintable(QStringLiteral("%1 lacks %2")
                                        .arg(QString::fromLatin1(provider), enumKeyString(c))));
            }
        }
        QCOMPARE(offering("gcp", "tpu").category, ServiceCategory::Accelerator);
        QCOMPARE(offering("aws", "batch").category, ServiceCategory::Batch);
        QCOMPARE(offering("gcp", "anthos").category, ServiceCategory::ManagementPlane);
        QCOMPARE(offering("azure", "azure_arc").category, ServiceCategory::ManagementPlane);
    }

    void pricingModelsAndPortability()
    {
        for (const PricingModel m : enumValues<PricingModel>()) {
            for (const char *provider : {"aws", "gcp", "azure"}) {
                bool found = false;
                for (const ServiceOffering *s :
                     test::catalog().servicesOf(QString::fromLatin1(provider)))
                    found = found || s->supports(m);
                QVERIFY2(found, qPrintable(enumKeyString(m)));
            }
        }
        QCOMPARE(offering("aws", "sagemaker").portability, Portability::Proprietary);
        QCOMPARE(offering("aws", "eks").portability, Portability::ManagedOpen);
        QCOMPARE(offering("onprem", "onprem_kubernetes").portability, Portability::Portable);
        QVERIFY(offering("aws", "s3").hipaaEligible);
    }

    void seedAndReferencePrices()
    {
        // Lecture 05: p3.2xlarge $3.06 on demand, $1.84 1-yr, $1.10 3-yr, $0.92 spot.
        const InstanceType *p3 = offering("aws", "ec2").instanceType(QStringLiteral("p3.2xlarge"));
        QCOMPARE(p3->onDemand, 3.06);
        QCOMPARE(p3->explicitRates.at(PricingModel::Reserved1y), 1.84);
        QCOMPARE(p3->explicitRates.at(PricingModel::Reserved3y), 1.10);
        QCOMPARE(p3->explicitRates.at(PricingModel::Spot), 0.92);
        QCOMPARE(p3->regionalOnDemand.value(QStringLiteral("eu-west-1")), 3.305);
        // Lecture 05 storage tiers: $0.023, $0.0125, $0.004 per GB-month.
        const PriceDimension &s3 = offering("aws", "s3").dimensions.front();
        QCOMPARE(s3.tiers.at(StorageTier::Standard), 0.023);
        QCOMPARE(s3.tiers.at(StorageTier::Infrequent), 0.0125);
        QCOMPARE(s3.tiers.at(StorageTier::Archive), 0.004);
        // Control planes: EKS and GKE $0.10 per cluster-hour.
        for (const char *k8s : {"eks", "gke"}) {
            bool found = false;
            for (const PriceDimension &d : offering(k8s[0] == 'e' ? "aws" : "gcp", k8s).dimensions)
                found = found || (d.driver == DimensionDriver::AlwaysOnHours && d.rate == 0.10);
            QVERIFY2(found, k8s);
        }
        // AWS internet egress: 100 GB free, then $0.09 to 10 TB.
        const EgressPrices &egress = test::catalog().provider(QStringLiteral("aws"))->egress;
        QCOMPARE(egress.internetTiers.front().rate, 0.0);
        QCOMPARE(egress.internetTiers.front().upToGb, 100.0);
        QCOMPARE(egress.internetTiers[1].rate, 0.09);
        QCOMPARE(egress.interRegion, 0.02);
    }

    void everyPriceHasASourceAndDate()
    {
        for (const ServiceOffering &s : test::catalog().services()) {
            for (const InstanceType &t : s.instanceTypes) {
                QVERIFY2(!t.source.source.isEmpty() && !t.source.asOf.isEmpty(),
                         qPrintable(s.id + t.id));
                QVERIFY2(!t.source.estimate || !t.source.estimateReason.isEmpty(),
                         qPrintable(t.id));
            }
            for (const PriceDimension &d : s.dimensions)
                QVERIFY2(!d.source.source.isEmpty() && !d.source.asOf.isEmpty(),
                         qPrintable(s.id + d.id));
            QVERIFY2(s.defaults.instanceType.isEmpty() || s.instanceType(s.defaults.instanceType),
                     qPrintable(s.id));
            for (const QString &r : s.regions)
                QVERIFY2(test::catalog().provider(s.provider)->region(r), qPrintable(s.id + r));
        }
    }

    void brokenFileIsReportedWithItsLine()
    {
        auto files = builtinFiles();
        files.push_back(
            sourceFile(QStringLiteral("services/broken.yaml"),
                       QByteArrayLiteral("catalog_format: 1\nprovider: aws\nservices:\n"
                                         "  - id: x\n    name: X\n    category: quantum\n")));
        Diagnostics diagnostics;
        Catalog::fromFiles(files, diagnostics);
        QCOMPARE(diagnostics.size(), 1u);
        QCOMPARE(diagnostics[0].file, QStringLiteral("services/broken.yaml"));
        QCOMPARE(diagnostics[0].location.line, 6);
        QVERIFY(diagnostics[0].message.contains(QLatin1String("unknown category \"quantum\"")));
    }

    void consistencyRulesAreChecked()
    {
        auto files = builtinFiles();
        files.push_back(sourceFile(
            QStringLiteral("services/extra.yaml"),
            QByteArrayLiteral(
                "catalog_format: 1\nprovider: aws\nservices:\n"
                "  - {id: x, name: X, category: compute, portability: portable,\n"
                "     sla: {single_zone: 0.99, multi_zone: 0.99, multi_region: 0.99},\n"
                "     regions: [mars-north-1],\n"
                "     dimensions: [{id: d, item: D, driver: storage_gb, unit: GB, rate: 1}]}\n")));
        Diagnostics diagnostics;
        Catalog::fromFiles(files, diagnostics);
        QStringList messages;
        for (const Diagnostic &d : diagnostics)
            messages << d.message;
        QVERIFY2(
            messages.join(QLatin1Char('\n')).contains(QLatin1String("unknown region mars-north-1")),
            qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(
            messages.join(QLatin1Char('\n')).contains(QLatin1String("dimension d has no source")));
    }

    void misspeltRuleConditionIsAnError()
    {
        auto files = builtinFiles();
        files.push_back(
            sourceFile(QStringLiteral("policies/mine.yaml"),
                       QByteArrayLiteral(
                           "catalog_format: 1\nrules:\n"
                           "  - id: mine\n    regime: gdpr\n    severity: error\n"
                           "    subject: service\n    when:\n      hold: {classification: [pii]}\n"
                           "    message: x\n")));
        Diagnostics diagnostics;
        Catalog::fromFiles(files, diagnostics);
        QCOMPARE(diagnostics.size(), 1u);
        QCOMPARE(diagnostics[0].location.line, 8);
        QVERIFY(diagnostics[0].message.contains(QLatin1String("unknown condition \"hold\"")));
    }

    void usersCanAddRules()
    {
        Diagnostics diagnostics;
        const auto catalog = withUserRules(
            QByteArrayLiteral(
                "catalog_format: 1\nrules:\n"
                "  - {id: company.no_public, regime: any, severity: warning, subject: service,\n"
                "     when: {holds: {classification: [public]}}, message: \"public data in "
                "{label}\"}\n"),
            diagnostics);
        QCOMPARE(diagnostics.size(), 0u);
        QCOMPARE(catalog->policies().rules.size(), test::catalog().policies().rules.size() + 1);
        QCOMPARE(catalog->policies().rules.back().id, QStringLiteral("company.no_public"));
    }

    // A rule's message is filled in one pass: the names it knows take their values (a value is
    // never read again, braces and all), a name it does not know or a value the finding
    // lacks stays as written, and a stray brace is text.
    void ruleTextsAreFilledAsWritten()
    {
        Diagnostics diagnostics;
        const auto catalog = withUserRules(
            QByteArrayLiteral(
                "catalog_format: 1\nrules:\n"
                "  - {id: company.at_rest, regime: any, severity: warning, "
                "subject: service,\n"
                "     when: {encryption_at_rest: false},\n"
                "     message: \"A {nope} {{id}} {origin} {label} in {region_name} {\",\n"
                "     fix_text: \"{label}{label}}\"}\n"),
            diagnostics);
        QVERIFY2(diagnostics.empty(),
                 diagnostics.empty() ? "" : qPrintable(diagnostics[0].message));
        Design d = test::designFromYaml("s: {id: s, provider: aws, service: s3, region: eu-west-1, "
                                        "label: \"x{id}y\", encryption_at_rest: false}\n");
        const ComplianceReport report = ComplianceChecker(*catalog).check(d);
        const auto f = std::find_if(
            report.findings.begin(), report.findings.end(),
            [](const ComplianceFinding &f) { return f.rule == QLatin1String("company.at_rest"); });
        QVERIFY(f != report.findings.end());
        QCOMPARE(f->message,
                 QStringLiteral("A {nope} {s} {origin} x{id}y in eu-west-1 (Ireland) {"));
        QCOMPARE(f->fix, QStringLiteral("x{id}yx{id}y}"));
    }

    void newerCatalogFormatIsRefused()
    {
        auto files = builtinFiles();
        files.push_back(
            sourceFile(QStringLiteral("services/new.yaml"),
                       QByteArrayLiteral("catalog_format: 2\nprovider: aws\nservices: []\n")));
        Diagnostics diagnostics;
        Catalog::fromFiles(files, diagnostics);
        QCOMPARE(diagnostics.size(), 1u);
        QVERIFY(diagnostics[0].message.contains(QLatin1String("newer than this Skyplan reads")));
    }

    void userFolderOverridesAndExtends()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(QStringLiteral("services"));
        QByteArray aws =
            test::readFile(test::sourcePath(QStringLiteral("catalogs/services/aws.yaml")));
        aws.replace("on_demand: 3.06", "on_demand: 2.50");
        QFile f(dir.filePath(QStringLiteral("services/aws.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(aws);
        f.close();
        Diagnostics diagnostics;
        const auto catalog = Catalog::load(diagnostics, dir.path());
        QCOMPARE(diagnostics.size(), 0u);
        const ServiceOffering *ec2 = catalog->service(QStringLiteral("aws"), QStringLiteral("ec2"));
        QCOMPARE(ec2->instanceType(QStringLiteral("p3.2xlarge"))->onDemand, 2.50);
        QCOMPARE(catalog->services().size(), test::catalog().services().size());
    }

    void egressTierArithmetic()
    {
        const EgressPrices &aws = test::catalog().provider(QStringLiteral("aws"))->egress;
        QCOMPARE(aws.internetCost(100), 0.0);
        QVERIFY(test::near(aws.internetCost(10000), 9900 * 0.09));
        // 10,240 GB in the first paid tier, then 40,960 at 0.085, then 8,800 at 0.07.
        QVERIFY(test::near(aws.internetCost(60000), 10140 * 0.09 + 40960 * 0.085 + 8800 * 0.07));
        const EgressPrices &gcp = test::catalog().provider(QStringLiteral("gcp"))->egress;
        QVERIFY(test::near(gcp.internetCost(2048), 1024 * 0.12 + 1024 * 0.11));
        QVERIFY(test::near(gcp.internetCost(20480), 1024 * 0.12 + 9216 * 0.11 + 10240 * 0.08));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"

// draw.io interchange: the fixtures of tests/data/drawio (their README gives the expected
// results worked out by hand), the broken inputs, and the round trip through Skyplan's export.

#include "common/testsupport.h"

#include "model/io/drawio.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace skyplan;

namespace {

QString fixture(const QString &name)
{
    return test::sourcePath(QStringLiteral("tests/data/drawio/") + name);
}

LoadedDesign import(const QString &name)
{
    return readDesignFile(fixture(name), test::catalog());
}

/// "provider service region label x,y" of every service, in order.
QStringList servicesOf(const Design &d)
{
    QStringList list;
    for (const PlacedService &s : d.services())
        list << QStringLiteral("%1 %2 %3 %4 | %5,%6")
                    .arg(s.provider, s.service, s.region, s.label)
                    .arg(s.position.x)
                    .arg(s.position.y);
    return list;
}

/// "from -> to: label" of every link, by service label.
QStringList linksOf(const Design &d)
{
    QStringList list;
    for (const Link &l : d.links())
        list << QStringLiteral("%1 -> %2: %3")
                    .arg(d.service(l.from)->label, d.service(l.to)->label, l.label);
    return list;
}

QStringList warningsOf(const LoadedDesign &loaded)
{
    QStringList list;
    for (const Diagnostic &d : loaded.diagnostics)
        list << d.toString();
    return list;
}

bool anyContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &l) { return l.contains(text); });
}

} // namespace

class TestDrawio : public QObject {
    Q_OBJECT
private slots:
    void plainAwsAndGcpDiagram()
    {
        const LoadedDesign loaded = import(QStringLiteral("aws-gcp-plain.drawio"));
        // Absolute draw.io positions (README) x 1.6 horizontally, x 1.2 vertically.
        QCOMPARE(
            servicesOf(loaded.design),
            (QStringList{
                QStringLiteral("aws s3 us-east-1 Training data lake | 160,216"),
                QStringLiteral("aws sagemaker us-east-1 SageMaker training | 480,216"),
                QStringLiteral("aws eks us-east-1 Inference cluster | 800,216"),
                QStringLiteral("aws secrets_manager us-east-1 AWS Secrets Manager | 800,456"),
                QStringLiteral("gcp bigquery us-central1 Feature warehouse BigQuery | 1328,144"),
                QStringLiteral("gcp vertex_ai us-central1 Vertex AI | 1696,144"),
                QStringLiteral("gcp gcs us-central1 Model registry bucket | 1696,384"),
            }));
        QCOMPARE(linksOf(loaded.design),
                 (QStringList{
                     QStringLiteral("Training data lake -> SageMaker training: training data"),
                     QStringLiteral("SageMaker training -> Inference cluster: model artifacts"),
                     QStringLiteral("AWS Secrets Manager -> Inference cluster: db credentials"),
                     QStringLiteral("Vertex AI -> Feature warehouse BigQuery: batch predictions"),
                     QStringLiteral("Model registry bucket -> Vertex AI: training data"),
                     QStringLiteral("Feature warehouse BigQuery -> Training data lake: feature "
                                    "export (nightly)"),
                 }));
        const QStringList warnings = warningsOf(loaded);
        QCOMPARE(warnings.size(), 5);
        QVERIFY(
            anyContains(warnings, QStringLiteral("aws-gcp-plain.drawio:27: warning: unknown shape "
                                                 "\"Fleet telemetry\" (mxgraph.aws4.iot_core)")));
        QVERIFY(
            anyContains(warnings, QStringLiteral("unknown shape \"Legacy ERP\" (a plain shape)")));
        QVERIFY(anyContains(warnings, QStringLiteral("edge \"telemetry\" is not imported as a "
                                                     "data flow: its source is not a service")));
        QVERIFY(anyContains(warnings, QStringLiteral("edge \"ETL\" is not imported")));
        QVERIFY(anyContains(warnings, QStringLiteral("edge \"to clients\" is not imported as a "
                                                     "data flow: it is not connected at both "
                                                     "ends")));
        // Unknown shapes and dropped edges stay in the design, as a note.
        QCOMPARE(loaded.design.description,
                 QStringLiteral("Imported from aws-gcp-plain.drawio; shapes that are not catalog "
                                "services: Fleet telemetry (mxgraph.aws4.iot_core), Legacy ERP (a "
                                "plain shape); edges not imported: telemetry, to clients, ETL."));
        QCOMPARE(loaded.design.name, QStringLiteral("Training"));
    }

    void compressedAzureDiagram()
    {
        const LoadedDesign loaded = import(QStringLiteral("azure-compressed.drawio"));
        QCOMPARE(servicesOf(loaded.design),
                 (QStringList{
                     QStringLiteral("azure aks westeurope Scoring cluster | 256,264"),
                     QStringLiteral("azure front_door westeurope Global entry | 608,144"),
                     QStringLiteral("azure azure_ml westeurope Training workspace | 960,144"),
                     QStringLiteral("azure blob_storage westeurope Feature blobs | 960,384"),
                     QStringLiteral("azure traffic_manager eastus Geo failover | 1376,132"),
                 }));
        QCOMPARE(linksOf(loaded.design),
                 (QStringList{
                     QStringLiteral("Global entry -> Scoring cluster: HTTPS"),
                     QStringLiteral("Training workspace -> Feature blobs: checkpoints"),
                     QStringLiteral("Feature blobs -> Scoring cluster: model weights"),
                     QStringLiteral("Training workspace -> Scoring cluster: déploiement"),
                     QStringLiteral("Geo failover -> Global entry: DNS failover"),
                 }));
        const QStringList warnings = warningsOf(loaded);
        QCOMPARE(warnings.size(), 3);
        QVERIFY(anyContains(warnings, QStringLiteral("\"Geo failover\" is in no container that "
                                                     "names a region of Microsoft Azure; it goes "
                                                     "to eastus")));
        QVERIFY(anyContains(warnings, QStringLiteral("unknown shape \"Session store\"")));
        QVERIFY(anyContains(warnings, QStringLiteral("(compressed page \"Serving\")")));
    }

    void bareModelAndVolumesFromLabels()
    {
        const LoadedDesign loaded = import(QStringLiteral("bare-model.xml"));
        QCOMPARE(servicesOf(loaded.design),
                 (QStringList{QStringLiteral("aws lambda us-east-1 Scoring function | 192,192"),
                              QStringLiteral("aws s3 us-east-1 Results bucket | 640,192")}));
        QCOMPARE(linksOf(loaded.design),
                 QStringList{QStringLiteral("Scoring function -> Results bucket: writes results")});
        QCOMPARE(loaded.design.name, QStringLiteral("bare-model"));
        // A label that states a volume gives the link its GB per month.
        QByteArray text = test::readFile(fixture(QStringLiteral("bare-model.xml")));
        QVERIFY(text.contains("value=\"writes results\""));
        text.replace("value=\"writes results\"", "value=\"results: 1.5 TB/month\"");
        const LoadedDesign withVolume =
            drawio::read(text, QStringLiteral("bare-model.xml"), test::catalog());
        QCOMPARE(withVolume.design.links().front().gbPerMonth, 1536.0);
    }

    void brokenInputsAreRefusedOrPartlyImported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); ///< error text, or "ok: N services"
        QTest::newRow("truncated") << "truncated.drawio"
                                   << "truncated.drawio:27:51: error: the diagram is not "
                                      "well-formed XML: Premature end of document.";
        QTest::newRow("invalid base64")
            << "compressed-invalid-base64.drawio"
            << "page \"Page-1\" is compressed, but its text is not base64";
        QTest::newRow("not deflate") << "compressed-not-deflate.drawio"
                                     << "its data is not a raw DEFLATE stream";
        QTest::newRow("zlib header") << "compressed-zlib-header.drawio"
                                     << "its data is not a raw DEFLATE stream";
        QTest::newRow("bad escape") << "compressed-bad-uri-escape.drawio"
                                    << "its text has a broken %-escape";
        QTest::newRow("inner not xml") << "compressed-inner-not-xml.drawio"
                                       << "decompresses to no diagram";
        QTest::newRow("entity bomb") << "entity-expansion-bomb.drawio"
                                     << "a DOCTYPE is not allowed in a draw.io diagram";
        QTest::newRow("wrong root") << "wrong-root.drawio"
                                    << "not a draw.io diagram: the document is <svg>";
        QTest::newRow("empty") << "empty.drawio"
                               << "the file is empty";
        QTest::newRow("no page") << "no-diagram.drawio"
                                 << "the file holds no diagram page";
        QTest::newRow("edge target missing") << "edge-target-missing.drawio"
                                             << "ok: 2 services, 1 links";
        QTest::newRow("self parent") << "parent-self-cycle.drawio"
                                     << "ok: 1 services, 0 links";
        QTest::newRow("parent cycle") << "parent-cycle-two-cells.drawio"
                                      << "ok: 1 services, 0 links";
        QTest::newRow("missing parent") << "parent-missing.drawio"
                                        << "ok: 0 services, 0 links";
        QTest::newRow("duplicate ids") << "duplicate-ids.drawio"
                                       << "ok: 1 services, 0 links";
        QTest::newRow("3,000 deep") << "deep-nesting-3000.drawio"
                                    << "ok: 1 services, 0 links";
    }
    void brokenInputsAreRefusedOrPartlyImported()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = fixture(QStringLiteral("broken/") + file);
        try {
            const LoadedDesign loaded = readDesignFile(path, test::catalog());
            QCOMPARE(QStringLiteral("ok: %1 services, %2 links")
                         .arg(loaded.design.services().size())
                         .arg(loaded.design.links().size()),
                     expected);
        } catch (const InputError &e) {
            const QString message = e.diagnostic().toString();
            QVERIFY2(message.contains(expected), qPrintable(message));
            QVERIFY(message.startsWith(path));
        }
    }

    void deepNestingKeepsTheAbsolutePosition()
    {
        const LoadedDesign loaded = import(QStringLiteral("broken/deep-nesting-3000.drawio"));
        // 3,000 containers at +1,+1 each and the bucket at +1,+1 in the last: 3,001 draw.io
        // units, x 1.6 and x 1.2 on the canvas.
        const PlacedService &s = loaded.design.services().front();
        QCOMPARE(s.label, QStringLiteral("Deep bucket"));
        QCOMPARE(s.position.x, std::round(3001 * 1.6));
        QCOMPARE(s.position.y, std::round(3001 * 1.2));
    }

    void exportImportsBackIdentically_data()
    {
        QTest::addColumn<QString>("design");
        QTest::newRow("example") << test::sourcePath(
            QStringLiteral("resources/examples/service-based.skyplan"));
        QTest::newRow("gpu training")
            << test::sourcePath(QStringLiteral("tests/cli/data/gpu-training.skyplan"));
        const QDir templates(test::sourcePath(QStringLiteral("resources/templates")));
        for (const QString &name : templates.entryList({QStringLiteral("*.skyplan")}))
            QTest::newRow(qPrintable(name)) << templates.filePath(name);
    }
    void exportImportsBackIdentically()
    {
        QFETCH(QString, design);
        const LoadedDesign original = readDesignFile(design, test::catalog());
        const QByteArray diagram = drawio::write(original.design, test::catalog());
        QVERIFY(drawio::looksLikeDrawio(diagram));
        const LoadedDesign back =
            drawio::read(diagram, QStringLiteral("exported.drawio"), test::catalog());
        QCOMPARE(skyplanfile::write(back.design), skyplanfile::write(original.design));
        QVERIFY(warningsOf(back).isEmpty());
    }

    void idsSharedByAServiceAndALinkSurviveTheExport()
    {
        // Skyplan keeps service and link ids apart; draw.io has one id space in which 0 and 1
        // are the root and the layer (found by fuzz_drawio).
        Design design;
        design.name = QStringLiteral("Ids");
        design.insertService(test::service(QStringLiteral("1"), QStringLiteral("aws"),
                                           QStringLiteral("s3"), QStringLiteral("us-east-1")));
        design.insertService(test::service(QStringLiteral("flow"), QStringLiteral("aws"),
                                           QStringLiteral("batch"), QStringLiteral("us-east-1")));
        Link link;
        link.id = QStringLiteral("flow");
        link.from = QStringLiteral("1");
        link.to = QStringLiteral("flow");
        design.insertLink(link);
        const LoadedDesign back = drawio::read(drawio::write(design, test::catalog()),
                                               QStringLiteral("ids.drawio"), test::catalog());
        QCOMPARE(skyplanfile::write(back.design), skyplanfile::write(design));
    }

    void hostileCellDataIsIgnoredOrRefused()
    {
        // Data of the wrong type, data nested past the readers' limit and a control character
        // in an HTML label: the service still comes in, nothing escapes as a crash.
        const QString deep = QString(2000, QLatin1Char('[')) + QString(2000, QLatin1Char(']'));
        const QByteArray diagram =
            QStringLiteral(
                "<mxGraphModel><root><object id=\"0\" label=\"\" "
                "skyplan=\"{&quot;design&quot;:{&quot;description&quot;:1}}\"><mxCell/></object>"
                "<mxCell id=\"1\" parent=\"0\"/>"
                "<object id=\"a\" label=\"A&amp;#1;bucket\" skyplan=\"{&quot;provider&quot;:1,"
                "&quot;region&quot;:&quot;x&quot;}\"><mxCell "
                "style=\"html=1;shape=mxgraph.aws4.s3;\" "
                "vertex=\"1\" parent=\"1\"><mxGeometry x=\"10\" y=\"10\" width=\"78\" "
                "height=\"78\" as=\"geometry\"/></mxCell></object>"
                "<object id=\"b\" label=\"B\" skyplan=\"{&quot;x&quot;:%1}\"><mxCell "
                "style=\"shape=mxgraph.aws4.s3;\" vertex=\"1\" parent=\"1\"><mxGeometry "
                "x=\"300\" y=\"10\" width=\"78\" height=\"78\" as=\"geometry\"/></mxCell>"
                "</object><mxCell id=\"u\" value=\"Legacy\" style=\"rounded=1;\" vertex=\"1\" "
                "parent=\"1\"><mxGeometry x=\"600\" y=\"10\" width=\"78\" height=\"78\" "
                "as=\"geometry\"/></mxCell></root></mxGraphModel>")
                .arg(deep)
                .toUtf8();
        try {
            const LoadedDesign loaded =
                drawio::read(diagram, QStringLiteral("hostile.drawio"), test::catalog());
            QCOMPARE(loaded.design.services().size(), std::size_t(2));
            QCOMPARE(loaded.design.services()[0].label, QStringLiteral("Abucket"));
            QCOMPARE(loaded.design.services()[0].region, QStringLiteral("us-east-1"));
        } catch (const InputError &e) {
            QFAIL(qPrintable(e.diagnostic().toString()));
        }
    }

    void exportedShapesAloneGiveTheSameServices()
    {
        // Without the Skyplan data (a diagram redrawn by hand with the same icons): the icons
        // and frames still give every service its provider, catalog service and region, and
        // every link its ends.
        const LoadedDesign original = readDesignFile(
            test::sourcePath(QStringLiteral("resources/examples/service-based.skyplan")),
            test::catalog());
        QByteArray diagram = drawio::write(original.design, test::catalog());
        QString text = QString::fromUtf8(diagram);
        text.remove(QRegularExpression(QStringLiteral(" skyplan=\"[^\"]*\"")));
        QVERIFY(!text.contains(QLatin1String("skyplan=")));
        const LoadedDesign back =
            drawio::read(text.toUtf8(), QStringLiteral("redrawn.drawio"), test::catalog());
        QCOMPARE(back.design.services().size(), original.design.services().size());
        for (std::size_t i = 0; i < back.design.services().size(); ++i) {
            const PlacedService &a = original.design.services()[i];
            const PlacedService &b = back.design.services()[i];
            QCOMPARE(b.provider + b.service + b.region + b.label,
                     a.provider + a.service + a.region + a.label);
            QCOMPARE(b.position, a.position);
        }
        QCOMPARE(linksOf(back.design), linksOf(original.design));
        QVERIFY2(warningsOf(back).isEmpty(), qPrintable(warningsOf(back).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestDrawio)
#include "tst_drawio.moc"

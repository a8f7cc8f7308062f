#include "common/testsupport.h"

#include "model/io/comparison.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace skyplan;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run skyplanCli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(SKYPLAN_BINARY));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // subcommands must not need one
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/// Pages of a PDF written by Qt: one "/Type /Page" object each (the tree is "/Pages").
int pdfPages(const QByteArray &pdf)
{
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0;
         at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s")
            ++pages;
    }
    return pages;
}

/// Pixels within a small distance of `colour`.
int pixelsNear(const QImage &image, QColor colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                30)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void renderWritesPngSvgAndPdfWithoutADisplay()
    {
        QTemporaryDir dir;
        const QString example =
            test::sourcePath(QStringLiteral("resources/examples/service-based.skyplan"));
        const auto render = [&](const QString &name, QStringList extra = {}) {
            const QString out = dir.filePath(name);
            const Run r = skyplanCli(
                QStringList{QStringLiteral("render"), example, QStringLiteral("-o"), out} + extra);
            if (r.exitCode != 0)
                qWarning("%s", r.err.constData());
            return r.exitCode == 0 ? test::readFile(out) : QByteArray();
        };
        QImage one, two;
        QVERIFY(one.loadFromData(
            render(QStringLiteral("one.png"), {QStringLiteral("--scale"), QStringLiteral("1")})));
        QVERIFY(two.loadFromData(render(QStringLiteral("two.png"))));
        // The default is 2 pixels per canvas unit: twice the size of --scale 1 (rounded up).
        QVERIFY2(std::abs(two.width() - 2 * one.width()) <= 2,
                 qPrintable(QString::number(two.width())));
        QVERIFY(std::abs(two.height() - 2 * one.height()) <= 2);
        QVERIFY(one.width() > 1000 && one.height() > 200);
        // The AWS frame's and services' accent colour is drawn (#FF9900), and so is GCP's.
        QVERIFY(pixelsNear(one, QColor(0xFF, 0x99, 0x00)) > 200);
        QVERIFY(pixelsNear(one, QColor(0x42, 0x85, 0xF4)) > 200);

        const QByteArray svg = render(QStringLiteral("canvas.svg"));
        QVERIFY(svg.startsWith("<?xml"));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("Primary storage")); // labels are text, not pixels
        QVERIFY(svg.contains("<title>Service-based multi-cloud ML platform</title>"));

        const QByteArray pdf = render(QStringLiteral("canvas.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPages(pdf), 1);

        // Only some services: a smaller image, still with AWS orange and no GCP blue.
        QImage part;
        QVERIFY(part.loadFromData(
            render(QStringLiteral("part.png"),
                   {QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("--select"),
                    QStringLiteral("primary_storage,batch")})));
        QVERIFY(part.width() < one.width() / 2);
        QVERIFY(pixelsNear(part, QColor(0xFF, 0x99, 0x00)) > 50);
        QCOMPARE(pixelsNear(part, QColor(0x42, 0x85, 0xF4)), 0);
    }

    void renderRefusesWhatItCannotDraw_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString example =
            test::sourcePath(QStringLiteral("resources/examples/service-based.skyplan"));
        QTest::newRow("suffix") << QStringList{QStringLiteral("render"), example,
                                               QStringLiteral("-o"), QStringLiteral("x.jpg")}
                                << QByteArray("-o must name a .png, .svg or .pdf file");
        QTest::newRow("no output")
            << QStringList{QStringLiteral("render"), example} << QByteArray("-o must name");
        QTest::newRow("scale") << QStringList{QStringLiteral("render"),  example,
                                              QStringLiteral("-o"),      QStringLiteral("x.png"),
                                              QStringLiteral("--scale"), QStringLiteral("0")}
                               << QByteArray("--scale expects a number above 0");
        QTest::newRow("unknown id")
            << QStringList{QStringLiteral("render"),   example,
                           QStringLiteral("-o"),       QStringLiteral("x.png"),
                           QStringLiteral("--select"), QStringLiteral("primary_storage,nope")}
            << QByteArray("has no service or link \"nope\"");
        QTest::newRow("bad design")
            << QStringList{QStringLiteral("render"), QStringLiteral("/nonexistent/d.skyplan"),
                           QStringLiteral("-o"), QStringLiteral("x.png")}
            << QByteArray("no such file");
    }
    void renderRefusesWhatItCannotDraw()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        // Relative outputs land in the temporary folder (and must not be written).
        for (QString &a : args) {
            if (a.startsWith(QLatin1String("x.")))
                a = dir.filePath(a);
        }
        const Run r = skyplanCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void renderLaysOutAYamlSpec()
    {
        // A YAML spec has no canvas positions: render lays it out as import does, instead of
        // drawing every service on top of each other at the origin.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("spec.png"));
        const Run r =
            skyplanCli({QStringLiteral("render"),
                        test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml")),
                        QStringLiteral("-o"), out, QStringLiteral("--scale"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QImage image;
        QVERIFY(image.loadFromData(test::readFile(out)));
        // Seven services in three provider columns: far wider and taller than one box
        // (180 x 72 canvas units).
        QVERIFY2(image.width() > 600 && image.height() > 200,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    }

    void pdfReportHasACoverAndAPagePerPanel()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report.pdf"));
        const Run r = skyplanCli(
            {QStringLiteral("report"),
             test::sourcePath(QStringLiteral("resources/examples/service-based.skyplan")),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        const QByteArray pdf = test::readFile(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        // Cover; cost (invoice, what-if and TCO, by tag); egress; availability; compliance;
        // maturity.
        QCOMPARE(pdfPages(pdf), 8);
    }

    void diffListsTheChangesAndTheirCost()
    {
        // Head: the example without `batch` (and its two links) and with twice the TPU chips
        // for large_models. By hand: large_models 1,460 chip-hours x $3.22 = $4,701.20 more;
        // batch's $243.19 less (486.67 h x $0.526 = $255.99, minus the 5% AWS discount);
        // batch's links stay in us-east-1, so egress is unchanged. +$4,458.01 a month.
        const QString base =
            test::sourcePath(QStringLiteral("resources/examples/service-based.skyplan"));
        const QString head =
            test::sourcePath(QStringLiteral("tests/cli/data/gpu-training.skyplan"));
        const Run json = skyplanCli({QStringLiteral("diff"), base, head, QStringLiteral("--format"),
                                     QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const Tree t = Tree::parse(json.out.toStdString());
        QVERIFY(t["services"]["removed"] == Tree::array({"batch"}));
        QCOMPARE(t["services"]["added"].size(), 0u);
        QVERIFY(t["services"]["changed"][0]["id"] == "large_models");
        QVERIFY(t["services"]["changed"][0]["fields"][0]["key"] == "instances");
        QVERIFY(t["services"]["changed"][0]["fields"][0]["before"] == 4);
        QVERIFY(t["services"]["changed"][0]["fields"][0]["after"] == 8);
        QCOMPARE(t["links"]["removed"].size(), 2u);
        for (const Tree &f : t["figures"]) {
            if (f["key"] == "monthly_usd")
                QCOMPARE(std::round(f["change"].get<double>() * 100) / 100, 4458.01);
            if (f["key"] == "egress_usd")
                QCOMPARE(f["change"].get<double>(), 0.0);
        }
        // The Markdown for a pull-request comment, as reviewed.
        const Run md = skyplanCli({QStringLiteral("diff"), base, head, QStringLiteral("--format"),
                                   QStringLiteral("markdown")});
        QCOMPARE(md.exitCode, 0);
        QCOMPARE(md.out, test::readFile(
                             test::sourcePath(QStringLiteral("tests/cli/data/diff-expected.md"))));
        // A design against itself: nothing changed.
        const Run same = skyplanCli({QStringLiteral("diff"), base, base});
        QVERIFY(same.out.contains("Services: 0 added, 0 removed, 0 changed"));
    }

    // Money in the diff's table is in cents, rounded half away from zero, and a change is
    // signed as its rounded cents are: a tenth of a cent less is no change.
    void diffRoundsMoneyToTheCent()
    {
        DesignDiff diff;
        diff.base.monthlyUsd = 100;
        diff.head.monthlyUsd = 100 - 0.001;
        diff.base.egressUsd = 746.925; // 746.92499999999995... as a double
        diff.head.egressUsd = 1746.925;
        const QString md = QString::fromUtf8(diffReport(diff, FiguresFormat::Markdown));
        QVERIFY2(md.contains(QLatin1String("| Cost per month | $100.00 | $100.00 | $0.00 |")),
                 qPrintable(md));
        QVERIFY2(md.contains(QLatin1String(
                     "| Egress per month | $746.93 | $1,746.93 | +$1,000.00 (+133.9%) |")),
                 qPrintable(md));
    }

    void compareMarksTheBestValue()
    {
        const QString a =
            test::sourcePath(QStringLiteral("resources/examples/service-based.skyplan"));
        const QString b = test::sourcePath(QStringLiteral("tests/cli/data/gpu-training.skyplan"));
        const Run json = skyplanCli(
            {QStringLiteral("compare"), a, b, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const Tree t = Tree::parse(json.out.toStdString());
        QCOMPARE(t["designs"].size(), 2u);
        bool sawCost = false;
        for (const Tree &r : t["rows"]) {
            if (r["key"] == "monthly_usd") {
                sawCost = true;
                QCOMPARE(std::round(r["values"][0].get<double>() * 100) / 100, 9302.60);
                QCOMPARE(std::round(r["values"][1].get<double>() * 100) / 100, 13760.61);
                QVERIFY(r["best"] == Tree::array({0}));
            }
            if (r["key"] == "egress_usd")
                QCOMPARE(r["best"].size(), 0u); // the same in both: nothing to mark
        }
        QVERIFY(sawCost);
        const Run csv = skyplanCli(
            {QStringLiteral("compare"), a, b, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith("figure,unit,Service-based multi-cloud ML platform,"));
        QVERIFY(csv.out.contains(
            "Cost per month,usd_per_month,9302.60,13760.61,Service-based multi-cloud"));
        // One design is not a comparison.
        QCOMPARE(skyplanCli({QStringLiteral("compare"), a}).exitCode, 2);
    }

    void versionAndHelp()
    {
        const Run v = skyplanCli({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("skyplan "));
        const Run h = skyplanCli({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char *word : {"import", "export", "report", "--screenshot"})
            QVERIFY2(h.out.contains(word), word);
        const Run ch = skyplanCli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(ch.exitCode, 0);
        QVERIFY(ch.out.contains("--format"));
    }

    void seedImportThenJsonReport()
    {
        QTemporaryDir dir;
        const QString design = dir.filePath(QStringLiteral("seed.skyplan"));
        const Run imp =
            skyplanCli({QStringLiteral("import"),
                        test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml")),
                        QStringLiteral("-o"), design});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        QVERIFY(QFile::exists(design));

        const Run rep = skyplanCli(
            {QStringLiteral("report"), design, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(rep.exitCode == 0, rep.err.constData());
        const Tree report = Tree::parse(rep.out.toStdString());
        QCOMPARE(report["design"]["nodes"].get<int>(), 7);
        QVERIFY(report["design"]["providers"] == Tree::parse(R"(["aws", "gcp", "azure"])"));
        for (const char *p : {"aws", "gcp", "azure", "onprem"})
            QVERIFY(report["cost"]["by_provider"].contains(p));
        QCOMPARE(report["cost"]["nodes"].size(), 7u);
        double nodes = 0;
        for (const Tree &n : report["cost"]["nodes"]) {
            for (const char *k :
                 {"id", "label", "provider", "service", "region", "monthly_usd", "components"})
                QVERIFY2(n.contains(k), k);
            double lines = 0;
            for (const Tree &c : n["components"]) {
                for (const char *k : {"item", "quantity", "unit", "rate_usd", "monthly_usd"})
                    QVERIFY2(c.contains(k), k);
                QVERIFY(test::near(c["quantity"].get<double>() * c["rate_usd"].get<double>(),
                                   c["monthly_usd"].get<double>(), 1e-3));
                lines += c["monthly_usd"].get<double>();
            }
            QVERIFY(test::near(lines, n["monthly_usd"].get<double>(), 1e-4));
            nodes += n["monthly_usd"].get<double>();
        }
        QVERIFY(test::near(nodes, report["cost"]["monthly_usd"].get<double>(), 1e-4));
        QVERIFY(test::near(report["cost"]["annual_usd"].get<double>(),
                           12 * report["cost"]["monthly_usd"].get<double>(), 1e-4));
        for (const char *k : {"monthly_usd", "monthly_gb", "links"})
            QVERIFY2(report["egress"].contains(k), k);
        QVERIFY(test::near(report["cost"]["monthly_usd"].get<double>(), 10470.995096, 1e-5));
    }

    void textReportIsTheDefault()
    {
        const Run rep =
            skyplanCli({QStringLiteral("report"),
                        test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml"))});
        QCOMPARE(rep.exitCode, 0);
        QVERIFY(rep.out.contains("Monthly cost: $10,471.00"));
        QVERIFY(rep.out.contains("tpu-v4, On-demand"));
    }

    void exportImportExportThroughTheCli()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.yaml"));
        const QString d = dir.filePath(QStringLiteral("d.skyplan"));
        const QString b = dir.filePath(QStringLiteral("b.yaml"));
        QCOMPARE(skyplanCli(
                     {QStringLiteral("export"),
                      test::sourcePath(QStringLiteral("resources/examples/service-based.skyplan")),
                      QStringLiteral("-o"), a})
                     .exitCode,
                 0);
        QCOMPARE(skyplanCli({QStringLiteral("import"), a, QStringLiteral("-o"), d}).exitCode, 0);
        QCOMPARE(skyplanCli({QStringLiteral("export"), d, QStringLiteral("-o"), b}).exitCode, 0);
        QCOMPARE(test::readFile(b), test::readFile(a));
        // Without -o the spec goes to standard output.
        const Run toStdout = skyplanCli({QStringLiteral("export"), d});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, test::readFile(a));
    }

    void badInputExitsTwoAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
        QVERIFY(writeFileAtomically(bad, "x:\n  provider: awz\n  service: s3\n", nullptr));
        const QString out = dir.filePath(QStringLiteral("out.skyplan"));
        QVERIFY(writeFileAtomically(out, "previous content\n", nullptr));
        const Run r = skyplanCli({QStringLiteral("import"), bad, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bad.yaml:2:3: error: unknown provider \"awz\""),
                 r.err.constData());
        QCOMPARE(test::readFile(out), QByteArray("previous content\n"));
        const QString fresh = dir.filePath(QStringLiteral("fresh.skyplan"));
        QCOMPARE(skyplanCli({QStringLiteral("import"), bad, QStringLiteral("-o"), fresh}).exitCode,
                 2);
        QVERIFY(!QFile::exists(fresh));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QByteArray("skyplan --help");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("report")} << QByteArray("expected one DESIGN");
        QTest::newRow("absent file")
            << QStringList{QStringLiteral("report"), QStringLiteral("/nonexistent/x.skyplan")}
            << QByteArray("no such file");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("report"),
                           test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml")),
                           QStringLiteral("--format"), QStringLiteral("xml")}
            << QByteArray("unknown format \"xml\"");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("export"), QStringLiteral("--frob")}
            << QByteArray("Unknown option");
        QTest::newRow("folder") << QStringList{QStringLiteral("report"),
                                               test::sourcePath(QStringLiteral("tests"))}
                                << QByteArray("is a folder");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = skyplanCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void unwritableOutputExitsTwo()
    {
        const Run r =
            skyplanCli({QStringLiteral("report"),
                        test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml")),
                        QStringLiteral("-o"), QStringLiteral("/nonexistent-folder/r.txt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("cannot write"));
    }

    void fullStandardOutputExitsTwo()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full");
        QProcess p;
        p.setProgram(QStringLiteral(SKYPLAN_BINARY));
        p.setArguments({QStringLiteral("report"),
                        test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml"))});
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("cannot write to standard output"));
    }

    void checkExitCodes()
    {
        const QString golden = test::sourcePath(QStringLiteral("tests/golden/"));
        // Clean: exit 0.
        Run r = skyplanCli({QStringLiteral("check"),
                            test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("passed"));
        // Errors: exit 1, each finding on its own line with its rule.
        r = skyplanCli(
            {QStringLiteral("check"), golden + QStringLiteral("compliance-hipaa/input.yaml")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(
            "error: model: PHI is held on GCP without a signed business associate agreement"));
        QVERIFY(r.out.contains("[hipaa.baa]"));
        // Warnings only: 0 by default, 1 with --fail-on warning.
        QTemporaryDir dir;
        const QString warn = dir.filePath(QStringLiteral("warn.yaml"));
        QVERIFY(writeFileAtomically(warn,
                                    "eu: {id: eu, provider: aws, service: rds, region: eu-west-1, "
                                    "data_classification: pii, data_origin: DE}\n"
                                    "us: {id: us, provider: aws, service: s3, region: us-east-1}\n"
                                    "data_flows: [{from: eu, to: us, transfer_mechanism: scc}]\n",
                                    nullptr));
        QCOMPARE(skyplanCli({QStringLiteral("check"), warn}).exitCode, 0);
        r = skyplanCli({QStringLiteral("check"), warn, QStringLiteral("--fail-on"),
                        QStringLiteral("warning")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("warning: us:"));
        // An unmet availability target counts as an error.
        const QString target = dir.filePath(QStringLiteral("target.yaml"));
        QVERIFY(writeFileAtomically(target,
                                    "organization: {availability_target: 0.9999}\n"
                                    "lb: {id: lb, provider: aws, service: route53}\n"
                                    "vm: {id: vm, provider: aws, service: ec2}\n"
                                    "entry_points: [lb]\n"
                                    "data_flows: [{from: lb, to: vm, kind: request}]\n",
                                    nullptr));
        r = skyplanCli({QStringLiteral("check"), target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("[target.availability]"));
        // Unusable input and bad options: 2.
        QCOMPARE(
            skyplanCli({QStringLiteral("check"), golden + QStringLiteral("nope.yaml")}).exitCode,
            2);
        QCOMPARE(skyplanCli({QStringLiteral("check"), warn, QStringLiteral("--fail-on"),
                             QStringLiteral("info")})
                     .exitCode,
                 2);
    }

    void jsonReportHasTheAnalysisSections()
    {
        const Run r = skyplanCli({QStringLiteral("report"),
                                  test::sourcePath(QStringLiteral(
                                      "tests/golden/availability-provider-outage/input.yaml")),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const Tree report = Tree::parse(r.out.toStdString());
        for (const char *k : {"id", "availability", "downtime_minutes_per_year", "method",
                              "single_points_of_failure"})
            QVERIFY2(report["availability"]["entry_points"][0].contains(k), k);
        QVERIFY(report["availability"]["services"].is_array());
        QVERIFY(report["availability"]["provider_outages"][0].contains("provider"));
        QVERIFY(report["dr"].is_array());
        for (const char *k : {"error", "warning", "info"})
            QVERIFY(report["compliance"]["counts"].contains(k));
        for (const char *k : {"level", "checklist", "missing_for_next", "lock_in", "anti_patterns",
                              "multicloud_justified"})
            QVERIFY2(report["maturity"].contains(k), k);
        QVERIFY(report["maturity"]["lock_in"].contains("proprietary_share"));
        QVERIFY(report["maturity"]["lock_in"].contains("exit_cost_usd"));
    }

    void catalogCommand()
    {
        const Run r = skyplanCli({QStringLiteral("catalog")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("aws (Amazon Web Services):"));
        QVERIFY(r.out.contains("User catalog folder:"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

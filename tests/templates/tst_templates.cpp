// The reference-architecture templates of File > New from Template (resources/templates): each
// reads cleanly, shows no finding it does not mean to show, and round-trips through the YAML
// spec. The monthly figures are regression values from `skyplan report` when each template
// was written (the analyses themselves are checked by hand in tst_golden and tst_cost).

#include "common/testsupport.h"

#include "model/analysis/designanalysis.h"
#include "model/io/designfile.h"
#include "model/io/tree.h"

#include <QDir>
#include <QTest>

using namespace skyplan;

namespace {

/// The design as sorted lines of JSON, positions left out.
QStringList withoutCanvas(const Design &design)
{
    Tree tree = skyplanfile::toTree(design);
    QStringList lines;
    for (const char *list : {"services", "links"}) {
        for (Tree &item : tree[list]) {
            item.erase("position");
            lines << QString::fromStdString(item.dump());
        }
        tree.erase(list);
    }
    lines.sort();
    lines.prepend(QString::fromStdString(tree.dump()));
    return lines;
}

} // namespace

class TestTemplates : public QObject {
    Q_OBJECT
private slots:
    void everyTemplateIsListedHere()
    {
        const QStringList files =
            QDir(test::sourcePath(QStringLiteral("resources/templates")))
                .entryList({QStringLiteral("*.skyplan")}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("active-active-inference.skyplan"),
                                     QStringLiteral("active-passive-dr.skyplan"),
                                     QStringLiteral("best-of-breed.skyplan"),
                                     QStringLiteral("case-recommendations.skyplan"),
                                     QStringLiteral("case-regulated-finance.skyplan"),
                                     QStringLiteral("case-streaming.skyplan"),
                                     QStringLiteral("cloud-agnostic-kubernetes.skyplan"),
                                     QStringLiteral("data-gravity.skyplan")}));
    }

    void templateIsCleanAndRoundTrips_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("monthly");
        QTest::addColumn<int>("maturity");
        QTest::addColumn<int>("antiPatterns"); ///< ones it means to show
        QTest::newRow("active-active") << "active-active-inference" << 6712.64 << 3 << 0;
        QTest::newRow("active-passive") << "active-passive-dr" << 7084.61 << 2 << 0;
        QTest::newRow("best-of-breed") << "best-of-breed" << 8130.98 << 3 << 1;
        QTest::newRow("recommendations") << "case-recommendations" << 22418.65 << 3 << 0;
        QTest::newRow("regulated finance") << "case-regulated-finance" << 8691.84 << 3 << 0;
        QTest::newRow("streaming") << "case-streaming" << 18442.74 << 1 << 0;
        QTest::newRow("kubernetes") << "cloud-agnostic-kubernetes" << 7302.13 << 4 << 0;
        QTest::newRow("data gravity") << "data-gravity" << 24370.52 << 3 << 0;
    }
    void templateIsCleanAndRoundTrips()
    {
        QFETCH(QString, file);
        QFETCH(double, monthly);
        QFETCH(int, maturity);
        QFETCH(int, antiPatterns);
        const QString path =
            test::sourcePath(QStringLiteral("resources/templates/%1.skyplan").arg(file));
        const LoadedDesign loaded = readDesignFile(path, test::catalog());
        QVERIFY2(loaded.diagnostics.empty(),
                 qPrintable(loaded.diagnostics.empty() ? QString()
                                                       : loaded.diagnostics.front().toString()));
        // Written by Skyplan: reading and writing gives the same bytes.
        QCOMPARE(skyplanfile::write(loaded.design), test::readFile(path));

        const DesignAnalysis analysis = analyzeDesign(loaded.design, test::catalog());
        QVERIFY2(test::near(analysis.cost.monthly, monthly),
                 qPrintable(QString::number(analysis.cost.monthly, 'f', 2)));
        QCOMPARE(analysis.maturity.level, maturity);
        QVERIFY(!loaded.design.description.isEmpty());
        QVERIFY(!loaded.design.entryPoints.isEmpty());
        int errors = 0, warnings = 0, infos = 0;
        for (const ComplianceFinding &f : analysis.compliance.findings) {
            errors += f.severity == Severity::Error;
            warnings += f.severity == Severity::Warning;
            infos += f.severity == Severity::Info;
        }
        QCOMPARE(errors, 0);
        QCOMPARE(warnings, 0);
        QCOMPARE(infos, 0);
        QCOMPARE(int(analysis.maturity.antiPatterns.size()), antiPatterns);
        QVERIFY(analysis.unmetTargets.empty());

        // The YAML spec imports back to the same design (the spec has no canvas: positions and
        // the order of services are the canvas's), and exports to the same bytes.
        const QByteArray spec = yamlspec::write(loaded.design, Tree::object());
        const LoadedDesign back =
            yamlspec::read(spec, QStringLiteral("template.yaml"), test::catalog());
        QVERIFY(!hasErrors(back.diagnostics));
        QCOMPARE(yamlspec::write(back.design, Tree::object()), spec);
        QCOMPARE(withoutCanvas(back.design), withoutCanvas(loaded.design));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"

#include "common/testsupport.h"

#include "model/analysis/designanalysis.h"
#include "model/io/report.h"

#include <QDir>
#include <QTest>

using namespace skyplan;

/// Each folder under tests/golden holds an input design and expected.json: figures worked out
/// by hand (the arithmetic is in its "note"), keyed by JSON pointer into the JSON report.
class TestGolden : public QObject {
    Q_OBJECT
private slots:
    void report_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir root(test::sourcePath(QStringLiteral("tests/golden")));
        const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(folders.size() >= 3);
        for (const QString &f : folders)
            QTest::newRow(qPrintable(f)) << root.filePath(f);
    }
    void report()
    {
        QFETCH(QString, folder);
        const QDir dir(folder);
        const QString input = QFile::exists(dir.filePath(QStringLiteral("input.skyplan")))
                                  ? dir.filePath(QStringLiteral("input.skyplan"))
                                  : dir.filePath(QStringLiteral("input.yaml"));
        const LoadedDesign loaded = readDesignFile(input, test::catalog());
        QVERIFY(!hasErrors(loaded.diagnostics));
        const DesignAnalysis analysis = analyzeDesign(loaded.design, test::catalog());
        const Tree report = reportToTree(loaded.design, analysis, test::catalog());
        const Tree expected = Tree::parse(
            test::readFile(dir.filePath(QStringLiteral("expected.json"))).toStdString());
        QVERIFY(expected.contains("figures") && !expected["figures"].empty());
        for (auto it = expected["figures"].begin(); it != expected["figures"].end(); ++it) {
            const nlohmann::json_pointer<std::string> pointer(it.key());
            QVERIFY2(report.contains(pointer), it.key().c_str());
            const Tree &actual = report.at(pointer);
            if (it->is_number()) {
                QVERIFY2(actual.is_number(), it.key().c_str());
                // Availabilities differ in the ninth decimal; money in the sixth.
                const double tolerance =
                    it.key().find("availability") != std::string::npos ? 1e-9 : 1e-5;
                QVERIFY2(test::near(actual.get<double>(), it->get<double>(), tolerance),
                         qPrintable(QStringLiteral("%1: got %2, expected %3")
                                        .arg(QString::fromStdString(it.key()))
                                        .arg(actual.get<double>(), 0, 'f', 6)
                                        .arg(it->get<double>(), 0, 'f', 6)));
            } else {
                QCOMPARE(QString::fromStdString(actual.dump()), QString::fromStdString(it->dump()));
            }
        }
        // Invariants every report keeps: lines multiply out, nodes add up, totals agree.
        double nodes = 0;
        for (const Tree &node : report["cost"]["nodes"]) {
            double lines = 0;
            for (const Tree &c : node["components"]) {
                QVERIFY(test::near(c["quantity"].get<double>() * c["rate_usd"].get<double>(),
                                   c["monthly_usd"].get<double>(), 1e-3));
                lines += c["monthly_usd"].get<double>();
            }
            QVERIFY(test::near(lines, node["monthly_usd"].get<double>(), 1e-4));
            nodes += node["monthly_usd"].get<double>();
        }
        const double monthly = report["cost"]["monthly_usd"].get<double>();
        QVERIFY(test::near(nodes + report["egress"]["monthly_usd"].get<double>(), monthly, 1e-4));
        double byProvider = 0, byCategory = 0;
        for (const auto &[k, v] : report["cost"]["by_provider"].items())
            byProvider += v.get<double>();
        for (const auto &[k, v] : report["cost"]["by_category"].items())
            byCategory += v.get<double>();
        QVERIFY(test::near(byProvider, monthly, 1e-4));
        QVERIFY(test::near(byCategory, monthly, 1e-4));
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"

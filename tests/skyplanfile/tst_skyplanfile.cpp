#include "common/testsupport.h"

#include "model/io/sourcedocument.h"
#include "model/io/tree.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace skyplan;

namespace {

Design sampleDesign()
{
    Design d = test::designFromYaml(
        test::readFile(test::sourcePath(QStringLiteral("resources/examples/service-based.yaml"))));
    d.sites.push_back(
        {QStringLiteral("berlin"), QStringLiteral("Berlin DC"), QStringLiteral("DE")});
    d.service(QStringLiteral("batch"))->position = {120.5, -40};
    d.service(QStringLiteral("batch"))
        ->tags.insert(QStringLiteral("owner"), QStringLiteral("alice@example.com"));
    return d;
}

} // namespace

class TestSkyplanFile : public QObject {
    Q_OBJECT
private slots:
    // Where a message points in a file: JSON pointers (RFC 6901), '~' and '/' in a key escaped.
    void pointersEscapeTheirKeys()
    {
        QCOMPARE(pointerAppend("/services", "gpu_pool"), std::string("/services/gpu_pool"));
        QCOMPARE(pointerAppend("/tags", "a/b~c"), std::string("/tags/a~1b~0c"));
        QCOMPARE(pointerAppend("", ""), std::string("/"));
        QCOMPARE(pointerAppend("/links", std::size_t(12)), std::string("/links/12"));
        QCOMPARE(pointerAppend("/links", std::size_t(0)), std::string("/links/0"));
    }

    // A node finds its pointer from its address only when asked (TreePointers): at every
    // depth, through lists and escaped keys, and after the document has moved.
    void nodesKnowWhereTheyAre()
    {
        const QByteArray text = R"({"a": {"b/c": [10, {"~x": [true, "t"]}], "e": {}},
                                    "list": [[], [1, [2, {"k": null, "z": 3}]]]})";
        std::optional<SourceDocument> moved;
        std::optional<TreeNode> before; // made before the document moves, used after
        {
            SourceDocument doc =
                SourceDocument::parse(text, QStringLiteral("p.json"), SourceDocument::Syntax::Json);
            QCOMPARE(doc.root().require("a").require("e").pointer(), std::string("/a/e"));
            before = doc.root().require("list").at(1);
            moved.emplace(std::move(doc));
        }
        QCOMPARE(before->at(1).at(0).pointer(), std::string("/list/1/1/0"));
        const TreeNode root = moved->root();
        QCOMPARE(root.pointer(), std::string());
        const TreeNode bc = root.require("a").require("b/c");
        QCOMPARE(bc.pointer(), std::string("/a/b~1c"));
        QCOMPARE(bc.at(0).pointer(), std::string("/a/b~1c/0"));
        QCOMPARE(bc.at(1).require("~x").at(1).pointer(), std::string("/a/b~1c/1/~0x/1"));
        QCOMPARE(root.require("a").require("e").pointer(), std::string("/a/e"));
        const TreeNode inner = root.require("list").at(1).at(1);
        QCOMPARE(inner.at(1).require("z").pointer(), std::string("/list/1/1/1/z"));
        QCOMPARE(inner.at(0).pointer(), std::string("/list/1/1/0"));
        QCOMPARE(root.require("list").at(0).pointer(), std::string("/list/0"));
        // Messages carry the pointer, and the field's name.
        try {
            inner.at(1).require("z").toBool();
            QFAIL("a number read as a boolean");
        } catch (const TreeError &e) {
            QCOMPARE(e.pointer, std::string("/list/1/1/1/z"));
        }
        QCOMPARE(inner.at(1).require("z").fieldName(), QStringLiteral("z"));
        QCOMPARE(inner.at(0).fieldName(), QStringLiteral("value"));

        // YAML: the same, and a raw scalar found through the pointer keeps its text.
        std::optional<SourceDocument> yaml;
        {
            SourceDocument doc =
                SourceDocument::parse("a:\n  - x: 0012\n    y: [1, 2]\n", QStringLiteral("p.yaml"),
                                      SourceDocument::Syntax::Yaml);
            QCOMPARE(doc.root().require("a").at(0).require("x").toString(), QStringLiteral("0012"));
            before = doc.root().require("a").at(0).require("x");
            yaml.emplace(std::move(doc)); // its raw scalars stay where its nodes find them
        }
        QCOMPARE(before->toString(), QStringLiteral("0012"));
        const TreeNode x = yaml->root().require("a").at(0).require("x");
        QCOMPARE(x.pointer(), std::string("/a/0/x"));
        QCOMPARE(x.toString(), QStringLiteral("0012"));
        QCOMPARE(yaml->root().require("a").at(0).require("y").at(1).pointer(),
                 std::string("/a/0/y/1"));
    }

    void writeThenReadGivesTheSameDesign()
    {
        const Design d = sampleDesign();
        const QByteArray bytes = skyplanfile::write(d);
        const LoadedDesign back =
            skyplanfile::read(bytes, QStringLiteral("x.skyplan"), test::catalog());
        QCOMPARE(back.diagnostics.size(), 0u);
        QVERIFY(back.design == d);
        QCOMPARE(skyplanfile::write(back.design), bytes);
    }

    void savedViewsRoundTripAndBadOnesAreRefused()
    {
        Design d = test::designFromYaml("s3:\n  provider: aws\n  service: s3\n");
        QVERIFY(!skyplanfile::write(d).contains("\"views\"")); // none: the key is not written
        SavedView v;
        v.name = QStringLiteral("Only data");
        v.x = -10;
        v.y = 20;
        v.width = 640;
        v.height = 360;
        v.hiddenLayers = {QStringLiteral("requests"), QStringLiteral("replication")};
        d.views.push_back(v);
        const QByteArray bytes = skyplanfile::write(d);
        const LoadedDesign back =
            skyplanfile::read(bytes, QStringLiteral("v.skyplan"), test::catalog());
        QCOMPARE(back.design.views, d.views);
        QVERIFY(back.diagnostics.empty());
        // A view without its size, or hiding a layer that does not exist, is refused with
        // where and why (a size of 0 would not read back).
        for (const auto &[from, to, message] :
             {std::tuple{"\"width\": 640.0,", "", "missing key \"width\""},
              std::tuple{"\"requests\"", "\"clouds\"", "unknown layer \"clouds\""}}) {
            QByteArray broken = bytes;
            QVERIFY(broken.contains(from));
            broken.replace(from, to);
            try {
                skyplanfile::read(broken, QStringLiteral("v.skyplan"), test::catalog());
                QFAIL("a bad view was accepted");
            } catch (const InputError &e) {
                QVERIFY2(e.diagnostic().toString().contains(QLatin1String(message)),
                         qPrintable(e.diagnostic().toString()));
                QVERIFY(e.diagnostic().location.isKnown());
            }
        }
    }

    void outputIsDeterministicAndDiffable()
    {
        const QByteArray a = skyplanfile::write(sampleDesign());
        const QByteArray b = skyplanfile::write(sampleDesign());
        QCOMPARE(a, b);
        QVERIFY(a.startsWith("{\n  \"format_version\": 1,\n  \"design\": {"));
        QVERIFY(a.endsWith("}\n"));
        // One key per line: a change to one field is a one-line diff.
        QVERIFY(a.contains("\n      \"instances\": 2,\n"));
    }

    void bundledExampleIsCurrent()
    {
        // resources/examples/service-based.skyplan is `skyplan import service-based.yaml`;
        // a change to the importer or the example must regenerate it.
        const QByteArray bundled = test::readFile(
            test::sourcePath(QStringLiteral("resources/examples/service-based.skyplan")));
        const LoadedDesign loaded =
            skyplanfile::read(bundled, QStringLiteral("service-based.skyplan"), test::catalog());
        QCOMPARE(loaded.diagnostics.size(), 0u);
        QCOMPARE(skyplanfile::write(loaded.design), bundled);
        QCOMPARE(loaded.design.services().size(), 7u);
        QCOMPARE(loaded.design.links().size(), 9u);
    }

    void matchesTheJsonSchema()
    {
        const QString python =
            QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("d.skyplan"));
        QVERIFY(writeFileAtomically(file, skyplanfile::write(sampleDesign()), nullptr));
        QProcess py;
        py.start(python,
                 {QStringLiteral("-c"),
                  QStringLiteral(
                      "import json, sys\n"
                      "try:\n    import jsonschema\nexcept ImportError:\n    sys.exit(77)\n"
                      "schema = json.load(open(sys.argv[1]))\n"
                      "for f in sys.argv[2:]:\n"
                      "    jsonschema.Draft202012Validator(schema).validate(json.load(open(f)))\n"),
                  test::sourcePath(QStringLiteral("resources/skyplan.schema.json")), file,
                  test::sourcePath(QStringLiteral("resources/examples/service-based.skyplan"))});
        QVERIFY(py.waitForFinished(30000));
        if (py.exitCode() == 77)
            QSKIP("python3-jsonschema is not installed");
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        // And the schema is not vacuous: a negative instance count fails it.
        QByteArray bad = skyplanfile::write(sampleDesign());
        bad.replace("\"instances\": 2,", "\"instances\": -2,");
        QVERIFY(writeFileAtomically(file, bad, nullptr));
        py.start(python, py.arguments());
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.exitCode(), 1);
    }

    void everyReleasedFormatStillLoads()
    {
        // tests/data/formats/README.md: one frozen file per released format.
        const QDir dir(test::sourcePath(QStringLiteral("tests/data/formats")));
        QStringList inputs = dir.entryList({QStringLiteral("format-*.skyplan")}, QDir::Files);
        inputs.removeIf(
            [](const QString &n) { return n.endsWith(QLatin1String(".current.skyplan")); });
        QCOMPARE(inputs.size(), skyplanfile::formatVersion); // formats 1..current, none missed
        for (const QString &name : std::as_const(inputs)) {
            const QString path = dir.filePath(name);
            const LoadedDesign loaded =
                skyplanfile::read(test::readFile(path), path, test::catalog());
            QVERIFY2(loaded.diagnostics.empty(), qPrintable(name));
            QVERIFY2(loaded.design.services().size() >= 7, qPrintable(name));
            const QString current = dir.filePath(name.chopped(int(qstrlen(".skyplan"))) +
                                                 QStringLiteral(".current.skyplan"));
            QCOMPARE(skyplanfile::write(loaded.design), test::readFile(current));
        }
    }

    void newerFormatIsRefusedWithAClearMessage()
    {
        try {
            skyplanfile::read("{\n  \"format_version\": 7\n}\n", QStringLiteral("new.skyplan"),
                              test::catalog());
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY(e.diagnostic().message.contains(QLatin1String("newer Skyplan (format 7)")));
            QCOMPARE(e.diagnostic().location.line, 2);
            QCOMPARE(e.diagnostic().file, QStringLiteral("new.skyplan"));
        }
    }

    void semanticErrorsPointAtTheLine()
    {
        QByteArray bytes = skyplanfile::write(sampleDesign());
        bytes.replace("\"instances\": 2,", "\"instances\": \"two\",");
        const int line = int(bytes.left(bytes.indexOf("\"two\"")).count('\n')) + 1;
        try {
            skyplanfile::read(bytes, QStringLiteral("x.skyplan"), test::catalog());
            QFAIL("no error");
        } catch (const InputError &e) {
            QCOMPARE(e.diagnostic().location.line, line);
            QVERIFY(e.diagnostic().message.contains(QLatin1String("expected a number")));
            QVERIFY(e.diagnostic().pointer.endsWith(QLatin1String("/instances")));
        }
    }

    void unknownKeysAreWarnedWithTheirLine()
    {
        // A typo in a service and in a link: each a warning at its line, the design loaded.
        QByteArray bytes = skyplanfile::write(sampleDesign());
        const qsizetype service = bytes.indexOf("\"instances\": 2,");
        QVERIFY(service > 0);
        bytes.insert(service, "\"instnaces\": 3, ");
        const qsizetype link = bytes.indexOf("\"gb_per_month\"");
        QVERIFY(link > 0);
        bytes.insert(link, "\"gb_per_mnoth\": 9, ");
        const LoadedDesign loaded =
            skyplanfile::read(bytes, QStringLiteral("x.skyplan"), test::catalog());
        QStringList warnings;
        for (const Diagnostic &d : loaded.diagnostics) {
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            warnings << QStringLiteral("%1 %2").arg(d.location.line).arg(d.message);
        }
        const auto lineOf = [&bytes](qsizetype at) { return int(bytes.left(at).count('\n')) + 1; };
        QCOMPARE(warnings, QStringList({QStringLiteral("%1 unknown key \"instnaces\" ignored")
                                            .arg(lineOf(bytes.indexOf("instnaces"))),
                                        QStringLiteral("%1 unknown key \"gb_per_mnoth\" ignored")
                                            .arg(lineOf(bytes.indexOf("gb_per_mnoth")))}));
    }

    void atomicSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.skyplan"));
        QString error;
        QVERIFY(writeFileAtomically(path, "first\n", &error));
        QVERIFY(writeFileAtomically(path, "second\n", &error));
        QCOMPARE(test::readFile(path), QByteArray("second\n"));
        // A folder that does not exist: refused with a reason, nothing created.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/d.skyplan"));
        QVERIFY(!writeFileAtomically(missing, "x", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(missing));
        // A path that is a folder: refused, the folder untouched.
        QVERIFY(!writeFileAtomically(dir.path(), "x", &error));
    }

    void readDesignFilePicksTheFormat()
    {
        QTemporaryDir dir;
        const QString spec = dir.filePath(QStringLiteral("plan.yml"));
        QVERIFY(writeFileAtomically(spec, "x: {provider: aws, service: s3}\n", nullptr));
        const LoadedDesign a = readDesignFile(spec, test::catalog());
        QCOMPARE(a.design.name, QStringLiteral("plan")); // file name when the spec has none
        QCOMPARE(a.design.services().size(), 1u);
        const QString native = dir.filePath(QStringLiteral("plan.skyplan"));
        QVERIFY(writeFileAtomically(native, skyplanfile::write(a.design), nullptr));
        QVERIFY(readDesignFile(native, test::catalog()).design == a.design);
        QVERIFY_THROWS_EXCEPTION(
            InputError,
            readDesignFile(dir.filePath(QStringLiteral("absent.yaml")), test::catalog()));
    }
};

QTEST_GUILESS_MAIN(TestSkyplanFile)
#include "tst_skyplanfile.moc"

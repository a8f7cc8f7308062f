#include "common/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace skyplan;

/// Every file in tests/badinput/corpus shows one problem; expected.tsv says which line the
/// message must name and a fragment it must contain. A bad input must be refused with that
/// message, never crash, never hang, never half-load.
class TestBadInput : public QObject {
    Q_OBJECT
private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        const QByteArray manifest =
            test::readFile(test::sourcePath(QStringLiteral("tests/badinput/expected.tsv")));
        QSet<QString> listed;
        for (const QByteArray &raw : manifest.split('\n')) {
            if (raw.trimmed().isEmpty() || raw.startsWith('#'))
                continue;
            const QList<QByteArray> cols = raw.split('\t');
            QVERIFY2(cols.size() == 3, raw.constData());
            const QString file = QString::fromUtf8(cols[0]);
            listed.insert(file);
            QTest::newRow(cols[0].constData())
                << file << cols[1].toInt() << QString::fromUtf8(cols[2]);
        }
        // Every corpus file is listed, so a new case cannot be forgotten.
        const QDir corpus(test::sourcePath(QStringLiteral("tests/badinput/corpus")));
        for (const QString &f : corpus.entryList(QDir::Files))
            QVERIFY2(listed.contains(f), qPrintable(f + QStringLiteral(" is not in expected.tsv")));
        QVERIFY(listed.size() >= 40);
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const QString path = test::sourcePath(QStringLiteral("tests/badinput/corpus/") + file);
        QElapsedTimer timer;
        timer.start();
        Diagnostics errors;
        try {
            const LoadedDesign loaded = readDesignFile(path, test::catalog());
            for (const Diagnostic &d : loaded.diagnostics) {
                if (d.severity == Diagnostic::Severity::Error)
                    errors.push_back(d);
            }
        } catch (const InputError &e) {
            errors.push_back(e.diagnostic());
        }
        QVERIFY2(timer.elapsed() < 10000, "took longer than 10 s");
        QVERIFY2(!errors.empty(), "accepted a bad input");
        bool matched = false;
        QStringList seen;
        for (const Diagnostic &d : errors) {
            seen << d.toString();
            QCOMPARE(d.file, path);
            if (d.message.contains(fragment) && (line == 0 || d.location.line == line))
                matched = true;
        }
        QVERIFY2(matched, qPrintable(QStringLiteral("expected line %1 and \"%2\"; got:\n%3")
                                         .arg(line)
                                         .arg(fragment, seen.join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"

// Never losing work: autosave while a design has unsaved changes, recovery after a killed
// instance, and saves that fail (removed folder, read-only folder, full disk) leaving the
// previous file intact and the user told.

#include "common/testsupport.h"

#include "app/autosave.h"
#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "app/recoverydialog.h"
#include "model/catalog/catalog.h"
#include "model/document/designdocument.h"
#include "model/io/designfile.h"
#include "widgets/designeditor.h"
#include "widgets/translations.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace skyplan;

namespace {

const QString example = QStringLiteral(":/examples/service-based.skyplan");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Design snapshotDesign(const QString &path)
{
    return readDesignFile(path, *Catalog::builtin()).design;
}

/// Closes the next modal dialog and records its message.
void dismissNextDialog(QString *text)
{
    QTimer::singleShot(50, [text] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            if (auto *label = modal->findChild<QLabel *>(QStringLiteral("qt_msgbox_label")))
                *text = label->text();
            else
                *text = modal->windowTitle();
            modal->close();
        }
    });
}

/// The child process of killedInstanceIsRecovered: a real window that edits the example twice,
/// waits until the second edit is autosaved, says where, and then runs until it is killed.
int runChild()
{
    MainWindow window(Catalog::builtin());
    window.autosaver()->setInterval(400);
    window.autosaver()->setIdleDelay(100);
    if (!window.openFile(example))
        return 3;
    window.show();
    DesignEditor *editor = window.currentEditor();
    editor->document()->setSelection({QStringLiteral("batch")});
    editor->deleteSelection();
    QTimer poll;
    int step = 0;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const QString snapshot = window.autosaver()->snapshotOf(editor->document());
        if (snapshot.isEmpty())
            return;
        const Design saved = snapshotDesign(snapshot);
        if (step == 0 && !saved.service(QStringLiteral("batch"))) {
            // The first edit is on disk; a second one must follow it there.
            step = 1;
            editor->document()->setSelection({QStringLiteral("model_registry")});
            editor->deleteSelection();
        } else if (step == 1 && !saved.service(QStringLiteral("model_registry"))) {
            step = 2;
            std::printf("READY %s\n", qPrintable(window.autosaver()->sessionPath()));
            std::fflush(stdout);
        }
    });
    poll.start(50);
    return QApplication::exec();
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> window;

    DesignEditor *openExample()
    {
        window = std::make_unique<MainWindow>(Catalog::builtin());
        window->autosaver()->setInterval(300);
        window->autosaver()->setIdleDelay(50);
        if (!window->openFile(example))
            return nullptr;
        return window->currentEditor();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en")); // as main() does: English plural forms
    }
    void cleanup()
    {
        if (!window)
            return;
        for (int i = 0; i < window->editorCount(); ++i)
            window->editor(i)->document()->markSaved();
        window.reset();
    }

    void aSnapshotFollowsEditsAndGoesWhenSaved()
    {
        DesignEditor *editor = openExample();
        QVERIFY(editor);
        Autosaver *autosaver = window->autosaver();
        QVERIFY(autosaver->sessionPath().startsWith(Autosaver::defaultFolder()));
        QVERIFY(autosaver->snapshotOf(editor->document()).isEmpty()); // nothing unsaved yet

        editor->document()->setSelection({QStringLiteral("batch")});
        editor->deleteSelection();
        QTRY_VERIFY(!autosaver->snapshotOf(editor->document()).isEmpty());
        const QString snapshot = autosaver->snapshotOf(editor->document());
        QVERIFY(snapshot.startsWith(autosaver->sessionPath()));
        const Design saved = snapshotDesign(snapshot);
        QCOMPARE(saved.services().size(), editor->document()->design().services().size());
        QVERIFY(!saved.service(QStringLiteral("batch")));

        // Undo back to the saved state: nothing to recover, so no snapshot.
        editor->document()->undoStack()->undo();
        QVERIFY(!QFileInfo::exists(snapshot));
        editor->document()->undoStack()->redo();
        QTRY_VERIFY(QFileInfo::exists(autosaver->snapshotOf(editor->document())));

        // Saving makes the snapshot obsolete.
        QTemporaryDir dir;
        QVERIFY(window->saveTo(editor, dir.filePath(QStringLiteral("saved.skyplan"))));
        QVERIFY(autosaver->snapshotOf(editor->document()).isEmpty());
        QVERIFY(QDir(autosaver->sessionPath())
                    .entryList({QStringLiteral("*.skyplan")}, QDir::Files)
                    .isEmpty());
    }

    void continuousEditingIsSavedWithinTheInterval()
    {
        // Edits every 100 ms never leave the idle delay quiet; the interval still saves.
        DesignEditor *editor = openExample();
        QVERIFY(editor);
        window->autosaver()->setIdleDelay(10'000);
        window->autosaver()->setInterval(500);
        QElapsedTimer clock;
        clock.start();
        const QStringList victims{QStringLiteral("batch"), QStringLiteral("model_registry"),
                                  QStringLiteral("small_models"), QStringLiteral("real_time")};
        for (const QString &id : victims) {
            editor->document()->setSelection({id});
            editor->deleteSelection();
            QTest::qWait(100);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!window->autosaver()->snapshotOf(editor->document()).isEmpty(),
                                 2000);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    }

    void aNormalExitLeavesNothingToRecover()
    {
        DesignEditor *editor = openExample();
        QVERIFY(editor);
        const QString session = window->autosaver()->sessionPath();
        editor->document()->setSelection({QStringLiteral("batch")});
        editor->deleteSelection();
        QTRY_VERIFY(!window->autosaver()->snapshotOf(editor->document()).isEmpty());
        // The user closes the window and discards the changes.
        QTimer::singleShot(50, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Discard)->click();
        });
        QVERIFY(window->close());
        window.reset();
        QVERIFY(!QFileInfo::exists(session));
    }

    void killedInstanceIsRecovered()
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        QVERIFY(child.waitForStarted());
        QByteArray line;
        QElapsedTimer clock;
        clock.start();
        while (!line.contains('\n') && clock.elapsed() < 60'000) {
            child.waitForReadyRead(1000);
            line += child.readAllStandardOutput();
        }
        QVERIFY2(line.startsWith("READY "), line.constData());
        const QString session = QString::fromLocal8Bit(line.mid(6).trimmed());
        QVERIFY(QFileInfo(session).isDir());

        // kill -9: no destructor, no close event, the lock is left behind.
        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        window = std::make_unique<MainWindow>(Catalog::builtin());
        QList<RecoverableDesign> found;
        for (const RecoverableDesign &d : window->autosaver()->recoverable()) {
            if (d.sessionPath == session)
                found << d;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].name, QStringLiteral("Service-based multi-cloud ML platform"));
        QVERIFY(found[0].originalPath.isEmpty()); // the example is a resource, never saved
        QVERIFY(qAbs(found[0].savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // The start-up question: both designs listed, Restore chosen.
        int listed = -1;
        QString when;
        QTimer::singleShot(100, [&] {
            auto *dialog = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            listed = 0;
            for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
                if (dialog->list()->topLevelItem(i)->text(0) == found[0].name) {
                    ++listed;
                    when = dialog->list()->topLevelItem(i)->text(2);
                }
            }
            // Only the killed child's design: designs other runs left here stay for later.
            for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
                if (dialog->list()->topLevelItem(i)->text(0) != found[0].name)
                    dialog->list()->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
            }
            // For the documentation: SKYPLAN_SCREENSHOT_DIR=folder keeps a picture of the dialog.
            if (const QString dir = qEnvironmentVariable("SKYPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(QDir(dir).filePath(QStringLiteral("recovery-dialog.png")));
            dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        });
        QVERIFY(window->offerRecovery() >= 1);
        QVERIFY(listed >= 1);
        QCOMPARE(when, QStringLiteral("just now"));

        DesignEditor *restored = nullptr;
        for (int i = 0; i < window->editorCount(); ++i) {
            if (window->editor(i)->document()->design().name == found[0].name)
                restored = window->editor(i);
        }
        QVERIFY(restored);
        // Both edits survived: the example has 7 services, the child deleted two.
        QCOMPARE(restored->document()->design().services().size(), std::size_t(5));
        QVERIFY(!restored->document()->design().service(QStringLiteral("batch")));
        QVERIFY(!restored->document()->design().service(QStringLiteral("model_registry")));
        QVERIFY(restored->document()->isModified());
        QVERIFY(restored->document()->filePath().isEmpty());
        // The killed session is gone once its design is back.
        QVERIFY(!QFileInfo::exists(found[0].snapshotPath));
        QVERIFY(!QFileInfo::exists(session));
    }

    void laterKeepsTheSnapshotsAndDiscardRemovesThem()
    {
        // A session folder as a crashed Skyplan leaves it: a snapshot, its note, no live lock.
        const QString folder = Autosaver::defaultFolder();
        const QString session = QDir(folder).filePath(QStringLiteral("crashed-session"));
        QVERIFY(QDir().mkpath(session));
        QVERIFY(
            writeAll(QDir(session).filePath(QStringLiteral("design-1.skyplan")), readAll(example)));
        QVERIFY(writeAll(QDir(session).filePath(QStringLiteral("design-1.autosave.json")),
                         R"({"name": "Left behind", "file": "/nowhere/left.skyplan",
                             "saved_at": "2026-12-01T10:00:00.000Z"})"));
        window = std::make_unique<MainWindow>(Catalog::builtin());
        const auto pick = [&](const char *button) {
            QTimer::singleShot(100, [button] {
                if (auto *dialog =
                        qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget())) {
                    for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
                        QTreeWidgetItem *item = dialog->list()->topLevelItem(i);
                        item->setCheckState(0, item->text(0) == QLatin1String("Left behind")
                                                   ? Qt::Checked
                                                   : Qt::Unchecked);
                    }
                    dialog->findChild<QPushButton *>(QLatin1String(button))->click();
                }
            });
        };
        pick("laterButton");
        QCOMPARE(window->offerRecovery(), 0);
        QVERIFY(QFileInfo::exists(QDir(session).filePath(QStringLiteral("design-1.skyplan"))));

        pick("restoreButton");
        QVERIFY(window->offerRecovery() >= 1);
        DesignEditor *restored = window->currentEditor();
        QCOMPARE(restored->document()->filePath(), QStringLiteral("/nowhere/left.skyplan"));
        QVERIFY(restored->document()->isModified());
        QVERIFY(!QFileInfo::exists(session));
    }

    void preferencesSetTheAutosaveInterval()
    {
        window = std::make_unique<MainWindow>(Catalog::builtin());
        const int before = Autosaver::configuredIntervalSeconds();
        QTimer::singleShot(100, [] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("autosaveSeconds"));
            spin->setValue(45);
            if (const QString dir = qEnvironmentVariable("SKYPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(QDir(dir).filePath(QStringLiteral("preferences-dialog.png")));
            dialog->accept();
        });
        window->editPreferences();
        QCOMPARE(window->autosaver()->interval(), 45'000);
        QCOMPARE(Autosaver::configuredIntervalSeconds(), 45);
        Autosaver::setConfiguredIntervalSeconds(before);
    }

    void describesWhenItWasSaved()
    {
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(RecoveryDialog::describeTime(now.addSecs(-20), now), QStringLiteral("just now"));
        QCOMPARE(RecoveryDialog::describeTime(now.addSecs(-125), now),
                 QStringLiteral("2 minutes ago"));
        QVERIFY(RecoveryDialog::describeTime(now.addDays(-2), now)
                    .contains(QString::number(now.addDays(-2).date().day())));
    }

    void aSaveIntoARemovedFolderFailsAndSaysSo()
    {
        DesignEditor *editor = openExample();
        QVERIFY(editor);
        editor->document()->setSelection({QStringLiteral("batch")});
        editor->deleteSelection();
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("gone"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("design.skyplan"));
        QVERIFY(QDir(folder).removeRecursively());
        QString text;
        dismissNextDialog(&text);
        QVERIFY(!window->saveTo(editor, path));
        QVERIFY(text.contains(QStringLiteral("could not be written")));
        QVERIFY(text.contains(path));
        QVERIFY(editor->document()->isModified());
        QVERIFY(!QFileInfo::exists(path));
    }

    void aSaveIntoAReadOnlyFolderKeepsThePreviousFile()
    {
        DesignEditor *editor = openExample();
        QVERIFY(editor);
        // Under root, permissions do not stop writes: write as "nobody" for this test.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("design.skyplan"));
        const QByteArray previous = readAll(example);
        QVERIFY(writeAll(path, previous));
        QVERIFY(QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                            QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const bool root = ::geteuid() == 0;
        if (root)
            QCOMPARE(::seteuid(65534), 0);
        editor->document()->setSelection({QStringLiteral("batch")});
        editor->deleteSelection();
        QString text;
        dismissNextDialog(&text);
        const bool saved = window->saveTo(editor, path);
        if (root)
            QCOMPARE(::seteuid(0), 0);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        QVERIFY(!saved);
        QVERIFY(text.contains(QStringLiteral("The previous file is unchanged")));
        QCOMPARE(readAll(path), previous);
        QVERIFY(editor->document()->isModified());
    }

    void aFullDiskKeepsThePreviousFile()
    {
        // A file-size limit makes every write past 4 KiB fail as a full disk does.
        DesignEditor *editor = openExample();
        QVERIFY(editor);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.skyplan"));
        const QByteArray previous("{\"format_version\": 1}\n");
        QVERIFY(writeAll(path, previous));
        editor->document()->setSelection({QStringLiteral("batch")});
        editor->deleteSelection();
        QVERIFY(skyplanfile::write(editor->document()->design()).size() > 8192);

        struct rlimit old {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        QString text;
        dismissNextDialog(&text);
        const bool saved = window->saveTo(editor, path);
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!saved);
        QVERIFY(text.contains(QStringLiteral("The previous file is unchanged")));
        QCOMPARE(readAll(path), previous);
        QVERIFY(editor->document()->isModified());
        // No temporary file is left next to it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("design.skyplan")});
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        QApplication::setApplicationName(QStringLiteral("tst_recovery"));
        return runChild();
    }
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"

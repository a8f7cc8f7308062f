#include "common/testsupport.h"

#include "app/exportimagedialog.h"
#include "app/mainwindow.h"
#include "app/presentationwindow.h"
#include "app/templatedialog.h"
#include "canvas/canvasitems.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/providerstyle.h"
#include "model/document/changevaluetraits.h"
#include "model/document/designdocument.h"
#include "model/io/designfile.h"
#include "model/layout.h"
#include "widgets/availabilitypanel.h"
#include "widgets/catalogpalette.h"
#include "widgets/comparewindow.h"
#include "widgets/compliancepanel.h"
#include "widgets/costpanel.h"
#include "widgets/designeditor.h"
#include "widgets/designoverview.h"
#include "widgets/egresspanel.h"
#include "widgets/maturitypanel.h"
#include "widgets/organizationdialog.h"
#include "widgets/propertyeditor.h"
#include "widgets/translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>

using namespace skyplan;

namespace {

const QString example = QStringLiteral(":/examples/service-based.skyplan");

/// The window's real action for a menu entry, found by its text without '&'.
QAction *action(MainWindow &window, const QString &text)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

QPoint viewPos(DesignView *view, const QPointF &scenePos)
{
    return view->mapFromScene(scenePos);
}

void sendMouse(QWidget *viewport, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = {})
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons,
                      modifiers);
    QApplication::sendEvent(viewport, &event);
}

/// A press, a few moves and a release, as a hand would drag.
void dragOnView(DesignView *view, const QPoint &from, const QPoint &to,
                Qt::KeyboardModifiers modifiers = {})
{
    QWidget *vp = view->viewport();
    sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    for (int i = 1; i <= 5; ++i)
        sendMouse(vp, QEvent::MouseMove, from + (to - from) * i / 5, Qt::LeftButton, modifiers);
    sendMouse(vp, QEvent::MouseButtonRelease, to, Qt::NoButton, modifiers);
}

/// Drops a palette service at a scene position through the view, as a drag from the palette
/// ends. Returns whether the drop was accepted.
bool dropService(DesignView *view, const QString &provider, const QString &service,
                 const QPointF &scenePos)
{
    std::unique_ptr<QMimeData> mime(CatalogPalette::dragData(provider, service));
    const QPointF pos = viewPos(view, scenePos);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(pos.toPoint(), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted();
}

/// Closes the next modal dialog (an error message) so a test never waits on it; records its
/// text.
void dismissNextDialog(QString *text)
{
    QTimer::singleShot(50, [text] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            if (text)
                *text = modal->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))
                            ? modal->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text()
                            : modal->windowTitle();
            modal->close();
        }
    });
}

} // namespace

class TestEditor : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> window;
    DesignEditor *editor = nullptr;

    void openExample()
    {
        window = std::make_unique<MainWindow>(Catalog::builtin());
        window->resize(1400, 900);
        QVERIFY(window->openFile(example));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        editor = window->currentEditor();
        QVERIFY(editor);
        editor->view()->fitToView();
        editor->view()->zoomBy(1.0 / editor->view()->zoom()); // 100%: items big enough to hit
    }

    QPointF centreOf(const QString &id)
    {
        ServiceItem *item = editor->scene()->serviceItem(id);
        return item ? item->mapToScene(
                          QRectF(0, 0, LayoutMetrics::serviceWidth, LayoutMetrics::serviceHeight)
                              .center())
                    : QPointF();
    }
    /// Scrolls so the scene point is on screen and returns it in viewport coordinates.
    QPoint onScreen(const QPointF &scenePos)
    {
        editor->view()->centerOn(scenePos);
        return viewPos(editor->view(), scenePos);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en")); // as main() does: English plural forms
    }
    void init() { openExample(); }
    void cleanup()
    {
        // No "unsaved changes" question at the end of a test.
        for (int i = 0; i < window->editorCount(); ++i)
            window->editor(i)->document()->markSaved();
        window.reset();
    }

    void dropFromPaletteIntoFrameTakesItsRegion()
    {
        const Design &d = editor->document()->design();
        const auto before = d.services().size();
        // Into the GCP us-central1 frame, below BigQuery.
        RegionFrameItem *frame =
            editor->scene()->frame(QStringLiteral("gcp"), QStringLiteral("us-central1"));
        QVERIFY(frame);
        const QPointF target = frame->boundingRect().center() + QPointF(0, 30);
        editor->view()->centerOn(target);
        QVERIFY(dropService(editor->view(), QStringLiteral("gcp"), QStringLiteral("gcs"), target));
        QCOMPARE(d.services().size(), before + 1);
        const PlacedService &added = d.services().back();
        QCOMPARE(added.provider, QStringLiteral("gcp"));
        QCOMPARE(added.service, QStringLiteral("gcs"));
        QCOMPARE(added.region, QStringLiteral("us-central1"));
        QCOMPARE(editor->document()->undoStack()->count(), 1);
        QCOMPARE(editor->document()->selectedServices(), QSet<QString>{added.id});
    }

    void dropIntoAnotherProvidersFrameIsRefused()
    {
        const Design &d = editor->document()->design();
        const auto before = d.services().size();
        RegionFrameItem *frame =
            editor->scene()->frame(QStringLiteral("aws"), QStringLiteral("us-east-1"));
        QVERIFY(frame);
        const QPointF target = frame->boundingRect().center();
        editor->view()->centerOn(target);
        QSignalSpy messages(editor, &DesignEditor::message);
        QVERIFY(
            !dropService(editor->view(), QStringLiteral("azure"), QStringLiteral("aks"), target));
        QCOMPARE(d.services().size(), before);
        QCOMPARE(editor->document()->undoStack()->count(), 0);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("cannot go into")));
    }

    void draggingFromTheHandleDrawsALink()
    {
        const Design &d = editor->document()->design();
        const auto before = d.links().size();
        // batch -> data_warehouse does not exist in the example.
        QVERIFY(!d.link(QStringLiteral("batch_to_data_warehouse")));
        const QPointF handle = editor->scene()
                                   ->serviceItem(QStringLiteral("batch"))
                                   ->mapToScene(ServiceItem::handleRect().center());
        const QPoint from = onScreen(handle);
        const QPoint to = viewPos(editor->view(), centreOf(QStringLiteral("model_registry")));
        dragOnView(editor->view(), from, to);
        QCOMPARE(d.links().size(), before + 1);
        const Link &link = d.links().back();
        QCOMPARE(link.from, QStringLiteral("batch"));
        QCOMPARE(link.to, QStringLiteral("model_registry"));
        QCOMPARE(link.kind, LinkKind::Data);
        QVERIFY(editor->scene()->linkItem(link.id));
        QCOMPARE(editor->document()->undoStack()->count(), 1);
        QCOMPARE(editor->document()->undoStack()->undoText(),
                 QStringLiteral("Link Batch to Model registry"));
        editor->document()->undoStack()->undo();
        QCOMPARE(d.links().size(), before);
        QVERIFY(!editor->scene()->linkItem(link.id));
    }

    void moveByMouseUndoRedo()
    {
        const QString id = QStringLiteral("batch");
        const CanvasPosition start = editor->document()->design().service(id)->position;
        const QPoint from = onScreen(centreOf(id));
        dragOnView(editor->view(), from, from + QPoint(0, 100));
        const double zoom = editor->view()->zoom();
        const CanvasPosition moved = editor->document()->design().service(id)->position;
        QCOMPARE(moved.x, start.x);
        QCOMPARE(moved.y, std::round((start.y + 100 / zoom) / 10) * 10);
        QCOMPARE(editor->document()->undoStack()->count(), 1); // one step for the whole drag
        QVERIFY(window->isWindowModified());
        editor->document()->undoStack()->undo();
        QVERIFY(editor->document()->design().service(id)->position == start);
        QCOMPARE(editor->scene()->serviceItem(id)->pos(), QPointF(start.x, start.y));
        QVERIFY(!window->isWindowModified());
        editor->document()->undoStack()->redo();
        QVERIFY(editor->document()->design().service(id)->position == moved);
    }

    void draggingAFrameTitleMovesItsServices()
    {
        RegionFrameItem *frame =
            editor->scene()->frame(QStringLiteral("azure"), QStringLiteral("eastus"));
        QVERIFY(frame);
        const CanvasPosition start =
            editor->document()->design().service(QStringLiteral("real_time"))->position;
        const QPoint from = onScreen(frame->titleRect().center());
        dragOnView(editor->view(), from, from + QPoint(80, 40));
        const double zoom = editor->view()->zoom();
        const CanvasPosition moved =
            editor->document()->design().service(QStringLiteral("real_time"))->position;
        QCOMPARE(moved.x, start.x + std::round(80 / zoom / 10) * 10);
        QCOMPARE(moved.y, start.y + std::round(40 / zoom / 10) * 10);
        QCOMPARE(editor->document()->undoStack()->count(), 1);
        QVERIFY(
            editor->document()->undoStack()->undoText().startsWith(QStringLiteral("Move frame")));
    }

    void deleteAndUndoRestoresTheLinks()
    {
        DesignDocument *doc = editor->document();
        const QByteArray original = skyplanfile::write(doc->design());
        const QString id = QStringLiteral("primary_storage");
        const QStringList links = doc->design().linksOf(id);
        QVERIFY(links.size() >= 3);
        doc->setSelection({id});
        QAction *del = action(*window, QStringLiteral("Delete"));
        QVERIFY(del && del->isEnabled());
        del->trigger();
        QVERIFY(!doc->design().service(id));
        for (const QString &l : links)
            QVERIFY(!doc->design().link(l));
        QVERIFY(!editor->scene()->serviceItem(id));
        doc->undoStack()->undo();
        QCOMPARE(doc->design().linksOf(id), links);
        for (const QString &l : links)
            QVERIFY(editor->scene()->linkItem(l));
        QCOMPARE(skyplanfile::write(doc->design()), original);
    }

    void copyPasteBetweenTwoDesigns()
    {
        DesignDocument *source = editor->document();
        source->setSelection({QStringLiteral("primary_storage"), QStringLiteral("small_models")});
        action(*window, QStringLiteral("Copy"))->trigger();
        DesignEditor *other = window->newDesign();
        QCOMPARE(window->editorCount(), 2);
        QCOMPARE(window->currentEditor(), other);
        QCOMPARE(window->undoGroup()->activeStack(), other->document()->undoStack());
        action(*window, QStringLiteral("Paste"))->trigger();
        const Design &pasted = other->document()->design();
        QCOMPARE(pasted.services().size(), std::size_t(2));
        QVERIFY(pasted.service(QStringLiteral("primary_storage")));
        QCOMPARE(pasted.service(QStringLiteral("small_models"))->instanceType,
                 source->design().service(QStringLiteral("small_models"))->instanceType);
        // The link between the two came along; links to services left behind did not.
        QCOMPARE(pasted.links().size(), std::size_t(1));
        QCOMPARE(pasted.links().front().from, QStringLiteral("primary_storage"));
        QCOMPARE(pasted.links().front().to, QStringLiteral("small_models"));
        QCOMPARE(other->document()->undoStack()->count(), 1);
        QCOMPARE(source->undoStack()->count(), 0); // the source design is untouched
        // Pasting again into the same design gives new ids, placed off the first copies.
        action(*window, QStringLiteral("Paste"))->trigger();
        QCOMPARE(pasted.services().size(), std::size_t(4));
        QVERIFY(pasted.service(QStringLiteral("primary_storage_2")));
        QVERIFY(!(pasted.service(QStringLiteral("primary_storage_2"))->position ==
                  pasted.service(QStringLiteral("primary_storage"))->position));
    }

    void duplicateAndAlign()
    {
        DesignDocument *doc = editor->document();
        doc->setSelection({QStringLiteral("batch")});
        action(*window, QStringLiteral("Duplicate"))->trigger();
        QVERIFY(doc->design().service(QStringLiteral("batch_2")));
        QCOMPARE(doc->selectedServices(), QSet<QString>{QStringLiteral("batch_2")});
        // A counted undo text with its English plural form.
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Duplicate 1 service"));
        doc->setSelection({QStringLiteral("batch"), QStringLiteral("batch_2")});
        action(*window, QStringLiteral("Align Left Edges"))->trigger();
        QCOMPARE(doc->design().service(QStringLiteral("batch_2"))->position.x,
                 doc->design().service(QStringLiteral("batch"))->position.x);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Align 2 services"));
    }

    void propertyEditorChangesTheSelection()
    {
        DesignDocument *doc = editor->document();
        doc->setSelection({QStringLiteral("small_models")});
        auto *instances =
            window->propertyEditor()->findChild<QSpinBox *>(QStringLiteral("field.instances"));
        QVERIFY(instances);
        QCOMPARE(instances->value(),
                 doc->design().service(QStringLiteral("small_models"))->instances);
        const double costBefore = editor->scene()->analysis().cost.monthly;
        QCOMPARE(instances->value(), 4);
        instances->setValue(6);
        QCOMPARE(doc->design().service(QStringLiteral("small_models"))->instances, 6);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Change instances"));
        QVERIFY(editor->scene()->analysis().cost.monthly > costBefore);
        // The combo lists only what the catalog offers this service.
        auto *pricing =
            window->propertyEditor()->findChild<QComboBox *>(QStringLiteral("field.pricing"));
        QVERIFY(pricing);
        QVERIFY(pricing->count() >= 2);
        // Undo puts the value back, and the editor shows it.
        doc->undoStack()->undo();
        QCOMPARE(doc->design().service(QStringLiteral("small_models"))->instances, 4);
        QTRY_COMPARE(instances->value(), 4);
    }

    // A text longer than its field shows its start, not its end scrolled into view (the
    // role read "l_platform.training.small_models"), and the tooltip has all of it.
    void longTextFieldsShowTheirStart()
    {
        DesignDocument *doc = editor->document();
        doc->setSelection({QStringLiteral("small_models")});
        auto *role = window->propertyEditor()->findChild<QLineEdit *>(QStringLiteral("field.role"));
        QVERIFY(role);
        const QString value = doc->design().service(QStringLiteral("small_models"))->role;
        QVERIFY(value.size() > 20);
        QCOMPARE(role->text(), value);
        QCOMPARE(role->cursorPosition(), 0);
        QCOMPARE(role->toolTip(), value);
        doc->setSelection({});
        auto *description =
            window->propertyEditor()->findChild<QLineEdit *>(QStringLiteral("field.description"));
        QVERIFY(description);
        QCOMPARE(description->text(), doc->design().description);
        QCOMPARE(description->cursorPosition(), 0);
    }

    void regionComboMovesServiceIntoThatFrame()
    {
        DesignDocument *doc = editor->document();
        doc->setSelection({QStringLiteral("batch")});
        auto *region =
            window->propertyEditor()->findChild<QComboBox *>(QStringLiteral("field.region"));
        QVERIFY(region);
        const int index = region->findData(QStringLiteral("eu-west-1"));
        QVERIFY(index >= 0);
        region->setCurrentIndex(index);
        emit region->activated(index);
        QCOMPARE(doc->design().service(QStringLiteral("batch"))->region,
                 QStringLiteral("eu-west-1"));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(editor->scene()->frame(QStringLiteral("aws"), QStringLiteral("eu-west-1")));
        // The new frame does not overlap the old one.
        QVERIFY(!editor->scene()
                     ->frame(QStringLiteral("aws"), QStringLiteral("eu-west-1"))
                     ->boundingRect()
                     .intersects(editor->scene()
                                     ->frame(QStringLiteral("aws"), QStringLiteral("us-east-1"))
                                     ->boundingRect()));
    }

    void panelsBehindATabWaitUntilShown()
    {
        window->showPanel(QStringLiteral("cost"));
        QCoreApplication::processEvents();
        // An edit while the compliance panel is behind the cost tab...
        DesignDocument *doc = editor->document();
        OrganizationProfile org = doc->design().organization;
        org.regimes = {QStringLiteral("gdpr")};
        doc->undoStack()->push(
            new ChangeValueCommand<valuetraits::Organization>(doc, {QString()}, org));
        editor->scene()->flush();
        QCoreApplication::processEvents();
        QVERIFY(!window->compliancePanel()->findChild<QLabel *>()->text().contains(
            QStringLiteral("GDPR"))); // not refilled behind the tab
        // ...shows up as soon as it comes to the front.
        window->showPanel(QStringLiteral("compliance"));
        QTRY_VERIFY(window->compliancePanel()->findChild<QLabel *>()->text().contains(
            QStringLiteral("GDPR")));
    }

    void titleShowsTheModifiedState()
    {
        QVERIFY(window->windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(!window->isWindowModified());
        editor->document()->setSelection({QStringLiteral("batch")});
        editor->deleteSelection();
        QVERIFY(window->isWindowModified());
        editor->document()->undoStack()->undo();
        QVERIFY(!window->isWindowModified());
    }

    void aBadFileLeavesTheOpenDesignsAlone()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.skyplan"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format_version\": 1, \"services\": [ }");
        f.close();
        const QByteArray before = skyplanfile::write(editor->document()->design());
        QString text;
        dismissNextDialog(&text);
        QVERIFY(!window->openFile(bad));
        QCOMPARE(window->editorCount(), 1);
        QCOMPARE(skyplanfile::write(window->editor(0)->document()->design()), before);
        QTRY_VERIFY(!text.isEmpty());
        QVERIFY(text.contains(QStringLiteral("bad.skyplan")));
        QVERIFY(text.contains(QStringLiteral("bad.skyplan:1:37: error: malformed JSON")));
    }

    void aServiceTheCatalogLostIsKeptAndMarked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lost.skyplan"));
        QByteArray bytes = skyplanfile::write(editor->document()->design());
        bytes.replace("\"service\": \"batch\"", "\"service\": \"retired_batch\"");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QString text;
        dismissNextDialog(&text);
        QVERIFY(window->openFile(path));
        QCOMPARE(window->editorCount(), 2);
        const PlacedService *kept =
            window->currentEditor()->document()->design().service(QStringLiteral("batch"));
        QVERIFY(kept);
        QCOMPARE(kept->service, QStringLiteral("retired_batch"));
        QTRY_VERIFY(text.contains(QStringLiteral("retired_batch")));
        QVERIFY(window->currentEditor()
                    ->scene()
                    ->serviceItem(QStringLiteral("batch"))
                    ->toolTip()
                    .contains(QStringLiteral("not in the catalog")));
    }

    void clickingAFindingSelectsItAndItsFixIsUndoable()
    {
        namespace vt = valuetraits;
        DesignDocument *doc = editor->document();
        // EU personal data in us-east-1 under GDPR: a residency error on primary_storage.
        OrganizationProfile org = doc->design().organization;
        org.regimes << QStringLiteral("gdpr");
        doc->undoStack()->push(new ChangeValueCommand<vt::Organization>(doc, {QString()}, org));
        doc->undoStack()->push(new ChangeValueCommand<vt::Classification>(
            doc, {QStringLiteral("primary_storage")}, DataClassification::Pii));
        doc->undoStack()->push(new ChangeValueCommand<vt::DataOrigin>(
            doc, {QStringLiteral("primary_storage")}, QStringLiteral("DE")));
        window->showPanel(QStringLiteral("compliance"));
        CompliancePanel *panel = window->compliancePanel();
        QTRY_VERIFY(editor->scene()->analysis().compliance.count(Severity::Error) > 0);
        const auto &findings = editor->scene()->analysis().compliance.findings;
        int residency = -1;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            if (findings[i].subject == QLatin1String("primary_storage") &&
                findings[i].fixAction.kind == QLatin1String("move_to_region"))
                residency = int(i);
        }
        QVERIFY(residency >= 0);
        const QString target = findings[std::size_t(residency)].fixAction.region;
        QCOMPARE(target, QStringLiteral("eu-west-1"));
        const int errors = editor->scene()->analysis().compliance.count(Severity::Error);
        // The panel lists it; clicking it selects and centres the service.
        QTreeWidgetItem *item = nullptr;
        QTRY_VERIFY((item = [&]() -> QTreeWidgetItem * {
            for (QTreeWidgetItemIterator it(panel->tree()); *it; ++it) {
                if ((*it)->data(0, Qt::UserRole + 1).toInt() == residency &&
                    (*it)->data(0, Qt::UserRole + 1).isValid())
                    return *it;
            }
            return nullptr;
        }()));
        doc->clearSelection();
        panel->tree()->setCurrentItem(item);
        QCOMPARE(doc->selectedServices(), QSet<QString>{QStringLiteral("primary_storage")});
        // The canvas shows a badge for it.
        QVERIFY(editor->scene()->overlay().findings.value(QStringLiteral("primary_storage")) > 0);
        // ...and the path the personal data takes: its data links out, not the request links.
        QVERIFY(editor->scene()->overlay().personalDataLinks.contains(
            QStringLiteral("lake_to_warehouse")));
        QVERIFY(editor->scene()->overlay().personalDataLinks.contains(
            QStringLiteral("lake_to_tpu_training")));
        // Anonymised on the way, a link is no longer on the path.
        doc->undoStack()->push(new ChangeValueCommand<vt::Anonymized>(
            doc, {QStringLiteral("lake_to_warehouse")}, true));
        QTRY_VERIFY(!editor->scene()->overlay().personalDataLinks.contains(
            QStringLiteral("lake_to_warehouse")));
        doc->undoStack()->undo();
        editor->scene()->flush();
        // One click moves the service to the suggested region, as one undo step.
        const int before = doc->undoStack()->index();
        QVERIFY(panel->applyFix(residency));
        QCOMPARE(doc->undoStack()->index(), before + 1);
        QCOMPARE(doc->design().service(QStringLiteral("primary_storage"))->region, target);
        QVERIFY(editor->scene()->analysis().compliance.count(Severity::Error) < errors);
        doc->undoStack()->undo();
        QCOMPARE(doc->design().service(QStringLiteral("primary_storage"))->region,
                 QStringLiteral("us-east-1"));
        QCOMPARE(editor->scene()->analysis().compliance.count(Severity::Error), errors);
    }

    void outageToggleChangesTheAvailabilityFigures()
    {
        window->showPanel(QStringLiteral("availability"));
        AvailabilityPanel *panel = window->availabilityPanel();
        QTRY_COMPARE(panel->entryPoints()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = panel->entryPoints()->topLevelItem(0);
        const double expected =
            editor->scene()->analysis().availability.entryPoints[0].availability;
        QCOMPARE(row->text(1), QStringLiteral("%1%").arg(expected * 100, 0, 'f', 4));
        QCOMPARE(row->text(4), QStringLiteral("—"));
        // Azure down: the real-time entry point (on AKS) goes to 0 and its service dims.
        const int azure =
            panel->outage()->findData(QStringList{QStringLiteral("azure"), QString()});
        QVERIFY(azure > 0);
        panel->outage()->setCurrentIndex(azure);
        QVERIFY(editor->scene()->isDown(QStringLiteral("real_time")));
        QVERIFY(!editor->scene()->isDown(QStringLiteral("batch")));
        row = panel->entryPoints()->topLevelItem(0);
        QCOMPARE(row->text(4), QStringLiteral("0.0000%"));
        // AWS us-east-1 down: the entry point needs nothing there... or does it? The figure is
        // the model's, whatever it is.
        const int region = panel->outage()->findData(
            QStringList{QStringLiteral("aws"), QStringLiteral("us-east-1")});
        QVERIFY(region > 0);
        panel->outage()->setCurrentIndex(region);
        double survivor = -1;
        for (const OutageScenario &o : editor->scene()->analysis().availability.regionOutages) {
            if (o.provider == QLatin1String("aws") && o.region == QLatin1String("us-east-1"))
                survivor = o.entryPoints[0].availability;
        }
        QCOMPARE(panel->entryPoints()->topLevelItem(0)->text(4),
                 QStringLiteral("%1%").arg(survivor * 100, 0, 'f', 4));
        // An edit changes the figure: a lower availability stated for the AKS cluster.
        panel->outage()->setCurrentIndex(0);
        QVERIFY(!editor->scene()->isDown(QStringLiteral("real_time")));
        DesignDocument *doc = editor->document();
        doc->undoStack()->push(new ChangeValueCommand<valuetraits::Availability>(
            doc, {QStringLiteral("real_time")}, 0.99));
        const double after = editor->scene()->analysis().availability.entryPoints[0].availability;
        QVERIFY(after != expected);
        QTRY_COMPARE(panel->entryPoints()->topLevelItem(0)->text(1),
                     QStringLiteral("%1%").arg(after * 100, 0, 'f', 4));
        // The DR table lists the two workloads the example states.
        QCOMPARE(panel->recovery()->topLevelItemCount(),
                 int(editor->scene()->analysis().dr.size()));
    }

    void egressPanelFollowsAnEdit()
    {
        window->showPanel(QStringLiteral("egress"));
        EgressPanel *panel = window->egressPanel();
        const double before = editor->scene()->analysis().egress.monthlyUsd;
        QTRY_VERIFY(panel->summary()->text().contains(formatUsd(before)));
        // The dearest link first: the 5,000 GB of training data from S3 to the TPUs.
        QCOMPARE(panel->topLinks()->topLevelItem(0)->data(0, Qt::UserRole).toString(),
                 QStringLiteral("lake_to_tpu_training"));
        QCOMPARE(panel->topLinks()->topLevelItem(0)->text(5), QStringLiteral("$422.32"));
        QVERIFY(panel->matrix()->rowCount() >= 2);
        // The canvas colours it by its cost, the dearest at the top of the scale.
        QCOMPARE(
            editor->scene()->overlay().maxLinkEgress,
            editor->scene()->overlay().linkEgress.value(QStringLiteral("lake_to_tpu_training")));
        // Halving its volume changes every figure.
        DesignDocument *doc = editor->document();
        doc->undoStack()->push(new ChangeValueCommand<valuetraits::GbPerMonth>(
            doc, {QStringLiteral("lake_to_tpu_training")}, 2500.0));
        const double after = editor->scene()->analysis().egress.monthlyUsd;
        QVERIFY(after < before - 100); // about half of $422 less
        QTRY_VERIFY(panel->summary()->text().contains(formatUsd(after)));
        // Clicking a link finds it.
        doc->clearSelection();
        QTreeWidgetItem *top = panel->topLinks()->topLevelItem(0);
        emit panel->topLinks()->itemClicked(top, 0);
        QCOMPARE(doc->selectedLinks(), QSet<QString>{top->data(0, Qt::UserRole).toString()});
    }

    void costPanelFollowsEditsAndTheBudget()
    {
        window->showPanel(QStringLiteral("cost"));
        CostPanel *panel = window->costPanel();
        DesignDocument *doc = editor->document();
        // $9,302.60 of a $60,000 budget: 16%, within budget.
        QTRY_COMPARE(panel->budget()->value(), 16);
        QVERIFY(panel->budgetWarning()->text().startsWith(QStringLiteral("Within budget")));
        // Scenarios: all on-demand, as designed, suggested; as designed is the analysis' total.
        QCOMPARE(panel->scenarios()->topLevelItemCount(), 3);
        QCOMPARE(panel->scenarios()->topLevelItem(1)->text(1),
                 formatUsd(editor->scene()->analysis().cost.monthly));
        // The example runs its training TPUs on-demand: spot is suggested for them.
        bool spot = false;
        for (int i = 0; i < panel->suggestions()->topLevelItemCount(); ++i)
            spot = spot || panel->suggestions()->topLevelItem(i)->data(0, Qt::UserRole) ==
                               QStringLiteral("large_models");
        QVERIFY(spot);
        // A budget below the bill turns the gauge into a warning, then an overrun.
        OrganizationProfile org = doc->design().organization;
        org.monthlyBudgetUsd = 10000; // 93%
        doc->undoStack()->push(
            new ChangeValueCommand<valuetraits::Organization>(doc, {QString()}, org));
        QTRY_COMPARE(panel->budget()->value(), 93);
        QVERIFY(panel->budgetWarning()->text().startsWith(QStringLiteral("Warning: 93%")));
        org.monthlyBudgetUsd = 9000;
        doc->undoStack()->push(
            new ChangeValueCommand<valuetraits::Organization>(doc, {QString()}, org));
        QTRY_VERIFY(panel->budgetWarning()->text().startsWith(QStringLiteral("Over budget")));
        // By tag: the example tags every service with a team.
        panel->tagKey()->setCurrentText(QStringLiteral("team"));
        QVERIFY(panel->tags()->topLevelItemCount() >= 1);
        // The invoice filter and a click that selects.
        panel->overview()->setFilter(QStringLiteral("batch"));
        QTreeView *invoice = panel->overview()->servicesView();
        QCOMPARE(invoice->model()->rowCount(), 1);
        doc->clearSelection();
        emit invoice->clicked(invoice->model()->index(0, 0));
        QCOMPARE(doc->selectedServices(), QSet<QString>{QStringLiteral("batch")});
    }

    void maturityPanelShowsTheLevel()
    {
        window->showPanel(QStringLiteral("maturity"));
        QTRY_COMPARE(window->maturityPanel()->levelLabel()->text(),
                     QStringLiteral("Level %1 of 4: %2")
                         .arg(editor->scene()->analysis().maturity.level)
                         .arg(editor->scene()->analysis().maturity.levelName));
        QVERIFY(
            window->maturityPanel()->levelLabel()->text().startsWith(QStringLiteral("Level 2")));
    }

    void organisationProfileIsOneUndoableChange()
    {
        DesignDocument *doc = editor->document();
        const OrganizationProfile before = doc->design().organization;
        window->editOrganization();
        auto *dialog = window->findChild<OrganizationDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("monthlyBudget"))->value(),
                 60000.0);
        dialog->findChild<QCheckBox *>(QStringLiteral("regime.gdpr"))->setChecked(true);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("discount.gcp"))->setValue(10);
        dialog->accept();
        const OrganizationProfile &after = doc->design().organization;
        QCOMPARE(after.regimes, (QStringList{QStringLiteral("ccpa"), QStringLiteral("gdpr")}));
        QCOMPARE(after.negotiatedDiscountPct.value(QStringLiteral("gcp")), 10.0);
        QCOMPARE(after.negotiatedDiscountPct.value(QStringLiteral("aws")), 5.0);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Change organisation profile"));
        // Every panel follows: GDPR is now in scope, and GCP's discount lowers the bill.
        window->showPanel(QStringLiteral("compliance"));
        QTRY_VERIFY(window->compliancePanel()->findChild<QLabel *>()->text().contains(
            QStringLiteral("GDPR")));
        doc->undoStack()->undo();
        QVERIFY(doc->design().organization == before);
    }

    void saveAndReopenAndRecentFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.skyplan"));
        editor->document()->setSelection({QStringLiteral("batch")});
        editor->deleteSelection();
        QVERIFY(window->saveTo(editor, path));
        QVERIFY(!editor->document()->isModified());
        QCOMPARE(window->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
        QVERIFY(window->openFile(path)); // already open: switches to it
        QCOMPARE(window->editorCount(), 1);
        window->newDesign();
        QVERIFY(window->openFile(path));
        QCOMPARE(window->editorCount(), 2);
        QCOMPARE(window->currentEditor(), editor);
        QVERIFY(window->exportSpec(editor, dir.filePath(QStringLiteral("spec.yaml"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("spec.yaml"))).size() > 500);
    }

    void newFromTemplateOpensAnUntitledDesign()
    {
        // The dialog lists the eight templates with what each is, and creates the chosen one.
        TemplateDialog dialog(Catalog::builtin());
        QCOMPARE(dialog.list()->count(), 8);
        QCOMPARE(dialog.chosenPath(),
                 QStringLiteral(":/templates/cloud-agnostic-kubernetes.skyplan"));
        dialog.list()->setCurrentRow(1);
        QCOMPARE(dialog.chosenPath(), QStringLiteral(":/templates/data-gravity.skyplan"));
        auto *title = dialog.findChild<QLabel *>(QStringLiteral("templateTitle"));
        QVERIFY2(title->text().contains(QStringLiteral("11 services, $24,371 per month")),
                 qPrintable(title->text()));
        QVERIFY(!dialog.list()->item(1)->icon().isNull()); // a picture of the design
        // For the documentation: SKYPLAN_SCREENSHOT_DIR=folder keeps a picture of the dialog.
        if (const QString dir = qEnvironmentVariable("SKYPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QCoreApplication::processEvents();
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("template-dialog.png")));
        }

        const int before = window->editorCount();
        DesignEditor *e = window->newFromTemplate(dialog.chosenPath());
        QVERIFY(e);
        QCOMPARE(window->editorCount(), before + 1);
        QCOMPARE(window->currentEditor(), e);
        // Untitled: Save asks where, and nothing is modified yet.
        QVERIFY(e->document()->filePath().isEmpty());
        QVERIFY(!e->document()->isModified());
        QCOMPARE(e->document()->design().services().size(), std::size_t(11));
        // Its figures are on the panels.
        window->showPanel(QStringLiteral("cost"));
        QTRY_COMPARE(window->costPanel()->scenarios()->topLevelItem(1)->text(1),
                     formatUsd(e->scene()->analysis().cost.monthly));
        QVERIFY(test::near(e->scene()->analysis().cost.monthly, 24370.52));
    }

    void compareWindowFollowsTheOpenDesigns()
    {
        QVERIFY(window->openFile(
            test::sourcePath(QStringLiteral("tests/cli/data/gpu-training.skyplan"))));
        CompareWindow *compare = window->showCompare();
        QTableWidget *table = compare->table();
        QTRY_COMPARE(table->columnCount(), 2);
        int costRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->verticalHeaderItem(r)->text() == QStringLiteral("Cost per month"))
                costRow = r;
        }
        QVERIFY(costRow >= 0);
        // The figures `skyplan compare` gives for the same two files (tst_cli): the example is
        // the cheaper, so its cell is marked.
        QCOMPARE(table->item(costRow, 0)->text(), QStringLiteral("$9,302.60  ★"));
        QCOMPARE(table->item(costRow, 1)->text(), QStringLiteral("$13,760.61"));
        QVERIFY(table->item(costRow, 0)->font().bold());

        // An edit in the example shows at once: without batch ($243.00 and its links).
        editor->document()->setSelection({QStringLiteral("batch")});
        editor->deleteSelection();
        const QString after = formatUsd(editor->scene()->analysis().cost.monthly);
        QTRY_COMPARE(table->item(costRow, 0)->text(), after + QStringLiteral("  ★"));

        // A file joins without being opened; an unchecked design leaves the table.
        QVERIFY(compare->addFile(
            test::sourcePath(QStringLiteral("resources/templates/data-gravity.skyplan"))));
        QTRY_COMPARE(table->columnCount(), 3);
        QCOMPARE(window->editorCount(), 2);
        QCOMPARE(table->item(costRow, 2)->text(), QStringLiteral("$24,370.52"));
        compare->designList()->item(1)->setCheckState(Qt::Unchecked);
        QTRY_COMPARE(table->columnCount(), 2);
        const QByteArray markdown = compare->exportBytes(FiguresFormat::Markdown);
        QVERIFY2(markdown.contains(
                     QByteArray("| Cost per month | **" + after.toUtf8() + "** | $24,370.52 |")),
                 markdown.constData());
        QVERIFY(!compare->designList()->item(0)->text().isEmpty());
        QString error;
        QVERIFY(!compare->addFile(QStringLiteral("/nonexistent/x.skyplan"), &error));
        QVERIFY(error.contains(QStringLiteral("no such file")));
        if (const QString dir = qEnvironmentVariable("SKYPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            compare->designList()->item(1)->setCheckState(Qt::Checked);
            QTRY_COMPARE(table->columnCount(), 3);
            compare->grab().save(QDir(dir).filePath(QStringLiteral("compare-window.png")));
        }
        // Closing a design takes it out.
        QVERIFY(window->closeEditor(window->editor(1)));
        QTRY_VERIFY(table->columnCount() <= 2);
    }

    void savedViewsAndPresentation()
    {
        DesignDocument *doc = editor->document();
        // A view of the AWS frame without frames and requests.
        SavedView aws = window->currentViewport(QStringLiteral("AWS side"));
        aws.x = 0;
        aws.y = 0;
        aws.width = 700;
        aws.height = 420;
        aws.hiddenLayers = {QStringLiteral("frames"), QStringLiteral("requests")};
        window->saveView(aws);
        QCOMPARE(doc->design().views.size(), std::size_t(1));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Save view \"AWS side\""));
        // Views live in the file.
        const LoadedDesign back = skyplanfile::read(
            skyplanfile::write(doc->design()), QStringLiteral("views.skyplan"), test::catalog());
        QCOMPARE(back.design.views, doc->design().views);
        QVERIFY(back.diagnostics.empty());

        QPointer<PresentationWindow> presentation = window->present();
        QVERIFY(presentation);
        presentation->resize(1600, 900);
        QCOMPARE(presentation->stepCount(), 2);
        QCOMPARE(presentation->currentStep(), 0);
        QVERIFY(presentation->figures()->text().contains(
            formatUsd(editor->scene()->analysis().cost.monthly, 0)));
        QVERIFY(editor->scene()->frames().first()->isVisible());
        QTest::keyClick(presentation, Qt::Key_Right);
        QCOMPARE(presentation->currentStep(), 1);
        QVERIFY(presentation->title()->text().contains(QStringLiteral("AWS side")));
        // The view's layers are hidden and its area is in the middle of the screen.
        for (RegionFrameItem *frame : editor->scene()->frames())
            QVERIFY(!frame->isVisible());
        QVERIFY(editor->scene()->linkItem(QStringLiteral("lake_to_batch"))->isVisible());
        QGraphicsView *view = presentation->view();
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        QVERIFY2(std::abs(centre.x() - 350) < 10 && std::abs(centre.y() - 210) < 10,
                 qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
        if (const QString dir = qEnvironmentVariable("SKYPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::keyClick(presentation, Qt::Key_Home);
            presentation->grab().save(QDir(dir).filePath(QStringLiteral("presentation.png")));
            QTest::keyClick(presentation, Qt::Key_End);
        }
        QTest::keyClick(presentation, Qt::Key_Right); // the last step stays
        QCOMPARE(presentation->currentStep(), 1);
        QTest::keyClick(presentation, Qt::Key_Escape);
        QTRY_VERIFY(presentation.isNull());
        // Back in the editor, everything shows again.
        for (RegionFrameItem *frame : editor->scene()->frames())
            QVERIFY(frame->isVisible());
        window->deleteView(0);
        QVERIFY(doc->design().views.empty());
        doc->undoStack()->undo();
        QCOMPARE(doc->design().views.size(), std::size_t(1));
    }

    void exportImageAndReportLeaveTheSelectionAlone()
    {
        QTemporaryDir dir;
        DesignDocument *doc = editor->document();
        doc->setSelection({QStringLiteral("primary_storage"), QStringLiteral("batch")});
        QSignalSpy selection(doc, &DesignDocument::selectionChanged);
        ImageExportOptions whole;
        whole.scale = 1;
        QVERIFY(window->exportImage(editor, dir.filePath(QStringLiteral("all.png")), whole));
        ImageExportOptions part = whole;
        part.selectionOnly = true;
        QVERIFY(window->exportImage(editor, dir.filePath(QStringLiteral("part.png")), part));
        const QImage all(dir.filePath(QStringLiteral("all.png")));
        const QImage some(dir.filePath(QStringLiteral("part.png")));
        QVERIFY(!all.isNull() && !some.isNull());
        // The two AWS services and the link between them: narrower than the whole design, and
        // about one service box plus margins wide (box 200 + 2 x 24 margin).
        QVERIFY2(some.width() < all.width() / 2, qPrintable(QString::number(some.width())));
        QVERIFY(some.width() >= 200 + 48 && some.width() < 400);
        // Nothing announced a selection change and the selection is what it was.
        QCOMPARE(selection.count(), 0);
        QCOMPARE(doc->selectedServices(),
                 (QSet<QString>{QStringLiteral("primary_storage"), QStringLiteral("batch")}));
        QVERIFY(editor->scene()->serviceItem(QStringLiteral("batch"))->isSelected());
        QVERIFY(editor->scene()->serviceItem(QStringLiteral("data_warehouse"))->isVisible());

        // The dialog says how big the PNG will be, and greys out the scale for vector formats.
        ExportImageDialog dialog(editor->scene());
        auto *size = dialog.findChild<QLabel *>(QStringLiteral("pixelSize"));
        auto *selectionOnly = dialog.findChild<QCheckBox *>(QStringLiteral("selectionOnly"));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        QVERIFY(size && selectionOnly && format);
        QVERIFY(selectionOnly->isEnabled());
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("scale"))->setValue(1);
        QCOMPARE(size->text(), QStringLiteral("%1 × %2 pixels")
                                   .arg(QLocale().toString(all.width()))
                                   .arg(QLocale().toString(all.height())));
        format->setCurrentIndex(2);
        QCOMPARE(dialog.options().format, ImageFormat::Pdf);
        QVERIFY(!dialog.findChild<QDoubleSpinBox *>(QStringLiteral("scale"))->isEnabled());

        const QString report = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(window->exportReport(editor, report));
        QVERIFY(test::readFile(report).startsWith("%PDF-"));
        QCOMPARE(selection.count(), 0);
        QVERIFY(!window->exportImage(editor, dir.filePath(QStringLiteral("no/such/folder/x.png")),
                                     whole));
        // Said in a window-modal box that does not block (found among the window's children).
        bool told = false;
        for (QMessageBox *box : window->findChildren<QMessageBox *>())
            told = told || box->text().contains(QLatin1String("x.png could not be written"));
        QVERIFY(told);
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"

#include "common/testsupport.h"
#include "tools/designgenerator.h"

#include "canvas/canvasitems.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/providerstyle.h"
#include "model/document/changevaluetraits.h"
#include "model/document/commands.h"
#include "model/document/designdocument.h"
#include "model/layout.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace skyplan;

namespace {

std::unique_ptr<DesignDocument> exampleDocument()
{
    auto doc = std::make_unique<DesignDocument>(Catalog::builtin());
    Design d = test::designFromYaml(
        test::readFile(test::sourcePath(QStringLiteral("resources/examples/service-based.yaml"))));
    layoutIfUnplaced(d);
    doc->resetDesign(std::move(d));
    return doc;
}

} // namespace

class TestCanvas : public QObject {
    Q_OBJECT
private slots:
    // A link's label carries the egress figure of the latest analysis: after the first one,
    // and after an edit that changes it (only such links are labelled again).
    void linkLabelsFollowTheAnalysis()
    {
        auto doc = exampleDocument();
        DesignScene scene(doc.get());
        scene.flush();
        const QString id = QStringLiteral("lake_to_tpu_training");
        const auto figure = [&] {
            const int i = doc->design().linkIndex(id);
            return formatUsd(scene.analysis().egress.links[std::size_t(i)].monthly, 0);
        };
        const QString before = figure();
        QVERIFY(before != QStringLiteral("$0"));
        QVERIFY2(scene.linkItem(id)->label().contains(QStringLiteral("5,000 GB · ") + before),
                 qPrintable(scene.linkItem(id)->label()));
        doc->undoStack()->push(
            new ChangeValueCommand<valuetraits::GbPerMonth>(doc.get(), {id}, 2500.0));
        scene.flush();
        QVERIFY(figure() != before);
        QVERIFY2(scene.linkItem(id)->label().contains(QStringLiteral("2,500 GB · ") + figure()),
                 qPrintable(scene.linkItem(id)->label()));
        // Another link's figure is untouched, and so is its label.
        QVERIFY(scene.linkItem(QStringLiteral("lake_to_warehouse"))
                    ->label()
                    .contains(QStringLiteral("3,000 GB")));
    }

    // A label wider than the gap between two boxes side by side was drawn under them, cut
    // ("g data: 2,00" in the example). The canvas shows the longest form that fits (the whole,
    // the figures, the volume, nothing); the tooltip leads with the whole label.
    void linkLabelsFitBetweenTheirBoxes()
    {
        auto doc = exampleDocument();
        DesignScene scene(doc.get());
        scene.flush();
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetricsF fm(font);
        // A label's box: its text and 4 px each side.
        const auto width = [&](const QString &text) { return fm.boundingRect(text).width() + 8; };

        // Far apart: the whole label; the tooltip leads with it.
        const LinkItem *longLink = scene.linkItem(QStringLiteral("lake_to_tpu_training"));
        QCOMPARE(longLink->shownLabel(), longLink->label());
        QCOMPARE(longLink->toolTip(),
                 longLink->label() + QStringLiteral("\nprimary_storage -> large_models (data)"));
        // The example's two services side by side, 64 px apart: the volume when it fits.
        const LinkItem *side = scene.linkItem(QStringLiteral("lake_to_spot_training"));
        QCOMPARE(side->label(), QStringLiteral("Training data: 2,000 GB"));
        QCOMPARE(side->shownLabel(),
                 width(QStringLiteral("2,000 GB")) <= 64 ? QStringLiteral("2,000 GB") : QString());

        // "Curated tables: 3,000 GB · $253/mo", AWS to GCP, with the warehouse placed beside
        // the storage at gaps halfway between the widths of the label's three forms.
        const LinkItem *item = scene.linkItem(QStringLiteral("lake_to_warehouse"));
        const QString whole = item->label();
        QVERIFY2(whole.startsWith(QStringLiteral("Curated tables: 3,000 GB · $")),
                 qPrintable(whole));
        const QString figures = whole.mid(QStringLiteral("Curated tables: ").size());
        const QString volume = QStringLiteral("3,000 GB");
        const CanvasPosition storage =
            doc->design().service(QStringLiteral("primary_storage"))->position;
        const auto placeAt = [&](double gap) {
            doc->undoStack()->push(new MoveServicesCommand(
                doc.get(),
                {{QStringLiteral("data_warehouse"),
                  {storage.x + LayoutMetrics::serviceWidth + gap, storage.y}}},
                false));
            scene.flush();
            QCOMPARE(item->line().length(), gap);
        };
        placeAt((width(whole) + width(figures)) / 2);
        QCOMPARE(item->shownLabel(), figures);
        placeAt((width(figures) + width(volume)) / 2);
        QCOMPARE(item->shownLabel(), volume);
        placeAt(width(volume) / 2);
        QCOMPARE(item->shownLabel(), QString());
        QVERIFY(item->toolTip().startsWith(whole + QLatin1Char('\n')));
        placeAt(width(whole) + 20);
        QCOMPARE(item->shownLabel(), whole);

        // Another application font fits the labels again.
        placeAt((width(figures) + width(volume)) / 2);
        QCOMPARE(item->shownLabel(), volume);
        const QFont normal = QApplication::font();
        QFont twice = normal;
        twice.setPointSizeF(normal.pointSizeF() * 2);
        QApplication::setFont(twice);
        const QString shownTwice = item->shownLabel();
        QApplication::setFont(normal);
        QCOMPARE(shownTwice, QString());
        QCOMPARE(item->shownLabel(), volume);
    }

    void sceneShowsTheDesign()
    {
        auto doc = exampleDocument();
        DesignScene scene(doc.get());
        QVERIFY(scene.serviceItem(QStringLiteral("primary_storage")));
        QVERIFY(scene.linkItem(QStringLiteral("lake_to_warehouse")));
        QCOMPARE(scene.frames().size(), 3); // aws us-east-1, gcp us-central1, azure eastus
        const PlacedService *s = doc->design().service(QStringLiteral("batch"));
        QCOMPARE(scene.serviceItem(QStringLiteral("batch"))->pos(),
                 QPointF(s->position.x, s->position.y));
        RegionFrameItem *frame =
            scene.frameAt(scene.serviceItem(QStringLiteral("batch"))->sceneBoundingRect().center());
        QVERIFY(frame);
        QCOMPARE(frame->title(), QStringLiteral("AWS us-east-1 (N. Virginia)"));
    }

    void aDragIsOneUndoStepAndSnaps()
    {
        auto doc = exampleDocument();
        DesignScene scene(doc.get());
        const CanvasPosition start = doc->design().service(QStringLiteral("batch"))->position;
        scene.moveServices(QStringLiteral("batch"), {13, 0}, false);
        scene.moveServices(QStringLiteral("batch"), {47, 21}, true);
        QCOMPARE(doc->undoStack()->count(), 1);
        const CanvasPosition after = doc->design().service(QStringLiteral("batch"))->position;
        QCOMPARE(after.x, std::round((start.x + 47) / 10) * 10);
        QCOMPARE(after.y, std::round((start.y + 21) / 10) * 10);
        QCOMPARE(scene.serviceItem(QStringLiteral("batch"))->pos(), QPointF(after.x, after.y));
        doc->undoStack()->undo();
        QVERIFY(doc->design().service(QStringLiteral("batch"))->position == start);
    }

    void droppingIntoAnotherProvidersFrameIsRefused()
    {
        auto doc = exampleDocument();
        DesignScene scene(doc.get());
        QSignalSpy messages(&scene, &DesignScene::message);
        const CanvasPosition start = doc->design().service(QStringLiteral("batch"))->position;
        RegionFrameItem *gcp = nullptr;
        for (RegionFrameItem *f : scene.frames()) {
            if (f->provider() == QLatin1String("gcp"))
                gcp = f;
        }
        QVERIFY(gcp);
        const QPointF target = gcp->boundingRect().center();
        scene.moveServices(QStringLiteral("batch"), target - QPointF(start.x, start.y), false);
        scene.finishDrag(QStringLiteral("batch"), target);
        QVERIFY(doc->design().service(QStringLiteral("batch"))->position == start);
        QCOMPARE(doc->design().service(QStringLiteral("batch"))->region,
                 QStringLiteral("us-east-1"));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(0).toString().contains(
            QLatin1String("cannot go into GCP us-central1")));
    }

    void droppingFromThePaletteAddsIntoTheFramesRegion()
    {
        auto doc = exampleDocument();
        DesignScene scene(doc.get());
        QSignalSpy messages(&scene, &DesignScene::message);
        RegionFrameItem *aws = nullptr, *gcp = nullptr;
        for (RegionFrameItem *f : scene.frames()) {
            if (f->provider() == QLatin1String("aws"))
                aws = f;
            if (f->provider() == QLatin1String("gcp"))
                gcp = f;
        }
        const std::size_t before = doc->design().services().size();
        const QString id = scene.addServiceAt(QStringLiteral("aws"), QStringLiteral("ec2"),
                                              aws->boundingRect().bottomRight() - QPointF(5, 5));
        QCOMPARE(id, QStringLiteral("ec2"));
        QCOMPARE(doc->design().service(id)->region, QStringLiteral("us-east-1"));
        QCOMPARE(doc->design().service(id)->instanceType,
                 QStringLiteral("g4dn.xlarge")); // catalog default
        QVERIFY(doc->selectedServices().contains(id));
        QVERIFY(scene.serviceItem(id));
        // Another provider's frame refuses it.
        QVERIFY(scene
                    .addServiceAt(QStringLiteral("azure"), QStringLiteral("aks"),
                                  gcp->boundingRect().center())
                    .isEmpty());
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(0).toString().contains(QLatin1String("cannot go into GCP")));
        // Outside every frame: the provider's default region, in a frame of its own.
        const QString far =
            scene.addServiceAt(QStringLiteral("gcp"), QStringLiteral("gcs"), {5000, 5000});
        QCOMPARE(doc->design().service(far)->region, QStringLiteral("us-central1"));
        QCOMPARE(doc->design().services().size(), before + 2);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->design().services().size(), before);
        QVERIFY(!scene.serviceItem(id));
    }

    void selectionIsMirroredWithTheDocument()
    {
        auto doc = exampleDocument();
        DesignScene scene(doc.get());
        doc->setSelection({QStringLiteral("batch")});
        QVERIFY(scene.serviceItem(QStringLiteral("batch"))->isSelected());
        scene.serviceItem(QStringLiteral("real_time"))->setSelected(true);
        QVERIFY(doc->selectedServices().contains(QStringLiteral("real_time")));
    }

    // Far out, one layer item draws the links in batches and the link items paint nothing.
    // The view shows what the links drew one by one (a near view of the same scene hands the
    // drawing back to them), hidden layers stay hidden, and a selected link draws itself.
    void farOutLinksAreDrawnInBatches()
    {
        auto doc = std::make_unique<DesignDocument>(Catalog::builtin());
        doc->resetDesign(generateDesign(400, *Catalog::builtin()));
        const int links = int(doc->design().links().size());
        DesignScene scene(doc.get());
        scene.flush();
        DesignView view;
        view.resize(900, 600);
        view.setDesignScene(&scene);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToView();
        QVERIFY(view.zoom() < DesignScene::farOutDetail);
        QVERIFY(scene.linksBatched());
        LinkItem *link = scene.linkItems().begin().value();
        QVERIFY(link->flags() & QGraphicsItem::ItemHasNoContents);
        const auto render = [&] {
            QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
            view.viewport()->render(&image);
            return image;
        };
        const auto differs = [](QRgb p, QRgb q) {
            return std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                       std::abs(qBlue(p) - qBlue(q)) >
                   24;
        };
        const QImage batched = render();
        QCOMPARE(scene.linkLayer()->drawnLines(), links);

        {
            // A second view, near (a new view starts at 1:1): every link draws itself again.
            DesignView nearView;
            nearView.resize(300, 200);
            nearView.setDesignScene(&scene);
            QVERIFY(!scene.linksBatched());
            QVERIFY(!(link->flags() & QGraphicsItem::ItemHasNoContents));
            const QImage single = render();
            scene.setHiddenLayers({QStringLiteral("data"), QStringLiteral("requests"),
                                   QStringLiteral("replication")});
            const QImage none = render();
            scene.setHiddenLayers({});
            // The same lines cover the same pixels (their colours may differ only where two
            // cross, drawn in another order), and there are thousands of them.
            int covered = 0, mismatched = 0;
            for (int y = 0; y < none.height(); ++y) {
                for (int x = 0; x < none.width(); ++x) {
                    const bool inBatch = differs(batched.pixel(x, y), none.pixel(x, y));
                    const bool inSingle = differs(single.pixel(x, y), none.pixel(x, y));
                    covered += inSingle;
                    mismatched += inBatch != inSingle;
                }
            }
            QVERIFY2(covered > none.width() * none.height() / 50,
                     qPrintable(QString::number(covered)));
            QVERIFY2(mismatched < covered / 100,
                     qPrintable(QStringLiteral("%1 of %2").arg(mismatched).arg(covered)));
        }
        // The near view is gone: far out again, batched again.
        QTRY_VERIFY(scene.linksBatched());
        scene.setHiddenLayers({QStringLiteral("requests")});
        (void)render();
        int requests = 0;
        for (const Link &l : doc->design().links())
            requests += l.kind == LinkKind::Request;
        QVERIFY(requests > 0);
        QCOMPARE(scene.linkLayer()->drawnLines(), links - requests);
        scene.setHiddenLayers({});

        // A selected link draws itself, highlighted; the layer leaves it out.
        link->setSelected(true);
        QVERIFY(!(link->flags() & QGraphicsItem::ItemHasNoContents));
        (void)render();
        QCOMPARE(scene.linkLayer()->drawnLines(), links - 1);
        link->setSelected(false);
        QVERIFY(link->flags() & QGraphicsItem::ItemHasNoContents);

        // An export draws every link itself, at full detail.
        scene.setFullDetail(true);
        QVERIFY(!scene.linksBatched());
        scene.setFullDetail(false);
        QVERIFY(scene.linksBatched());
    }

    void fitToViewShowsEverything()
    {
        auto doc = exampleDocument();
        DesignScene scene(doc.get());
        DesignView view;
        view.resize(800, 500);
        view.setScene(&scene);
        view.show();
        view.fitToView();
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
        for (RegionFrameItem *f : scene.frames())
            QVERIFY(visible.contains(f->boundingRect()));
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"

#include "common/testsupport.h"

#include "model/document/changevaluetraits.h"
#include "model/document/clipboard.h"
#include "model/document/commands.h"
#include "model/io/designfile.h"
#include "model/io/diagnostic.h"
#include "model/layout.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace skyplan;
namespace vt = skyplan::valuetraits;

Q_DECLARE_METATYPE(skyplan::DesignChange)

namespace {

std::unique_ptr<DesignDocument> exampleDocument()
{
    auto doc = std::make_unique<DesignDocument>(Catalog::builtin());
    doc->resetDesign(test::designFromYaml(
        test::readFile(test::sourcePath(QStringLiteral("resources/examples/service-based.yaml")))));
    return doc;
}

QByteArray bytes(const DesignDocument &doc)
{
    return skyplanfile::write(doc.design());
}

template<typename Traits>
void roundTripTrait(DesignDocument &doc, const QStringList &ids, typename Traits::Value value)
{
    const QByteArray before = bytes(doc);
    doc.undoStack()->push(new ChangeValueCommand<Traits>(&doc, ids, value));
    QVERIFY(Traits::read(doc.design(), ids.first()) == value);
    QVERIFY(bytes(doc) != before);
    doc.undoStack()->undo();
    QCOMPARE(bytes(doc), before);
    doc.undoStack()->redo();
    QVERIFY(Traits::read(doc.design(), ids.last()) == value);
    doc.undoStack()->undo();
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<DesignChange>(); }

    void mutatorsAnnounceWhatChanged()
    {
        auto doc = exampleDocument();
        QSignalSpy spy(doc.get(), &DesignDocument::changed);
        PlacedService s =
            test::service(QStringLiteral("new"), QStringLiteral("aws"), QStringLiteral("s3"));
        doc->insertService(s, -1);
        doc->editService(QStringLiteral("new"), DesignChange::Field::Position,
                         [](PlacedService &p) {
                             p.position = {5, 6};
                         });
        doc->removeService(QStringLiteral("new"));
        QCOMPARE(spy.count(), 3);
        const auto change = [&](int i) { return spy.at(i).at(0).value<DesignChange>(); };
        QCOMPARE(change(0).kind, DesignChange::Kind::ServiceAdded);
        QCOMPARE(change(0).id, QStringLiteral("new"));
        QCOMPARE(change(1).kind, DesignChange::Kind::ServiceChanged);
        QCOMPARE(change(1).fields, DesignChange::Fields(DesignChange::Field::Position));
        QVERIFY(!change(1).affectsAnalysis());
        QCOMPARE(change(2).kind, DesignChange::Kind::ServiceRemoved);
    }

    void selectionIsNotUndoable()
    {
        auto doc = exampleDocument();
        QSignalSpy spy(doc.get(), &DesignDocument::selectionChanged);
        doc->setSelection({QStringLiteral("batch")});
        doc->setSelection({QStringLiteral("batch")}); // no change, no signal
        QCOMPARE(spy.count(), 1);
        QCOMPARE(doc->undoStack()->count(), 0);
        // Removing a selected service takes it out of the selection.
        doc->undoStack()->push(new RemoveItemsCommand(doc.get(), {QStringLiteral("batch")}, {}));
        QVERIFY(doc->selectedServices().isEmpty());
        QCOMPARE(spy.count(), 2);
    }

    void modifiedFollowsTheCleanState()
    {
        auto doc = exampleDocument();
        QSignalSpy spy(doc.get(), &DesignDocument::modifiedChanged);
        QVERIFY(!doc->isModified());
        doc->undoStack()->push(
            new ChangeValueCommand<vt::Instances>(doc.get(), {QStringLiteral("batch")}, 9));
        QVERIFY(doc->isModified());
        doc->markSaved();
        QVERIFY(!doc->isModified());
        doc->undoStack()->undo();
        QVERIFY(doc->isModified());
        QCOMPARE(spy.count(), 3);
    }

    void addItemsUndoRedo()
    {
        auto doc = exampleDocument();
        const QByteArray before = bytes(*doc);
        PlacedService s =
            test::service(QStringLiteral("gpu"), QStringLiteral("aws"), QStringLiteral("ec2"));
        Link l;
        l.id = QStringLiteral("gpu_to_lake");
        l.from = QStringLiteral("gpu");
        l.to = QStringLiteral("primary_storage");
        doc->undoStack()->push(
            new AddItemsCommand(doc.get(), {s}, {l}, undoText("Add %1").arg(s.id)));
        QVERIFY(doc->design().service(QStringLiteral("gpu")));
        QVERIFY(doc->design().link(QStringLiteral("gpu_to_lake")));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Add gpu"));
        doc->undoStack()->undo();
        QCOMPARE(bytes(*doc), before);
        doc->undoStack()->redo();
        QCOMPARE(doc->design().services().back().id, QStringLiteral("gpu"));
    }

    void deleteRestoresServicesAndLinksWhereTheyWere()
    {
        auto doc = exampleDocument();
        const QByteArray before = bytes(*doc);
        const QStringList links = doc->design().linksOf(QStringLiteral("primary_storage"));
        QCOMPARE(links.size(), 5);
        doc->undoStack()->push(new RemoveItemsCommand(
            doc.get(), {QStringLiteral("primary_storage"), QStringLiteral("batch")},
            {QStringLiteral("tpu_models_to_registry")}));
        QVERIFY(!doc->design().service(QStringLiteral("primary_storage")));
        for (const QString &l : links)
            QVERIFY(!doc->design().link(l));
        QCOMPARE(doc->design().links().size(),
                 9u - 5u - 2u); // registry_to_batch, tpu_models_to_registry too
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Delete 3 items"));
        doc->undoStack()->undo();
        QCOMPARE(bytes(*doc), before);
        doc->undoStack()->redo();
        doc->undoStack()->undo();
        QCOMPARE(bytes(*doc), before);
    }

    void oneDragIsOneUndoStep()
    {
        auto doc = exampleDocument();
        const CanvasPosition start = doc->design().service(QStringLiteral("batch"))->position;
        for (int step = 1; step <= 10; ++step)
            doc->undoStack()->push(new MoveServicesCommand(
                doc.get(), {{QStringLiteral("batch"), {start.x + step, start.y}}}, step > 1));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->design().service(QStringLiteral("batch"))->position.x, start.x + 10);
        // A second drag is a second step.
        doc->undoStack()->push(
            new MoveServicesCommand(doc.get(), {{QStringLiteral("batch"), {0, 0}}}, false));
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QVERIFY(doc->design().service(QStringLiteral("batch"))->position == start);
    }

    void valueChangesMergeWhileTyping()
    {
        auto doc = exampleDocument();
        const QStringList ids{QStringLiteral("batch"), QStringLiteral("small_models")};
        for (int n = 1; n <= 5; ++n)
            doc->undoStack()->push(new ChangeValueCommand<vt::Instances>(doc.get(), ids, n));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Change instances of 2 items"));
        QCOMPARE(doc->design().service(QStringLiteral("small_models"))->instances, 5);
        doc->undoStack()->undo();
        QCOMPARE(doc->design().service(QStringLiteral("small_models"))->instances, 4);
        QCOMPARE(doc->design().service(QStringLiteral("batch"))->instances, 2);
        // Another property does not merge.
        doc->undoStack()->push(new ChangeValueCommand<vt::Instances>(doc.get(), ids, 3));
        doc->undoStack()->push(
            new ChangeValueCommand<vt::Pricing>(doc.get(), ids, PricingModel::Spot));
        QCOMPARE(doc->undoStack()->count(), 2);
    }

    void everyValueTraitUndoesAndRedoes()
    {
        auto doc = exampleDocument();
        const QStringList s{QStringLiteral("batch")};
        const QStringList l{QStringLiteral("lake_to_batch")};
        roundTripTrait<vt::Label>(*doc, s, QStringLiteral("Scoring"));
        roundTripTrait<vt::Role>(*doc, s, QStringLiteral("ml.scoring"));
        roundTripTrait<vt::Reason>(*doc, s, QStringLiteral("cheap"));
        roundTripTrait<vt::Tags>(
            *doc, s, QMap<QString, QString>{{QStringLiteral("team"), QStringLiteral("x")}});
        roundTripTrait<vt::Region>(*doc, s, QStringLiteral("eu-west-1"));
        roundTripTrait<vt::DeploymentValue>(*doc, s, Deployment::MultiRegion);
        roundTripTrait<vt::InstanceType>(*doc, s, QStringLiteral("p3.2xlarge"));
        roundTripTrait<vt::Instances>(*doc, s, 7);
        roundTripTrait<vt::HoursPerDay>(*doc, s, 12.0);
        roundTripTrait<vt::DaysPerWeek>(*doc, s, 5.0);
        roundTripTrait<vt::Pricing>(*doc, s, PricingModel::Reserved1y);
        roundTripTrait<vt::StorageGb>(*doc, s, 10.0);
        roundTripTrait<vt::StorageTierValue>(*doc, s, StorageTier::Archive);
        roundTripTrait<vt::TbScanned>(*doc, s, 3.0);
        roundTripTrait<vt::Requests>(*doc, s, 4.0);
        roundTripTrait<vt::Tokens>(*doc, s, 5.0);
        roundTripTrait<vt::Classification>(*doc, s, DataClassification::Phi);
        roundTripTrait<vt::DataOrigin>(*doc, s, QStringLiteral("DE"));
        roundTripTrait<vt::EncryptionAtRest>(*doc, s, false);
        roundTripTrait<vt::EncryptionInTransit>(*doc, s, false);
        roundTripTrait<vt::Availability>(*doc, s, 0.99);
        roundTripTrait<vt::Workload>(*doc, s, WorkloadType::Training);
        roundTripTrait<vt::Dr>(*doc, s, DrStrategy::PilotLight);
        roundTripTrait<vt::LinkLabel>(*doc, l, QStringLiteral("Input"));
        roundTripTrait<vt::Kind>(*doc, l, LinkKind::Replication);
        roundTripTrait<vt::GbPerMonth>(*doc, l, 123.0);
        roundTripTrait<vt::Path>(*doc, l, NetworkPath::Interconnect);
        roundTripTrait<vt::CrossZone>(*doc, l, true);
        roundTripTrait<vt::Anonymized>(*doc, l, true);
        roundTripTrait<vt::Mechanism>(*doc, l, TransferMechanism::Bcr);
        OrganizationProfile org = doc->design().organization;
        org.teamEngineers = 3;
        roundTripTrait<vt::Organization>(*doc, {QString()}, org);
        roundTripTrait<vt::Name>(*doc, {QString()}, QStringLiteral("Renamed"));
        roundTripTrait<vt::Description>(*doc, {QString()}, QStringLiteral("New text"));
        roundTripTrait<vt::EntryPoints>(*doc, {QString()}, QStringList{QStringLiteral("batch")});
        roundTripTrait<vt::Sites>(*doc, {QString()},
                                  std::vector<OnPremSite>{{QStringLiteral("x"), QStringLiteral("X"),
                                                           QStringLiteral("RU")}});
        RedundancyGroup g;
        g.name = QStringLiteral("g");
        g.members = {QStringLiteral("batch"), QStringLiteral("small_models")};
        roundTripTrait<vt::RedundancyGroups>(*doc, {QString()}, std::vector<RedundancyGroup>{g});
    }

    void removingAServiceTakesItOutOfEntryPointsAndGroups()
    {
        auto doc = exampleDocument();
        RedundancyGroup g;
        g.name = QStringLiteral("pair");
        g.members = {QStringLiteral("batch"), QStringLiteral("small_models")};
        doc->undoStack()->push(new ChangeValueCommand<vt::RedundancyGroups>(
            doc.get(), {QString()}, std::vector<RedundancyGroup>{g}));
        doc->undoStack()->push(new ChangeValueCommand<vt::EntryPoints>(
            doc.get(), {QString()},
            QStringList{QStringLiteral("real_time"), QStringLiteral("batch")}));
        const QByteArray before = bytes(*doc);
        doc->undoStack()->push(new RemoveItemsCommand(doc.get(), {QStringLiteral("batch")}, {}));
        QCOMPARE(doc->design().entryPoints, QStringList{QStringLiteral("real_time")});
        QVERIFY(doc->design().redundancyGroups.empty()); // one member left: no group
        // What is saved reads back: no reference to a service that is gone.
        const LoadedDesign reread =
            skyplanfile::read(bytes(*doc), QStringLiteral("after.skyplan"), doc->catalog());
        QCOMPARE(reread.design.entryPoints, QStringList{QStringLiteral("real_time")});
        doc->undoStack()->undo();
        QCOMPARE(bytes(*doc), before);
        doc->undoStack()->redo();
        QCOMPARE(doc->design().entryPoints, QStringList{QStringLiteral("real_time")});
    }

    void pasteRenamesLinksAndStepsOffTheOriginals()
    {
        auto doc = exampleDocument();
        const Design &d = doc->design();
        const QByteArray copied = clipboard::copy(
            d, {QStringLiteral("primary_storage"), QStringLiteral("small_models")},
            {QStringLiteral("lake_to_warehouse")}); // a link whose other end stays behind
        clipboard::PastedItems items = clipboard::paste(copied, d, doc->catalog());
        QCOMPARE(items.services.size(), std::size_t(2));
        QCOMPARE(items.services[0].id, QStringLiteral("primary_storage_2"));
        QCOMPARE(items.services[1].id, QStringLiteral("small_models_2"));
        QCOMPARE(items.links.size(), std::size_t(1));
        QCOMPARE(items.links[0].from, QStringLiteral("primary_storage_2"));
        QCOMPARE(items.links[0].to, QStringLiteral("small_models_2"));
        const CanvasPosition original = d.service(QStringLiteral("primary_storage"))->position;
        QCOMPARE(items.services[0].position.x, original.x + 40);
        QCOMPARE(items.services[0].position.y, original.y + 40);
        doc->undoStack()->push(
            new AddItemsCommand(doc.get(), items.services, items.links, undoText("Paste")));
        // A second paste of the same bytes: "_3", one more step off.
        clipboard::PastedItems again = clipboard::paste(copied, d, doc->catalog());
        QCOMPARE(again.services[0].id, QStringLiteral("primary_storage_3"));
        QCOMPARE(again.services[0].position.x, original.x + 80);
        // Not a design: a clear error, nothing pasted.
        QVERIFY_THROWS_EXCEPTION(
            InputError,
            clipboard::paste("{\"format_version\": 1, \"services\": 3}", d, doc->catalog()));
    }

    void alignAndDistributeFigures()
    {
        Design d;
        const auto at = [&](const QString &id, double x, double y) {
            PlacedService s = test::service(id, QStringLiteral("aws"), QStringLiteral("s3"));
            s.position = {x, y};
            d.insertService(s);
        };
        at(QStringLiteral("a"), 100, 0);
        at(QStringLiteral("b"), 300, 50);
        at(QStringLiteral("c"), 1000, 120);
        const QStringList all{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        auto left = alignedPositions(d, all, Alignment::Left);
        QCOMPARE(left.size(), 2); // a is already there
        QCOMPARE(left[QStringLiteral("c")].x, 100.0);
        QCOMPARE(left[QStringLiteral("c")].y, 120.0);
        auto middle = alignedPositions(d, all, Alignment::VerticalCenter);
        QCOMPARE(middle[QStringLiteral("a")].y, 60.0);
        QCOMPARE(middle[QStringLiteral("b")].y, 60.0);
        auto spread = distributedPositions(d, all, Distribution::Horizontal);
        QCOMPARE(spread.size(), 1);
        QCOMPARE(spread[QStringLiteral("b")].x, 550.0); // halfway between 100 and 1000
        QVERIFY(distributedPositions(d, {QStringLiteral("a"), QStringLiteral("b")},
                                     Distribution::Vertical)
                    .isEmpty());
    }

    void thousandsOfRandomEditsUndoAndRedoExactly()
    {
        auto doc = exampleDocument();
        const QByteArray original = bytes(*doc);
        QRandomGenerator rng(20261123);
        const auto pick = [&](const auto &list) {
            return list[std::size_t(rng.bounded(int(list.size())))];
        };
        const auto &services = doc->design().services();
        int added = 0;
        for (int i = 0; i < 3000; ++i) {
            const int op = services.empty() ? 0 : rng.bounded(11);
            QUndoStack *stack = doc->undoStack();
            switch (op) {
            case 0: {
                PlacedService s = test::service(QStringLiteral("r%1").arg(added++),
                                                QStringLiteral("gcp"), QStringLiteral("gke"));
                s.position = {double(rng.bounded(2000)), double(rng.bounded(2000))};
                stack->push(new AddItemsCommand(doc.get(), {s}, {}, undoText("Add %1").arg(s.id)));
                break;
            }
            case 1:
                stack->push(new RemoveItemsCommand(doc.get(), {pick(services).id}, {}));
                break;
            case 2: {
                if (services.size() < 2)
                    break;
                Link l;
                l.from = pick(services).id;
                l.to = pick(services).id;
                if (l.from == l.to)
                    break;
                l.id = doc->design().uniqueLinkId(l.from + QStringLiteral("_to_") + l.to);
                l.gbPerMonth = rng.bounded(1000);
                stack->push(new AddItemsCommand(doc.get(), {}, {l}, undoText("Add link")));
                break;
            }
            case 3:
                if (!doc->design().links().empty())
                    stack->push(
                        new RemoveItemsCommand(doc.get(), {}, {pick(doc->design().links()).id}));
                break;
            case 4:
                stack->push(new MoveServicesCommand(
                    doc.get(),
                    {{pick(services).id, {double(rng.bounded(3000)), double(rng.bounded(3000))}}},
                    rng.bounded(2) == 1));
                break;
            case 5:
                stack->push(new ChangeValueCommand<vt::Instances>(doc.get(), {pick(services).id},
                                                                  rng.bounded(1, 50)));
                break;
            case 6:
                stack->push(new ChangeValueCommand<vt::Label>(doc.get(), {pick(services).id},
                                                              QStringLiteral("L%1").arg(i)));
                break;
            case 7:
                if (!doc->design().links().empty())
                    stack->push(new ChangeValueCommand<vt::GbPerMonth>(
                        doc.get(), {pick(doc->design().links()).id}, double(rng.bounded(5000))));
                break;
            case 8: {
                clipboard::PastedItems items = clipboard::duplicate(
                    doc->design(), {pick(services).id, pick(services).id}, doc->catalog());
                stack->push(new AddItemsCommand(doc.get(), items.services, items.links,
                                                undoText("Duplicate")));
                break;
            }
            case 9: {
                const auto to =
                    alignedPositions(doc->design(), {pick(services).id, pick(services).id},
                                     Alignment(rng.bounded(6)));
                if (!to.isEmpty())
                    stack->push(new MoveServicesCommand(doc.get(), to, false));
                break;
            }
            case 10: {
                QStringList entries = doc->design().entryPoints;
                entries << pick(services).id;
                entries.removeDuplicates();
                stack->push(
                    new ChangeValueCommand<vt::EntryPoints>(doc.get(), {QString()}, entries));
                break;
            }
            }
        }
        const QByteArray final = bytes(*doc);
        QVERIFY(final != original);
        QVERIFY(doc->undoStack()->count() > 1000);
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(bytes(*doc), original);
        while (doc->undoStack()->canRedo())
            doc->undoStack()->redo();
        QCOMPARE(bytes(*doc), final);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"

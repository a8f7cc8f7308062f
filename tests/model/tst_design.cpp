#include "common/testsupport.h"

#include "model/layout.h"

#include <QTest>

using namespace skyplan;

class TestDesign : public QObject {
    Q_OBJECT
private slots:
    void siteLookupFollowsEveryChangeOfTheSites()
    {
        Design d;
        d.sites = {{QStringLiteral("berlin"), QStringLiteral("Berlin DC"), QStringLiteral("DE")},
                   {QStringLiteral("paris"), QStringLiteral("Paris DC"), QStringLiteral("FR")}};
        QCOMPARE(d.site(QStringLiteral("paris"))->country, QStringLiteral("FR"));
        QVERIFY(!d.site(QStringLiteral("oslo")));
        // Edited in place (same vector, same size): the index must not answer from before.
        d.sites[1].id = QStringLiteral("oslo");
        d.sites[1].country = QStringLiteral("NO");
        QVERIFY(!d.site(QStringLiteral("paris")));
        QCOMPARE(d.site(QStringLiteral("oslo"))->country, QStringLiteral("NO"));
        // Swapped order, a site removed, a site added, a copy of the design.
        std::swap(d.sites[0], d.sites[1]);
        QCOMPARE(d.site(QStringLiteral("berlin"))->name, QStringLiteral("Berlin DC"));
        d.sites.erase(d.sites.begin());
        QVERIFY(!d.site(QStringLiteral("oslo")));
        d.sites.push_back(
            {QStringLiteral("rome"), QStringLiteral("Rome DC"), QStringLiteral("IT")});
        const Design copy = d;
        QCOMPARE(copy.site(QStringLiteral("rome"))->country, QStringLiteral("IT"));
        QVERIFY(copy.site(QStringLiteral("rome")) == &copy.sites[1]); // the copy's own site
        QCOMPARE(d.site(QStringLiteral("berlin")), &d.sites[0]);
    }

    void insertFindAndTake()
    {
        Design d;
        d.insertService(
            test::service(QStringLiteral("a"), QStringLiteral("aws"), QStringLiteral("s3")));
        d.insertService(
            test::service(QStringLiteral("b"), QStringLiteral("gcp"), QStringLiteral("gcs")));
        d.insertService(
            test::service(QStringLiteral("c"), QStringLiteral("aws"), QStringLiteral("ec2")), 0);
        QCOMPARE(d.services().size(), 3u);
        QCOMPARE(d.services()[0].id, QStringLiteral("c"));
        QCOMPARE(d.serviceIndex(QStringLiteral("a")), 1);
        QCOMPARE(d.serviceIndex(QStringLiteral("b")), 2);
        QVERIFY(d.service(QStringLiteral("zzz")) == nullptr);

        const PlacedService taken = d.takeService(QStringLiteral("a"));
        QCOMPARE(taken.service, QStringLiteral("s3"));
        QCOMPARE(d.serviceIndex(QStringLiteral("b")), 1);
        QCOMPARE(d.serviceIndex(QStringLiteral("a")), -1);
        QCOMPARE(d.providers(), QStringList({QStringLiteral("aws"), QStringLiteral("gcp")}));
    }

    void duplicateIdIsRefused()
    {
        Design d;
        d.insertService(
            test::service(QStringLiteral("a"), QStringLiteral("aws"), QStringLiteral("s3")));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, d.insertService(test::service(
                                                       QStringLiteral("a"), QStringLiteral("aws"),
                                                       QStringLiteral("s3"))));
    }

    void uniqueIds()
    {
        Design d;
        QCOMPARE(d.uniqueServiceId(QStringLiteral("s3")), QStringLiteral("s3"));
        d.insertService(
            test::service(QStringLiteral("s3"), QStringLiteral("aws"), QStringLiteral("s3")));
        d.insertService(
            test::service(QStringLiteral("s3_2"), QStringLiteral("aws"), QStringLiteral("s3")));
        QCOMPARE(d.uniqueServiceId(QStringLiteral("s3")), QStringLiteral("s3_3"));
    }

    void linksOfAService()
    {
        Design d;
        for (const char *id : {"a", "b", "c"})
            d.insertService(test::service(QString::fromLatin1(id), QStringLiteral("aws"),
                                          QStringLiteral("s3")));
        Link ab;
        ab.id = QStringLiteral("ab");
        ab.from = QStringLiteral("a");
        ab.to = QStringLiteral("b");
        Link bc = ab;
        bc.id = QStringLiteral("bc");
        bc.from = QStringLiteral("b");
        bc.to = QStringLiteral("c");
        d.insertLink(ab);
        d.insertLink(bc);
        QCOMPARE(d.linksOf(QStringLiteral("b")),
                 QStringList({QStringLiteral("ab"), QStringLiteral("bc")}));
        QCOMPARE(d.linksOf(QStringLiteral("a")), QStringList({QStringLiteral("ab")}));
        d.takeLink(QStringLiteral("ab"));
        QCOMPARE(d.linkIndex(QStringLiteral("bc")), 0);
    }

    void equalityComparesEverything()
    {
        Design a;
        a.insertService(
            test::service(QStringLiteral("x"), QStringLiteral("aws"), QStringLiteral("s3")));
        Design b = a;
        QVERIFY(a == b);
        b.service(QStringLiteral("x"))->storageGb += 1;
        QVERIFY(!(a == b));
    }

    void layoutPlacesUnplacedServicesPerProviderAndRegion()
    {
        Design d;
        d.insertService(test::service(QStringLiteral("a"), QStringLiteral("aws"),
                                      QStringLiteral("s3"), QStringLiteral("us-east-1")));
        d.insertService(test::service(QStringLiteral("b"), QStringLiteral("aws"),
                                      QStringLiteral("ec2"), QStringLiteral("us-east-1")));
        d.insertService(test::service(QStringLiteral("c"), QStringLiteral("aws"),
                                      QStringLiteral("ecr"), QStringLiteral("us-east-1")));
        d.insertService(test::service(QStringLiteral("g"), QStringLiteral("gcp"),
                                      QStringLiteral("gcs"), QStringLiteral("us-central1")));
        layoutIfUnplaced(d);
        using M = LayoutMetrics;
        const auto pos = [&](const char *id) {
            return d.service(QString::fromLatin1(id))->position;
        };
        QCOMPARE(pos("a").x, M::framePadding);
        QCOMPARE(pos("b").x, M::framePadding + M::serviceWidth + M::gap);
        QCOMPARE(pos("c").y, M::framePadding + M::serviceHeight + M::gap); // third: next row
        QVERIFY(pos("g").x > pos("b").x + M::serviceWidth); // gcp column to the right
        // A design with a layout keeps it.
        d.service(QStringLiteral("a"))->position = {1000, 2000};
        layoutIfUnplaced(d);
        QCOMPARE(pos("a").x, 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestDesign)
#include "tst_design.moc"

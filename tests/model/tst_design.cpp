#include "common/testsupport.h"

#include "model/layout.h"

#include <QTest>

using namespace skyplan;

namespace {

/// Services a, b and c.
Design servicesAbc()
{
    Design d;
    for (const char *id : {"a", "b", "c"})
        d.insertService(
            test::service(QString::fromLatin1(id), QStringLiteral("aws"), QStringLiteral("s3")));
    return d;
}

Link link(const char *id, const char *from, const char *to)
{
    Link l;
    l.id = QString::fromLatin1(id);
    l.from = QString::fromLatin1(from);
    l.to = QString::fromLatin1(to);
    return l;
}

} // namespace

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

    // Providers in the order services first use them, with more of them than the few a scan
    // handles (IdNumbers then hashes).
    void providersInOrderOfFirstUse()
    {
        Design d;
        QStringList expected;
        for (int i = 0; i < 40; ++i) {
            const QString provider = QStringLiteral("p%1").arg((i * 7) % 12);
            if (!expected.contains(provider))
                expected << provider;
            d.insertService(
                test::service(QStringLiteral("s%1").arg(i), provider, QStringLiteral("s3")));
        }
        QCOMPARE(expected.size(), 12);
        QCOMPARE(d.providers(), expected);
    }

    // The link ends the analyses read follow every edit, whichever accessor made it.
    void linkEndsFollowEveryEdit()
    {
        Design d = servicesAbc();
        d.insertLink(link("l", "a", "c"));
        const auto ends = [&] {
            const Design::LinkEnds e = d.linkEnds().at(0);
            return std::make_pair(e.from, e.to);
        };
        QCOMPARE(ends(), std::make_pair(0, 2));
        (void)d.takeService(QStringLiteral("b")); // c moves down
        QCOMPARE(ends(), std::make_pair(0, 1));
        d.insertService(
            test::service(QStringLiteral("b"), QStringLiteral("aws"), QStringLiteral("s3")),
            0); // everything moves up
        QCOMPARE(ends(), std::make_pair(1, 2));
        d.link(QStringLiteral("l"))->to = QStringLiteral("b"); // edited in place
        QCOMPARE(ends(), std::make_pair(1, 0));
        d.link(QStringLiteral("l"))->to = QStringLiteral("gone"); // names no service
        QCOMPARE(ends(), std::make_pair(1, -1));
        d.insertService(
            test::service(QStringLiteral("gone"), QStringLiteral("aws"), QStringLiteral("s3")));
        QCOMPARE(ends(), std::make_pair(1, 3));
        (void)d.takeService(QStringLiteral("gone"));
        QCOMPARE(ends(), std::make_pair(1, -1));
    }

    void linksOfAService()
    {
        Design d = servicesAbc();
        d.insertLink(link("ab", "a", "b"));
        d.insertLink(link("bc", "b", "c"));
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

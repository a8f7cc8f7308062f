#include "common/testsupport.h"

#include "canvas/providerstyle.h"
#include "model/analysis/designanalysis.h"
#include "widgets/catalogpalette.h"
#include "widgets/designoverview.h"
#include "widgets/translations.h"

#include <QLabel>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <cmath>

using namespace skyplan;

class TestOverview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }
    void formatsMoney()
    {
        QCOMPARE(formatUsd(1234567.891), QStringLiteral("$1,234,567.89"));
        QCOMPARE(formatUsd(-58.9), QStringLiteral("-$58.90"));
        QCOMPARE(formatUsd(-0.001), QStringLiteral("$0.00"));
        QCOMPARE(formatUsd(111631.19, 0), QStringLiteral("$111,631"));
        // Half a cent rounds away from zero, whatever the binary digits of the sum: 746.925 is
        // 746.92499999999995... as a double, and the sums of the egress example land on either
        // side of it.
        QCOMPARE(formatUsd(746.925), QStringLiteral("$746.93"));
        QCOMPARE(formatUsd(std::nextafter(746.925, 0.0)), QStringLiteral("$746.93"));
        QCOMPARE(formatUsd(-0.005), QStringLiteral("-$0.01"));
        QCOMPARE(formatUsd(2.5, 0), QStringLiteral("$3"));
        QCOMPARE(formatUsd(0.0235, 3), QStringLiteral("$0.024"));
        QCOMPARE(formatUsd(999999.995), QStringLiteral("$1,000,000.00"));
        QCOMPARE(formatUsd(2e13), QStringLiteral("$20,000,000,000,000.00"));
    }

    void paletteFiltersAsYouType()
    {
        CatalogPalette palette(test::catalog());
        QTreeWidget *tree = palette.tree();
        QCOMPARE(tree->topLevelItemCount(), 4); // aws, gcp, azure, onprem
        const auto visibleServices = [&] {
            QStringList names;
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
                    for (int k = 0; k < tree->topLevelItem(i)->child(c)->childCount(); ++k)
                        if (!tree->topLevelItem(i)->child(c)->child(k)->isHidden())
                            names << tree->topLevelItem(i)->child(c)->child(k)->text(0);
            return names;
        };
        QCOMPARE(visibleServices().size(), int(test::catalog().services().size()));
        palette.setFilter(QStringLiteral("bigquery"));
        QCOMPARE(visibleServices(), QStringList({QStringLiteral("BigQuery")}));
        QVERIFY(tree->topLevelItem(0)->isHidden()); // AWS has no match
        palette.setFilter(QStringLiteral("kubernetes"));
        QVERIFY(visibleServices().size() >= 4); // EKS, GKE, AKS, on-prem
        palette.setFilter(QString());
        QCOMPARE(visibleServices().size(), int(test::catalog().services().size()));
    }

    void showsTheFiguresTheModelComputes()
    {
        const Design d = test::designFromYaml(
            test::readFile(test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml"))));
        const DesignAnalysis a = analyzeDesign(d, test::catalog());
        DesignOverview view;
        view.resize(1200, 800);
        view.showDesign(d, a, test::catalog());
        QStringList labels;
        for (const QLabel *l : view.findChildren<QLabel *>())
            labels << l->text();
        QVERIFY2(labels.contains(formatUsd(a.cost.monthly)),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(labels.contains(QStringLiteral("$10,471.00")));
        QVERIFY(labels.contains(QStringLiteral("7 services on AWS, GCP, Azure")));
        const QAbstractItemModel *services = view.servicesView()->model();
        QCOMPARE(services->rowCount(), 7);
        const QModelIndex large = services->index(2, 0);
        QCOMPARE(large.data().toString(), QStringLiteral("Large models"));
        QCOMPARE(services->index(2, 6).data().toString(), QStringLiteral("$9,402.40"));
        QCOMPARE(services->index(0, 3, large).data().toString(), QStringLiteral("2,920"));
        QVERIFY(!services->index(0, 0, large).data(Qt::ToolTipRole).toString().isEmpty());
        // Filtered: only what matches; sorted by the monthly figure, by value.
        view.setFilter(QStringLiteral("gcp"));
        QCOMPARE(services->rowCount(), 2);
        view.setFilter(QString());
        view.servicesView()->sortByColumn(6, Qt::DescendingOrder);
        QCOMPARE(services->index(0, 0).data().toString(), QStringLiteral("Large models"));
    }

    // An edit that changes figures but not the rows updates the rows in place: the model is
    // not reset, so what the person opened, sorted and scrolled to stays; a new service resets.
    void anEditUpdatesTheInvoiceInPlace()
    {
        Design d = test::designFromYaml(
            test::readFile(test::sourcePath(QStringLiteral("tests/data/seed-pattern3.yaml"))));
        DesignOverview view;
        view.resize(1200, 800);
        view.showDesign(d, analyzeDesign(d, test::catalog()), test::catalog());
        QAbstractItemModel *services = view.servicesView()->model();
        view.servicesView()->sortByColumn(6, Qt::DescendingOrder);
        const QModelIndex large = services->index(0, 0);
        QCOMPARE(large.data().toString(), QStringLiteral("Large models"));
        view.servicesView()->expand(large);
        int resets = 0;
        connect(services, &QAbstractItemModel::modelReset, this, [&] { ++resets; });

        // Large models: 4 TPU v4 chips -> 2, so $9,402.40 -> about half.
        PlacedService *s = d.service(d.services()[2].id);
        QCOMPARE(s->label, QStringLiteral("Large models"));
        s->instances = 2;
        const DesignAnalysis after = analyzeDesign(d, test::catalog());
        view.showDesign(d, after, test::catalog());
        QCOMPARE(resets, 0);
        QCOMPARE(services->rowCount(), 7);
        const QString expected = formatUsd(after.cost.services[2].monthly);
        QVERIFY(expected != QStringLiteral("$9,402.40"));
        QCOMPARE(services->index(0, 6).data().toString(), expected);
        QVERIFY(view.servicesView()->isExpanded(services->index(0, 0)));

        // A line's tooltip is its formula, which the analysis leaves out and the invoice
        // writes: it follows edits, even one that keeps the price (12 h x 7 days and
        // 21 h x 4 days are both 84 hours a week).
        const auto lineTip = [&] {
            return services->index(0, 0, services->index(0, 0)).data(Qt::ToolTipRole).toString();
        };
        QCOMPARE(lineTip(), CostEstimator(test::catalog()).estimate(*s, d).components[0].formula);
        s->hoursPerDay = 12;
        view.showDesign(d, analyzeDesign(d, test::catalog()), test::catalog());
        QVERIFY2(lineTip().contains(QLatin1String("12 h/day x 7 days/week")),
                 qPrintable(lineTip()));
        const QString weekly = services->index(0, 6).data().toString();
        s->hoursPerDay = 21;
        s->daysPerWeek = 4;
        view.showDesign(d, analyzeDesign(d, test::catalog()), test::catalog());
        QCOMPARE(services->index(0, 6).data().toString(), weekly);
        QVERIFY2(lineTip().contains(QLatin1String("21 h/day x 4 days/week")),
                 qPrintable(lineTip()));
        QCOMPARE(resets, 0);

        PlacedService extra = d.services()[0];
        extra.id = QStringLiteral("extra_storage");
        d.insertService(extra);
        view.showDesign(d, analyzeDesign(d, test::catalog()), test::catalog());
        QCOMPARE(resets, 1);
        QCOMPARE(services->rowCount(), 8);
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"

// Edit-to-panels-updated (issue #5): for designs of N services, the time from one property
// edit (an instance count) to the panels showing the new figures: the analysis, the canvas
// items' refresh, the property editor and the panels on screen refilling themselves. In the
// window one bottom panel is on screen at a time (the others refill when brought to the
// front), so it is measured with the cost panel alone and, as the worst case, with all five
// shown. Also a pure move, which must not touch the panels.
//
//   bench_panels [--runs R] N...        (default: 1000 10000, 3 runs; medians are printed)
#include "tools/benchsupport.h"
#include "tools/designgenerator.h"

#include "canvas/designscene.h"
#include "model/catalog/catalog.h"
#include "model/document/changevaluetraits.h"
#include "model/document/designdocument.h"
#include "widgets/availabilitypanel.h"
#include "widgets/compliancepanel.h"
#include "widgets/costpanel.h"
#include "widgets/designeditor.h"
#include "widgets/egresspanel.h"
#include "widgets/maturitypanel.h"
#include "widgets/propertyeditor.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace skyplan;

namespace {} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bench::Arguments arguments = bench::parseArguments(QApplication::arguments().mid(1), 3);
    const int runs = arguments.runs;
    const std::vector<int> &sizes = arguments.sizes;

    Diagnostics diagnostics;
    const auto catalog = Catalog::load(diagnostics);
    std::printf("%-8s %14s %22s %22s %18s\n", "services", "analysis ms", "edit -> 1 panel ms",
                "edit -> 5 panels ms", "move -> canvas ms");
    for (const int n : sizes) {
        const Design design = generateDesign(n, *catalog);
        DesignEditor editor(catalog);
        editor.document()->resetDesign(design);
        CostPanel cost;
        EgressPanel egress;
        AvailabilityPanel availability;
        CompliancePanel compliance;
        MaturityPanel maturity;
        PropertyEditor properties;
        cost.setEditor(&editor);
        egress.setEditor(&editor);
        availability.setEditor(&editor);
        compliance.setEditor(&editor);
        maturity.setEditor(&editor);
        properties.setScene(editor.scene());
        const QString id = design.services()[design.services().size() / 2].id;
        editor.document()->setSelection({id});
        std::vector<double> edit, editAll, analysis, move;
        const auto editOnce = [&](int value) {
            QElapsedTimer t;
            t.start();
            editor.document()->undoStack()->push(
                new ChangeValueCommand<valuetraits::Instances>(editor.document(), {id}, value));
            editor.scene()->flush();           // analysis, items, panels (via analysisChanged)
            QCoreApplication::processEvents(); // the property editor's coalesced reload
            return double(t.nsecsElapsed()) / 1e6;
        };
        cost.show();
        properties.show();
        bench::settle(); // the first layout and paint are not part of an edit
        for (int run = 0; run < runs; ++run) {
            edit.push_back(editOnce(2 + run));
            QElapsedTimer t;
            t.start();
            analyzeDesign(editor.document()->design(), *catalog);
            analysis.push_back(double(t.nsecsElapsed()) / 1e6);

            t.restart();
            editor.scene()->moveServices(id, {10.0 * (run + 1), 0}, false);
            editor.scene()->flush();
            QCoreApplication::processEvents();
            move.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        for (QWidget *w :
             std::initializer_list<QWidget *>{&egress, &availability, &compliance, &maturity})
            w->show();
        bench::settle();
        for (int run = 0; run < runs; ++run)
            editAll.push_back(editOnce(20 + run));
        std::printf("%-8d %14.1f %22.1f %22.1f %18.2f\n", n, bench::median(analysis),
                    bench::median(edit), bench::median(editAll), bench::median(move));
    }
    return 0;
}

// The canvas benchmark (issue #4): for designs of N services (and about 2N links) it measures
// building the scene, repainting the view at fit-to-view, one drag step of one service, and the
// repaint of the area that step touched; then the peak memory of the process. Scene build
// includes one full analysis (its own column says how much of it that is).
//
//   bench_canvas [--runs R] N...        (default: 1000 10000, 5 runs; medians are printed)
//
// Not a test: CI runs it once at a small N so it keeps working. Run it offscreen
// (QT_QPA_PLATFORM=offscreen) on an idle machine for figures worth quoting.
#include "tools/benchsupport.h"
#include "tools/designgenerator.h"

#include "canvas/canvasitems.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "model/catalog/catalog.h"
#include "model/document/designdocument.h"

#include <QApplication>
#include <QImage>

#include <algorithm>
#include <cstdio>

using namespace skyplan;

namespace {

/// Paints the view's whole viewport into an image through its paint event, the path a screen
/// update takes (QGraphicsView::render() takes another one, without exposed-area culling).
void repaint(DesignView &view, QImage &image)
{
    view.viewport()->render(&image);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bench::Arguments arguments = bench::parseArguments(QApplication::arguments().mid(1), 5);
    const int runs = arguments.runs;
    const std::vector<int> &sizes = arguments.sizes;

    Diagnostics diagnostics;
    const auto catalog = Catalog::load(diagnostics);
    std::printf("%-8s %-8s %12s %14s %14s %13s %14s %14s %9s\n", "services", "links", "analysis ms",
                "scene build ms", "repaint fit ms", "drag step ms", "paint 100% ms",
                "step paint ms", "peak MB");
    for (const int n : sizes) {
        const Design design = generateDesign(n, *catalog);
        std::vector<double> analysis, build, paintFit, drag, paintFull, paintStep;
        for (int run = 0; run < runs; ++run) {
            DesignDocument document(catalog);
            document.resetDesign(design);
            analysis.push_back(
                bench::milliseconds([&] { analyzeDesign(document.design(), *catalog); }));
            std::unique_ptr<DesignScene> scene;
            build.push_back(
                bench::milliseconds([&] { scene = std::make_unique<DesignScene>(&document); }));

            DesignView view;
            view.resize(1600, 1000);
            view.setDesignScene(scene.get());
            // Shown (on the offscreen platform in CI): a view never shown keeps a default
            // viewport of 640 x 480 whatever its size.
            view.show();
            view.fitToView();
            QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
            // Touched once before timing, as a window's backing store is: a fresh image's pages are
            // mapped on first write (1,500 page faults at this size), which no repaint on screen
            // pays.
            image.fill(Qt::transparent);
            paintFit.push_back(bench::milliseconds([&] { repaint(view, image); }));

            // One drag step of one service in the middle of the design, with what the scene
            // does before the next paint (frames follow), then the repaint at 100% around it.
            const QString id = design.services()[design.services().size() / 2].id;
            scene->moveServices(id, {0, 0}, false);
            drag.push_back(bench::milliseconds([&] {
                scene->moveServices(id, {30, 20}, true);
                scene->flush();
            }));
            view.zoomBy(1.0 / view.zoom());
            view.centerOn(scene->serviceItem(id));
            paintFull.push_back(bench::milliseconds([&] { repaint(view, image); }));
            // What a drag step repaints: the service's old and new place and its links.
            QRectF dirty = scene->serviceItem(id)->sceneBoundingRect();
            dirty |= dirty.translated(-30, -20);
            for (const QString &l : document.design().linksOf(id))
                dirty |= scene->linkItem(l)->sceneBoundingRect();
            const QRegion region(view.mapFromScene(dirty).boundingRect() & view.viewport()->rect());
            paintStep.push_back(
                bench::milliseconds([&] { view.viewport()->render(&image, QPoint(), region); }));
        }
        std::printf("%-8d %-8zu %12.2f %14.2f %14.2f %13.3f %14.2f %14.2f %9.0f\n", n,
                    design.links().size(), bench::median(analysis), bench::median(build),
                    bench::median(paintFit), bench::median(drag), bench::median(paintFull),
                    bench::median(paintStep), bench::peakMemoryMb());
    }
    return 0;
}

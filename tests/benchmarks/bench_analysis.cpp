// Where the time of one full analysis goes: each analyser on its own, on generated designs
// (tests/tools/designgenerator.h); and what the editor's live analysis costs after one edit of
// each kind. A benchmark program, not a timed test.
//
//   bench_analysis [--runs R] [N...]      (default: 5 runs at 1,000 and 10,000 services)
#include "tools/benchsupport.h"
#include "tools/designgenerator.h"

#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/design.h"
#include "model/io/diagnostic.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>
#include <string>

using namespace skyplan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bench::Arguments arguments =
        bench::parseArguments(QCoreApplication::arguments().mid(1), 5);
    Diagnostics diagnostics;
    const auto catalog = Catalog::load(diagnostics);

    // Each analyser as the full analysis runs it: given the lookups it makes once for all.
    const std::vector<std::string> rows = {"lookups",
                                           "egress",
                                           "cost",
                                           "availability",
                                           "dr",
                                           "compliance",
                                           "  data propagation",
                                           "maturity",
                                           "full analysis",
                                           "  again, with its cache",
                                           "live, after a link volume edit",
                                           "live, after an availability edit",
                                           "live, after a data edit",
                                           "live, after a region edit",
                                           "live, after a move abroad",
                                           "live, after an encryption edit"};
    std::map<int, std::map<std::string, double>> figures;
    for (const int n : arguments.sizes) {
        const Design design = generateDesign(n, *catalog);
        const DesignAnalysis a = analyzeDesign(design, *catalog);
        const AnalysisLookups l(design, *catalog);
        AnalysisCache cache;
        (void)analyzeDesign(design, *catalog, &cache);
        const MaturityAssessor assessor(*catalog);
        // An editor's analysis after one edit (LiveAnalysis): the edits change a copy.
        Design edited = design;
        LiveAnalysis live;
        (void)live.update(edited, *catalog);
        const QString service = edited.services()[edited.services().size() / 2].id;
        const QString link =
            edited.links().empty() ? QString() : edited.links()[edited.links().size() / 2].id;
        // Another region of the service's provider, to move it to and back.
        const QString home = edited.service(service)->region;
        QString away;
        for (const PlacedService &s : edited.services()) {
            if (s.provider == edited.service(service)->provider && s.region != home) {
                away = s.region;
                break;
            }
        }
        // A region of the provider in another country (a move that changes where the data
        // is, so compliance propagates it again); the region edit above stays in the country.
        const QString abroad = regionAbroad(*edited.service(service), edited, *catalog);
        int edits = 0;
        const auto edit = [&](DesignChange::Kind kind, const QString &id, DesignChange::Field field,
                              const std::function<void()> &change) {
            change();
            live.noteChange({kind, id, field});
            (void)live.update(edited, *catalog);
            ++edits;
        };
        std::map<std::string, std::function<void()>> work = {
            {"lookups", [&] { (void)AnalysisLookups(design, *catalog); }},
            {"egress", [&] { (void)EgressEstimator(*catalog).estimate(design, &l); }},
            {"cost",
             [&] { (void)CostEstimator(*catalog).estimate(design, a.egress, nullptr, &l); }},
            {"availability", [&] { (void)AvailabilityAnalyzer(*catalog).analyze(design, &l); }},
            {"dr", [&] { (void)DisasterRecoveryChecker(*catalog).check(design); }},
            {"compliance", [&] { (void)ComplianceChecker(*catalog).check(design, nullptr, &l); }},
            {"  data propagation",
             [&] { (void)ComplianceChecker(*catalog).propagate(design, &l); }},
            {"maturity",
             [&] {
                 (void)assessor.assess(
                     design, a.cost,
                     assessor.structure(design, a.egress, a.availability, a.compliance, &l));
             }},
            {"full analysis", [&] { (void)analyzeDesign(design, *catalog); }},
            // What an editor's analysis after an edit other than sizing costs at least: the
            // whole analysis, with the prices and findings of the last one to reuse.
            {"  again, with its cache", [&] { (void)analyzeDesign(design, *catalog, &cache); }},
            {"live, after a link volume edit",
             [&] {
                 edit(DesignChange::Kind::LinkChanged, link, DesignChange::Field::Transfer, [&] {
                     if (Link *l = edited.link(link))
                         l->gbPerMonth = 100 + edits;
                 });
             }},
            {"live, after an availability edit",
             [&] {
                 edit(DesignChange::Kind::ServiceChanged, service, DesignChange::Field::Resilience,
                      [&] { edited.service(service)->availability = 0.99 - 0.001 * (edits % 9); });
             }},
            {"live, after a data edit",
             [&] {
                 edit(DesignChange::Kind::ServiceChanged, service, DesignChange::Field::Data, [&] {
                     // pii to internal, or back: always another (the data changes).
                     DataClassification &c = edited.service(service)->classification;
                     c = c == DataClassification::Pii ? DataClassification::Internal
                                                      : DataClassification::Pii;
                 });
             }},
            {"live, after a region edit",
             [&] {
                 edit(DesignChange::Kind::ServiceChanged, service, DesignChange::Field::Placement,
                      [&] {
                          if (!away.isEmpty()) // a provider with one region: the same edit
                              edited.service(service)->region = edits % 2 ? home : away;
                      });
             }},
            {"live, after a move abroad",
             [&] {
                 edit(DesignChange::Kind::ServiceChanged, service, DesignChange::Field::Placement,
                      [&] {
                          QString &region = edited.service(service)->region;
                          if (!abroad.isEmpty())
                              region = region == abroad ? home : abroad;
                      });
             }},
            // A data field that does not change the data the service starts: its findings are
            // checked again, the data's propagation is kept.
            {"live, after an encryption edit",
             [&] {
                 edit(DesignChange::Kind::ServiceChanged, service, DesignChange::Field::Data,
                      [&] { edited.service(service)->encryptionAtRest = edits % 2 == 0; });
             }},
        };
        for (const std::string &row : rows) {
            std::vector<double> t;
            for (int run = 0; run < arguments.runs; ++run)
                t.push_back(bench::milliseconds(work[row]));
            figures[n][row] = bench::median(t);
        }
    }
    std::printf("%-34s", "services");
    for (const int n : arguments.sizes)
        std::printf(" %10d", n);
    std::printf("\n");
    for (const std::string &row : rows) {
        std::printf("%-34s", row.c_str());
        for (const int n : arguments.sizes)
            std::printf(" %10.2f", figures[n][row]);
        std::printf("\n");
    }
    std::printf("(ms, medians of %d runs; the goal for the full analysis is 20 ms at 10,000)\n",
                arguments.runs);
    return 0;
}

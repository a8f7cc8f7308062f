// Where the time of reading and writing design files goes, for designs of N services from the
// generator: the "load .skyplan" row of bench_scale broken down into its parts, and the
// writers. Fastest and median of R runs, because a shared machine's noise only ever adds time.
// A benchmark program, not a timed test.
//
//   bench_files [--runs R] [N...]      (default: 9 runs at 1,000 and 10,000 services)
#include "tools/benchsupport.h"
#include "tools/designgenerator.h"

#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/io/designfile.h"
#include "model/io/report.h"
#include "model/io/sourcedocument.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string>

using namespace skyplan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bench::Arguments arguments =
        bench::parseArguments(QCoreApplication::arguments().mid(1), 9);
    Diagnostics diagnostics;
    const auto catalog = Catalog::load(diagnostics);
    QTemporaryDir dir;

    const std::vector<std::string> rows = {"read the bytes",     "parse the JSON into a tree",
                                           "let go of the tree", "load .skyplan",
                                           "write .skyplan",     "YAML export (with its analysis)"};
    std::map<int, std::map<std::string, std::pair<double, double>>> figures; // fastest, median
    std::map<int, double> loadMemory;
    for (const int n : arguments.sizes) {
        const Design design = generateDesign(n, *catalog);
        const QString native = dir.filePath(QStringLiteral("design-%1.skyplan").arg(n));
        const QByteArray bytes = skyplanfile::write(design);
        QString error;
        if (!writeFileAtomically(native, bytes, &error)) {
            std::fprintf(stderr, "bench_files: %s\n", qPrintable(error));
            return 1;
        }
        std::optional<SourceDocument> kept; // parsed by one row, freed by the next
        std::map<std::string, std::function<void()>> work = {
            {"read the bytes",
             [&] {
                 QFile f(native);
                 (void)f.open(QIODevice::ReadOnly);
                 (void)f.readAll();
             }},
            {"parse the JSON into a tree",
             [&] {
                 kept.emplace(SourceDocument::parse(bytes, native, SourceDocument::Syntax::Json));
             }},
            {"let go of the tree", [&] { kept.reset(); }},
            {"load .skyplan", [&] { (void)readDesignFile(native, *catalog); }},
            {"write .skyplan", [&] { (void)skyplanfile::write(design); }},
            {"YAML export (with its analysis)",
             [&] {
                 const DesignAnalysis a = analyzeDesign(design, *catalog);
                 (void)yamlspec::write(design, summaryToTree(a, *catalog));
             }},
        };
        std::map<std::string, std::vector<double>> t;
        for (int run = 0; run < arguments.runs; ++run) {
            for (const std::string &row : rows)
                t[row].push_back(bench::milliseconds(work[row]));
        }
        for (const std::string &row : rows) {
            const auto &v = t[row];
            figures[n][row] = {*std::min_element(v.begin(), v.end()), bench::median(v)};
        }
        // What loading adds to the resident size of a process that holds the generated design
        // and the file's text.
        kept.reset();
        bench::resetPeakMemory();
        const double before = bench::peakMemoryMb();
        {
            const LoadedDesign loaded = readDesignFile(native, *catalog);
            loadMemory[n] = bench::peakMemoryMb() - before;
        }
    }

    std::printf("%-34s", "services");
    for (const int n : arguments.sizes)
        std::printf(" %17d", n);
    std::printf("\n%-34s", "");
    for (std::size_t i = 0; i < arguments.sizes.size(); ++i)
        std::printf(" %8s %8s", "fastest", "median");
    std::printf("\n");
    for (const std::string &row : rows) {
        std::printf("%-34s", row.c_str());
        for (const int n : arguments.sizes)
            std::printf(" %8.1f %8.1f", figures[n][row].first, figures[n][row].second);
        std::printf("\n");
    }
    std::printf("%-34s", "peak memory: load .skyplan (MB)");
    for (const int n : arguments.sizes)
        std::printf(" %17.1f", loadMemory[n]);
    std::printf("\n");
    std::printf("(ms; the tree: what a .skyplan file's text parses into, before the design is "
                "built from it; \"load .skyplan\" is all of it, as bench_scale's row; peak "
                "memory: what a load adds to the resident size)\n");
    return 0;
}

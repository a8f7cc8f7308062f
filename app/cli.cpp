#include "cli.h"

#include "model/analysis/designanalysis.h"
#include "model/catalog/catalog.h"
#include "model/io/comparison.h"
#include "model/io/designfile.h"
#include "model/io/drawio.h"
#include "model/io/report.h"
#include "model/io/sourcedocument.h"
#include "model/layout.h"
#include "theme.h"

#include "canvas/canvasexport.h"
#include "canvas/designscene.h"
#include "model/document/designdocument.h"
#include "widgets/designeditor.h"
#include "widgets/pdfreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace skyplan {

namespace {

enum ExitCode { Success = 0, CheckFailed = 1, BadInput = 2 };

const QStringList &subcommands()
{
    static const QStringList list{QStringLiteral("import"),  QStringLiteral("export"),
                                  QStringLiteral("report"),  QStringLiteral("check"),
                                  QStringLiteral("compare"), QStringLiteral("diff"),
                                  QStringLiteral("render"),  QStringLiteral("catalog")};
    return list;
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fputc('\n', stderr);
}

/// Prints every error, and the first warnings: a generated design can have thousands of the
/// same warning, and a wall of them hides the errors.
void printDiagnostics(const Diagnostics &diagnostics)
{
    constexpr int maxWarnings = 20;
    int warnings = 0;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Warning && ++warnings > maxWarnings)
            continue;
        printErr(d.toString());
    }
    if (warnings > maxWarnings)
        printErr(QStringLiteral("skyplan: %1 more warnings not shown").arg(warnings - maxWarnings));
}

QString globalHelp()
{
    return QStringLiteral(
        "Usage: skyplan [FILE]                 open FILE (.skyplan or .yaml) in the editor\n"
        "       skyplan COMMAND [options]      run without a display\n"
        "\n"
        "Commands:\n"
        "  import FILE -o DESIGN.skyplan        read a YAML allocation spec or a draw.io\n"
        "                                       diagram (.drawio, .xml) into a design\n"
        "  export DESIGN [-o SPEC.yaml|OUT.drawio]\n"
        "                                       write the YAML allocation spec of a design, or\n"
        "                                       a draw.io diagram of it\n"
        "  report DESIGN [--format text|json|pdf] [-o FILE]\n"
        "                                       cost and egress of a design; pdf: the workshop\n"
        "                                       hand-out, canvas and every panel\n"
        "  check DESIGN [--fail-on error|warning]\n"
        "                                       compliance findings and unmet targets, for CI:\n"
        "                                       exit 0 clean, 1 when something at or above the\n"
        "                                       threshold fails\n"
        "  compare A B [C...] [--format text|json|markdown|csv] [-o FILE]\n"
        "                                       candidate designs side by side, best marked\n"
        "  diff BASE HEAD [--format text|json|markdown] [-o FILE]\n"
        "                                       what changed, and the change in every figure\n"
        "  render DESIGN -o OUT.png|svg|pdf [--scale N] [--select IDS]\n"
        "                                       draw the canvas (no display needed)\n"
        "  catalog                              where the catalog is read from, and what it holds\n"
        "\n"
        "DESIGN is a .skyplan file or a YAML spec. Exit codes: 0 success, 1 a check failed,\n"
        "2 unusable input.\n"
        "Run 'skyplan COMMAND --help' for a command's options.\n"
        "\n"
        "Window options:\n"
        "  --screenshot FILE.png   render the main window after loading, save it, and exit\n");
}

/// The catalog, or nothing after printing why it cannot be used.
std::shared_ptr<const Catalog> loadCatalog()
{
    Diagnostics diagnostics;
    auto catalog = Catalog::load(diagnostics);
    printDiagnostics(diagnostics);
    if (hasErrors(diagnostics)) {
        printErr(QStringLiteral("skyplan: the catalog has errors (user folder: %1)")
                     .arg(Catalog::defaultUserFolder()));
        return nullptr;
    }
    return catalog;
}

/// Reads a design, printing warnings; nothing when it cannot be used.
std::optional<Design> loadDesign(const QString &path, const Catalog &catalog)
{
    try {
        LoadedDesign loaded = readDesignFile(path, catalog);
        printDiagnostics(loaded.diagnostics);
        if (hasErrors(loaded.diagnostics))
            return std::nullopt;
        return std::move(loaded.design);
    } catch (const InputError &e) {
        printErr(e.diagnostic().toString());
        return std::nullopt;
    } catch (const std::exception &e) {
        // A defect, not the input's fault; still no crash and no output file.
        printErr(QStringLiteral("%1: error: cannot read this design (internal error: %2)")
                     .arg(path, QString::fromLocal8Bit(e.what())));
        return std::nullopt;
    }
}

int writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        const std::size_t written =
            std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        if (std::fflush(stdout) != 0 || written != std::size_t(bytes.size())) {
            printErr(QStringLiteral("skyplan: error: cannot write to standard output"));
            return BadInput;
        }
        return Success;
    }
    QString error;
    if (!writeFileAtomically(path, bytes, &error)) {
        printErr(QStringLiteral("%1: error: cannot write: %2").arg(path, error));
        return BadInput;
    }
    return Success;
}

/// `skyplan check`: every compliance finding and unmet target, one per line, and an exit code
/// a CI pipeline can act on.
int runCheck(const QString &input, const Design &design, const DesignAnalysis &analysis,
             const QString &failOn)
{
    Severity threshold = Severity::Error;
    if (failOn == QLatin1String("warning")) {
        threshold = Severity::Warning;
    } else if (failOn != QLatin1String("error")) {
        printErr(QStringLiteral("skyplan check: unknown --fail-on \"%1\"; expected error | warning")
                     .arg(failOn));
        return BadInput;
    }
    int failing = 0, errors = 0, warnings = 0;
    QString text;
    const auto line = [&](Severity severity, const QString &rule, const QString &message) {
        if (int(severity) <= int(threshold))
            ++failing;
        errors += severity == Severity::Error ? 1 : 0;
        warnings += severity == Severity::Warning ? 1 : 0;
        text +=
            QStringLiteral("%1: %2: %3 [%4]\n").arg(input, enumKeyString(severity), message, rule);
    };
    for (const ComplianceFinding &f : analysis.compliance.findings)
        line(f.severity, f.rule,
             QStringLiteral("%1: %2 (fix: %3)").arg(f.subject, f.message, f.fix));
    for (const UnmetTarget &u : analysis.unmetTargets)
        line(u.severity, QStringLiteral("target.") + u.kind, u.message);
    for (const AntiPatternFinding &a : analysis.maturity.antiPatterns)
        text += QStringLiteral("%1: info: anti-pattern: %2 [%3]\n").arg(input, a.name, a.id);
    text += QStringLiteral("%1: %2 errors, %3 warnings; maturity level %4 (%5); %6\n")
                .arg(design.name)
                .arg(errors)
                .arg(warnings)
                .arg(analysis.maturity.level)
                .arg(analysis.maturity.levelName,
                     failing == 0
                         ? QStringLiteral("passed (--fail-on %1)").arg(failOn)
                         : QStringLiteral("FAILED: %1 at or above %2").arg(failing).arg(failOn));
    const int rc = writeOutput(QString(), text.toUtf8());
    if (rc != Success)
        return rc;
    return failing == 0 ? Success : CheckFailed;
}

/// `render` and `report --format pdf` draw the canvas and the panels: an editor holds the
/// design as the window would, in the light theme, on the offscreen platform main() chose.
int runDrawing(const QString &command, const QString &input, Design design,
               const std::shared_ptr<const Catalog> &catalog, ImageExportOptions image,
               const QString &select, const QString &output)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        printErr(
            QStringLiteral("skyplan %1: internal error: no application to draw with").arg(command));
        return BadInput;
    }
    applyTheme(Theme::Light);
    DesignEditor editor(catalog);
    editor.document()->setFilePath(input);
    editor.document()->resetDesign(std::move(design));
    QString error;
    QByteArray bytes;
    if (command == QLatin1String("report")) {
        bytes = renderPdfReport(&editor, &error);
    } else {
        if (!select.isEmpty()) {
            const Design &d = editor.document()->design();
            QSet<QString> services, links;
            for (const QString &id : select.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString trimmed = id.trimmed();
                if (d.service(trimmed)) {
                    services.insert(trimmed);
                } else if (d.link(trimmed)) {
                    links.insert(trimmed);
                } else {
                    printErr(QStringLiteral("skyplan render: --select: %1 has no service or "
                                            "link \"%2\"")
                                 .arg(input, trimmed));
                    return BadInput;
                }
            }
            editor.document()->setSelection(services, links);
            image.selectionOnly = true;
        }
        image.title = editor.displayName();
        bytes = renderDesignImage(editor.scene(), image, &error);
    }
    if (bytes.isEmpty()) {
        printErr(QStringLiteral("skyplan %1: %2: %3").arg(command, input, error));
        return BadInput;
    }
    return writeOutput(output, bytes);
}

struct CommandSpec {
    QString name;
    QString description;
    QString positional;  ///< name of the one input file, or empty
    bool output = false; ///< takes -o FILE
    QStringList formats; ///< accepted --format values; the first is the default
    int minFiles = 1;    ///< how many input files (`positional` names each)
    int maxFiles = 1;
};

/// `compare` and `diff`: several designs, each loaded and analysed.
int runMultiDesign(const CommandSpec &spec, const QStringList &inputs, const QString &format,
                   const QString &output, const Catalog &catalog)
{
    std::vector<Design> designs;
    std::vector<DesignFigures> figures;
    for (const QString &input : inputs) {
        std::optional<Design> design = loadDesign(input, catalog);
        if (!design)
            return BadInput;
        figures.push_back(designFigures(*design, analyzeDesign(*design, catalog), input));
        designs.push_back(std::move(*design));
    }
    const FiguresFormat f = format == QLatin1String("json")       ? FiguresFormat::Json
                            : format == QLatin1String("markdown") ? FiguresFormat::Markdown
                            : format == QLatin1String("csv")      ? FiguresFormat::Csv
                                                                  : FiguresFormat::Text;
    if (spec.name == QLatin1String("compare"))
        return writeOutput(output, compareDesigns(figures, f));
    return writeOutput(output,
                       diffReport(diffDesigns(designs[0], figures[0], designs[1], figures[1]), f));
}

int runCommand(const CommandSpec &spec, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(spec.description);
    parser.addHelpOption();
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to <file> (atomically) instead of standard output."),
        QStringLiteral("file"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QStringLiteral("Output format: %1 (default %2).")
            .arg(spec.formats.join(QLatin1String(" | ")), spec.formats.value(0)),
        QStringLiteral("format"), spec.formats.value(0));
    if (spec.output)
        parser.addOption(outputOption);
    if (!spec.formats.isEmpty())
        parser.addOption(formatOption);
    const QCommandLineOption failOnOption(
        QStringLiteral("fail-on"),
        QStringLiteral(
            "Exit 1 on findings of this severity or worse: error | warning (default error)."),
        QStringLiteral("severity"), QStringLiteral("error"));
    if (spec.name == QLatin1String("check"))
        parser.addOption(failOnOption);
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QStringLiteral("PNG pixels per canvas unit: 1 is 100% zoom (default 2, at most 8; "
                       "lowered so no side exceeds %1 pixels).")
            .arg(maxPngSide),
        QStringLiteral("factor"), QStringLiteral("2"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        QStringLiteral("Draw only these services and links (comma-separated ids) and the "
                       "links between the services."),
        QStringLiteral("ids"));
    if (spec.name == QLatin1String("render")) {
        parser.addOption(scaleOption);
        parser.addOption(selectOption);
    }
    if (!spec.positional.isEmpty())
        parser.addPositionalArgument(spec.positional, spec.maxFiles > 1
                                                          ? QStringLiteral("Input files.")
                                                          : QStringLiteral("Input file."));

    QStringList args = arguments;
    args.removeAt(1); // the command name
    args[0] = QStringLiteral("skyplan ") + spec.name;
    if (!parser.parse(args)) {
        printErr(QStringLiteral("skyplan %1: %2").arg(spec.name, parser.errorText()));
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const int minFiles = spec.positional.isEmpty() ? 0 : spec.minFiles;
    const int maxFiles = spec.positional.isEmpty() ? 0 : spec.maxFiles;
    if (positional.size() < minFiles || positional.size() > maxFiles) {
        printErr(QStringLiteral("skyplan %1: expected %2; see 'skyplan %1 --help'")
                     .arg(spec.name, spec.positional.isEmpty() ? QStringLiteral("no file")
                                     : maxFiles > 1            ? spec.positional
                                                    : QStringLiteral("one ") + spec.positional));
        return BadInput;
    }
    const QString format = spec.formats.isEmpty() ? QString() : parser.value(formatOption);
    if (!spec.formats.isEmpty() && !spec.formats.contains(format)) {
        printErr(QStringLiteral("skyplan %1: unknown format \"%2\"; expected %3")
                     .arg(spec.name, format, spec.formats.join(QLatin1String(" | "))));
        return BadInput;
    }
    const QString output = spec.output ? parser.value(outputOption) : QString();
    ImageExportOptions image;
    if (spec.name == QLatin1String("render")) {
        const std::optional<ImageFormat> imageFormat = imageFormatForPath(output);
        if (!imageFormat) {
            printErr(QStringLiteral("skyplan render: -o must name a .png, .svg or .pdf file"));
            return BadInput;
        }
        image.format = *imageFormat;
        bool ok = false;
        image.scale = parser.value(scaleOption).toDouble(&ok);
        if (!ok || !(image.scale > 0) || image.scale > 8) {
            printErr(QStringLiteral("skyplan render: --scale expects a number above 0 and at "
                                    "most 8, not \"%1\"")
                         .arg(parser.value(scaleOption)));
            return BadInput;
        }
    }

    const auto catalog = loadCatalog();
    if (!catalog)
        return BadInput;

    if (spec.name == QLatin1String("catalog")) {
        QString text =
            QStringLiteral("User catalog folder: %1\n").arg(Catalog::defaultUserFolder());
        for (const Provider &p : catalog->providers()) {
            text += QStringLiteral("%1 (%2): %3 regions, %4 services\n")
                        .arg(p.id, p.name)
                        .arg(p.regions.size())
                        .arg(catalog->servicesOf(p.id).size());
        }
        std::fputs(qPrintable(text), stdout);
        return Success;
    }

    if (spec.maxFiles > 1)
        return runMultiDesign(spec, positional, format, output, *catalog);
    const QString input = positional.first();
    std::optional<Design> design = loadDesign(input, *catalog);
    if (!design)
        return BadInput;

    if (spec.name == QLatin1String("import")) {
        layoutIfUnplaced(*design);
        const int rc = writeOutput(output, skyplanfile::write(*design));
        if (rc == Success && !output.isEmpty())
            printErr(QStringLiteral("skyplan: wrote %1 (%2 services, %3 links)")
                         .arg(output)
                         .arg(design->services().size())
                         .arg(design->links().size()));
        return rc;
    }
    // What draws or exports a canvas needs positions: a YAML spec has none.
    const bool drawsCanvas =
        spec.name == QLatin1String("render") ||
        (spec.name == QLatin1String("report") && format == QLatin1String("pdf")) ||
        (spec.name == QLatin1String("export") &&
         output.endsWith(QLatin1String(".drawio"), Qt::CaseInsensitive));
    if (drawsCanvas)
        layoutIfUnplaced(*design);
    if (spec.name == QLatin1String("render") ||
        (spec.name == QLatin1String("report") && format == QLatin1String("pdf")))
        return runDrawing(
            spec.name, input, std::move(*design), catalog, image,
            spec.name == QLatin1String("render") ? parser.value(selectOption) : QString(), output);
    const DesignAnalysis analysis = analyzeDesign(*design, *catalog);
    if (spec.name == QLatin1String("export")) {
        if (output.endsWith(QLatin1String(".drawio"), Qt::CaseInsensitive))
            return writeOutput(output, drawio::write(*design, *catalog));
        return writeOutput(output, yamlspec::write(*design, summaryToTree(analysis, *catalog)));
    }
    if (spec.name == QLatin1String("check"))
        return runCheck(input, *design, analysis, parser.value(failOnOption));
    // report
    if (format == QLatin1String("json"))
        return writeOutput(output, emitJson(reportToTree(*design, analysis, *catalog)));
    return writeOutput(output, reportToText(*design, analysis, *catalog).toUtf8());
}

} // namespace

bool commandNeedsWidgets(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("render"))
        return true;
    if (command != QLatin1String("report"))
        return false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--format=pdf") ||
            (arguments[i] == QLatin1String("--format") &&
             arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (subcommands().contains(first) || first == QLatin1String("--help") ||
        first == QLatin1String("-h") || first == QLatin1String("--version") ||
        first == QLatin1String("-v") || first == QLatin1String("help"))
        return true;
    // A word that is neither an option nor a design file is a mistyped command: answer it on
    // the terminal instead of opening a window.
    const QString suffix = QFileInfo(first).suffix().toLower();
    const bool looksLikeDesign =
        suffix == QLatin1String("skyplan") || suffix == QLatin1String("yaml") ||
        suffix == QLatin1String("yml") || suffix == QLatin1String("json") ||
        suffix == QLatin1String("drawio") || suffix == QLatin1String("xml");
    return !first.startsWith(QLatin1Char('-')) && !looksLikeDesign && !QFileInfo::exists(first);
}

int runCommandLine(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        std::printf("skyplan %s\n", SKYPLAN_VERSION);
        return Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        std::fputs(qPrintable(globalHelp()), stdout);
        return Success;
    }
    static const CommandSpec specs[] = {
        {QStringLiteral("import"),
         QStringLiteral("Read a YAML allocation spec, a draw.io diagram (.drawio, .xml) or a "
                        "design into a .skyplan design."),
         QStringLiteral("SPEC.yaml"),
         true,
         {}},
        {QStringLiteral("export"),
         QStringLiteral("Write the YAML allocation spec of a design, with every key filled in; "
                        "with -o FILE.drawio, a draw.io diagram of it instead."),
         QStringLiteral("DESIGN"),
         true,
         {}},
        {QStringLiteral("report"),
         QStringLiteral("Report the cost and egress of a design; --format pdf writes the workshop "
                        "hand-out: a cover page with the key figures and the canvas, then one "
                        "page per analysis panel."),
         QStringLiteral("DESIGN"),
         true,
         {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("pdf")}},
        {QStringLiteral("check"),
         QStringLiteral(
             "Check a design for CI: compliance findings, unmet availability and DR targets."),
         QStringLiteral("DESIGN"),
         false,
         {}},
        {QStringLiteral("compare"),
         QStringLiteral("Compare candidate designs side by side: cost, egress, availability per "
                        "entry point, findings, maturity and lock-in, the best value of each row "
                        "marked."),
         QStringLiteral("DESIGN DESIGN [DESIGN...]"),
         true,
         {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"),
          QStringLiteral("csv")},
         2,
         64},
        {QStringLiteral("diff"),
         QStringLiteral("List what changed from BASE to HEAD (services and links added, removed "
                        "and changed) and the change in every figure; Markdown for a "
                        "pull-request comment."),
         QStringLiteral("BASE HEAD"),
         true,
         {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")},
         2,
         2},
        {QStringLiteral("render"),
         QStringLiteral("Draw the canvas of a design as PNG, SVG or PDF (chosen by the suffix of "
                        "-o), the whole design or some services; no display needed."),
         QStringLiteral("DESIGN"),
         true,
         {}},
        {QStringLiteral("catalog"),
         QStringLiteral("Show where the catalog is read from and what it holds."),
         QString(),
         false,
         {}},
    };
    for (const CommandSpec &spec : specs) {
        if (spec.name == first)
            return runCommand(spec, arguments);
    }
    printErr(QStringLiteral("skyplan: unknown command \"%1\"; see 'skyplan --help'").arg(first));
    return BadInput;
}

} // namespace skyplan

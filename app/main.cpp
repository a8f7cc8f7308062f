#include "cli.h"
#include "mainwindow.h"
#include "settingskeys.h"
#include "theme.h"
#include "widgets/designeditor.h"
#include "widgets/translations.h"

#include "model/catalog/catalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace skyplan;

namespace {

/// The offscreen platform's notes about itself (no runtime folder, no window sizes) mean
/// nothing to a person drawing a PNG; everything else is printed as usual.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")) ||
        message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Skyplan"));
    QApplication::setOrganizationName(QStringLiteral("Skyplan"));
    QApplication::setApplicationVersion(QStringLiteral(SKYPLAN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/skyplan.svg")));
    // Ties the window to the installed io.skyplan.Skyplan.desktop (its icon on Wayland docks).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.skyplan.Skyplan"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the main window after loading, save it to <png>, and exit."),
        QStringLiteral("png"));
    parser.addOption(screenshot);
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QStringLiteral("Colours: system (the desktop's), light or dark. Default: as last chosen "
                       "in View > Theme."),
        QStringLiteral("theme"));
    parser.addOption(themeOption);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Interface language: system, en, de or fr. Default: as chosen in "
                       "Edit > Preferences (the system's)."),
        QStringLiteral("language"));
    parser.addOption(languageOption);
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        QStringLiteral("Select the service or link with this id once the design is open (for "
                       "screenshots and workshops)."),
        QStringLiteral("id"));
    parser.addOption(selectOption);
    const QCommandLineOption panelOption(
        QStringLiteral("panel"),
        QStringLiteral(
            "Bring a panel to the front: cost, egress, availability, compliance or maturity."),
        QStringLiteral("name"));
    parser.addOption(panelOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The .skyplan designs or YAML specs to open, one "
                                                "tab each (the example on first start; "
                                                ":/examples/service-based.skyplan is it)."));
    parser.process(app);
    QSettings settings;
    installTranslations(parser.isSet(languageOption)
                            ? parser.value(languageOption)
                            : settings.value(QLatin1String(settingskeys::language)).toString());

    Diagnostics diagnostics;
    const auto catalog = Catalog::load(diagnostics);
    if (hasErrors(diagnostics)) {
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines << d.toString();
        std::fprintf(stderr, "%s\n", qPrintable(lines.join(QLatin1Char('\n'))));
        QMessageBox::critical(nullptr, QStringLiteral("Skyplan"),
                              QApplication::translate("main", "The catalog has errors:\n\n%1")
                                  .arg(lines.join(QLatin1Char('\n'))));
        return 2;
    }

    applyTheme(themeFromString(
        parser.isSet(themeOption) ? parser.value(themeOption)
                                  : settings.value(QLatin1String(settingskeys::theme)).toString()));
    MainWindow window(catalog);
    // The example design on first start; afterwards an empty design unless files are named.
    QStringList files = parser.positionalArguments();
    if (files.isEmpty() && !settings.value(QLatin1String(settingskeys::exampleShown)).toBool()) {
        files << QStringLiteral(":/examples/service-based.skyplan");
        settings.setValue(QLatin1String(settingskeys::exampleShown), true);
    }
    bool opened = true;
    for (const QString &file : std::as_const(files))
        opened = window.openFile(file) && opened;
    // Designs an earlier run could not save (a crash, a kill): offered before anything else.
    if (!parser.isSet(screenshot))
        window.offerRecovery();
    if (window.editorCount() == 0)
        window.newDesign();
    if (parser.isSet(selectOption))
        window.currentEditor()->reveal(parser.value(selectOption));
    if (parser.isSet(panelOption))
        window.showPanel(parser.value(panelOption));
    window.show();

    if (parser.isSet(screenshot)) {
        const QString target = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, target, opened] {
            const bool saved = window.grab().save(target);
            if (!saved)
                std::fprintf(stderr, "skyplan: cannot write %s\n", qPrintable(target));
            QApplication::exit(saved && opened ? 0 : 2);
        });
    }
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    {
        // Subcommands never need a display: decide before a QApplication exists.
        QCoreApplication probe(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Skyplan"));
        QCoreApplication::setOrganizationName(QStringLiteral("Skyplan"));
        arguments = QCoreApplication::arguments();
        if (!isCommandLineInvocation(arguments))
            arguments.clear();
        else if (!commandNeedsWidgets(arguments))
            return runCommandLine(arguments);
    }
    if (!arguments.isEmpty()) {
        // Drawing subcommands paint widgets and the canvas, always offscreen: the same output
        // with or without a display, and no window ever appears.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietOffscreen);
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("Skyplan"));
        QApplication::setOrganizationName(QStringLiteral("Skyplan"));
        installTranslations(QStringLiteral("en")); // reports are English, like the text ones
        return runCommandLine(arguments);
    }
    return runWindow(argc, argv);
}

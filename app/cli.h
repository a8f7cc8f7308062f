#pragma once

#include <QStringList>

namespace skyplan {

/// True when `arguments` (as from QCoreApplication::arguments()) name a headless subcommand,
/// or ask for help or the version, so that no window and no display are needed.
bool isCommandLineInvocation(const QStringList &arguments);

/// True for the subcommands that draw (`render`, `report --format pdf`): they need a
/// QApplication, on the offscreen platform so that no display is needed.
bool commandNeedsWidgets(const QStringList &arguments);

/// Runs a subcommand. Exit codes: 0 success, 1 a check failed, 2 unusable input or usage.
int runCommandLine(const QStringList &arguments);

} // namespace skyplan

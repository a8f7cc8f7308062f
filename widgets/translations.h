#pragma once

#include <QString>
#include <QStringList>

namespace skyplan {

/// The interface languages Skyplan ships (besides English, the source language): "de", "fr".
QStringList shippedLanguages();

/// Installs the translations for `language` ("system": the system locale's language; "en"
/// or an unknown language: English, whose file holds only plural forms) on the running
/// application: Skyplan's own (built in as
/// :/i18n/skyplan_<lang>.qm) and Qt's for standard buttons and dialogs (qtbase_<lang>.qm, when
/// the system has it). Returns the language now in use ("en" when none was installed).
QString installTranslations(const QString &language);

} // namespace skyplan

#include "diagnostic.h"

#include <algorithm>

namespace skyplan {

QString Diagnostic::toString() const
{
    QString text = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (location.isKnown()) {
        text += QLatin1Char(':') + QString::number(location.line);
        if (location.column > 0)
            text += QLatin1Char(':') + QString::number(location.column);
    }
    text += severity == Severity::Error ? QLatin1String(": error: ") : QLatin1String(": warning: ");
    text += message;
    if (!pointer.isEmpty())
        text += QLatin1String(" (at ") + pointer + QLatin1Char(')');
    return text;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) {
        return d.severity == Diagnostic::Severity::Error;
    });
}

} // namespace skyplan

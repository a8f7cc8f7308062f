#pragma once

#include <QByteArray>
#include <QString>

namespace skyplan {

class DesignEditor;

/// The workshop hand-out: a PDF with a cover page (the design's name, description, key
/// figures and its canvas) and one page per analysis panel (cost, egress, availability,
/// compliance, maturity; a panel with tabs gives one page per tab), each drawn as the panel
/// shows it, in the light theme, as vector graphics. Works offscreen (`skyplan report --format
/// pdf`). An empty result means it failed; `error` says why.
QByteArray renderPdfReport(DesignEditor *editor, QString *error = nullptr);

} // namespace skyplan

#pragma once

#include <QString>

namespace skyplan {

/// The window's colours. "System" takes whatever palette the platform gives (dark when the
/// desktop is dark); Light and Dark are Skyplan's own Fusion palettes.
enum class Theme { System, Light, Dark };

Theme themeFromString(const QString &text); ///< "system", "light", "dark"; else System
QString themeToString(Theme theme);
/// Applies the theme to the running application (call once a QApplication exists).
void applyTheme(Theme theme);

} // namespace skyplan

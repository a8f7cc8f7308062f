#pragma once

namespace skyplan::settingskeys {

// Every QSettings key the application reads or writes, once.
inline constexpr char windowGeometry[] = "window/geometry";
inline constexpr char windowState[] = "window/state";
inline constexpr char recentFiles[] = "files/recent";
inline constexpr char lastFolder[] = "files/lastFolder";
inline constexpr char theme[] = "view/theme";
inline constexpr char language[] = "view/language"; ///< "system", "en", "de", "fr"
inline constexpr char exampleShown[] = "firstStart/exampleShown";
inline constexpr int maxRecentFiles = 10;

} // namespace skyplan::settingskeys

#pragma once

#include <QLocale>

namespace treeops::widgets {

// The locale to translate the interface for: the language chosen on the Settings page, or the
// system's. The settings file is found by the application's name, so call this after
// QCoreApplication::setApplicationName().
QLocale startupLocale();

} // namespace treeops::widgets

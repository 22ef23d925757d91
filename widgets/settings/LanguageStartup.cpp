#include "settings/LanguageStartup.h"

#include "main/Settings.h"

namespace treeops::widgets {

QLocale startupLocale() {
    return Settings().uiLocale();
}

} // namespace treeops::widgets

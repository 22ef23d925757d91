#pragma once

#include <QLocale>

namespace treeops {

// Loads TreeOps' own and Qt's translations for `locale` into the running application.
// A language without a catalogue falls back to English.
void installTranslations(const QLocale& locale);

} // namespace treeops

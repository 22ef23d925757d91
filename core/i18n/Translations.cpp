#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace treeops {

void installTranslations(const QLocale& locale) {
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    const auto loadOwn = [own](const QLocale& l) {
        return own->load(l, QStringLiteral("treeops"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"));
    };
    // The English catalogue carries the plural forms, so it is the fallback, not "no catalogue".
    if (loadOwn(locale) || loadOwn(QLocale(QLocale::English)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace treeops

#include "assessments/AssessmentsPage.h"
#include "assessments/DemoSeeder.h"
#include "i18n/Translate.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Settings.h"
#include "settings/ConnectionStartup.h"
#include "settings/LanguageStartup.h"
#include "storage/ReferenceData.h"
#include "storage/Store.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>
#include <utility>

namespace {

using namespace Qt::StringLiterals;
using namespace treeops;

constexpr int MaxDemoCount = 100000;
constexpr int SelfTestTimeoutMs = 60000;

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

// Fills an empty store with demo assessments, as `treeops-cli demo seed` does, so the console
// has something to show on first run. A store that has assessments is left alone.
void seedDemoIfEmpty(const QString& storeUrl, int count) {
    const auto store = storage::openStore(storeUrl);
    storage::ensureReferenceData(*store);
    if (store->countAssessments({}) > 0) {
        err() << translate("Gui", "The store already has assessments; no demo data added.")
              << u'\n';
        return;
    }
    assessments::DemoSeeder(*store).seed(count);
    err() << translate("Gui", "%1 demo assessments stored in %2").arg(count).arg(store->location())
          << u'\n';
}

// Opens the window, waits for the first page of assessments and reports, for ctest and
// packaging checks: exit code 0 with the count, or 1 with the error. The report lines are for
// scripts to read, so they are not translated.
int runSelfTest(widgets::MainWindow& window) {
    widgets::AssessmentsPage* page = window.assessmentsPage();
    QObject::connect(page, &widgets::AssessmentsPage::loaded, &window, [](qint64 total) {
        err() << u"self-test ok: %1 assessments"_s.arg(total) << Qt::endl;
        QCoreApplication::exit(0);
    });
    QObject::connect(page, &widgets::AssessmentsPage::failed, &window, [](const QString& message) {
        err() << u"self-test failed: %1"_s.arg(message) << Qt::endl;
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(SelfTestTimeoutMs, &window, [] {
        err() << u"self-test failed: no assessments loaded within %1 s"_s.arg(SelfTestTimeoutMs /
                                                                              1000)
              << Qt::endl;
        QCoreApplication::exit(1);
    });
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    // The same name as the CLI, so both find the same default store; no organization, so both
    // use the same data folder.
    QCoreApplication::setApplicationName(u"treeops"_s);
    QCoreApplication::setOrganizationName({});
    QCoreApplication::setApplicationVersion(QStringLiteral(TREEOPS_VERSION));
    // Words and number formats follow the language chosen in Settings (or the system's).
    const QLocale locale = widgets::startupLocale();
    QLocale::setDefault(locale);
    installTranslations(locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(translate("Gui", "TreeOps operations console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const widgets::ConnectionStartup connections;
    connections.addOptionsTo(parser);
    const QCommandLineOption demo(
        u"demo"_s, translate("Gui", "Store N demo assessments first if the store has none."),
        u"N"_s);
    const QCommandLineOption selfTest(
        u"self-test"_s,
        translate("Gui", "Open the window, load the first page of assessments and exit."));
    parser.addOptions({demo, selfTest});
    parser.process(app);
    const widgets::Settings settings;
    const QString storeUrl = connections.storeUrl(parser, settings);
    const QString hotTierUrl = connections.hotTierUrl(parser, settings);

    if (parser.isSet(demo)) {
        bool ok = false;
        const int count = parser.value(demo).toInt(&ok);
        if (!ok || count < 1 || count > MaxDemoCount) {
            err() << translate("Gui", "error: --demo takes a number from 1 to %1").arg(MaxDemoCount)
                  << u'\n';
            return 2;
        }
        try {
            seedDemoIfEmpty(storeUrl, count);
        } catch (const storage::StoreError& e) {
            err() << translate("Gui", "error: %1").arg(e.message()) << u'\n';
            return 1;
        }
    }

    widgets::MainWindow window(storeUrl, hotTierUrl);
    if (parser.isSet(selfTest))
        return runSelfTest(window);
    window.show();
    return QApplication::exec();
}

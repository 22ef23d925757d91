// Which store and hot tier the console opens at start, with isolated settings: the command line
// wins over the environment, which wins over what the Settings page saved, which wins over the
// default (the embedded store, no hot tier).
#include "main/Settings.h"
#include "settings/ConnectionStartup.h"
#include "storage/StoreFactory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace treeops;
using namespace Qt::StringLiterals;
using widgets::ConnectionStartup;
using widgets::Settings;

namespace {

const QString SavedStore = u"postgresql://ops@saved.local/treeops"_s;
const QString SavedHot = u"redis://saved.local:6379/0"_s;
const QString EnvironmentStore = u"sqlite:///srv/environment.db"_s;
const QString EnvironmentHot = u"redis://environment.local:6379/1"_s;
const QString FlagStore = u"host=flag.local dbname=treeops"_s;
const QString FlagHot = u"redis://flag.local:6379/2"_s;

struct Chosen {
    QString store;
    QString hot;
};

Chosen startWith(const QStringList& arguments) {
    const ConnectionStartup startup;
    QCommandLineParser parser;
    startup.addOptionsTo(parser);
    if (!parser.parse(QStringList{u"treeops"_s} + arguments))
        qFatal("%s", qPrintable(parser.errorText()));
    const Settings settings;
    return {startup.storeUrl(parser, settings), startup.hotTierUrl(parser, settings)};
}

} // namespace

class ConnectionStartupTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .removeRecursively();
    }

    void init() {
        qunsetenv("TREEOPS_STORE");
        qunsetenv("TREEOPS_HOT_TIER");
        Settings settings;
        QCOMPARE(settings.setStoreUrl({}), QString());
        QCOMPARE(settings.setHotTierUrl({}), QString());
    }

    void nothingGivenIsTheEmbeddedStoreWithoutAHotTier() {
        const Chosen chosen = startWith({});
        QCOMPARE(chosen.store, storage::defaultStoreUrl());
        QCOMPARE(chosen.hot, QString());
    }

    void savedSettingsWinOverTheDefault() {
        Settings settings;
        QCOMPARE(settings.setStoreUrl(SavedStore), QString());
        QCOMPARE(settings.setHotTierUrl(SavedHot), QString());
        const Chosen chosen = startWith({});
        QCOMPARE(chosen.store, SavedStore);
        QCOMPARE(chosen.hot, SavedHot);
    }

    void theEnvironmentWinsOverSavedSettings() {
        Settings settings;
        settings.setStoreUrl(SavedStore);
        settings.setHotTierUrl(SavedHot);
        qputenv("TREEOPS_STORE", EnvironmentStore.toUtf8());
        qputenv("TREEOPS_HOT_TIER", EnvironmentHot.toUtf8());
        const Chosen chosen = startWith({});
        QCOMPARE(chosen.store, EnvironmentStore);
        QCOMPARE(chosen.hot, EnvironmentHot);

        // Each is chosen on its own: only the store in the environment.
        qunsetenv("TREEOPS_HOT_TIER");
        QCOMPARE(startWith({}).hot, SavedHot);
    }

    void theCommandLineWinsOverEverything() {
        Settings settings;
        settings.setStoreUrl(SavedStore);
        settings.setHotTierUrl(SavedHot);
        qputenv("TREEOPS_STORE", EnvironmentStore.toUtf8());
        qputenv("TREEOPS_HOT_TIER", EnvironmentHot.toUtf8());
        const Chosen chosen = startWith({u"--store"_s, FlagStore, u"--hot-tier"_s, FlagHot});
        QCOMPARE(chosen.store, FlagStore);
        QCOMPARE(chosen.hot, FlagHot);
        QCOMPARE(startWith({u"--store"_s, FlagStore}).hot, EnvironmentHot);
    }

    void anEmptyHotTierOnTheCommandLineTurnsItOff() {
        Settings().setHotTierUrl(SavedHot);
        qputenv("TREEOPS_HOT_TIER", EnvironmentHot.toUtf8());
        QCOMPARE(startWith({u"--hot-tier="_s}).hot, QString());
    }
};

QTEST_GUILESS_MAIN(ConnectionStartupTest)
#include "tst_connection_startup.moc"

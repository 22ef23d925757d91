#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace treeops::widgets {

class Settings;

// Which store and hot tier the console opens when it starts, the first one given winning:
// the command line (--store, --hot-tier), the environment (TREEOPS_STORE, TREEOPS_HOT_TIER),
// the Settings page, and last the default (the embedded store in the user's data folder, no
// hot tier). An empty --hot-tier on the command line turns the hot tier off for that run.
class ConnectionStartup {
    Q_DECLARE_TR_FUNCTIONS(treeops::widgets::ConnectionStartup)

public:
    ConnectionStartup();

    void addOptionsTo(QCommandLineParser& parser) const;
    // After `parser` has processed the arguments.
    QString storeUrl(const QCommandLineParser& parser, const Settings& settings) const;
    QString hotTierUrl(const QCommandLineParser& parser, const Settings& settings) const;

private:
    QCommandLineOption m_store;
    QCommandLineOption m_hotTier;
};

} // namespace treeops::widgets

#include "settings/ConnectionStartup.h"

#include "main/Settings.h"
#include "storage/StoreFactory.h"

#include <QCommandLineParser>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

QString firstGiven(const QCommandLineParser& parser, const QCommandLineOption& option,
                   const QString& environment, const QString& saved) {
    if (parser.isSet(option))
        return parser.value(option);
    return !environment.isEmpty() ? environment : saved;
}

} // namespace

ConnectionStartup::ConnectionStartup()
    : m_store(u"store"_s,
              tr("Store URL (default: $TREEOPS_STORE, else the one saved in Settings, else %1).")
                  .arg(storage::defaultStoreUrl()),
              u"URL"_s)
    , m_hotTier(u"hot-tier"_s,
                tr("Redis hot tier in front of the store, redis://host:port/db, the password "
                   "from REDISCLI_AUTH (default: $TREEOPS_HOT_TIER, else the one saved in "
                   "Settings, else none)."),
                u"URL"_s) {}

void ConnectionStartup::addOptionsTo(QCommandLineParser& parser) const {
    parser.addOptions({m_store, m_hotTier});
}

QString ConnectionStartup::storeUrl(const QCommandLineParser& parser,
                                    const Settings& settings) const {
    const QString url =
        firstGiven(parser, m_store, storage::environmentStoreUrl(), settings.storeUrl());
    return url.trimmed().isEmpty() ? storage::defaultStoreUrl() : url;
}

QString ConnectionStartup::hotTierUrl(const QCommandLineParser& parser,
                                      const Settings& settings) const {
    return firstGiven(parser, m_hotTier, storage::environmentHotTierUrl(), settings.hotTierUrl());
}

} // namespace treeops::widgets

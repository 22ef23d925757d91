#include "assessments/ConnectionProbe.h"

#include "i18n/Translate.h"
#include "storage/ConnectionTest.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"
#include "storage/redis/RedisConnection.h"
#include "storage/redis/RedisUrl.h"
#include "storage/sqlite/SqliteVersion.h"

#include <QFileInfo>

namespace treeops::assessments {
namespace {

using namespace Qt::StringLiterals;

ConnectionProbe probeSqlite(const QString& path) {
    const QFileInfo file(path);
    const QString version = storage::sqliteLibraryVersion();
    if (file.isFile())
        return {true, translate("Tiers", "Embedded SQLite %1 store, a file on this computer: %2")
                          .arg(version, file.absoluteFilePath())};
    return {true, translate("Tiers", "Embedded SQLite %1 store: %2 does not exist yet and is "
                                     "created when TreeOps starts with it")
                      .arg(version, file.absoluteFilePath())};
}

} // namespace

QString shortServerVersion(const QString& version) {
    return version.section(u" on "_s, 0, 0);
}

QString roundTripText(std::chrono::microseconds time) {
    return translate("Tiers", "%1 ms").arg(static_cast<double>(time.count()) / 1000.0, 0, 'f', 2);
}

ConnectionProbe probeStoreUrl(const QString& url) {
    try {
        const storage::StoreLocation location = storage::parseStoreUrl(url);
        if (location.kind == storage::StoreLocation::Kind::Sqlite)
            return probeSqlite(location.sqlitePath);
        const storage::ConnectionCheck check = storage::testConnection(url);
        return {true, translate("Tiers", "%1 at %2, round trip %3")
                          .arg(shortServerVersion(check.serverVersion), check.server,
                               roundTripText(check.roundTrip))};
    } catch (const storage::StoreError& e) {
        return {false, e.message()};
    }
}

ConnectionProbe probeHotTierUrl(const QString& url) {
    try {
        const storage::redis::RedisUrl parsed = storage::redis::RedisUrl::parse(url);
        const storage::redis::PingResult ping = storage::redis::RedisConnection(parsed).ping();
        return {true, translate("Tiers", "Redis %1 at %2, round trip %3")
                          .arg(ping.serverVersion, parsed.displayString(),
                               roundTripText(ping.roundTrip))};
    } catch (const storage::StoreError& e) {
        return {false, e.message()};
    }
}

} // namespace treeops::assessments

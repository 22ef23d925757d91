#include "storage/StoreFactory.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresQualityHistory.h"
#include "storage/postgres/PostgresReadOnlySql.h"
#include "storage/postgres/PostgresStore.h"
#include "storage/redis/ChangeFeed.h"
#include "storage/redis/HotCache.h"
#include "storage/redis/RedisUrl.h"
#include "storage/sqlite/SqliteQualityHistory.h"
#include "storage/sqlite/SqliteReadOnlySql.h"
#include "storage/sqlite/SqliteStore.h"
#include "storage/tiered/TieredStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

std::unique_ptr<Store> openSqlite(const QString& path) {
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath()))
        throw StoreError(StoreError::Kind::Unavailable,
                         translate("Store", "cannot create the folder %1 for the store")
                             .arg(file.absolutePath()));
    if (file.isDir())
        throw StoreError(
            StoreError::Kind::InvalidInput,
            translate("Store", "%1 is a folder; the store URL must name a file").arg(path));
    return std::make_unique<SqliteStore>(file.absoluteFilePath());
}

} // namespace

QString defaultSqlitePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/treeops.sqlite"_s;
}

QString defaultStoreUrl() {
    return u"sqlite://"_s + defaultSqlitePath();
}

namespace {

std::unique_ptr<Store> openWarmStore(const QString& url,
                                     WhenUnreachable unreachable = WhenUnreachable::Fail) {
    const StoreLocation location = parseStoreUrl(url);
    // libpq parses these itself (URI or key=value), with PG* variables, .pgpass and services.
    if (location.kind == StoreLocation::Kind::Postgres)
        return std::make_unique<PostgresStore>(url, 4,
                                               unreachable == WhenUnreachable::ConnectLater
                                                   ? PostgresStore::Connect::WhenReachable
                                                   : PostgresStore::Connect::Now);
    return openSqlite(location.sqlitePath);
}

} // namespace

StoreLocation parseStoreUrl(const QString& url) {
    if (url.trimmed().isEmpty())
        return {StoreLocation::Kind::Sqlite, defaultSqlitePath(), false};
    if (isPostgresUrl(url))
        return {StoreLocation::Kind::Postgres, {}, PostgresTarget(url).hasPassword()};
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme == u"sqlite"_s) {
        if (parsed.path().isEmpty() || !parsed.host().isEmpty())
            throw StoreError(
                StoreError::Kind::InvalidInput,
                translate("Store", "\"%1\": an SQLite store URL is sqlite:///absolute/path/file.db")
                    .arg(url));
        return {StoreLocation::Kind::Sqlite, parsed.path(), false};
    }
    if (scheme == u"redis"_s)
        throw StoreError(StoreError::Kind::InvalidInput,
                         translate("Store",
                                   "\"%1\" is a hot tier: give it as the hot tier URL "
                                   "(--hot-tier), in front of an SQLite or PostgreSQL store")
                             .arg(url));
    throw StoreError(StoreError::Kind::InvalidInput,
                     translate("Store",
                               "\"%1\" is not a store URL; use sqlite:///path/to/file.db or "
                               "postgresql://user@host:port/database")
                         .arg(url));
}

std::unique_ptr<ReadOnlySql> openReadOnlySql(const QString& url, int statementTimeoutMs) {
    const StoreLocation location = parseStoreUrl(url);
    if (location.kind == StoreLocation::Kind::Postgres)
        return std::make_unique<PostgresReadOnlySql>(PostgresTarget(url), statementTimeoutMs);
    return std::make_unique<SqliteReadOnlySql>(QFileInfo(location.sqlitePath).absoluteFilePath(),
                                               statementTimeoutMs);
}

std::unique_ptr<QualityHistory> openQualityHistory(const QString& url) {
    openWarmStore(url); // applies any pending migrations
    const StoreLocation location = parseStoreUrl(url);
    if (location.kind == StoreLocation::Kind::Postgres)
        return std::make_unique<PostgresQualityHistory>(PostgresTarget(url));
    return std::make_unique<SqliteQualityHistory>(
        QFileInfo(location.sqlitePath).absoluteFilePath());
}

bool isServerStoreUrl(const QString& url) {
    return isPostgresUrl(url);
}

QString environmentStoreUrl() {
    return qEnvironmentVariable("TREEOPS_STORE");
}

QString environmentHotTierUrl() {
    return qEnvironmentVariable("TREEOPS_HOT_TIER");
}

std::unique_ptr<Store> openStore(const QString& url, const QString& hotTierUrl,
                                 WhenUnreachable unreachable) {
    std::unique_ptr<Store> warm = openWarmStore(url, unreachable);
    if (hotTierUrl.trimmed().isEmpty())
        return warm;
    const redis::RedisUrl hot = redis::RedisUrl::parse(hotTierUrl);
    auto feed = std::make_unique<redis::ChangeFeed>(hot, redis::ChangeFeed::newConsoleId());
    feed->start();
    return std::make_unique<TieredStore>(std::move(warm), std::make_unique<redis::HotCache>(hot),
                                         std::move(feed));
}

} // namespace treeops::storage

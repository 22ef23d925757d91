#include "storage/ConnectionTest.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresErrors.h"

#include <algorithm>
#include <pqxx/connection_base>
#include <pqxx/nontransaction>
#include <vector>

namespace treeops::storage {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int RoundTrips = 5;

std::chrono::microseconds since(Clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
}

} // namespace

ConnectionCheck testConnection(const QString& url) {
    if (!isPostgresUrl(url))
        throw StoreError(StoreError::Kind::InvalidInput,
                         translate("Store",
                                   "a connection test needs a PostgreSQL URL "
                                   "(postgresql://user@host:port/database or host=… dbname=…)"));
    const PostgresTarget target(url);
    ConnectionCheck check;
    check.server = target.description();
    const Clock::time_point start = Clock::now();
    const PostgresConnectionPtr connection = target.connect();
    check.connectTime = since(start);
    try {
        pqxx::nontransaction tx(*connection);
        check.serverVersion =
            QString::fromStdString(tx.exec1("SELECT version()")[0].as<std::string>());
        std::vector<std::chrono::microseconds> times;
        for (int i = 0; i < RoundTrips; ++i) {
            const Clock::time_point sent = Clock::now();
            tx.exec1("SELECT 1");
            times.push_back(since(sent));
        }
        std::sort(times.begin(), times.end());
        check.roundTrip = times[times.size() / 2];
    } catch (...) {
        rethrowAsStoreError(target.description());
    }
    return check;
}

} // namespace treeops::storage

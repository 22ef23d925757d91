#pragma once

#include "assessments/TierReport.h"
#include "storage/redis/LatencySamples.h"

namespace treeops::storage {
class Store;
class TieredStore;
namespace redis {
class HotCache;
}
} // namespace treeops::storage

namespace treeops::assessments {

// Looks at the store's tiers for the Data tiers page: state, versions, latency, hit ratio and
// sizes. Each report times a small warm-tier query, so the warm latency is live; the hot
// tier's comes from its own reads. Runs in the store worker's thread, like the store.
class TierReporter {
public:
    TierReporter(storage::Store& store, QString storeUrl);

    TierReport report(int outboxWaiting, bool outboxInUse);
    // Connects afresh to each configured server: "PostgreSQL 15.6 · 0.4 ms" lines, or the
    // reason one cannot be reached.
    QStringList testConnections();

private:
    TierStatus warmStatus();
    TierStatus hotStatus();
    TierStatus coldStatus();
    QString warmServerVersion();
    QString hotServerVersion(storage::redis::HotCache& hot);

    storage::Store& m_store;
    storage::TieredStore* m_tiered; // null without a hot tier
    const QString m_storeUrl;
    QString m_warmVersion; // asked once: it does not change while the console runs
    QString m_hotVersion;
    storage::redis::LatencySamples m_warmLatency;
};

} // namespace treeops::assessments

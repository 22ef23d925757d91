#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace treeops::assessments {

// One tier as the Data tiers page shows it.
struct TierStatus {
    bool configured = false;
    bool online = false;
    QString location;      // never with a password
    QString serverVersion; // "PostgreSQL 15.6", "Redis 7.0.15", "SQLite 3.40.1"
    std::optional<double> p50Ms;
    std::optional<double> p95Ms;
    std::optional<double> hitRatio; // hot tier: hits / lookups
    std::optional<qint64> items;    // warm, cold: assessments; hot: TreeOps' own keys
    std::optional<qint64> bytes;    // cold: size of the archive
    QString problem;                // why it is offline
};

struct TierReport {
    TierStatus hot;
    TierStatus warm;
    TierStatus cold;
    int outboxWaiting = 0;
    bool outboxInUse = false; // only a shared store has one
    QDateTime at;
};

} // namespace treeops::assessments

Q_DECLARE_METATYPE(treeops::assessments::TierReport)

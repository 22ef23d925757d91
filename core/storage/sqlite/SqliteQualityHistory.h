#pragma once

#include "storage/QualityHistory.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace treeops::storage {

// Quality runs and custom rules in the embedded store's file, on a connection of their own
// (the store must have been opened once, so its migrations have run).
class SqliteQualityHistory final : public QualityHistory {
public:
    explicit SqliteQualityHistory(const QString& path);

    qint64 saveRun(const quality::RunRecord& run, const quality::VerifiedQuotes& verified) override;
    QList<quality::RunSummary> recentRuns(int limit) override;
    std::optional<quality::RunRecord> run(qint64 id) override;
    QList<quality::RuleTrendPoint> ruleTrend(const QString& ruleId, int limit) override;
    int saveCustomRule(const quality::CustomRule& rule) override;
    QList<quality::CustomRule> customRules() override;
    QList<quality::CustomRule> customRuleVersions(const QString& id) override;

private:
    QList<quality::CustomRule> readCustomRules(const QString& sql, const QString& id);

    SqliteDatabase m_db;
};

} // namespace treeops::storage

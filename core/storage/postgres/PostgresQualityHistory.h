#pragma once

#include "storage/QualityHistory.h"
#include "storage/postgres/PostgresConnection.h"

namespace treeops::storage {

// Quality runs and custom rules in the shared PostgreSQL database, on a connection of their
// own (the store must have been opened once, so its migrations have run). A connection lost
// between calls is opened again on the next one.
class PostgresQualityHistory final : public QualityHistory {
public:
    explicit PostgresQualityHistory(PostgresTarget target);
    ~PostgresQualityHistory() override;

    qint64 saveRun(const quality::RunRecord& run, const quality::VerifiedQuotes& verified) override;
    QList<quality::RunSummary> recentRuns(int limit) override;
    std::optional<quality::RunRecord> run(qint64 id) override;
    QList<quality::RuleTrendPoint> ruleTrend(const QString& ruleId, int limit) override;
    int saveCustomRule(const quality::CustomRule& rule) override;
    QList<quality::CustomRule> customRules() override;
    QList<quality::CustomRule> customRuleVersions(const QString& id) override;

private:
    // Runs `work` in one transaction, turning libpqxx errors into StoreError.
    template <typename Work> auto transact(Work work);

    PostgresTarget m_target;
    PostgresConnectionPtr m_connection;
};

} // namespace treeops::storage

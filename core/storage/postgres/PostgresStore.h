#pragma once

#include "storage/Store.h"
#include "storage/postgres/PostgresArchive.h"
#include "storage/postgres/PostgresConnectionPool.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <set>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace treeops::storage {

// The warm tier: a PostgreSQL database reached through any libpq URL or connection string.
// Opening applies pending migrations (under an advisory lock, so consoles starting together do
// not race); a database holding another application's tables, or a newer TreeOps schema, is
// refused and left as it was. Several PostgresStore objects on one database behave like several
// consoles: row versions refuse stale writes as conflicts.
//
// With Connect::WhenReachable, a server that cannot be reached (StoreError Unavailable) does
// not fail the construction: every call throws Unavailable until one finds the server, then
// that call migrates and goes on. The console starts this way while its server is down.
class PostgresStore final : public Store {
public:
    enum class Connect { Now, WhenReachable };

    explicit PostgresStore(const QString& url, int connections = 4, Connect connect = Connect::Now);
    ~PostgresStore() override;

    QString location() const override;
    int schemaVersion() const override { return m_schemaVersion; }
    static int latestSchemaVersion();

    PublishOutcome publishCatalog(const scoring::CatalogData& catalog, bool activate) override;
    void activateCatalog(const QString& version) override;
    std::optional<scoring::CatalogData> catalog(const QString& version) override;
    std::optional<scoring::CatalogData> activeCatalog() override;
    std::optional<QString> activeCatalogVersion() override;
    QList<PublishedVersion> catalogVersions() override;

    PublishOutcome publishRates(const scoring::RatesData& rates, bool activate) override;
    void activateRates(const QString& version) override;
    std::optional<scoring::RatesData> rates(const QString& version) override;
    std::optional<scoring::RatesData> activeRates() override;
    std::optional<QString> activeRatesVersion() override;
    QList<PublishedVersion> ratesVersions() override;

    qint64 saveAssessment(const AssessmentWrite& assessment) override;
    void saveAssessments(const QList<AssessmentWrite>& assessments) override;
    std::optional<StoredAssessment> assessment(const QString& id) override;
    QList<AssessmentSummary> listAssessments(const AssessmentFilter& filter) override;
    qint64 countAssessments(const AssessmentFilter& filter) override;
    std::optional<QuoteRecord> latestQuote(const QString& assessmentId) override;
    qint64 setStatus(const QString& id, AssessmentStatus status, qint64 expectedRowVersion,
                     const WriteOptions& options = {}) override;
    void deleteAssessment(const QString& id, qint64 expectedRowVersion,
                          const WriteOptions& options = {}) override;
    QList<DeletedAssessment> deletedAssessments(int limit) override;
    ArchiveOutcome archiveOlderThan(const ArchiveRequest& request,
                                    const ProgressCallback& progress = {},
                                    const CancelCheck& cancelled = {}) override;
    ArchiveStats archiveStats() override;
    PostgresArchive& archive() { return m_archive; }

private:
    using Work = std::function<void(pqxx::transaction_base&)>;
    // Runs `work` in one transaction on a pooled connection and commits; any failure rolls
    // back and becomes a StoreError. A connection that went stale while idle (server restarted)
    // is replaced and the work tried once more, since nothing of it reached the database.
    void transact(const Work& work) { run(work, true); }
    // The same for a single read statement, without BEGIN/COMMIT: one round trip.
    void query(const Work& work) { run(work, false); }
    void run(const Work& work, bool transaction);

    // Connects, migrates and adds the connection to the pool, once; throws until it succeeds.
    void ensureMigrated();
    void migrate(pqxx::connection_base& connection);
    void ensurePartitions(const std::set<int>& months);

    PublishOutcome publish(const char* table, const QString& version, const QByteArray& content,
                           bool activate);
    void activate(const char* table, const QString& version);
    std::optional<QByteArray> content(const char* table, const QString& version);
    std::optional<QString> activeVersion(const char* table);
    QList<PublishedVersion> versions(const char* table);

    qint64 writeAssessment(pqxx::transaction_base& tx, const AssessmentWrite& a,
                           const QDateTime& when);
    // Claims an idempotency key inside the write's transaction: nullopt when the write is new
    // (and the key now taken), or the row version the write already produced. A concurrent
    // holder of the same key makes this wait on the key's unique index until it commits.
    std::optional<qint64> claimWrite(pqxx::transaction_base& tx, const QString& key,
                                     const QString& id, const char* kind);
    void recordWrite(pqxx::transaction_base& tx, const QString& key, qint64 rowVersion);
    [[noreturn]] void refuseStale(pqxx::transaction_base& tx, const QString& id,
                                  qint64 expectedRowVersion);
    // Throws the "restore it first" conflict when `id` is archived.
    static void refuseIfArchived(pqxx::transaction_base& tx, const QString& id);

    PostgresConnectionPool m_pool;
    std::mutex m_migrationMutex;
    std::atomic_bool m_migrated = false;
    std::atomic_int m_schemaVersion = 0;
    std::mutex m_monthsMutex;
    std::set<int> m_months; // yyyymm whose partitions are known to exist
    PostgresArchive m_archive{[this](const Work& work) { transact(work); }};
};

} // namespace treeops::storage

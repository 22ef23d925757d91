#pragma once

#include "storage/Store.h"
#include "storage/sqlite/SqliteArchive.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace treeops::storage {

// The embedded store: one SQLite file in WAL mode with foreign keys on. Opening applies any
// pending migrations; a file that is not a TreeOps database, or one written by a newer
// TreeOps, is refused and left exactly as it was.
class SqliteStore final : public Store {
public:
    explicit SqliteStore(const QString& path);

    QString location() const override;
    int schemaVersion() const override { return m_schemaVersion; }
    static int latestSchemaVersion();
    static constexpr int PageSizeBytes = 16384; // of new files (see choosePageSize)

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
    SqliteArchive& archive() { return m_archive; }

private:
    void checkIsTreeOpsDatabase();
    void choosePageSize();
    int readSchemaVersion();
    void migrate();

    PublishOutcome publish(QLatin1StringView table, const QString& version,
                           const QByteArray& content, bool activate);
    void activate(QLatin1StringView table, const QString& version);
    std::optional<QByteArray> content(QLatin1StringView table, const QString& where,
                                      const QString& version);
    QList<PublishedVersion> versions(QLatin1StringView table);
    std::optional<QString> activeVersion(QLatin1StringView table);

    qint64 customerId(const AssessmentWrite& a);
    qint64 writeAssessment(const AssessmentWrite& a, const QString& now);
    void writeQuote(const QString& assessmentId, const QuoteRecord& quote, const QString& now);
    [[noreturn]] void refuseStale(const QString& id, qint64 expectedRowVersion);
    std::optional<qint64> appliedWrite(const QString& key, const QString& id,
                                       QLatin1StringView kind);
    void recordWrite(const QString& key, const QString& id, QLatin1StringView kind,
                     qint64 rowVersion);

    [[noreturn]] void refuseArchived(const QString& id);

    SqliteDatabase m_db;
    int m_schemaVersion = 0;
    SqliteArchive m_archive{m_db};
};

} // namespace treeops::storage

#pragma once

#include "storage/Records.h"

#include <functional>
#include <optional>

namespace treeops::storage {

class SqliteDatabase;

// The cold tier of the embedded store: one SQLite file per year of last update beside the store
// file, named after it: `treeops-archive-YYYY.sqlite` for the default `treeops.sqlite` (so two
// stores in one folder never share an archive file), each holding the archived assessments
// (customer inlined, so a year file reads on its own) and all their quotes, quote ids kept.
// The store keeps `archived_ids` (id → year): fall-through reads open the one right file, and
// an archived id stays taken, so a new assessment can never reuse it.
//
// A batch moves in two transactions, because SQLite commits a transaction over a WAL store and
// an attached file atomically per file only, not across them:
//   1. copy: the batch's rows into the year file (replacing copies an interrupted run left),
//      committed there with synchronous=FULL;
//   2. verify and remove: counts and an MD5 over every column of the rows on both sides
//      compared; only if equal the ids go into `archived_ids` and the warm rows are deleted.
// A crash between the two leaves the rows warm and an invisible copy, replaced on the next run;
// a verification failure (or a row changed by another console in between) leaves the batch
// warm and stops the run. The first batch never spans two years.
class SqliteArchive {
public:
    explicit SqliteArchive(SqliteDatabase& db);
    ~SqliteArchive();
    SqliteArchive(const SqliteArchive&) = delete;
    SqliteArchive& operator=(const SqliteArchive&) = delete;

    QString fileName(int year) const;
    QString filePath(int year) const;

    ArchiveOutcome run(const ArchiveRequest& request, const ProgressCallback& progress,
                       const CancelCheck& cancelled);
    ArchiveStats stats();

    std::optional<int> yearOf(const QString& id);
    std::optional<StoredAssessment> assessment(const QString& id);
    std::optional<QuoteRecord> latestQuote(const QString& id);

    // For lists that include the archive: while it lives, each year file beside the store is
    // attached as `cold_YYYY`, and rowsSql() selects their archived assessments in the columns
    // of the store's summaries (customer as `customer`) and a last column `archived` = 1. Copies
    // left by an interrupted or refused batch are not archived (not in `archived_ids`) and are
    // left out. Throws StoreError when there are more year files than SQLite can attach.
    class Listing {
    public:
        explicit Listing(SqliteArchive& archive);
        ~Listing();
        Listing(const Listing&) = delete;
        Listing& operator=(const Listing&) = delete;

        // Empty when nothing is archived.
        const QString& rowsSql() const { return m_rowsSql; }

    private:
        void detachAll();

        SqliteDatabase& m_db;
        QList<int> m_attached;
        QString m_rowsSql;
    };

    // For tests: runs on the store's connection (the year file attached as `archive`) after a
    // batch is copied and before it is verified, e.g. to damage a copied row.
    using AfterCopyHook = std::function<void(SqliteDatabase&)>;
    void setAfterCopyHook(AfterCopyHook hook) { m_afterCopy = std::move(hook); }

private:
    QList<int> fileYears() const;
    enum class BatchResult { Moved, VerificationFailed };
    BatchResult moveBatch(int year, const QStringList& ids, ArchiveOutcome& outcome);
    void attach(int year);
    void detach();
    void fillBatch(const QStringList& ids);
    qint64 copyBatch();
    bool verifyBatch(QString& mismatch);
    void removeBatch(int year);

    SqliteDatabase& m_db;
    QString m_folder;
    QString m_baseName;
    std::optional<int> m_attachedYear;
    AfterCopyHook m_afterCopy;
};

} // namespace treeops::storage

#pragma once

#include "storage/Records.h"

#include <functional>

namespace pqxx {
class transaction_base;
}

namespace treeops::storage {

// The cold tier of the PostgreSQL store: the `archive` schema (migration 4), unpartitioned
// `archive.assessments` and `archive.quotes` with the warm tables' columns (quote ids kept).
// Each batch is one transaction: lock the oldest rows (FOR UPDATE, so no console changes them
// meanwhile), copy them, compare counts and md5(string_agg(every column ORDER BY id)) of both
// sides, and only if equal delete them from the monthly partitions. A crash or a failed
// verification rolls the whole batch back, so a re-run can never duplicate. The ids stay in
// `assessment_ids`: an archived id remains taken, and writes to it are refused.
class PostgresArchive {
public:
    using Transact = std::function<void(const std::function<void(pqxx::transaction_base&)>&)>;
    using AfterCopyHook = std::function<void(pqxx::transaction_base&)>;

    // `transact` runs its argument in one committed transaction (PostgresStore::transact).
    explicit PostgresArchive(Transact transact);

    ArchiveOutcome run(const ArchiveRequest& request, const ProgressCallback& progress,
                       const CancelCheck& cancelled);
    ArchiveStats stats();

    // For tests: runs inside a batch's transaction after the copy, before the verification.
    void setAfterCopyHook(AfterCopyHook hook) { m_afterCopy = std::move(hook); }

private:
    struct Batch {
        QStringList ids;
        qint64 skipped = 0;
        QString mismatch; // non-empty when verification failed (and the batch rolled back)
    };
    Batch moveBatch(const std::string& cutoff, int batchSize);

    Transact m_transact;
    AfterCopyHook m_afterCopy;
};

} // namespace treeops::storage

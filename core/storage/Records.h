#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace treeops::storage {

enum class AssessmentStatus { Draft, Quoted, Accepted, Completed };
inline constexpr int AssessmentStatusCount = 4;

QString statusKey(AssessmentStatus status);
std::optional<AssessmentStatus> statusFromKey(QStringView key);
QString statusKeysList(); // "draft, quoted, accepted, completed" for messages

// A published catalog or rates version. Content is immutable once published.
struct PublishedVersion {
    QString version;
    QDateTime publishedAt;
    bool active = false;
    QByteArray sha256; // hex of the canonical JSON content
};

enum class PublishOutcome { Published, AlreadyPublished };

// What lists and filters show of an assessment, without loading its document.
struct AssessmentSummary {
    QString id;
    QString customer;
    QString address;
    QString state;
    QStringList services;
    int treeCount = 0;
    AssessmentStatus status = AssessmentStatus::Draft;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;
    std::optional<double> composite;
    QString band;
    std::optional<double> price;
    // Read from the cold tier (the archive): shown marked, and read-only until restored.
    bool archived = false;
};

struct QuoteRecord {
    QString catalogVersion;
    QString ratesVersion;
    double composite = 0;
    QString band;
    double price = 0;
    double totalCost = 0;
    double billableHours = 0;
    QByteArray quoteJson;
    QDateTime createdAt; // set by the store
};

// An assessment to save. `expectedRowVersion` is 0 for a new assessment, otherwise the
// version the user loaded: a save over a newer one is refused as a conflict.
struct AssessmentWrite {
    QString id;
    QString customerName;
    QString customerPhone;
    QString customerEmail;
    QString address;
    QString state;
    QStringList services;
    int treeCount = 0;
    AssessmentStatus status = AssessmentStatus::Draft;
    QByteArray inputJson;
    qint64 expectedRowVersion = 0;
    std::optional<QuoteRecord> quote; // saved in the same transaction
    QDateTime recordedAt; // when the assessment was made; now when invalid (imports keep history)
    // Names this one intended write (see WriteOptions); empty for none.
    QString idempotencyKey;
};

// Options of a single write. A store that has already applied a write with the same non-empty
// `idempotencyKey` returns that write's original result and changes nothing, so a write that may
// or may not have reached the store (lost reply, crash before the outbox forgot it) can be sent
// again safely. The store records the key in the same transaction as the write.
struct WriteOptions {
    QString idempotencyKey;
};

struct DeletedAssessment {
    QString id;
    QDateTime deletedAt;
    QString customer;
    AssessmentStatus status = AssessmentStatus::Draft;
    QByteArray inputJson;
};

struct StoredAssessment {
    AssessmentSummary summary;
    QByteArray inputJson;
};

enum class AssessmentSort {
    Updated,
    Created,
    Customer,
    Address,
    State,
    Status,
    Price,
    Trees,
    Composite
};

struct AssessmentFilter {
    QString search; // customer, address or id, case-insensitive substring
    std::optional<AssessmentStatus> status;
    QString state;
    std::optional<QDate> updatedFrom;
    std::optional<QDate> updatedTo;
    AssessmentSort sort = AssessmentSort::Updated;
    bool descending = true;
    int offset = 0;
    int limit = 100;
    // Archived assessments too (read-only, each summary marked `archived`), filtered and sorted
    // with the store's as one list.
    bool includeArchived = false;
};

// --- The cold tier -----------------------------------------------------------------------------

// Moves assessments last updated before `updatedBefore` (with all their quotes) to the archive,
// `batchSize` at a time; each batch is copied, verified (counts and checksums on both sides) and
// only then removed from the warm tier. `batchArchived`, when set, hears the ids of each batch
// once it is committed in the archive (e.g. to drop copies cached elsewhere), also when a later
// batch fails or the run is cancelled.
struct ArchiveRequest {
    QDateTime updatedBefore;
    int batchSize = 1000;
    std::function<void(const QStringList& ids)> batchArchived = {};
};

struct ArchiveOutcome {
    qint64 candidates = 0; // assessments older than the cut-off when the run started
    qint64 moved = 0;
    int verifiedBatches = 0;
    // Copies found in the archive already, left by a run interrupted between copy and removal;
    // they were replaced by the warm rows and are counted in `moved`.
    qint64 skipped = 0;
    bool cancelled = false;
    bool verificationFailed = false; // the failing batch stayed warm; the run stopped there
    QString message;
};

// One part of the archive: a yearly SQLite file, or the PostgreSQL archive schema.
struct ArchivePart {
    QString name;
    qint64 assessments = 0;
    qint64 quotes = 0;
    qint64 bytes = 0;
};

struct ArchiveStats {
    qint64 assessments = 0;
    qint64 quotes = 0;
    qint64 bytes = 0;
    QList<ArchivePart> parts;
};

// The job contract of long operations: progress(percent, step) and a cancel check, which the
// archive routine calls between batches (a batch in flight always completes or rolls back).
using ProgressCallback = std::function<void(int percent, const QString& step)>;
using CancelCheck = std::function<bool()>;

} // namespace treeops::storage

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
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
};

} // namespace treeops::storage

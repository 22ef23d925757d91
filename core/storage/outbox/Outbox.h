#pragma once

#include "storage/Records.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace treeops::storage {

enum class OutboxKind { Save, Status, Delete };

enum class OutboxState {
    Pending,  // waits for replay
    Conflict, // refused by the store (or depends on a refused change): a person decides
    Failed,   // failed permanently (invalid, or too many attempts): a person decides
};

// One write waiting for the warm tier.
//
// Chaining rule: a write enqueued while the outbox still holds an earlier write of the same
// assessment is `chained`: the row version it expects is not known yet (the earlier write has
// not reached the store), so it is the row version the earlier write returns, resolved when that
// write is marked applied (markApplied stores it here and clears `chained`). A chained write of
// a deleted assessment expects 0, i.e. it stores the assessment anew.
struct OutboxEntry {
    qint64 sequence = 0; // replay order
    QString idempotencyKey;
    OutboxKind kind = OutboxKind::Save;
    QString assessmentId;
    QString customer; // for messages about the entry
    qint64 expectedRowVersion = 0;
    bool chained = false;
    AssessmentWrite write;                             // Save: the whole write, quote included
    AssessmentStatus status = AssessmentStatus::Draft; // Status: the new status
    QDateTime enqueuedAt;
    int attempts = 0;
    QString lastError;
    OutboxState state = OutboxState::Pending;
};

// A durable queue of writes, in its own SQLite file (WAL), for while the warm tier is down.
// Entries are never dropped except by markApplied (the store has them) and discardConflict (a
// person said so); closing the application keeps them. Like SqliteStore, use it from the thread
// that opened it.
class Outbox {
public:
    // Opens or creates the file and applies pending migrations. Throws StoreError.
    explicit Outbox(const QString& path);
    // One outbox per store, in the user's data folder: writes queued for one store are never
    // replayed into another the console is pointed at later.
    static QString defaultPath(const QString& storeUrl);
    static int latestSchemaVersion();
    const QString& path() const { return m_db.path(); }

    // Each returns the entry's sequence number; the entry gets a fresh idempotency key unless
    // the write already carries one (a write that may have reached the store keeps its key).
    qint64 enqueueSave(const AssessmentWrite& write);
    qint64 enqueueStatus(const QString& id, AssessmentStatus status, qint64 expectedRowVersion,
                         const WriteOptions& options = {});
    qint64 enqueueDelete(const QString& id, qint64 expectedRowVersion,
                         const WriteOptions& options = {});

    QList<OutboxEntry> pending();   // in replay order
    QList<OutboxEntry> conflicts(); // Conflict and Failed, oldest first
    std::optional<OutboxEntry> entry(qint64 sequence);
    int depth(); // pending entries: the "N changes waiting"
    // Whether any entry of the assessment is still here (pending or not): later writes of it
    // must queue behind it to keep their order.
    bool holds(const QString& assessmentId);

    // The store applied the entry and returned `rowVersion`: the entry goes and the next entry
    // of the same assessment, if chained, now expects `rowVersion` (0 after a delete).
    void markApplied(qint64 sequence, qint64 rowVersion);
    void markConflict(qint64 sequence, const QString& message);
    void markFailed(qint64 sequence, const QString& message); // permanently
    // A failed attempt to retry later; returns the attempts made so far.
    int recordAttempt(qint64 sequence, const QString& error);
    // Explicit user action only. Refuses (InvalidInput) an entry that is pending.
    void discardConflict(qint64 sequence);

private:
    void migrate();
    qint64 insert(const OutboxEntry& entry);
    QList<OutboxEntry> select(const QString& where);
    void setState(qint64 sequence, OutboxState state, const QString& message);

    SqliteDatabase m_db;
};

} // namespace treeops::storage

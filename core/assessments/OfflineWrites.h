#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <memory>

namespace treeops::storage {
struct OutboxEntry;
class Outbox;
class OutboxStore;
class Store;
} // namespace treeops::storage

namespace treeops::assessments {

// Saves that survive a shared store being unreachable. Writes go through store(): when the
// store is down they wait in a durable outbox on this computer (kept when the console quits),
// and are replayed in order, exactly once, as soon as it answers again — retried with backoff,
// and at once when the console starts with writes still waiting. A write the store refuses on
// replay (someone changed the assessment meanwhile) stays in the outbox as a problem, never
// dropped. Lives in the store worker's thread, like the store.
class OfflineWrites : public QObject {
    Q_OBJECT

public:
    // `store` must outlive this object; the outbox file is the one kept for `storeUrl`.
    OfflineWrites(storage::Store& store, const QString& storeUrl, QObject* parent = nullptr);
    ~OfflineWrites() override;

    // What to write through: the store, or the outbox while the store is down.
    storage::Store& store();
    int waiting() const;
    void replayNow();
    // Announces waitingChanged: what waits and what was refused (e.g. left by the last session).
    void report();

    // The changes the store refused (conflicts, and failures for good), oldest first.
    QList<storage::OutboxEntry> refused() const;
    // Deletes these refused changes from the outbox for good, as the user confirmed; returns
    // how many went. Pending changes are never touched.
    int discard(const QList<qint64>& sequences);

signals:
    // Writes waiting for the store, and the ones it refused (each described in plain words).
    void waitingChanged(int waiting, const QStringList& problems);
    // Queued writes reached the store: lists may show something new.
    void replayed(int applied);

private:
    void queued();
    void scheduleRetry();

    storage::Store& m_inner;
    std::unique_ptr<storage::Outbox> m_outbox;
    std::unique_ptr<storage::OutboxStore> m_store;
    QTimer m_retry;
    std::chrono::milliseconds m_delay;
};

} // namespace treeops::assessments

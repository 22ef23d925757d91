#pragma once

#include <QString>
#include <functional>

namespace treeops::storage {

class Outbox;
class Store;
struct OutboxEntry;

struct ReplaySummary {
    int applied = 0;
    int conflicts = 0; // refused now (conflict or failed for good), chained followers included
    int retried = 0;   // failed now, still pending for the next replay
    int remaining = 0; // pending after the replay
    bool unavailable = false; // stopped because the store went away: schedule a retry
    bool cancelled = false;
    QString lastError;
};

// Sends the outbox's pending writes to the store in order, each with its idempotency key, so a
// write that reached the store before a crash is not applied twice.
//
// Per entry: applied → removed (the next chained write of that assessment learns its row
// version); Conflict or NotFound (changed or deleted elsewhere) → kept as a conflict with a
// message naming the customer and assessment, and the writes chained behind it become conflicts
// too (Outbox::markConflict); InvalidInput → failed for good, likewise; Unavailable → stop,
// everything left stays pending; any other error → attempt counted and error kept, pending,
// failed for good after MaxAttempts. After an entry that stays pending, later entries of the
// same assessment wait for the next replay; other assessments go on.
//
// Pure logic on the caller's thread; the caller schedules retries (with backoff) and shows
// progress. Cancellation is checked between entries.
class OutboxReplayer {
public:
    static constexpr int MaxAttempts = 5;
    using Progress = std::function<void(int percent, const QString& step)>;
    using Cancelled = std::function<bool()>;

    OutboxReplayer(Store& store, Outbox& outbox)
        : m_store(store)
        , m_outbox(outbox) {}

    ReplaySummary replay(const Progress& progress = {}, const Cancelled& cancelled = {});

private:
    enum class Outcome { Applied, Refused, Retry, Unavailable };
    Outcome replayOne(const OutboxEntry& entry, ReplaySummary& summary);
    qint64 apply(const OutboxEntry& entry);

    Store& m_store;
    Outbox& m_outbox;
};

// "save of assessment A-1 (Ana Ruiz)": how messages name a queued change.
QString describeEntry(const OutboxEntry& entry);

} // namespace treeops::storage

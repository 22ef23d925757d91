#include "assessments/OfflineWrites.h"

#include "storage/StoreError.h"
#include "storage/outbox/Outbox.h"
#include "storage/outbox/OutboxReplayer.h"
#include "storage/outbox/OutboxStore.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace treeops::assessments {
namespace {

using namespace std::chrono_literals;

// Soon after a save failed, then less and less often while the store stays away.
constexpr std::chrono::milliseconds FirstRetry = 1s;
constexpr std::chrono::milliseconds LongestRetry = 60s;

std::unique_ptr<storage::Outbox> openOutbox(const QString& storeUrl) {
    const QString path = storage::Outbox::defaultPath(storeUrl);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return std::make_unique<storage::Outbox>(path);
}

} // namespace

OfflineWrites::OfflineWrites(storage::Store& store, const QString& storeUrl, QObject* parent)
    : QObject(parent)
    , m_inner(store)
    , m_outbox(openOutbox(storeUrl))
    , m_store(std::make_unique<storage::OutboxStore>(store, *m_outbox))
    , m_delay(FirstRetry) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OfflineWrites::replayNow);
    m_store->setQueuedCallback([this](int) { queued(); });
    if (m_outbox->depth() > 0) // left from the last session
        QTimer::singleShot(0, this, &OfflineWrites::replayNow);
}

OfflineWrites::~OfflineWrites() = default;

storage::Store& OfflineWrites::store() {
    return *m_store;
}

int OfflineWrites::waiting() const {
    return m_outbox->depth();
}

void OfflineWrites::queued() {
    report();
    if (!m_retry.isActive())
        scheduleRetry();
}

void OfflineWrites::replayNow() {
    const storage::ReplaySummary summary = storage::OutboxReplayer(m_inner, *m_outbox).replay();
    report();
    if (summary.applied > 0)
        emit replayed(summary.applied);
    if (summary.remaining == 0) {
        m_delay = FirstRetry;
        return;
    }
    m_delay = std::min(m_delay * 2, LongestRetry);
    scheduleRetry();
}

void OfflineWrites::scheduleRetry() {
    m_retry.start(m_delay);
}

QList<storage::OutboxEntry> OfflineWrites::refused() const {
    return m_outbox->conflicts();
}

int OfflineWrites::discard(const QList<qint64>& sequences) {
    int discarded = 0;
    try {
        for (const qint64 sequence : sequences) {
            m_outbox->discardConflict(sequence);
            ++discarded;
        }
    } catch (const storage::StoreError&) {
        report(); // what did go is gone: the counts say so before the error does
        throw;
    }
    report();
    return discarded;
}

void OfflineWrites::report() {
    QStringList problems;
    const QList<storage::OutboxEntry> refused = m_outbox->conflicts();
    for (const storage::OutboxEntry& entry : refused)
        problems << storage::describeEntry(entry) + u": " + entry.lastError;
    emit waitingChanged(m_outbox->depth(), problems);
}

} // namespace treeops::assessments

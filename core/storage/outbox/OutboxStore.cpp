#include "storage/outbox/OutboxStore.h"

#include "storage/StoreError.h"
#include "storage/outbox/Outbox.h"

#include <QUuid>

namespace treeops::storage {
namespace {

// Keyed before the first attempt, so the attempt and any replay of it are one write.
QString keyOr(const QString& key) {
    return key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
}

} // namespace

template <typename Direct, typename Enqueue>
void OutboxStore::writeOrQueue(const QString& id, Direct direct, Enqueue enqueue) {
    m_lastWriteQueued = false;
    if (!m_outbox.holds(id)) {
        try {
            direct();
            return;
        } catch (const StoreError& e) {
            if (e.kind() != StoreError::Kind::Unavailable)
                throw;
        }
    }
    enqueue();
    m_lastWriteQueued = true;
    if (m_queued)
        m_queued(m_outbox.depth());
}

qint64 OutboxStore::saveAssessment(const AssessmentWrite& assessment) {
    AssessmentWrite keyed = assessment;
    keyed.idempotencyKey = keyOr(assessment.idempotencyKey);
    qint64 rowVersion = assessment.expectedRowVersion + 1;
    writeOrQueue(
        keyed.id, [&] { rowVersion = m_inner.saveAssessment(keyed); },
        [&] { m_outbox.enqueueSave(keyed); });
    return rowVersion;
}

qint64 OutboxStore::setStatus(const QString& id, AssessmentStatus status, qint64 expectedRowVersion,
                              const WriteOptions& options) {
    const WriteOptions keyed{keyOr(options.idempotencyKey)};
    qint64 rowVersion = expectedRowVersion + 1;
    writeOrQueue(
        id, [&] { rowVersion = m_inner.setStatus(id, status, expectedRowVersion, keyed); },
        [&] { m_outbox.enqueueStatus(id, status, expectedRowVersion, keyed); });
    return rowVersion;
}

void OutboxStore::deleteAssessment(const QString& id, qint64 expectedRowVersion,
                                   const WriteOptions& options) {
    const WriteOptions keyed{keyOr(options.idempotencyKey)};
    writeOrQueue(
        id, [&] { m_inner.deleteAssessment(id, expectedRowVersion, keyed); },
        [&] { m_outbox.enqueueDelete(id, expectedRowVersion, keyed); });
}

} // namespace treeops::storage

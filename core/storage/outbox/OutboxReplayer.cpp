#include "storage/outbox/OutboxReplayer.h"

#include "i18n/Translate.h"
#include "storage/Store.h"
#include "storage/StoreError.h"
#include "storage/outbox/Outbox.h"

#include <QSet>

namespace treeops::storage {

QString describeEntry(const OutboxEntry& e) {
    QString what;
    switch (e.kind) {
    case OutboxKind::Save:
        what = translate("Outbox", "save of assessment %1").arg(e.assessmentId);
        break;
    case OutboxKind::Status:
        what = translate("Outbox", "status change of assessment %1 to %2")
                   .arg(e.assessmentId, statusKey(e.status));
        break;
    case OutboxKind::Delete:
        what = translate("Outbox", "deletion of assessment %1").arg(e.assessmentId);
        break;
    }
    if (!e.customer.isEmpty())
        what = translate("Outbox", "%1 (%2)").arg(what, e.customer);
    return what;
}

qint64 OutboxReplayer::apply(const OutboxEntry& e) {
    const WriteOptions options{e.idempotencyKey};
    switch (e.kind) {
    case OutboxKind::Save:
        return m_store.saveAssessment(e.write);
    case OutboxKind::Status:
        return m_store.setStatus(e.assessmentId, e.status, e.expectedRowVersion, options);
    case OutboxKind::Delete:
        m_store.deleteAssessment(e.assessmentId, e.expectedRowVersion, options);
        return 0; // a chained write after a delete stores the assessment anew
    }
    return 0;
}

OutboxReplayer::Outcome OutboxReplayer::replayOne(const OutboxEntry& e, ReplaySummary& summary) {
    try {
        m_outbox.markApplied(e.sequence, apply(e));
        ++summary.applied;
        return Outcome::Applied;
    } catch (const StoreError& error) {
        summary.lastError = error.message();
        const QString queuedAt = e.enqueuedAt.toLocalTime().toString(Qt::ISODate);
        switch (error.kind()) {
        case StoreError::Kind::Unavailable:
            return Outcome::Unavailable;
        case StoreError::Kind::Conflict:
        case StoreError::Kind::NotFound:
            m_outbox.markConflict(
                e.sequence, translate("Outbox", "The %1, made offline at %2, was not applied: %3")
                                .arg(describeEntry(e), queuedAt, error.message()));
            return Outcome::Refused;
        case StoreError::Kind::InvalidInput:
            m_outbox.markFailed(e.sequence, error.message());
            return Outcome::Refused;
        default:
            if (m_outbox.recordAttempt(e.sequence, error.message()) < MaxAttempts)
                return Outcome::Retry;
            m_outbox.markFailed(e.sequence,
                                translate("Outbox", "The %1 failed %2 times; last error: %3")
                                    .arg(describeEntry(e))
                                    .arg(MaxAttempts)
                                    .arg(error.message()));
            return Outcome::Refused;
        }
    }
}

ReplaySummary OutboxReplayer::replay(const Progress& progress, const Cancelled& cancelled) {
    ReplaySummary summary;
    const auto refusedBefore = m_outbox.conflicts().size();
    const QList<OutboxEntry> entries = m_outbox.pending();
    QSet<QString> waiting; // assessments whose earlier entry is still pending or was refused
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const OutboxEntry& e = entries[i];
        if (cancelled && cancelled()) {
            summary.cancelled = true;
            break;
        }
        if (progress)
            progress(static_cast<int>(100 * i / entries.size()),
                     translate("Outbox", "Sending the %1").arg(describeEntry(e)));
        // Read again: applying an earlier entry resolved this one's expected row version, and
        // refusing one refused the entries chained behind it.
        const std::optional<OutboxEntry> current = m_outbox.entry(e.sequence);
        if (!current || current->state != OutboxState::Pending || waiting.contains(e.assessmentId))
            continue;
        const Outcome outcome = replayOne(*current, summary);
        if (outcome == Outcome::Unavailable) {
            summary.unavailable = true;
            break;
        }
        if (outcome == Outcome::Retry) {
            ++summary.retried;
            waiting.insert(e.assessmentId);
        }
    }
    summary.conflicts = static_cast<int>(m_outbox.conflicts().size() - refusedBefore);
    summary.remaining = m_outbox.depth();
    if (progress && !summary.cancelled && !summary.unavailable)
        progress(100, translate("Outbox", "%n change(s) sent", nullptr, summary.applied));
    return summary;
}

} // namespace treeops::storage

#include "assessments/StoreWorker.h"

#include "assessments/OfflineWrites.h"
#include "assessments/TierReporter.h"
#include "i18n/Translate.h"
#include "scoring/QuoteJson.h"
#include "storage/ReferenceData.h"
#include "storage/Store.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"
#include "storage/WholeFile.h"
#include "storage/outbox/OfflineReference.h"
#include "storage/outbox/Outbox.h"
#include "storage/outbox/OutboxReplayer.h"
#include "storage/outbox/RefusedChanges.h"
#include "storage/redis/ChangeFeed.h"
#include "storage/redis/HotCache.h"
#include "storage/tiered/TieredStore.h"

#include <QJsonDocument>
#include <QTimer>
#include <atomic>

namespace treeops::assessments {
namespace {

using namespace Qt::StringLiterals;

StoreOverview overviewOf(const QString& location, const scoring::QuoteEngine& engine) {
    StoreOverview overview{location, engine.catalog().version(), engine.rates().version(), {}};
    for (const scoring::StateRate& state : engine.rates().data().states)
        overview.states << state.state;
    overview.states.sort();
    return overview;
}

} // namespace

StoreWorker::StoreWorker(QObject* parent)
    : QObject(parent) {
    // Queued connections across the thread boundary copy these through QMetaType.
    qRegisterMetaType<storage::AssessmentFilter>();
    qRegisterMetaType<QList<storage::AssessmentSummary>>();
    qRegisterMetaType<StoreOverview>();
    qRegisterMetaType<OpenedAssessment>();
    qRegisterMetaType<SavedSummary>();
    qRegisterMetaType<QList<RefusedChange>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<TierReport>();
    qRegisterMetaType<ConnectionProbe>();
    qRegisterMetaType<std::shared_ptr<const scoring::QuoteEngine>>();
    qRegisterMetaType<storage::AssessmentStatus>();
}

StoreWorker::~StoreWorker() = default;

quint64 StoreWorker::newRequestId() {
    static std::atomic<quint64> last{OpenRequest};
    return ++last;
}

void StoreWorker::open(const QString& storeUrl, const QString& hotTierUrl) {
    m_storeUrl = storeUrl;
    try {
        // A shared store's server may be down as the console starts: the store then connects
        // once it answers, and the console works offline meanwhile (see workOffline).
        m_store = storage::openStore(storeUrl, hotTierUrl,
                                     storage::isServerStoreUrl(storeUrl)
                                         ? storage::WhenUnreachable::ConnectLater
                                         : storage::WhenUnreachable::Fail);
        watchTiers();
        storage::Store& writes = keepWritesWhileOffline(storeUrl);
        m_tiers = std::make_unique<TierReporter>(*m_store, storeUrl);
        m_service = std::make_unique<AssessmentService>(writes);
        connectToStore();
    } catch (const storage::StoreError& e) {
        m_service.reset();
        m_tiers.reset();
        m_offline.reset();
        m_store.reset();
        m_openError = e.message();
        emit failed(OpenRequest, m_openError);
    }
}

// Throws unless the store answered, or it is a shared store this console can work offline from.
void StoreWorker::connectToStore() {
    std::shared_ptr<const scoring::QuoteEngine> engine;
    try {
        // A store opened for the first time gets the shipped catalog and rates, as in the CLI.
        storage::ensureReferenceData(*m_store);
        engine = m_service->activeEngine();
    } catch (const storage::StoreError& e) {
        if (e.kind() != storage::StoreError::Kind::Unavailable || !m_offline)
            throw;
        workOffline(e.message());
        return;
    }
    keepReferenceCopy(*engine);
    if (m_reachable) {
        emit opened(overviewOf(m_store->location(), *engine));
    } else { // back after an offline start
        m_reachable = true;
        emit storeReachable(true, {});
        m_offline->replayNow();
        emit storeChanged();
    }
    emit engineReady(engine);
}

// The shared store did not answer: quote with the reference data it last had active, keep saves
// in the outbox, and try again with growing pauses.
void StoreWorker::workOffline(const QString& reason) {
    const bool starting = m_reachable; // else a reconnection failed again
    m_reachable = false;
    if (starting) {
        auto copy = storage::OfflineReference(m_storeUrl).load();
        if (!copy)
            throw storage::StoreError(
                storage::StoreError::Kind::Unavailable,
                translate("Store",
                          "%1. This computer has not reached the store before, so it has no "
                          "catalog and rates to quote with until it does")
                    .arg(reason));
        const auto engine =
            m_service->quoteOfflineWith(std::move(copy->catalog), std::move(copy->rates));
        emit opened(overviewOf(m_store->location(), *engine));
        emit engineReady(engine);
    }
    emit storeReachable(false, reason);
    scheduleReconnect();
}

void StoreWorker::scheduleReconnect() {
    if (m_reconnectScheduled)
        return;
    m_reconnectScheduled = true;
    QTimer::singleShot(m_reconnectDelay, this, [this] {
        m_reconnectScheduled = false;
        m_reconnectDelay = std::min(m_reconnectDelay * 2, LongestReconnectDelay);
        reconnect();
    });
}

void StoreWorker::reconnect() {
    if (!m_store || m_reachable)
        return;
    try {
        connectToStore();
        if (m_reachable)
            m_reconnectDelay = FirstReconnectDelay;
    } catch (const storage::StoreError& e) {
        emit storeReachable(false, e.message());
        scheduleReconnect();
    }
}

void StoreWorker::keepReferenceCopy(const scoring::QuoteEngine& engine) {
    if (!m_offline)
        return; // a file on this computer is never out of reach
    try {
        storage::OfflineReference(m_storeUrl).keep(engine.catalog().data(), engine.rates().data());
    } catch (const storage::StoreError& e) {
        // Only a later start without the server needs the copy; today's work goes on.
        qWarning("%s", qPrintable(e.message()));
    }
}

storage::Store& StoreWorker::keepWritesWhileOffline(const QString& storeUrl) {
    if (!storage::isServerStoreUrl(storeUrl))
        return *m_store; // a file on this computer is never out of reach
    m_offline = std::make_unique<OfflineWrites>(*m_store, storeUrl);
    connect(m_offline.get(), &OfflineWrites::waitingChanged, this, &StoreWorker::outboxChanged);
    connect(m_offline.get(), &OfflineWrites::replayed, this, &StoreWorker::storeChanged);
    m_offline->report(); // with what an earlier session left refused
    return m_offline->store();
}

// Another console's change refreshes the lists here; the hot tier's state reaches the status bar.
void StoreWorker::watchTiers() {
    auto* tiered = dynamic_cast<storage::TieredStore*>(m_store.get());
    if (!tiered || !tiered->hot())
        return;
    storage::redis::HotCache* hot = tiered->hot();
    connect(hot, &storage::redis::HotCache::stateChanged, this,
            [this, hot](storage::redis::HotCache::State state, const QString& reason) {
                emit hotTierChanged(state == storage::redis::HotCache::State::Online,
                                    hot->location(), reason);
            });
    if (storage::redis::ChangeFeed* feed = tiered->changeFeed())
        connect(feed, &storage::redis::ChangeFeed::changed, this, &StoreWorker::storeChanged);
    emit hotTierChanged(hot->state() == storage::redis::HotCache::State::Online, hot->location(),
                        hot->lastError());
}

void StoreWorker::fetchPage(quint64 requestId, const storage::AssessmentFilter& filter) {
    serve(requestId, [&](storage::Store& store) {
        emit pageFetched(requestId, filter.offset, store.listAssessments(filter));
    });
}

void StoreWorker::count(quint64 requestId, const storage::AssessmentFilter& filter) {
    serve(requestId,
          [&](storage::Store& store) { emit counted(requestId, store.countAssessments(filter)); });
}

void StoreWorker::openAssessment(quint64 requestId, const QString& id) {
    serve(requestId, [&](storage::Store&) {
        const auto reopened = m_service->reopen(id);
        if (!reopened) {
            emit failed(requestId, translate("Store", "assessment %1 does not exist").arg(id));
            return;
        }
        const storage::AssessmentSummary& summary = reopened->stored.summary;
        OpenedAssessment opened{summary.id,
                                summary.rowVersion,
                                summary.status,
                                QJsonDocument::fromJson(reopened->stored.inputJson).object(),
                                reopened->storedQuote,
                                nullptr,
                                summary.archived,
                                summary.updatedAt};
        if (reopened->repriced)
            opened.pinnedEngine = reopened->repriced->engine;
        emit assessmentOpened(requestId, opened);
    });
}

void StoreWorker::saveAssessment(quint64 requestId, const QJsonObject& document,
                                 storage::AssessmentStatus status, qint64 expectedRowVersion) {
    write(requestId, [&] {
        Problems problems;
        auto priced = m_service->price(document, problems);
        if (!priced) {
            emit failed(requestId, translate("Store", "not saved: %1").arg(joinProblems(problems)));
            return;
        }
        const auto saved = m_service->save(std::move(*priced), status, expectedRowVersion);
        emit assessmentSaved(requestId, {saved.id, saved.rowVersion, status,
                                         scoring::roundMoney(saved.priced.quote.price)});
    });
}

void StoreWorker::changeStatus(quint64 requestId, const QString& id,
                               storage::AssessmentStatus status, qint64 expectedRowVersion) {
    write(requestId, [&] {
        emit statusChanged(requestId, id, m_service->changeStatus(id, status, expectedRowVersion));
    });
}

void StoreWorker::deleteAssessment(quint64 requestId, const QString& id,
                                   qint64 expectedRowVersion) {
    write(requestId, [&] {
        m_service->remove(id, expectedRowVersion);
        emit assessmentDeleted(requestId, id);
    });
}

void StoreWorker::duplicateAssessment(quint64 requestId, const QString& id) {
    write(requestId, [&] { emit assessmentDuplicated(requestId, m_service->duplicate(id).id); });
}

void StoreWorker::reportTiers(quint64 requestId) {
    serve(requestId, [&](storage::Store&) {
        emit tiersReported(
            requestId, m_tiers->report(m_offline ? m_offline->waiting() : 0, m_offline != nullptr));
    });
}

void StoreWorker::testConnections(quint64 requestId) {
    serve(requestId,
          [&](storage::Store&) { emit connectionsTested(requestId, m_tiers->testConnections()); });
}

void StoreWorker::testUrls(quint64 requestId, const QString& storeUrl, const QString& hotTierUrl) {
    const ConnectionProbe hot =
        hotTierUrl.trimmed().isEmpty() ? ConnectionProbe{} : probeHotTierUrl(hotTierUrl);
    emit urlsTested(requestId, probeStoreUrl(storeUrl), hot);
}

void StoreWorker::clearHotTier(quint64 requestId) {
    serve(requestId, [&](storage::Store& store) {
        auto* tiered = dynamic_cast<storage::TieredStore*>(&store);
        const auto cleared = tiered && tiered->hot() ? tiered->hot()->clearOwnKeys() : std::nullopt;
        if (!cleared)
            throw storage::StoreError(
                storage::StoreError::Kind::Unavailable,
                translate("Tiers", "the hot tier is offline; nothing was cleared"));
        emit hotTierCleared(requestId, *cleared);
    });
}

OfflineWrites& StoreWorker::outbox() {
    if (!m_offline)
        throw storage::StoreError(
            storage::StoreError::Kind::InvalidInput,
            translate("Tiers", "the store is a file on this computer; it has no outbox"));
    return *m_offline;
}

void StoreWorker::listRefusedChanges(quint64 requestId) {
    serve(requestId, [&](storage::Store&) {
        QList<RefusedChange> changes;
        if (m_offline) {
            const QList<storage::OutboxEntry> refused = m_offline->refused();
            for (const storage::OutboxEntry& entry : refused)
                changes.append({entry.sequence, entry.assessmentId, storage::describeEntry(entry),
                                entry.enqueuedAt, entry.lastError});
        }
        emit refusedChangesListed(requestId, changes);
    });
}

void StoreWorker::saveRefusedChanges(quint64 requestId, const QList<qint64>& sequences,
                                     const QString& path) {
    serve(requestId, [&](storage::Store& store) {
        QList<storage::OutboxEntry> chosen;
        const QList<storage::OutboxEntry> refused = outbox().refused();
        for (const storage::OutboxEntry& entry : refused) {
            if (sequences.contains(entry.sequence))
                chosen.append(entry);
        }
        const QString error = storage::writeWholeFile(
            path,
            storage::refusedChangesJson(chosen, store.location(), QDateTime::currentDateTimeUtc()));
        if (!error.isEmpty())
            throw storage::StoreError(
                storage::StoreError::Kind::Failed,
                translate("Tiers", "%1 could not be written: %2").arg(path, error));
        emit refusedChangesSaved(requestId, path, static_cast<int>(chosen.size()));
    });
}

void StoreWorker::discardRefusedChanges(quint64 requestId, const QList<qint64>& sequences) {
    serve(requestId, [&](storage::Store&) {
        emit refusedChangesDiscarded(requestId, outbox().discard(sequences));
    });
}

void StoreWorker::runArchive(quint64 requestId, int olderThanDays,
                             std::shared_ptr<std::atomic_bool> cancel) {
    serve(requestId, [&](storage::Store& store) {
        const storage::ArchiveRequest request{
            QDateTime::currentDateTimeUtc().addDays(-olderThanDays),
            storage::ArchiveRequest{}.batchSize};
        const storage::ArchiveOutcome outcome = store.archiveOlderThan(
            request,
            [&](int percent, const QString& step) {
                emit archiveProgress(requestId, percent, step);
            },
            [&] { return cancel->load(); });
        const int moved = static_cast<int>(outcome.moved); // lupdate reads n only as a name
        QString summary =
            translate("Tiers", "%n assessment(s) moved to the archive", nullptr, moved);
        if (outcome.cancelled)
            summary += translate("Tiers", "; cancelled, the rest stays in the store");
        if (!outcome.message.isEmpty())
            summary += u" ("_s + outcome.message + u')';
        emit archiveFinished(requestId, summary, outcome.verificationFailed);
        if (outcome.moved > 0)
            emit storeChanged();
    });
}

// Runs a change; a conflict is reported apart from other failures so the user can reload or
// save a copy, and every completed change tells the lists to refresh.
template <typename Write> void StoreWorker::write(quint64 requestId, Write change) {
    serve(requestId, [&](storage::Store&) {
        try {
            change();
        } catch (const storage::StoreError& e) {
            if (e.kind() != storage::StoreError::Kind::Conflict)
                throw;
            emit conflicted(requestId, e.message());
            return;
        }
        emit storeChanged();
    });
}

template <typename Query> void StoreWorker::serve(quint64 requestId, Query query) {
    if (!m_store) {
        emit failed(requestId, m_openError.isEmpty() ? translate("Store", "the store is not open")
                                                     : m_openError);
        return;
    }
    try {
        query(*m_store);
    } catch (const storage::StoreError& e) {
        emit failed(requestId, e.message());
    }
}

} // namespace treeops::assessments

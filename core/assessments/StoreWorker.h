#pragma once

#include "assessments/AssessmentService.h"
#include "assessments/ConnectionProbe.h"
#include "assessments/TierReport.h"
#include "storage/Records.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <memory>

namespace treeops::storage {
class Store;
}

namespace treeops::assessments {

// What a window shows about the store it lists from.
struct StoreOverview {
    QString location;
    QString catalogVersion;
    QString ratesVersion;
    QStringList states; // USPS codes the active rates price, sorted
};

// An assessment opened for editing: its document, where it stands, and the quote stored with it
// together with the engine of the catalog and rates that quote was pinned to.
struct OpenedAssessment {
    QString id;
    qint64 rowVersion = 0;
    storage::AssessmentStatus status = storage::AssessmentStatus::Draft;
    QJsonObject document;
    std::optional<storage::QuoteRecord> storedQuote;
    std::shared_ptr<const scoring::QuoteEngine> pinnedEngine;
    // Read from the archive: read-only (the store refuses changes to it).
    bool archived = false;
    QDateTime updatedAt;
};

// A change kept in the outbox because the store refused it on replay, as the Data tiers page
// lists it for review.
struct RefusedChange {
    qint64 sequence = 0;
    QString assessmentId;
    QString what; // "save of assessment A-1 (Ana Ruiz)"
    QDateTime queuedAt;
    QString reason;
};

struct SavedSummary {
    QString id;
    qint64 rowVersion = 0;
    storage::AssessmentStatus status = storage::AssessmentStatus::Draft;
    double price = 0;
};

// The console's store connection, in a worker thread of its own: an SQLite connection must stay
// in the thread that opened it. It lists, opens, saves, re-statuses, deletes and duplicates
// assessments. A shared store whose server is down at start opens offline when this computer
// reached it before (storeReachable says so), and catches up once the server answers.
// Every request carries an id chosen by the caller and echoed in the answer, so answers to
// superseded requests can be recognised and dropped.
class OfflineWrites;
class TierReporter;

class StoreWorker : public QObject {
    Q_OBJECT

public:
    // The id `failed` carries when the store itself could not be opened.
    static constexpr quint64 OpenRequest = 0;

    explicit StoreWorker(QObject* parent = nullptr);

    // A request id no other caller of any worker has used, so each caller can tell its own
    // answers from the ones meant for others.
    static quint64 newRequestId();
    ~StoreWorker() override;

public slots:
    // `hotTierUrl` may be empty: no Redis hot tier.
    void open(const QString& storeUrl, const QString& hotTierUrl = {});
    void fetchPage(quint64 requestId, const treeops::storage::AssessmentFilter& filter);
    void count(quint64 requestId, const treeops::storage::AssessmentFilter& filter);
    void openAssessment(quint64 requestId, const QString& id);
    // Prices `document` with the active catalog and rates and stores it with its quote.
    void saveAssessment(quint64 requestId, const QJsonObject& document,
                        treeops::storage::AssessmentStatus status, qint64 expectedRowVersion);
    void changeStatus(quint64 requestId, const QString& id,
                      treeops::storage::AssessmentStatus status, qint64 expectedRowVersion);
    void deleteAssessment(quint64 requestId, const QString& id, qint64 expectedRowVersion);
    void duplicateAssessment(quint64 requestId, const QString& id);
    // For the Data tiers page.
    void reportTiers(quint64 requestId);
    void testConnections(quint64 requestId);
    // For the Settings page: connects afresh to the store and the hot tier these URLs name,
    // which need not be the ones open; needs no open store. An empty hot tier URL is skipped.
    void testUrls(quint64 requestId, const QString& storeUrl, const QString& hotTierUrl);
    // Deletes TreeOps' own keys from the hot tier (never anyone else's).
    void clearHotTier(quint64 requestId);
    // The review of changes the store refused (a shared store only): list them, save the chosen
    // ones as JSON at `path`, or discard them for good once the user confirmed.
    void listRefusedChanges(quint64 requestId);
    void saveRefusedChanges(quint64 requestId, const QList<qint64>& sequences, const QString& path);
    void discardRefusedChanges(quint64 requestId, const QList<qint64>& sequences);
    // Moves assessments last updated more than `olderThanDays` ago to the archive, in verified
    // batches; `cancel` is checked between batches (set it from any thread).
    void runArchive(quint64 requestId, int olderThanDays, std::shared_ptr<std::atomic_bool> cancel);

signals:
    void opened(const treeops::assessments::StoreOverview& overview);
    void pageFetched(quint64 requestId, int offset,
                     const QList<treeops::storage::AssessmentSummary>& rows);
    void counted(quint64 requestId, qint64 total);
    // The active catalog and rates, compiled; sent once the store is open.
    void engineReady(std::shared_ptr<const treeops::scoring::QuoteEngine> engine);
    void assessmentOpened(quint64 requestId, const treeops::assessments::OpenedAssessment& opened);
    void assessmentSaved(quint64 requestId, const treeops::assessments::SavedSummary& saved);
    void statusChanged(quint64 requestId, const QString& id, qint64 rowVersion);
    void assessmentDeleted(quint64 requestId, const QString& id);
    void assessmentDuplicated(quint64 requestId, const QString& newId);
    // After any write, so lists can refresh.
    void storeChanged();
    // A shared store's server did not answer when the console started (`reachable` false, with
    // why; sent again at each failed reconnection), or answered at last. Meanwhile saves wait
    // in the outbox and quotes use the catalog and rates it last had active.
    void storeReachable(bool reachable, const QString& reason);
    // The Redis hot tier came or went; reads go on from the store either way.
    void hotTierChanged(bool online, const QString& where, const QString& reason);
    // Saves made while the store was unreachable, waiting on this computer, and the ones the
    // store refused when they were replayed (a shared store only).
    void outboxChanged(int waiting, const QStringList& problems);
    void tiersReported(quint64 requestId, const treeops::assessments::TierReport& report);
    void connectionsTested(quint64 requestId, const QStringList& lines);
    // `hotTier` is empty (not reached, no text) when no hot tier URL was given.
    void urlsTested(quint64 requestId, const treeops::assessments::ConnectionProbe& store,
                    const treeops::assessments::ConnectionProbe& hotTier);
    void hotTierCleared(quint64 requestId, qint64 keys);
    void refusedChangesListed(quint64 requestId,
                              const QList<treeops::assessments::RefusedChange>& changes);
    void refusedChangesSaved(quint64 requestId, const QString& path, int count);
    void refusedChangesDiscarded(quint64 requestId, int count);
    void archiveProgress(quint64 requestId, int percent, const QString& step);
    // The run ended (done, cancelled or stopped by a failed verification): what happened.
    void archiveFinished(quint64 requestId, const QString& summary, bool problem);
    void failed(quint64 requestId, const QString& message);
    // Someone saved a newer version first; nothing was overwritten.
    void conflicted(quint64 requestId, const QString& message);

private:
    // While a shared store stays away, it is tried again after 1 s, 2 s, 4 s… up to every 30 s.
    static constexpr std::chrono::milliseconds FirstReconnectDelay{1000};
    static constexpr std::chrono::milliseconds LongestReconnectDelay{30000};

    void connectToStore();
    void workOffline(const QString& reason);
    void scheduleReconnect();
    void reconnect();
    void keepReferenceCopy(const scoring::QuoteEngine& engine);
    void watchTiers();
    storage::Store& keepWritesWhileOffline(const QString& storeUrl);
    template <typename Query> void serve(quint64 requestId, Query query);
    template <typename Write> void write(quint64 requestId, Write change);
    // The outbox, or a failure saying a store on this computer needs none.
    OfflineWrites& outbox();

    std::unique_ptr<storage::Store> m_store;
    std::unique_ptr<OfflineWrites> m_offline; // with a shared store; writes go through it
    std::unique_ptr<AssessmentService> m_service;
    std::unique_ptr<TierReporter> m_tiers;
    QString m_openError;
    QString m_storeUrl;
    bool m_reachable = true; // false from an offline start until the store answers
    bool m_reconnectScheduled = false;
    std::chrono::milliseconds m_reconnectDelay = FirstReconnectDelay;
};

} // namespace treeops::assessments

Q_DECLARE_METATYPE(treeops::storage::AssessmentFilter)
Q_DECLARE_METATYPE(treeops::storage::AssessmentSummary)
Q_DECLARE_METATYPE(treeops::assessments::StoreOverview)
Q_DECLARE_METATYPE(treeops::assessments::OpenedAssessment)
Q_DECLARE_METATYPE(treeops::assessments::SavedSummary)
Q_DECLARE_METATYPE(treeops::assessments::RefusedChange)
Q_DECLARE_METATYPE(std::shared_ptr<const treeops::scoring::QuoteEngine>)
Q_DECLARE_METATYPE(treeops::storage::AssessmentStatus)

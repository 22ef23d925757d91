// The durable outbox on real SQLite files: queued writes survive closing the application, replay
// in order exactly once (idempotency keys), conflicts are kept and reported, an unavailable store
// stops a replay without losing anything, and writes chained while the store was down land with
// the right content and row versions.
#include "storage/ReferenceData.h"
#include "storage/StoreError.h"
#include "storage/outbox/Outbox.h"
#include "storage/outbox/OutboxReplayer.h"
#include "storage/outbox/OutboxStore.h"
#include "storage/outbox/RefusedChanges.h"
#include "storage/outbox/WriteJson.h"
#include "storage/sqlite/SqliteDatabase.h"
#include "storage/sqlite/SqliteStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace treeops;
using namespace treeops::storage;
using namespace Qt::StringLiterals;

namespace {

// The warm tier as the application sees it over a network: a real SQLite store underneath that
// can be cut off. `downAfter` lets that many writes through, then cuts off; `loseReplies` applies
// each write and then reports the store unavailable, as a connection dropped before the reply.
class NetworkedStore final : public Store {
public:
    explicit NetworkedStore(Store& inner)
        : m_inner(inner) {}
    void setDown(bool down) { m_down = down; }
    void setDownAfter(int writes) { m_downAfter = writes; }
    void setLoseReplies(bool lose) { m_loseReplies = lose; }
    int writesReceived() const { return m_writes; }

    QString location() const override { return m_inner.location(); }
    int schemaVersion() const override { return m_inner.schemaVersion(); }
    PublishOutcome publishCatalog(const scoring::CatalogData& c, bool a) override {
        return reach(), m_inner.publishCatalog(c, a);
    }
    void activateCatalog(const QString& v) override { reach(), m_inner.activateCatalog(v); }
    std::optional<scoring::CatalogData> catalog(const QString& v) override {
        return reach(), m_inner.catalog(v);
    }
    std::optional<scoring::CatalogData> activeCatalog() override {
        return reach(), m_inner.activeCatalog();
    }
    std::optional<QString> activeCatalogVersion() override {
        return reach(), m_inner.activeCatalogVersion();
    }
    QList<PublishedVersion> catalogVersions() override {
        return reach(), m_inner.catalogVersions();
    }
    PublishOutcome publishRates(const scoring::RatesData& r, bool a) override {
        return reach(), m_inner.publishRates(r, a);
    }
    void activateRates(const QString& v) override { reach(), m_inner.activateRates(v); }
    std::optional<scoring::RatesData> rates(const QString& v) override {
        return reach(), m_inner.rates(v);
    }
    std::optional<scoring::RatesData> activeRates() override {
        return reach(), m_inner.activeRates();
    }
    std::optional<QString> activeRatesVersion() override {
        return reach(), m_inner.activeRatesVersion();
    }
    QList<PublishedVersion> ratesVersions() override { return reach(), m_inner.ratesVersions(); }
    qint64 saveAssessment(const AssessmentWrite& a) override {
        return write([&] { return m_inner.saveAssessment(a); });
    }
    void saveAssessments(const QList<AssessmentWrite>& a) override {
        write([&] { return m_inner.saveAssessments(a), qint64(0); });
    }
    std::optional<StoredAssessment> assessment(const QString& id) override {
        return reach(), m_inner.assessment(id);
    }
    QList<AssessmentSummary> listAssessments(const AssessmentFilter& f) override {
        return reach(), m_inner.listAssessments(f);
    }
    qint64 countAssessments(const AssessmentFilter& f) override {
        return reach(), m_inner.countAssessments(f);
    }
    std::optional<QuoteRecord> latestQuote(const QString& id) override {
        return reach(), m_inner.latestQuote(id);
    }
    qint64 setStatus(const QString& id, AssessmentStatus s, qint64 v,
                     const WriteOptions& o = {}) override {
        return write([&] { return m_inner.setStatus(id, s, v, o); });
    }
    void deleteAssessment(const QString& id, qint64 v, const WriteOptions& o = {}) override {
        write([&] { return m_inner.deleteAssessment(id, v, o), qint64(0); });
    }
    QList<DeletedAssessment> deletedAssessments(int limit) override {
        return reach(), m_inner.deletedAssessments(limit);
    }
    ArchiveOutcome archiveOlderThan(const ArchiveRequest& r, const ProgressCallback& p,
                                    const CancelCheck& c) override {
        return reach(), m_inner.archiveOlderThan(r, p, c);
    }
    ArchiveStats archiveStats() override { return reach(), m_inner.archiveStats(); }

private:
    void reach() const {
        if (m_down)
            throw StoreError(StoreError::Kind::Unavailable, u"connection refused"_s);
    }
    template <typename Call> qint64 write(Call call) {
        if (m_downAfter == 0)
            m_down = true;
        reach();
        --m_downAfter;
        ++m_writes;
        const qint64 result = call();
        if (m_loseReplies)
            throw StoreError(StoreError::Kind::Unavailable, u"connection reset"_s);
        return result;
    }

    Store& m_inner;
    bool m_down = false;
    bool m_loseReplies = false;
    int m_downAfter = -1;
    int m_writes = 0;
};

AssessmentWrite quotedWrite(const QString& id, const QString& address = u"1 Oak Ln"_s,
                            qint64 expected = 0) {
    AssessmentWrite w;
    w.id = id;
    w.customerName = u"Ana Ruiz"_s;
    w.address = address;
    w.state = u"FL"_s;
    w.services = {u"removal"_s};
    w.treeCount = 1;
    w.inputJson = "{\"site\":\"" + address.toUtf8() + "\"}";
    w.expectedRowVersion = expected;
    w.quote = QuoteRecord{
        shippedCatalog().version, shippedRates().version, 10, u"minimal"_s, 500, 400, 3, "{}", {}};
    return w;
}

qint64 quotesOf(const QString& file, const QString& id) {
    SqliteDatabase raw(file);
    auto s = raw.prepare(u"SELECT count(*) FROM quotes WHERE assessment_id = ?1"_s);
    s.bind(1, id);
    s.step();
    return s.integer(0);
}

QList<QString> idsOf(const QList<OutboxEntry>& entries) {
    QList<QString> ids;
    for (const OutboxEntry& e : entries)
        ids << e.assessmentId;
    return ids;
}

} // namespace

class OutboxTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A fresh warm tier and outbox for one test.
    struct Rig {
        QString storeFile;
        SqliteStore sqlite;
        NetworkedStore network;
        Outbox outbox;
        OutboxStore store;
        Rig(const QString& storeFile_, const QString& outboxFile)
            : storeFile(storeFile_)
            , sqlite(storeFile_)
            , network(sqlite)
            , outbox(outboxFile)
            , store(network, outbox) {
            ensureReferenceData(sqlite);
        }
    };
    std::unique_ptr<Rig> rig(const QString& name) {
        return std::make_unique<Rig>(path(name + u".db"_s), path(name + u"-outbox.sqlite"_s));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writeJsonRoundTrips() {
        AssessmentWrite w =
            quotedWrite(u"A-ÑANDÚ"_s, u"12 Ceiba — Unit 3"_s, 9'007'199'254'740'993);
        w.customerPhone = u"+1 555 0100"_s;
        w.customerEmail = u"ana@example.com"_s;
        w.services = {u"removal"_s, u"pruning"_s};
        w.treeCount = 4;
        w.status = AssessmentStatus::Accepted;
        w.recordedAt = QDateTime(QDate(2024, 3, 9), QTime(14, 5, 7, 123), Qt::UTC);
        w.idempotencyKey = u"k-1"_s;
        w.quote->composite = 0.1 + 0.2; // not representable in few digits
        w.quote->price = 1234.5678901234;
        w.quote->quoteJson = R"({"lines":[{"cost":1.5}]})";
        const AssessmentWrite back = writeFromJson(writeToJson(w));
        QCOMPARE(back.id, w.id);
        QCOMPARE(back.customerName, w.customerName);
        QCOMPARE(back.customerPhone, w.customerPhone);
        QCOMPARE(back.customerEmail, w.customerEmail);
        QCOMPARE(back.address, w.address);
        QCOMPARE(back.state, w.state);
        QCOMPARE(back.services, w.services);
        QCOMPARE(back.treeCount, w.treeCount);
        QCOMPARE(back.status, w.status);
        QCOMPARE(back.inputJson, w.inputJson);
        QCOMPARE(back.expectedRowVersion, w.expectedRowVersion);
        QCOMPARE(back.recordedAt, w.recordedAt);
        QCOMPARE(back.idempotencyKey, w.idempotencyKey);
        QVERIFY(back.quote);
        QCOMPARE(back.quote->catalogVersion, w.quote->catalogVersion);
        QCOMPARE(back.quote->ratesVersion, w.quote->ratesVersion);
        QCOMPARE(back.quote->band, w.quote->band);
        QVERIFY(back.quote->composite == w.quote->composite); // exact, not fuzzy
        QVERIFY(back.quote->price == w.quote->price);
        QVERIFY(back.quote->totalCost == w.quote->totalCost);
        QVERIFY(back.quote->billableHours == w.quote->billableHours);
        QCOMPARE(back.quote->quoteJson, w.quote->quoteJson);
        QCOMPARE(writeToJson(back), writeToJson(w));

        w.quote.reset();
        w.recordedAt = {};
        const AssessmentWrite bare = writeFromJson(writeToJson(w));
        QVERIFY(!bare.quote);
        QVERIFY(!bare.recordedAt.isValid());
        QVERIFY_THROWS_EXCEPTION(StoreError, writeFromJson("{\"format\":99}"));
    }

    void queuedWritesSurviveClosingTheOutbox() {
        const QString file = path(u"reopen-outbox.sqlite"_s);
        qint64 conflictSequence = 0;
        {
            Outbox outbox(file);
            outbox.enqueueSave(quotedWrite(u"A-1"_s));
            outbox.enqueueStatus(u"A-1"_s, AssessmentStatus::Quoted, 1);
            conflictSequence = outbox.enqueueSave(quotedWrite(u"A-2"_s));
            outbox.enqueueDelete(u"A-3"_s, 4);
            outbox.markConflict(conflictSequence, u"refused"_s);
        } // the application quits
        Outbox outbox(file);
        QCOMPARE(outbox.depth(), 3);
        const auto pending = outbox.pending();
        QCOMPARE(idsOf(pending), (QList<QString>{u"A-1"_s, u"A-1"_s, u"A-3"_s}));
        QCOMPARE(pending[0].kind, OutboxKind::Save);
        QCOMPARE(pending[0].write.address, u"1 Oak Ln"_s);
        QVERIFY(pending[0].write.quote);
        QCOMPARE(pending[1].kind, OutboxKind::Status);
        QCOMPARE(pending[1].status, AssessmentStatus::Quoted);
        QVERIFY(pending[1].chained);
        QCOMPARE(pending[2].kind, OutboxKind::Delete);
        QCOMPARE(pending[2].expectedRowVersion, 4);
        QVERIFY(pending[0].sequence < pending[1].sequence);
        QVERIFY(!pending[0].idempotencyKey.isEmpty());
        QVERIFY(pending[0].idempotencyKey != pending[1].idempotencyKey);
        const auto conflicts = outbox.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].sequence, conflictSequence);
        QCOMPARE(conflicts[0].lastError, u"refused"_s);
        QCOMPARE(Outbox(file).depth(), 3); // a second connection sees the same queue
    }

    void replayAfterACrashBeforeMarkingStoresOnce() {
        auto r = rig(u"crash"_s);
        r->network.setDown(true);
        QCOMPARE(r->store.saveAssessment(quotedWrite(u"A-1"_s)), 1); // provisional
        QVERIFY(r->store.lastWriteQueued());
        r->store.setStatus(u"A-1"_s, AssessmentStatus::Quoted, 1);
        r->store.saveAssessment(quotedWrite(u"A-2"_s));
        QCOMPARE(r->outbox.depth(), 3);

        r->network.setDown(false);
        // The replayer's first step, then a crash before the outbox forgot the entry.
        const OutboxEntry first = r->outbox.pending().first();
        QCOMPARE(r->network.saveAssessment(first.write), 1);

        const ReplaySummary summary = OutboxReplayer(r->network, r->outbox).replay();
        QCOMPARE(summary.applied, 3);
        QCOMPARE(summary.remaining, 0);
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(r->outbox.depth(), 0);
        QCOMPARE(quotesOf(r->storeFile, u"A-1"_s), 1);
        const auto a1 = r->sqlite.assessment(u"A-1"_s);
        QCOMPARE(a1->summary.rowVersion, 2); // saved once, then the status change
        QCOMPARE(a1->summary.status, AssessmentStatus::Quoted);
        QVERIFY(r->sqlite.assessment(u"A-2"_s));
    }

    void lostReplyIsQueuedUnderTheSameKeyAndStoredOnce() {
        auto r = rig(u"lost-reply"_s);
        int heard = 0;
        r->store.setQueuedCallback([&](int depth) { heard = depth; });
        r->network.setLoseReplies(true);
        r->store.saveAssessment(quotedWrite(u"A-1"_s)); // reached the store, reply lost
        QVERIFY(r->store.lastWriteQueued());
        QCOMPARE(heard, 1);
        QVERIFY(r->sqlite.assessment(u"A-1"_s));

        r->network.setLoseReplies(false);
        const ReplaySummary summary = OutboxReplayer(r->network, r->outbox).replay();
        QCOMPARE(summary.applied, 1);
        QCOMPARE(summary.conflicts, 0); // not "assessment A-1 already exists"
        QCOMPARE(quotesOf(r->storeFile, u"A-1"_s), 1);
        QCOMPARE(r->sqlite.assessment(u"A-1"_s)->summary.rowVersion, 1);

        r->store.saveAssessment(quotedWrite(u"A-1"_s, u"2 Oak Ln"_s, 1)); // up: written directly
        QVERIFY(!r->store.lastWriteQueued());
        QCOMPARE(r->sqlite.assessment(u"A-1"_s)->summary.rowVersion, 2);
    }

    void conflictIsKeptAndOtherAssessmentsStillReplay() {
        auto r = rig(u"conflict"_s);
        r->sqlite.saveAssessment(quotedWrite(u"A-1"_s));
        r->network.setDown(true);
        r->store.saveAssessment(quotedWrite(u"A-1"_s, u"mine"_s, 1));
        r->store.setStatus(u"A-1"_s, AssessmentStatus::Quoted, 2); // chained behind it
        r->store.saveAssessment(quotedWrite(u"A-2"_s));
        // Meanwhile another console, still connected, changes A-1.
        r->sqlite.saveAssessment(quotedWrite(u"A-1"_s, u"theirs"_s, 1));

        r->network.setDown(false);
        const ReplaySummary summary = OutboxReplayer(r->network, r->outbox).replay();
        QCOMPARE(summary.applied, 1);
        QCOMPARE(summary.conflicts, 2);
        QCOMPARE(summary.remaining, 0);
        QVERIFY(r->sqlite.assessment(u"A-2"_s));
        const auto a1 = r->sqlite.assessment(u"A-1"_s);
        QCOMPARE(a1->summary.address, u"theirs"_s); // nothing overwritten
        QCOMPARE(a1->summary.status, AssessmentStatus::Draft);

        Outbox reopened(path(u"conflict-outbox.sqlite"_s));
        const auto conflicts = reopened.conflicts();
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts[0].state, OutboxState::Conflict);
        QCOMPARE(conflicts[0].write.address, u"mine"_s); // the user's work is still there
        QVERIFY2(conflicts[0].lastError.contains(u"A-1"_s), qPrintable(conflicts[0].lastError));
        QVERIFY(conflicts[0].lastError.contains(u"Ana Ruiz"_s));
        QVERIFY(conflicts[0].lastError.contains(u"changed elsewhere"_s));
        QVERIFY(conflicts[1].lastError.contains(u"#%1"_s.arg(conflicts[0].sequence)));

        // Saved for a person as JSON: each change with its reason and, for a save, the work.
        const QJsonObject saved =
            QJsonDocument::fromJson(
                refusedChangesJson(conflicts, u"SQLite test"_s, QDateTime::currentDateTimeUtc()))
                .object();
        QCOMPARE(saved[u"format"_s].toString(), u"treeops.refused-changes/1"_s);
        QCOMPARE(saved[u"store"_s].toString(), u"SQLite test"_s);
        const QJsonArray changes = saved[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0][u"kind"_s].toString(), u"save"_s);
        QCOMPARE(changes[0][u"assessment"_s].toString(), u"A-1"_s);
        QCOMPARE(changes[0][u"state"_s].toString(), u"conflict"_s);
        QCOMPARE(changes[0][u"reason"_s].toString(), conflicts[0].lastError);
        const AssessmentWrite work = writeFromJson(
            QJsonDocument(changes[0][u"write"_s].toObject()).toJson(QJsonDocument::Compact));
        QCOMPARE(work.address, u"mine"_s);
        QCOMPARE(work.inputJson, conflicts[0].write.inputJson);
        QCOMPARE(changes[1][u"kind"_s].toString(), u"status"_s);
        QCOMPARE(changes[1][u"status"_s].toString(), u"quoted"_s);
        QVERIFY(!changes[1].toObject().contains(u"write"_s));

        // Still kept after another replay; gone only when the user discards it.
        QCOMPARE(OutboxReplayer(r->network, r->outbox).replay().applied, 0);
        QCOMPARE(r->outbox.conflicts().size(), 2);
        r->outbox.discardConflict(conflicts[1].sequence);
        QCOMPARE(r->outbox.conflicts().size(), 1);
        const qint64 pendingOne = r->outbox.enqueueDelete(u"A-9"_s, 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, r->outbox.discardConflict(pendingOne));
        QCOMPARE(r->outbox.depth(), 1);
    }

    void unavailableMidReplayStopsAndKeepsTheRest() {
        auto r = rig(u"unavailable"_s);
        r->network.setDown(true);
        for (const QString& id : {u"A-1"_s, u"A-2"_s, u"A-3"_s})
            r->store.saveAssessment(quotedWrite(id));
        r->network.setDown(false);
        r->network.setDownAfter(1);
        const ReplaySummary first = OutboxReplayer(r->network, r->outbox).replay();
        QCOMPARE(first.applied, 1);
        QVERIFY(first.unavailable);
        QCOMPARE(first.remaining, 2);
        QVERIFY(first.lastError.contains(u"connection refused"_s));
        QCOMPARE(idsOf(r->outbox.pending()), (QList<QString>{u"A-2"_s, u"A-3"_s}));
        QCOMPARE(r->outbox.pending().first().attempts, 0); // not the entry's fault

        r->network.setDown(false);
        r->network.setDownAfter(-1);
        const ReplaySummary second = OutboxReplayer(r->network, r->outbox).replay();
        QCOMPARE(second.applied, 2);
        QVERIFY(!second.unavailable);
        QCOMPARE(second.remaining, 0);
        QCOMPARE(r->sqlite.countAssessments({}), 3);
        QCOMPARE(r->network.writesReceived(), 3);
    }

    void replayReportsProgressAndStopsWhenCancelled() {
        auto r = rig(u"cancel"_s);
        r->network.setDown(true);
        for (const QString& id : {u"A-1"_s, u"A-2"_s, u"A-3"_s})
            r->store.saveAssessment(quotedWrite(id));
        r->network.setDown(false);
        QList<int> percents;
        QStringList steps;
        int checks = 0;
        const ReplaySummary summary = OutboxReplayer(r->network, r->outbox)
                                          .replay(
                                              [&](int percent, const QString& step) {
                                                  percents << percent;
                                                  steps << step;
                                              },
                                              [&] { return ++checks > 1; });
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.applied, 1);
        QCOMPARE(summary.remaining, 2);
        QCOMPARE(percents, QList<int>{0});
        QVERIFY(steps[0].contains(u"A-1"_s));

        percents.clear();
        const ReplaySummary rest =
            OutboxReplayer(r->network, r->outbox).replay([&](int percent, const QString&) {
                percents << percent;
            });
        QCOMPARE(rest.applied, 2);
        QCOMPARE(percents, (QList<int>{0, 50, 100}));
    }

    void chainedWritesWhileDownReplayToTheRightVersions() {
        auto r = rig(u"chained"_s);
        r->sqlite.saveAssessment(quotedWrite(u"A-1"_s));
        r->network.setDown(true);
        // The editor passes back whatever version each save returned, as it does when online.
        qint64 v = r->store.saveAssessment(quotedWrite(u"A-1"_s, u"second"_s, 1));
        QCOMPARE(v, 2);
        v = r->store.saveAssessment(quotedWrite(u"A-1"_s, u"third"_s, v));
        v = r->store.setStatus(u"A-1"_s, AssessmentStatus::Quoted, v);
        QCOMPARE(v, 4);
        qint64 c = r->store.saveAssessment(quotedWrite(u"C-1"_s, u"new"_s));
        c = r->store.saveAssessment(quotedWrite(u"C-1"_s, u"newer"_s, c));
        r->store.deleteAssessment(u"C-1"_s, c);
        r->store.saveAssessment(quotedWrite(u"C-1"_s, u"again"_s)); // stored anew after deletion
        QCOMPARE(r->outbox.depth(), 7);

        // Back up, but only for two writes: the rest of each chain waits for the next replay,
        // which must still know the versions the first replay produced.
        r->network.setDown(false);
        r->network.setDownAfter(2);
        const ReplaySummary first = OutboxReplayer(r->network, r->outbox).replay();
        QCOMPARE(first.applied, 2);
        QCOMPARE(r->outbox.pending().first().expectedRowVersion, 3);
        QVERIFY(!r->outbox.pending().first().chained);

        r->network.setDown(false);
        r->network.setDownAfter(-1);
        const ReplaySummary rest = OutboxReplayer(r->network, r->outbox).replay();
        QCOMPARE(rest.applied, 5);
        QCOMPARE(rest.conflicts, 0);
        const auto a1 = r->sqlite.assessment(u"A-1"_s);
        QCOMPARE(a1->summary.address, u"third"_s);
        QCOMPARE(a1->summary.status, AssessmentStatus::Quoted);
        QCOMPARE(a1->summary.rowVersion, 4);
        QCOMPARE(quotesOf(r->storeFile, u"A-1"_s), 3);
        const auto c1 = r->sqlite.assessment(u"C-1"_s);
        QCOMPARE(c1->summary.address, u"again"_s);
        QCOMPARE(c1->summary.rowVersion, 1);
        QCOMPARE(r->sqlite.deletedAssessments(10).size(), 1);
        QCOMPARE(r->sqlite.deletedAssessments(10)[0].inputJson, QByteArray("{\"site\":\"newer\"}"));
    }

    void writesOfAQueuedAssessmentWaitTheirTurnWhileUp() {
        auto r = rig(u"order"_s);
        r->network.setDown(true);
        r->store.saveAssessment(quotedWrite(u"A-1"_s));
        r->network.setDown(false);
        // Up again but not replayed yet: this write must not overtake the queued one.
        r->store.saveAssessment(quotedWrite(u"A-1"_s, u"later"_s, 1));
        QVERIFY(r->store.lastWriteQueued());
        QVERIFY(!r->sqlite.assessment(u"A-1"_s));
        r->store.saveAssessment(quotedWrite(u"B-1"_s)); // another assessment: written directly
        QVERIFY(!r->store.lastWriteQueued());
        QVERIFY(r->sqlite.assessment(u"B-1"_s));
        QCOMPARE(OutboxReplayer(r->network, r->outbox).replay().applied, 2);
        QCOMPARE(r->sqlite.assessment(u"A-1"_s)->summary.address, u"later"_s);
    }

    void otherErrorsAreRetriedThenKeptAsFailed() {
        auto r = rig(u"failed"_s);
        AssessmentWrite broken = quotedWrite(u"A-1"_s);
        broken.quote->catalogVersion = u"never-published"_s; // refused by a foreign key
        r->network.setDown(true);
        r->store.saveAssessment(broken);
        r->store.setStatus(u"A-1"_s, AssessmentStatus::Quoted, 1);
        r->store.saveAssessment(quotedWrite(u"B-1"_s));
        r->network.setDown(false);
        const ReplaySummary first = OutboxReplayer(r->network, r->outbox).replay();
        QCOMPARE(first.applied, 1);
        QCOMPARE(first.retried, 1);
        QCOMPARE(first.remaining, 2); // the status change waits behind the failing save
        QCOMPARE(r->outbox.pending().first().attempts, 1);
        QVERIFY(!r->outbox.pending().first().lastError.isEmpty());
        for (int i = 1; i < OutboxReplayer::MaxAttempts; ++i)
            OutboxReplayer(r->network, r->outbox).replay();
        QCOMPARE(r->outbox.depth(), 0);
        const auto failed = r->outbox.conflicts();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed[0].state, OutboxState::Failed);
        QCOMPARE(failed[1].state, OutboxState::Failed);
        QVERIFY(!r->sqlite.assessment(u"A-1"_s));
    }

    void aForeignFileIsNotTakenForAnOutbox() {
        const QString file = path(u"foreign-outbox.sqlite"_s);
        {
            SqliteDatabase other(file);
            other.execute(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s);
        }
        try {
            Outbox outbox(file);
            QFAIL("a foreign database was opened as an outbox");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::NotTreeOps);
        }
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "tst_outbox.moc"

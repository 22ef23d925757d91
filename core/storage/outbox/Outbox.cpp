#include "storage/outbox/Outbox.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"
#include "storage/outbox/WriteJson.h"
#include "storage/sqlite/SqliteMigrations.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>
#include <array>
#include <limits>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

// 'TOBX': marks the file as an outbox, so neither a store nor a foreign file is taken for one.
constexpr qint64 OutboxApplicationId = 0x544F4258;

constexpr auto Entries = R"sql(
CREATE TABLE entries (
    sequence             INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key      TEXT NOT NULL UNIQUE,
    kind                 TEXT NOT NULL CHECK (kind IN ('save', 'status', 'delete')),
    assessment_id        TEXT NOT NULL,
    customer             TEXT NOT NULL DEFAULT '',
    expected_row_version INTEGER NOT NULL,
    chained              INTEGER NOT NULL CHECK (chained IN (0, 1)),
    payload              TEXT NOT NULL,
    enqueued_at          TEXT NOT NULL,
    attempts             INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT NOT NULL DEFAULT '',
    state                TEXT NOT NULL DEFAULT 'pending'
                         CHECK (state IN ('pending', 'conflict', 'failed'))
);
CREATE INDEX entries_assessment ON entries (assessment_id, sequence);
CREATE INDEX entries_state ON entries (state, sequence);
)sql"_L1;

// AUTOINCREMENT: a sequence number is never reused, so replay order survives emptying the queue.
constexpr std::array OutboxMigrations{
    Migration{1, "queued writes"_L1, QLatin1StringView(Entries)},
};

constexpr std::array<QLatin1StringView, 3> KindKeys{"save"_L1, "status"_L1, "delete"_L1};
constexpr std::array<QLatin1StringView, 3> StateKeys{"pending"_L1, "conflict"_L1, "failed"_L1};

template <typename Enum, std::size_t N>
Enum fromKey(const std::array<QLatin1StringView, N>& keys, const QString& key) {
    for (std::size_t i = 0; i < N; ++i) {
        if (key == keys[i])
            return static_cast<Enum>(i);
    }
    return static_cast<Enum>(0);
}
template <typename Enum, std::size_t N>
QString toKey(const std::array<QLatin1StringView, N>& keys, Enum value) {
    return QString(keys[static_cast<std::size_t>(value)]);
}

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString keyOr(const QString& key) {
    return key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
}

const QString EntryColumns =
    u"sequence, idempotency_key, kind, assessment_id, customer, expected_row_version, chained, "
    "payload, enqueued_at, attempts, last_error, state"_s;

OutboxEntry readEntry(const SqliteStatement& s) {
    OutboxEntry e;
    e.sequence = s.integer(0);
    e.idempotencyKey = s.text(1);
    e.kind = fromKey<OutboxKind>(KindKeys, s.text(2));
    e.assessmentId = s.text(3);
    e.customer = s.text(4);
    e.expectedRowVersion = s.integer(5);
    e.chained = s.integer(6) == 1;
    const QByteArray payload = s.text(7).toUtf8();
    if (e.kind == OutboxKind::Save) {
        e.write = writeFromJson(payload);
        // The column wins: it holds the version resolved after the entry was queued.
        e.write.expectedRowVersion = e.expectedRowVersion;
        e.write.idempotencyKey = e.idempotencyKey;
    } else if (e.kind == OutboxKind::Status) {
        const QString key = QJsonDocument::fromJson(payload).object()[u"status"_s].toString();
        e.status = statusFromKey(key).value_or(AssessmentStatus::Draft);
    }
    e.enqueuedAt = QDateTime::fromString(s.text(8), Qt::ISODateWithMs);
    e.attempts = static_cast<int>(s.integer(9));
    e.lastError = s.text(10);
    e.state = fromKey<OutboxState>(StateKeys, s.text(11));
    return e;
}

} // namespace

Outbox::Outbox(const QString& path)
    : m_db(path) {
    migrate();
    m_db.execute(u"PRAGMA journal_mode = WAL"_s);
    // FULL, unlike the store's NORMAL: while the warm tier is down this file is the only copy of
    // the estimator's work, so a commit must survive a power cut.
    m_db.execute(u"PRAGMA synchronous = FULL"_s);
}

QString Outbox::defaultPath(const QString& storeUrl) {
    const QByteArray store =
        QCryptographicHash::hash(storeUrl.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/outbox-"_s +
           QString::fromLatin1(store) + u".sqlite"_s;
}

int Outbox::latestSchemaVersion() {
    return OutboxMigrations.back().version;
}

void Outbox::migrate() {
    auto id = m_db.prepare(u"PRAGMA application_id"_s);
    id.step();
    auto objects = m_db.prepare(u"SELECT count(*) FROM sqlite_master"_s);
    objects.step();
    if (id.integer(0) != OutboxApplicationId && objects.integer(0) > 0)
        throw StoreError(StoreError::Kind::NotTreeOps,
                         translate("Outbox", "%1 is not a TreeOps outbox; it was left untouched")
                             .arg(m_db.path()));
    SqliteTransaction tx(m_db);
    m_db.execute(u"PRAGMA application_id = %1"_s.arg(OutboxApplicationId));
    m_db.execute(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                 "description TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
    auto current = m_db.prepare(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s);
    current.step();
    const qint64 version = current.integer(0);
    if (version > latestSchemaVersion())
        throw StoreError(StoreError::Kind::NewerSchema,
                         translate("Outbox", "%1 was written by a newer TreeOps; it was left "
                                             "untouched")
                             .arg(m_db.path()));
    for (const Migration& m : OutboxMigrations) {
        if (m.version <= version)
            continue;
        m_db.execute(QString(m.sql));
        m_db.prepare(u"INSERT INTO schema_migrations VALUES (?1, ?2, ?3)"_s)
            .bind(1, m.version)
            .bind(2, QString(m.description))
            .bind(3, nowText())
            .run();
    }
    tx.commit();
}

qint64 Outbox::insert(const OutboxEntry& e) {
    SqliteTransaction tx(m_db);
    const bool chained = holds(e.assessmentId);
    QByteArray payload = "{}";
    if (e.kind == OutboxKind::Save)
        payload = writeToJson(e.write);
    else if (e.kind == OutboxKind::Status)
        payload = QJsonDocument(QJsonObject{{u"status"_s, statusKey(e.status)}})
                      .toJson(QJsonDocument::Compact);
    m_db.prepare(u"INSERT INTO entries (idempotency_key, kind, assessment_id, customer, "
                 "expected_row_version, chained, payload, enqueued_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s)
        .bind(1, e.idempotencyKey)
        .bind(2, toKey(KindKeys, e.kind))
        .bind(3, e.assessmentId)
        .bind(4, e.customer)
        .bind(5, e.expectedRowVersion)
        .bind(6, chained ? 1 : 0)
        .bind(7, QString::fromUtf8(payload))
        .bind(8, nowText())
        .run();
    const qint64 sequence = m_db.lastInsertRowId();
    tx.commit();
    return sequence;
}

qint64 Outbox::enqueueSave(const AssessmentWrite& write) {
    OutboxEntry e;
    e.kind = OutboxKind::Save;
    e.write = write;
    e.idempotencyKey = keyOr(write.idempotencyKey);
    e.write.idempotencyKey = e.idempotencyKey;
    e.assessmentId = write.id;
    e.customer = write.customerName;
    e.expectedRowVersion = write.expectedRowVersion;
    return insert(e);
}

qint64 Outbox::enqueueStatus(const QString& id, AssessmentStatus status, qint64 expectedRowVersion,
                             const WriteOptions& options) {
    OutboxEntry e;
    e.kind = OutboxKind::Status;
    e.idempotencyKey = keyOr(options.idempotencyKey);
    e.assessmentId = id;
    e.status = status;
    e.expectedRowVersion = expectedRowVersion;
    return insert(e);
}

qint64 Outbox::enqueueDelete(const QString& id, qint64 expectedRowVersion,
                             const WriteOptions& options) {
    OutboxEntry e;
    e.kind = OutboxKind::Delete;
    e.idempotencyKey = keyOr(options.idempotencyKey);
    e.assessmentId = id;
    e.expectedRowVersion = expectedRowVersion;
    return insert(e);
}

QList<OutboxEntry> Outbox::select(const QString& where) {
    auto s = m_db.prepare(u"SELECT "_s + EntryColumns + u" FROM entries WHERE "_s + where +
                          u" ORDER BY sequence"_s);
    QList<OutboxEntry> out;
    while (s.step())
        out.append(readEntry(s));
    return out;
}

QList<OutboxEntry> Outbox::pending() {
    return select(u"state = 'pending'"_s);
}

QList<OutboxEntry> Outbox::conflicts() {
    return select(u"state <> 'pending'"_s);
}

std::optional<OutboxEntry> Outbox::entry(qint64 sequence) {
    const auto found = select(u"sequence = %1"_s.arg(sequence));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

int Outbox::depth() {
    auto s = m_db.prepare(u"SELECT count(*) FROM entries WHERE state = 'pending'"_s);
    s.step();
    return static_cast<int>(s.integer(0));
}

bool Outbox::holds(const QString& assessmentId) {
    // Only pending entries: a write made after a conflict was reported was made knowing it
    // (the user reloaded), so it must not wait behind the refused one.
    auto s = m_db.prepare(
        u"SELECT 1 FROM entries WHERE assessment_id = ?1 AND state = 'pending' LIMIT 1"_s);
    s.bind(1, assessmentId);
    return s.step();
}

void Outbox::markApplied(qint64 sequence, qint64 rowVersion) {
    SqliteTransaction tx(m_db);
    auto s = m_db.prepare(u"SELECT assessment_id FROM entries WHERE sequence = ?1"_s);
    s.bind(1, sequence);
    if (!s.step())
        return; // already applied and forgotten
    const QString id = s.text(0);
    m_db.prepare(u"DELETE FROM entries WHERE sequence = ?1"_s).bind(1, sequence).run();
    m_db.prepare(u"UPDATE entries SET expected_row_version = ?1, chained = 0 WHERE sequence = "
                 "(SELECT min(sequence) FROM entries WHERE assessment_id = ?2 AND sequence > ?3) "
                 "AND chained = 1"_s)
        .bind(1, rowVersion)
        .bind(2, id)
        .bind(3, sequence)
        .run();
    tx.commit();
}

void Outbox::setState(qint64 sequence, OutboxState state, const QString& message) {
    SqliteTransaction tx(m_db);
    auto s = m_db.prepare(u"SELECT assessment_id FROM entries WHERE sequence = ?1"_s);
    s.bind(1, sequence);
    if (!s.step())
        throw StoreError(StoreError::Kind::NotFound,
                         translate("Outbox", "no queued change #%1").arg(sequence));
    const QString id = s.text(0);
    m_db.prepare(u"UPDATE entries SET state = ?2, last_error = ?3 WHERE sequence = ?1"_s)
        .bind(1, sequence)
        .bind(2, toKey(StateKeys, state))
        .bind(3, message)
        .run();
    // The writes chained behind this one expect the version it would have produced, which will
    // never exist: they cannot be applied either, and are shown beside it rather than dropped.
    auto end = m_db.prepare(u"SELECT coalesce(min(sequence), ?3) FROM entries WHERE "
                            "assessment_id = ?1 AND sequence > ?2 AND chained = 0"_s);
    end.bind(1, id).bind(2, sequence).bind(3, std::numeric_limits<qint64>::max());
    end.step();
    m_db.prepare(u"UPDATE entries SET state = ?4, last_error = ?5 WHERE assessment_id = ?1 AND "
                 "sequence > ?2 AND sequence < ?3 AND chained = 1 AND state = 'pending'"_s)
        .bind(1, id)
        .bind(2, sequence)
        .bind(3, end.integer(0))
        .bind(4, toKey(StateKeys, state))
        .bind(5, translate("Outbox", "not applied: it builds on change #%1, which was refused")
                     .arg(sequence))
        .run();
    tx.commit();
}

void Outbox::markConflict(qint64 sequence, const QString& message) {
    setState(sequence, OutboxState::Conflict, message);
}

void Outbox::markFailed(qint64 sequence, const QString& message) {
    setState(sequence, OutboxState::Failed, message);
}

int Outbox::recordAttempt(qint64 sequence, const QString& error) {
    m_db.prepare(u"UPDATE entries SET attempts = attempts + 1, last_error = ?2 "
                 "WHERE sequence = ?1"_s)
        .bind(1, sequence)
        .bind(2, error)
        .run();
    auto s = m_db.prepare(u"SELECT attempts FROM entries WHERE sequence = ?1"_s);
    s.bind(1, sequence);
    return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

void Outbox::discardConflict(qint64 sequence) {
    SqliteTransaction tx(m_db);
    m_db.prepare(u"DELETE FROM entries WHERE sequence = ?1 AND state <> 'pending'"_s)
        .bind(1, sequence)
        .run();
    if (m_db.changes() != 1)
        throw StoreError(StoreError::Kind::InvalidInput,
                         translate("Outbox", "change #%1 is not a refused change; only those can "
                                             "be discarded")
                             .arg(sequence));
    tx.commit();
}

} // namespace treeops::storage

#include "storage/sqlite/SqliteArchive.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"
#include "storage/sqlite/SqliteDatabase.h"
#include "storage/sqlite/SqliteRows.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

// 'TREA': an archive file of TreeOps, told apart from a store ('TREE').
constexpr qint64 ArchiveApplicationId = 0x54524541;

// The archive file's own small schema (user_version 1). No foreign keys: the catalog and rates
// versions quotes pin live in the store, where published versions are never deleted. A quote
// keeps its store id (`id`, which orders an assessment's quotes), but it is not the key here:
// SQLite may hand a deleted row's id to a new quote, which could be archived later.
constexpr auto ArchiveSchema = R"sql(
CREATE TABLE IF NOT EXISTS archive.assessments (
    id             TEXT PRIMARY KEY,
    customer_name  TEXT NOT NULL,
    customer_phone TEXT NOT NULL,
    customer_email TEXT NOT NULL,
    address        TEXT NOT NULL,
    state          TEXT NOT NULL,
    services       TEXT NOT NULL,
    tree_count     INTEGER NOT NULL,
    status         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    row_version    INTEGER NOT NULL,
    composite      REAL,
    band           TEXT,
    price          REAL,
    input_json     TEXT NOT NULL,
    archived_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS archive.quotes (
    archive_id      INTEGER PRIMARY KEY,
    id              INTEGER NOT NULL,
    assessment_id   TEXT NOT NULL,
    catalog_version TEXT NOT NULL,
    rates_version   TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    composite       REAL NOT NULL,
    band            TEXT NOT NULL,
    price           REAL NOT NULL,
    total_cost      REAL NOT NULL,
    billable_hours  REAL NOT NULL,
    quote_json      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS archive.quotes_assessment ON quotes (assessment_id, id);
)sql"_L1;

const QString AssessmentColumns =
    u"address, state, services, tree_count, status, created_at, updated_at, row_version, "
    "composite, band, price, input_json"_s;
const QString QuoteColumns =
    u"id, assessment_id, catalog_version, rates_version, created_at, composite, band, price, "
    "total_cost, billable_hours, quote_json"_s;

// The same rows as each side stores them, in the same order, for the checksum.
const QString WarmAssessments =
    u"SELECT a.id, c.name, c.phone, c.email, a.address, a.state, a.services, a.tree_count, "
    "a.status, a.created_at, a.updated_at, a.row_version, a.composite, a.band, a.price, "
    "a.input_json FROM main.assessments a JOIN main.customers c ON c.id = a.customer_id "
    "WHERE a.id IN (SELECT id FROM temp.archive_batch) ORDER BY a.id"_s;
const QString ColdAssessments =
    u"SELECT id, customer_name, customer_phone, customer_email, "_s + AssessmentColumns +
    u" FROM archive.assessments WHERE id IN (SELECT id FROM temp.archive_batch) ORDER BY id"_s;
const QString WarmQuotes = u"SELECT "_s + QuoteColumns +
                           u" FROM main.quotes WHERE assessment_id IN "
                           "(SELECT id FROM temp.archive_batch) ORDER BY id"_s;
const QString ColdQuotes = u"SELECT "_s + QuoteColumns +
                           u" FROM archive.quotes WHERE assessment_id IN "
                           "(SELECT id FROM temp.archive_batch) ORDER BY id"_s;

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

struct Digest {
    qint64 rows = 0;
    QByteArray md5;
    bool operator==(const Digest&) const = default;
};

// Counts the rows of `sql` and hashes every column of every row, NULL told apart from empty.
Digest digest(SqliteDatabase& db, const QString& sql, int columns) {
    QCryptographicHash hash(QCryptographicHash::Md5);
    auto s = db.prepare(sql);
    Digest out;
    while (s.step()) {
        ++out.rows;
        for (int c = 0; c < columns; ++c) {
            hash.addData(s.isNull(c) ? QByteArrayView("\x01N") : QByteArrayView(s.blob(c)));
            hash.addData(QByteArrayView("\x00", 1));
        }
    }
    out.md5 = hash.result();
    return out;
}

qint64 scalar(SqliteDatabase& db, const QString& sql) {
    auto s = db.prepare(sql);
    s.step();
    return s.integer(0);
}

} // namespace

SqliteArchive::SqliteArchive(SqliteDatabase& db)
    : m_db(db)
    , m_folder(QFileInfo(db.path()).absolutePath())
    , m_baseName(QFileInfo(db.path()).completeBaseName()) {}

SqliteArchive::~SqliteArchive() {
    try {
        detach();
    } catch (const StoreError&) { // the connection closes next anyway
    }
}

QString SqliteArchive::fileName(int year) const {
    return u"%1-archive-%2.sqlite"_s.arg(m_baseName).arg(year, 4, 10, QLatin1Char('0'));
}

QString SqliteArchive::filePath(int year) const {
    return QDir(m_folder).filePath(fileName(year));
}

void SqliteArchive::attach(int year) {
    if (m_attachedYear == year)
        return;
    detach();
    m_db.prepare(u"ATTACH DATABASE ?1 AS archive"_s).bind(1, filePath(year)).run();
    m_attachedYear = year;
    // The copy must be on disk before the warm rows go.
    m_db.execute(u"PRAGMA archive.synchronous = FULL"_s);
    SqliteTransaction tx(m_db);
    m_db.execute(u"PRAGMA archive.application_id = %1"_s.arg(ArchiveApplicationId));
    m_db.execute(u"PRAGMA archive.user_version = 1"_s);
    m_db.execute(QString(ArchiveSchema));
    tx.commit();
}

void SqliteArchive::detach() {
    if (!m_attachedYear)
        return;
    m_attachedYear.reset();
    m_db.execute(u"DETACH DATABASE archive"_s);
}

void SqliteArchive::fillBatch(const QStringList& ids) {
    m_db.execute(u"CREATE TEMP TABLE IF NOT EXISTS archive_batch (id TEXT PRIMARY KEY)"_s);
    m_db.execute(u"DELETE FROM temp.archive_batch"_s);
    auto insert = m_db.prepare(u"INSERT INTO temp.archive_batch (id) VALUES (?1)"_s);
    for (const QString& id : ids) {
        insert.bind(1, id).run();
        insert.reset();
    }
}

// Returns how many of the batch were already in the file (left by an interrupted run).
qint64 SqliteArchive::copyBatch() {
    const qint64 present = scalar(m_db, u"SELECT count(*) FROM archive.assessments WHERE id IN "
                                        "(SELECT id FROM temp.archive_batch)"_s);
    m_db.execute(u"DELETE FROM archive.quotes WHERE assessment_id IN "
                 "(SELECT id FROM temp.archive_batch)"_s);
    m_db.prepare(u"INSERT OR REPLACE INTO archive.assessments (id, customer_name, customer_phone, "
                 "customer_email, "_s +
                 AssessmentColumns +
                 u", archived_at) SELECT a.id, c.name, c.phone, c.email, a.address, a.state, "
                 "a.services, a.tree_count, a.status, a.created_at, a.updated_at, a.row_version, "
                 "a.composite, a.band, a.price, a.input_json, ?1 FROM main.assessments a "
                 "JOIN main.customers c ON c.id = a.customer_id "
                 "WHERE a.id IN (SELECT id FROM temp.archive_batch)"_s)
        .bind(1, nowText())
        .run();
    m_db.execute(u"INSERT INTO archive.quotes ("_s + QuoteColumns + u") SELECT "_s + QuoteColumns +
                 u" FROM main.quotes WHERE assessment_id IN (SELECT id FROM temp.archive_batch)"_s);
    return present;
}

bool SqliteArchive::verifyBatch(QString& mismatch) {
    const Digest warm = digest(m_db, WarmAssessments, 16);
    const Digest cold = digest(m_db, ColdAssessments, 16);
    const Digest warmQuotes = digest(m_db, WarmQuotes, 11);
    const Digest coldQuotes = digest(m_db, ColdQuotes, 11);
    if (warm == cold && warmQuotes == coldQuotes)
        return true;
    mismatch = translate("Store", "%1 assessments and %2 quotes in the store, %3 and %4 in the "
                                  "archive, checksums differ")
                   .arg(warm.rows)
                   .arg(warmQuotes.rows)
                   .arg(cold.rows)
                   .arg(coldQuotes.rows);
    return false;
}

void SqliteArchive::removeBatch(int year) {
    m_db.prepare(u"INSERT INTO main.archived_ids (id, year, archived_at) "
                 "SELECT id, ?1, ?2 FROM temp.archive_batch"_s)
        .bind(1, year)
        .bind(2, nowText())
        .run();
    m_db.execute(u"DELETE FROM main.quotes WHERE assessment_id IN "
                 "(SELECT id FROM temp.archive_batch)"_s);
    m_db.execute(u"DELETE FROM main.assessments WHERE id IN (SELECT id FROM temp.archive_batch)"_s);
}

SqliteArchive::BatchResult SqliteArchive::moveBatch(int year, const QStringList& ids,
                                                    ArchiveOutcome& outcome) {
    attach(year);
    {
        SqliteTransaction copy(m_db);
        fillBatch(ids);
        outcome.skipped += copyBatch();
        copy.commit();
    }
    if (m_afterCopy)
        m_afterCopy(m_db);
    SqliteTransaction move(m_db);
    QString mismatch;
    if (!verifyBatch(mismatch)) {
        outcome.verificationFailed = true;
        outcome.message = translate("Store", "a batch of %1 assessments for %2 failed "
                                             "verification (%3); it stays in the store")
                              .arg(ids.size())
                              .arg(fileName(year), mismatch);
        return BatchResult::VerificationFailed; // rolls back: nothing of the batch left warm
    }
    removeBatch(year);
    move.commit();
    outcome.moved += ids.size();
    ++outcome.verifiedBatches;
    return BatchResult::Moved;
}

ArchiveOutcome SqliteArchive::run(const ArchiveRequest& request, const ProgressCallback& progress,
                                  const CancelCheck& cancelled) {
    if (!request.updatedBefore.isValid() || request.batchSize < 1)
        throw StoreError(StoreError::Kind::InvalidInput,
                         translate("Store", "archiving needs a cut-off date and a batch size "
                                            "of at least 1"));
    const QString cutoff = request.updatedBefore.toUTC().toString(Qt::ISODateWithMs);
    ArchiveOutcome outcome;
    {
        auto count = m_db.prepare(u"SELECT count(*) FROM main.assessments WHERE updated_at < ?1"_s);
        count.bind(1, cutoff).step();
        outcome.candidates = count.integer(0);
    } // finalized: an unfinished statement would keep the archive file from detaching
    auto next = m_db.prepare(u"SELECT id, CAST(substr(updated_at, 1, 4) AS INTEGER) "
                             "FROM main.assessments WHERE updated_at < ?1 "
                             "ORDER BY updated_at, id LIMIT ?2"_s);
    while (true) {
        if (cancelled && cancelled()) {
            outcome.cancelled = true;
            break;
        }
        // Oldest first; the batch stops where the year changes, so it goes to one file.
        next.reset();
        next.bind(1, cutoff).bind(2, request.batchSize);
        QStringList ids;
        int year = 0;
        while (next.step()) {
            const int rowYear = static_cast<int>(next.integer(1));
            if (!ids.isEmpty() && rowYear != year)
                break;
            year = rowYear;
            ids.append(next.text(0));
        }
        next.reset();
        if (ids.isEmpty())
            break;
        if (moveBatch(year, ids, outcome) == BatchResult::VerificationFailed)
            break;
        if (request.batchArchived)
            request.batchArchived(ids);
        if (progress)
            progress(
                static_cast<int>(outcome.moved * 100 / std::max<qint64>(outcome.candidates, 1)),
                translate("Store", "%1 of %2 assessments archived (%3)")
                    .arg(outcome.moved)
                    .arg(outcome.candidates)
                    .arg(fileName(year)));
    }
    detach();
    if (outcome.message.isEmpty())
        outcome.message =
            translate("Store", "%1 of %2 assessments archived in %3 verified batches%4")
                .arg(outcome.moved)
                .arg(outcome.candidates)
                .arg(outcome.verifiedBatches)
                .arg(outcome.cancelled ? translate("Store", "; cancelled") : QString());
    return outcome;
}

QList<int> SqliteArchive::fileYears() const {
    QList<int> years;
    const QString prefix = m_baseName + u"-archive-"_s;
    const QStringList files =
        QDir(m_folder).entryList({prefix + u"*.sqlite"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        bool ok = false;
        const int year = QStringView(file).sliced(prefix.size()).chopped(7).toInt(&ok);
        if (ok && fileName(year) == file)
            years.append(year);
    }
    return years;
}

SqliteArchive::Listing::Listing(SqliteArchive& archive)
    : m_db(archive.m_db) {
    const QList<int> years = archive.fileYears();
    // One connection attaches the store's own temp schema too; the archive run detaches its
    // file when it ends, so it never holds a slot here.
    if (years.size() > m_db.attachLimit())
        throw StoreError(StoreError::Kind::Failed,
                         translate("Store", "the archive has %1 yearly files and a list can "
                                            "include at most %2 of them; list without the "
                                            "archived assessments, or read them by id")
                             .arg(years.size())
                             .arg(m_db.attachLimit()));
    QStringList selects;
    for (const int year : years) {
        const QString schema = u"cold_%1"_s.arg(year);
        try {
            m_db.prepare(u"ATTACH DATABASE ?1 AS "_s + schema)
                .bind(1, archive.filePath(year))
                .run();
        } catch (const StoreError&) {
            detachAll(); // no destructor runs for a constructor that throws
            throw;
        }
        m_attached.append(year);
        selects << u"SELECT x.id, x.customer_name AS customer, x.address, x.state, x.services, "
                   "x.tree_count, x.status, x.created_at, x.updated_at, x.row_version, "
                   "x.composite, x.band, x.price, 1 AS archived FROM %1.assessments x "
                   "WHERE x.id IN (SELECT id FROM main.archived_ids WHERE year = %2)"_s.arg(schema)
                       .arg(year);
    }
    m_rowsSql = selects.join(u" UNION ALL "_s);
}

SqliteArchive::Listing::~Listing() {
    detachAll();
}

void SqliteArchive::Listing::detachAll() {
    for (const int year : std::as_const(m_attached)) {
        try {
            m_db.execute(u"DETACH DATABASE cold_%1"_s.arg(year));
        } catch (const StoreError&) { // only while a statement of the list is unfinished,
        }                             // which SqliteStore rules out by its scopes
    }
}

ArchiveStats SqliteArchive::stats() {
    ArchiveStats out;
    const QFileInfoList files = QDir(m_folder).entryInfoList({m_baseName + u"-archive-*.sqlite"_s},
                                                             QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        SqliteDatabase db(file.absoluteFilePath());
        ArchivePart part{file.fileName(), 0, 0, file.size()};
        if (scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'assessments'"_s) > 0) {
            part.assessments = scalar(db, u"SELECT count(*) FROM assessments"_s);
            part.quotes = scalar(db, u"SELECT count(*) FROM quotes"_s);
        }
        out.assessments += part.assessments;
        out.quotes += part.quotes;
        out.bytes += part.bytes;
        out.parts.append(part);
    }
    return out;
}

std::optional<int> SqliteArchive::yearOf(const QString& id) {
    auto s = m_db.prepare(u"SELECT year FROM main.archived_ids WHERE id = ?1"_s);
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return static_cast<int>(s.integer(0));
}

std::optional<StoredAssessment> SqliteArchive::assessment(const QString& id) {
    const auto year = yearOf(id);
    if (!year)
        return std::nullopt;
    SqliteDatabase db(filePath(*year));
    auto s = db.prepare(u"SELECT id, customer_name, "_s + AssessmentColumns +
                        u" FROM assessments WHERE id = ?1"_s);
    s.bind(1, id);
    if (!s.step())
        throw StoreError(StoreError::Kind::Failed,
                         translate("Store", "assessment %1 is missing from its archive file %2")
                             .arg(id, filePath(*year)));
    AssessmentSummary a = readSummaryRow(s);
    a.archived = true;
    return StoredAssessment{a, s.text(13).toUtf8()};
}

std::optional<QuoteRecord> SqliteArchive::latestQuote(const QString& id) {
    const auto year = yearOf(id);
    if (!year)
        return std::nullopt;
    SqliteDatabase db(filePath(*year));
    auto s = db.prepare(LatestQuoteSql);
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readQuoteRow(s);
}

} // namespace treeops::storage

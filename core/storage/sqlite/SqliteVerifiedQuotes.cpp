#include "storage/sqlite/SqliteVerifiedQuotes.h"

#include "storage/sqlite/SqliteDatabase.h"

#include <algorithm>
#include <vector>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

using ByKey = std::vector<const quality::VerifiedQuote*>;

// A quote with the first bytes of its id packed into two integers that compare as the bytes
// do (zeros after the end): sorting a million ids compared them mostly in memory far from the
// array. Ids that agree on the packed bytes are compared in full.
struct PackedKey {
    explicit PackedKey(const quality::VerifiedQuote& q)
        : quote(&q) {
        const QByteArray& id = q.assessmentId;
        for (qsizetype i = 0; i < 16; ++i) {
            const quint64 byte = i < id.size() ? static_cast<unsigned char>(id[i]) : 0;
            (i < 8 ? high : low) |= byte << (8 * (7 - i % 8));
        }
    }
    bool operator<(const PackedKey& other) const {
        if (high != other.high)
            return high < other.high;
        if (low != other.low)
            return low < other.low;
        return quote->assessmentId < other.quote->assessmentId;
    }

    quint64 high = 0;
    quint64 low = 0;
    const quality::VerifiedQuote* quote;
};

// In the order SQLite keeps the revisions: it compares text by its bytes.
ByKey sortedByKey(const std::vector<quality::VerifiedQuote>& verified) {
    std::vector<PackedKey> keys(verified.begin(), verified.end());
    std::sort(keys.begin(), keys.end());
    ByKey byKey;
    byKey.reserve(keys.size());
    for (const PackedKey& key : keys)
        byKey.push_back(key.quote);
    return byKey;
}

qint64 revisionCount(SqliteDatabase& db) {
    auto count = db.prepare(u"SELECT count(*) FROM quote_revisions"_s);
    count.step();
    return count.integer(0);
}

// One update a quote. In key order: in the order a run that walked the assessments found them,
// marking a million wrote twice as long and left a write-ahead log that slowed the next run.
void markEach(SqliteDatabase& db, const ByKey& byKey) {
    auto mark = db.prepare(u"UPDATE quote_revisions SET verified_revision = ?2, "
                           "verified_engine = ?3 WHERE assessment_id = ?1"_s);
    const QString engine = quality::quoteEngineBuild();
    for (const quality::VerifiedQuote* quote : byKey) {
        mark.bindUtf8(1, quote->assessmentId).bind(2, quote->revision).bind(3, engine);
        mark.run();
        mark.reset();
    }
}

// The assessments with a revision up to `newest` that are not verified at that revision,
// found by walking the revisions and the verified quotes side by side in key order.
std::vector<QByteArray> notVerified(SqliteDatabase& db, const ByKey& byKey, qint64 newest) {
    auto revisions = db.prepare(u"SELECT assessment_id, revision FROM quote_revisions "
                                "WHERE revision <= ? ORDER BY assessment_id"_s);
    revisions.bind(1, newest);
    std::vector<QByteArray> out;
    auto next = byKey.begin();
    while (revisions.step()) {
        const QByteArrayView id = revisions.utf8(0);
        while (next != byKey.end() && QByteArrayView((*next)->assessmentId) < id)
            ++next;
        const bool verified = next != byKey.end() && (*next)->assessmentId == id &&
                              (*next)->revision == revisions.integer(1);
        if (!verified)
            out.push_back(id.toByteArray());
    }
    return out;
}

// In one update, every revision up to the newest one the run verified, but for those the walk
// finds not verified: a first run verifies almost every quote, and keeping a million took 1.6 s
// one update at a time, 0.8 s this way. A revision newer than any the run read is left alone,
// as it was written after the run read it.
void markAllBut(SqliteDatabase& db, const ByKey& byKey) {
    qint64 newest = 0;
    for (const quality::VerifiedQuote* quote : byKey)
        newest = std::max(newest, quote->revision);
    const std::vector<QByteArray> exceptions = notVerified(db, byKey, newest);
    db.execute(u"CREATE TEMP TABLE IF NOT EXISTS quotes_not_verified "
               "(assessment_id TEXT PRIMARY KEY) WITHOUT ROWID"_s);
    auto except = db.prepare(u"INSERT INTO temp.quotes_not_verified VALUES (?)"_s);
    for (const QByteArray& id : exceptions) {
        except.bindUtf8(1, id);
        except.run();
        except.reset();
    }
    auto mark = db.prepare(u"UPDATE quote_revisions SET verified_revision = revision, "
                           "verified_engine = ?1 WHERE revision <= ?2 "
                           "AND assessment_id NOT IN temp.quotes_not_verified"_s);
    mark.bind(1, quality::quoteEngineBuild()).bind(2, newest);
    mark.run();
    db.execute(u"DELETE FROM temp.quotes_not_verified"_s);
}

} // namespace

void markVerifiedQuotes(SqliteDatabase& db, const quality::VerifiedQuotes& verified) {
    if (verified.empty())
        return;
    const ByKey byKey = sortedByKey(verified.quotes);
    if (qint64(byKey.size()) * 2 < revisionCount(db))
        markEach(db, byKey);
    else
        markAllBut(db, byKey);
}

} // namespace treeops::storage

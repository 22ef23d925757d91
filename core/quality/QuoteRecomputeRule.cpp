#include "quality/QuoteRecomputeRule.h"

#include "i18n/Translate.h"
#include "quality/ReferenceQueries.h"
#include "quality/RuleGroups.h"
#include "quality/ScanRule.h"
#include "quality/SqlFragments.h"
#include "scoring/AssessmentJson.h"
#include "scoring/QuoteEngine.h"
#include "storage/StoreError.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <deque>
#include <future>
#include <thread>
#include <vector>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

constexpr double PriceTolerance = 0.01 + 1e-9; // a cent, whatever the binary rounding

// Every published catalog and rates version, read before the assessments stream (one
// connection reads one query at a time), and the engine for each pair a quote names: none when
// the store does not have one of them.
class PinnedEngines {
public:
    explicit PinnedEngines(storage::ReadOnlySql& sql) {
        for (const QString& version : versions(sql, u"catalog_versions"_s))
            if (auto data = readable([&] { return catalogVersion(sql, version); }))
                m_catalogs.insert(version, std::make_shared<const scoring::Catalog>(*data));
        for (const QString& version : versions(sql, u"rates_versions"_s))
            if (auto data = readable([&] { return ratesVersion(sql, version); }))
                m_rates.insert(version, std::make_shared<const scoring::Rates>(*data));
    }

    // Stays where it is while rows that point to it are priced on other threads. Quotes come
    // in runs of the same versions, so the pair asked for last is kept at hand.
    const scoring::QuoteEngine* engine(QByteArrayView catalog, QByteArrayView rates) {
        if (m_last && catalog == m_lastCatalog && rates == m_lastRates)
            return *m_last;
        m_lastCatalog = catalog.toByteArray();
        m_lastRates = rates.toByteArray();
        const QByteArray key = m_lastCatalog + '\n' + m_lastRates;
        auto it = m_engines.find(key);
        if (it == m_engines.end())
            it = m_engines.insert(key, makeEngine(m_lastCatalog, m_lastRates));
        m_last = it->get();
        return *m_last;
    }

private:
    // A version whose content cannot be read prices nothing: its quotes count as failing.
    template <typename Read> static auto readable(Read read) -> decltype(read()) {
        try {
            return read();
        } catch (const storage::StoreError&) {
            return std::nullopt;
        }
    }

    std::shared_ptr<const scoring::QuoteEngine> makeEngine(const QByteArray& catalog,
                                                           const QByteArray& rates) const {
        const auto c = m_catalogs.value(QString::fromUtf8(catalog));
        const auto r = m_rates.value(QString::fromUtf8(rates));
        if (!c || !r)
            return nullptr;
        return std::make_shared<const scoring::QuoteEngine>(c, r);
    }

    static QStringList versions(storage::ReadOnlySql& sql, const QString& table) {
        QStringList out;
        sql.query(u"SELECT version FROM "_s + table, [&](const QStringList& columns) {
            out << columns.value(0);
            return true;
        });
        return out;
    }

    QHash<QString, std::shared_ptr<const scoring::Catalog>> m_catalogs;
    QHash<QString, std::shared_ptr<const scoring::Rates>> m_rates;
    QHash<QByteArray, std::shared_ptr<const scoring::QuoteEngine>> m_engines;
    std::optional<const scoring::QuoteEngine*> m_last; // of the pair asked for last; may be null
    QByteArray m_lastCatalog;
    QByteArray m_lastRates;
};

// One stored quote to price again, with the revision it was read at (none when the store
// keeps none for it: then it is priced at every run).
struct Row {
    QByteArray id;            // UTF-8, a QString made only of a failing one
    qsizetype documentAt = 0; // in its batch's documents, set as it joins the batch
    qsizetype documentSize = 0;
    std::optional<double> storedPrice; // none when the column does not read as a number
    const scoring::QuoteEngine* engine = nullptr;
    std::optional<qint64> revision;
};

// Rows with their documents end to end in one buffer: a document apiece, a first run's
// million would be as many allocations, and freeing them again.
struct Batch {
    std::vector<Row> rows;
    QByteArray documents;

    void add(Row row, QByteArrayView document) {
        row.documentAt = documents.size();
        row.documentSize = document.size();
        documents.append(document);
        documents.append('\0'); // each document ends as a QByteArray's would
        rows.push_back(std::move(row));
    }
    QByteArray document(const Row& row) const {
        return QByteArray::fromRawData(documents.constData() + row.documentAt, row.documentSize);
    }
};

bool recomputes(const Row& row, const QByteArray& document, scoring::Quote& quote) {
    const scoring::AssessmentReader reader(row.engine->catalog(), row.engine->rates());
    Problems problems;
    const auto assessment =
        reader.read(document, QString(), problems, scoring::AssessmentReader::Reading::ForPricing);
    if (!assessment || !row.storedPrice)
        return false;
    row.engine->quote(*assessment, quote);
    return std::abs(quote.price - *row.storedPrice) <= PriceTolerance;
}

struct BatchOutcome {
    CheckOutcome outcome;
    VerifiedQuotes verified; // what this batch priced again, found right or not
};

BatchOutcome checkBatch(const Batch& batch, int sampleLimit) {
    scoring::Quote quote;
    BatchOutcome checked;
    for (const Row& row : batch.rows) {
        const bool fails = !row.engine || !recomputes(row, batch.document(row), quote);
        if (row.revision && fails)
            checked.verified.notVerified.push_back(row.id);
        else if (row.revision)
            checked.verified.quotes.push_back({row.id, *row.revision});
        checked.outcome.count(fails, fails ? QString::fromUtf8(row.id) : QString(), sampleLimit);
    }
    return checked;
}

// Reading and validating each document costs dozens of times the quote itself, so rows are
// checked a batch at a time on as many threads as there are cores while the connection reads
// on. Batches are added up in the order the query gave them, so the outcome (and its first
// failing keys) is the one a single thread would give.
class ParallelCheck {
public:
    explicit ParallelCheck(int sampleLimit)
        : m_sampleLimit(sampleLimit)
        , m_threads(std::max(1U, std::thread::hardware_concurrency())) {
        m_filling.documents.reserve(BatchBytes);
    }

    void add(Row row, QByteArrayView document) {
        m_filling.add(std::move(row), document);
        if (m_filling.rows.size() == BatchRows)
            submit();
    }

    BatchOutcome finish() {
        submit();
        while (!m_running.empty())
            addUpOldest();
        m_total.verified = joined(std::move(m_verified));
        return std::move(m_total);
    }

private:
    static constexpr std::size_t BatchRows = 1000;
    static constexpr qsizetype BatchBytes = 1 << 20; // a thousand stored documents, and more

    // Waits for the oldest batch while every thread has one: the documents read ahead stay few.
    void submit() {
        if (m_filling.rows.empty())
            return;
        if (m_running.size() >= m_threads)
            addUpOldest();
        m_running.push_back(
            std::async(std::launch::async, checkBatch, std::move(m_filling), m_sampleLimit));
        m_filling = Batch();
        m_filling.documents.reserve(BatchBytes);
    }

    void addUpOldest() {
        BatchOutcome batch = m_running.front().get(); // rethrows what the batch threw
        m_running.pop_front();
        CheckOutcome& total = m_total.outcome;
        total.examined += batch.outcome.examined;
        total.failing += batch.outcome.failing;
        for (const QString& key : batch.outcome.sampleKeys)
            if (total.sampleKeys.size() < m_sampleLimit)
                total.sampleKeys << key;
        m_verified.push_back(std::move(batch.verified));
    }

    // Joined once, at their full size: taken a batch at a time, a first run's million moved
    // again at every growth of the list, on the thread that reads the rows.
    static VerifiedQuotes joined(std::vector<VerifiedQuotes>&& batches) {
        VerifiedQuotes all;
        std::size_t quotes = 0;
        std::size_t notVerified = 0;
        for (const VerifiedQuotes& batch : batches) {
            quotes += batch.quotes.size();
            notVerified += batch.notVerified.size();
        }
        all.quotes.reserve(quotes);
        all.notVerified.reserve(notVerified);
        for (VerifiedQuotes& batch : batches)
            all.take(std::move(batch));
        return all;
    }

    const int m_sampleLimit;
    const std::size_t m_threads;
    Batch m_filling;
    // A query that fails leaves these to finish what they hold: futures from std::async wait
    // for their thread when they go.
    std::deque<std::future<BatchOutcome>> m_running;
    BatchOutcome m_total;
    std::vector<VerifiedQuotes> m_verified; // of each batch added up, in order
};

std::optional<qint64> revisionColumn(QByteArrayView text) {
    bool ok = false;
    const qint64 revision = text.toLongLong(&ok);
    return ok ? std::optional(revision) : std::nullopt;
}

std::optional<double> priceColumn(QByteArrayView text) {
    bool ok = false;
    const double price = text.toDouble(&ok);
    return ok ? std::optional(price) : std::nullopt;
}

// How the quotes left to price are read, chosen by how many there are (see quotesToPrice).
enum class Reading {
    Joined,   // SQLite: every latest quote joined to its revision and its assessment
    Walked,   // SQLite: the assessments walked in storage order, each one's latest quote found
    LookedUp, // PostgreSQL: the quotes to price found first, then each one's assessment
    EveryAssessment, // PostgreSQL: every assessment with its latest quote and its revision
};

struct RevisionCount {
    qint64 all = 0;
    qint64 unverified = 0;
};

RevisionCount countRevisions(storage::ReadOnlySql& sql, const QString& sample) {
    RevisionCount count;
    sql.queryFew(u"SELECT count(*), sum(CASE WHEN %1 IS NOT TRUE THEN 1 ELSE 0 END) "
                 "FROM quote_revisions r%2"_s.arg(verifiedRevisionTest(sql.dialect()), sample),
                 [&](const QStringList& columns) {
                     count.all = columns.value(0).toLongLong();
                     count.unverified = columns.value(1).toLongLong();
                     return false;
                 });
    return count;
}

// PostgreSQL cannot tell how many quotes a build verified: it takes the test for 0.5 % of the
// rows, whatever the runs before left, and so joins every assessment to the quotes to price
// even when there are none (5.2 s at 1,000,000, then 2.1 s once it was told to look up just
// those). Looking them up one by one costs about 15 µs a quote, so it is chosen only while
// they are a small part of the revisions (a first run took 15.6 s that way, 4.3 s joined).
// Their share is estimated from about one page of revisions in a hundred (counting a million
// took 0.7-0.9 s, before anything else of the run could start), and counted exactly when that
// holds too few to tell.
// SQLite joins by looking each one up too, about 3 µs a quote: past half of them, walking every
// assessment in the order the table keeps them is cheaper (a first run's query 3.3 s instead of
// 4.5 s at 1,000,000; a next run's 1.4 s joined against 3 s walked).
Reading chooseReading(storage::ReadOnlySql& sql) {
    if (sql.dialect() == storage::SqlDialect::Postgres) {
        constexpr qint64 FewestSampled = 1000;
        RevisionCount count = countRevisions(sql, u" TABLESAMPLE SYSTEM (1)"_s);
        if (count.all < FewestSampled)
            count = countRevisions(sql, {});
        return count.unverified * 10 < count.all ? Reading::LookedUp : Reading::EveryAssessment;
    }
    const RevisionCount count = countRevisions(sql, {});
    return count.unverified * 2 < count.all ? Reading::Joined : Reading::Walked;
}

// The quotes of the assessments whose revision this build verified are only counted, in a row
// without an id; the others are read with their documents and end with the revision they were
// read at. One statement, so both parts read the same data.
// The verified revisions are counted alone, without finding each one's latest quote: a run
// verifies only a revision it read with an assessment and its latest quote, and deleting
// either moves the revision on or drops it, so a verified revision always has both. Counted
// joined to the latest quotes, a next run over a million priced nothing in 3.7 s on
// PostgreSQL and 1.4 s on SQLite; 2.6 s and 0.8 s counted alone.
// The test is written so that PostgreSQL can estimate it: of a CASE compared with a constant it
// expects 0.5 % of the rows, and so probed every monthly partition's index once per quote in a
// nested loop (22 s at 1,000,000, against a 4 s hash join). When looked up, PostgreSQL is made
// to find the quotes to price first and then each one's assessment (OFFSET 0 keeps it from
// flattening either part into one join). When walked, SQLite counts the verified quotes on the
// way.
QString quotesToPrice(const RuleContext& context, Reading reading) {
    const QString counted = u"SELECT NULL, NULL, NULL, NULL, NULL, count(*) FROM quote_revisions r "
                            "WHERE %1 IS TRUE UNION ALL "_s;
    const QString joined =
        u"SELECT a.id, a.input_json, l.catalog_version, l.rates_version, l.price, r.revision "
        "FROM ({latest_quotes}) l "
        "LEFT JOIN quote_revisions r ON r.assessment_id = l.assessment_id "
        "JOIN assessments a ON a.id = l.assessment_id WHERE %1 IS NOT TRUE"_s;
    const QString lookedUp =
        u"SELECT a.id, a.input_json, u.catalog_version, u.rates_version, u.price, u.revision "
        "FROM (SELECT l.assessment_id, l.catalog_version, l.rates_version, l.price, r.revision "
        "FROM ({latest_quotes}) l "
        "LEFT JOIN quote_revisions r ON r.assessment_id = l.assessment_id "
        "WHERE %1 IS NOT TRUE OFFSET 0) u CROSS JOIN LATERAL (SELECT a.id, a.input_json "
        "FROM assessments a WHERE a.id = u.assessment_id OFFSET 0) a"_s;
    const QString walked =
        u"SELECT CASE WHEN %1 IS TRUE THEN NULL ELSE a.id END, "
        "CASE WHEN %1 IS TRUE THEN NULL ELSE a.input_json END, l.catalog_version, "
        "l.rates_version, l.price, CASE WHEN %1 IS TRUE THEN 1 ELSE r.revision END "
        "FROM {quoted_assessments_latest_quote} "
        "LEFT JOIN quote_revisions r ON r.assessment_id = a.id"_s;
    QString sql;
    switch (reading) {
    case Reading::Joined:
        sql = counted + joined;
        break;
    case Reading::LookedUp:
        sql = counted + lookedUp;
        break;
    case Reading::Walked:
        sql = walked;
        break;
    case Reading::EveryAssessment:
        Q_UNREACHABLE(); // see everyAssessment
    }
    const storage::SqlDialect dialect = context.sql.dialect();
    return renderSql(sql.arg(verifiedRevisionTest(dialect)), dialect, context.now);
}

// What a row of everyAssessment is to the quote check (column 6): NULL for a quote to price.
namespace role {
constexpr char Snapshot = 's';  // the query's snapshot in column 1, the revisions' numbering in 2
constexpr char Verified = 'v';  // verified by this build at this revision: counted
constexpr char NotQuoted = 'n'; // an assessment without a quote or a revision
constexpr char NoQuote = 'u';   // an assessment's revision without a latest quote
constexpr char NoAssessment = 'r'; // a revision without an assessment
} // namespace role
constexpr qsizetype FirstScanColumn = 7;

QString literal(char role) {
    return sqlLiteral(QString(QLatin1Char(role)));
}

// PostgreSQL, pricing most quotes: every assessment of `from` (aliases `a`, `l` for its latest
// quote) with its revision, so that the rules over those rows (`scanColumns`, see ScanTally) are
// checked in the same pass: a first run then reads the assessments and finds their latest
// quotes once, not once for the quotes and once for the rules (6.4-8.6 s in `psql` over
// 1,000,000 assessments, against 6.0-6.8 s for the quotes and 4.5-5.8 s for the rules apart).
// Hashed, as PostgreSQL plans it: merged in assessment order, it took 8.1 s against 6.4 s.
// A revision without an assessment or latest quote is read too, to be left unverified: a run
// that read every revision can then be kept as what it read, which the first row names: the
// snapshot, and how far the revisions were numbered (see VerifiedQuotes).
QString everyAssessment(const RuleContext& context, const QString& from,
                        const QStringList& scanColumns) {
    const QString verified = verifiedRevisionTest(context.sql.dialect()) + u" IS TRUE"_s;
    const QString document = u"CASE WHEN a.id IS NULL OR l.assessment_id IS NULL OR %1 "
                             "THEN NULL ELSE a.input_json END"_s.arg(verified);
    const QString role = u"CASE WHEN a.id IS NULL THEN %1 WHEN %2 THEN %3 "
                         "WHEN l.assessment_id IS NULL THEN CASE WHEN r.assessment_id IS NULL "
                         "THEN %4 ELSE %5 END END"_s.arg(
                             literal(role::NoAssessment), verified, literal(role::Verified),
                             literal(role::NotQuoted), literal(role::NoQuote));
    QStringList row{u"coalesce(a.id, r.assessment_id)"_s,
                    document,
                    u"l.catalog_version"_s,
                    u"l.rates_version"_s,
                    u"l.price"_s,
                    u"r.revision"_s,
                    role};
    QStringList snapshot{u"NULL"_s, u"pg_current_snapshot()::text"_s,
                         u"(SELECT last_value FROM quote_revision_numbers)::text"_s};
    while (snapshot.size() < row.size() - 1)
        snapshot << u"NULL"_s;
    snapshot << literal(role::Snapshot);
    Q_ASSERT(row.size() == FirstScanColumn);
    for (const QString& column : scanColumns) {
        row << column;
        snapshot << u"NULL"_s;
    }
    const QString sql = u"SELECT %1 UNION ALL SELECT %2 FROM %3 "
                        "FULL JOIN quote_revisions r ON r.assessment_id = a.id"_s.arg(
                            snapshot.join(u", "_s), row.join(u", "_s), from);
    return renderSql(sql, context.sql.dialect(), context.now);
}

// A check's pricing of the rows its query gives, and what it says beside them.
class Pricing {
public:
    explicit Pricing(RuleContext& context)
        : m_context(context)
        , m_engines(context.sql)
        , m_check(context.sampleLimit) {}

    void price(const QList<QByteArrayView>& c) {
        m_check.add({.id = c.value(0).toByteArray(),
                     .storedPrice = priceColumn(c.value(4)),
                     .engine = m_engines.engine(c.value(2), c.value(3)),
                     .revision = revisionColumn(c.value(5))},
                    c.value(1));
    }
    void countVerified(qint64 quotes) { m_verifiedBefore += quotes; }
    void leaveUnverified(QByteArrayView id) { m_read.notVerified.push_back(id.toByteArray()); }
    void readIn(QByteArrayView snapshot, QByteArrayView numberedThrough) {
        m_read.readIn = snapshot.toByteArray();
        m_read.readThrough = numberedThrough.toLongLong();
    }

    CheckOutcome finish() {
        BatchOutcome total = m_check.finish();
        total.outcome.examined += m_verifiedBefore;
        if (m_context.verified) {
            m_context.verified->take(std::move(total.verified));
            m_context.verified->take(std::move(m_read));
        }
        return total.outcome;
    }

private:
    RuleContext& m_context;
    PinnedEngines m_engines;
    ParallelCheck m_check;
    qint64 m_verifiedBefore = 0;
    VerifiedQuotes m_read;
};

std::vector<CheckOutcome> checkEveryAssessment(const std::vector<const ScanRule*>& scans,
                                               const QString& from, RuleContext& context) {
    Pricing pricing(context);
    ScanTally tally(scans, context.sampleLimit);
    context.sql.queryUtf8(everyAssessment(context, from, tally.columns()),
                          [&](const QList<QByteArrayView>& c) {
                              const QByteArrayView role = c.value(6);
                              if (role.isNull()) {
                                  pricing.price(c);
                              } else if (role.front() == role::Snapshot) {
                                  pricing.readIn(c.value(1), c.value(2));
                                  return true;
                              } else if (role.front() == role::Verified) {
                                  pricing.countVerified(1);
                              } else if (role.front() != role::NotQuoted) {
                                  pricing.leaveUnverified(c.value(0));
                              }
                              if (role.isNull() || role.front() != role::NoAssessment)
                                  tally.add(c, FirstScanColumn);
                              return true;
                          });
    std::vector<CheckOutcome> outcomes{pricing.finish()};
    for (CheckOutcome& outcome : tally.outcomes())
        outcomes.push_back(std::move(outcome));
    return outcomes;
}

} // namespace

QuoteRecomputeRule::QuoteRecomputeRule()
    : m_definition(defineRule(
          u"assessments.quote_recomputes"_s,
          translate("QualityRules", "Stored quotes recompute to their price"),
          translate("QualityRules",
                    "Every assessment's latest quote, priced again from the stored assessment "
                    "with the catalog and rates versions it names, comes to the stored price "
                    "within $0.01."),
          Dimension::Consistency, Severity::Critical, u"assessments"_s)) {}

CheckOutcome QuoteRecomputeRule::check(RuleContext& context) const {
    const Reading reading = chooseReading(context.sql);
    if (reading == Reading::EveryAssessment)
        return checkEveryAssessment({}, u"{assessments_latest_quote}"_s, context).front();
    Pricing pricing(context);
    context.sql.queryUtf8(quotesToPrice(context, reading), [&](const QList<QByteArrayView>& c) {
        if (c.value(0).isNull())
            pricing.countVerified(c.value(5).toLongLong());
        else if (c.value(1).isNull()) // no assessment or latest quote
            pricing.leaveUnverified(c.value(0));
        else
            pricing.price(c);
        return true;
    });
    return pricing.finish();
}

std::optional<QString> QuoteRecomputeRule::rowsReadInFull(storage::ReadOnlySql& sql) const {
    if (sql.dialect() != storage::SqlDialect::Postgres ||
        chooseReading(sql) != Reading::EveryAssessment)
        return std::nullopt;
    return assessmentsWithLatestQuote().name;
}

// Only the rows rowsReadInFull names are given to it.
std::vector<CheckOutcome>
QuoteRecomputeRule::checkHosting(const std::vector<const ScanRule*>& scans,
                                 RuleContext& context) const {
    return checkEveryAssessment(scans, assessmentsWithLatestQuote().from, context);
}

void VerifiedQuotes::take(VerifiedQuotes&& other) {
    if (quotes.capacity() == 0 && notVerified.capacity() == 0 && readIn.isEmpty()) {
        *this = std::move(other); // as when a run takes its one check's list
        return;
    }
    quotes.insert(quotes.end(), std::make_move_iterator(other.quotes.begin()),
                  std::make_move_iterator(other.quotes.end()));
    notVerified.insert(notVerified.end(), std::make_move_iterator(other.notVerified.begin()),
                       std::make_move_iterator(other.notVerified.end()));
    if (!other.readIn.isEmpty()) {
        readIn = std::move(other.readIn);
        readThrough = other.readThrough;
    }
}

QString quoteEngineBuild() {
    return u"" TREEOPS_VERSION ""_s;
}

// Marked one by one, or, on PostgreSQL, kept as the snapshot of a run that read them all (see
// PostgresQualityHistory). The record is read once per query, in three subqueries that do not
// depend on the row: none matches when there is no record of this build, and the test is then
// the mark's alone.
QString verifiedRevisionTest(storage::SqlDialect dialect) {
    const QString engine = sqlLiteral(quoteEngineBuild());
    const QString marked =
        u"r.verified_revision = r.revision AND r.verified_engine = %1"_s.arg(engine);
    if (dialect == storage::SqlDialect::Sqlite)
        return u"("_s + marked + u")"_s;
    const auto kept = [&](const char* column) {
        return u"(SELECT %1 FROM quote_verifications WHERE engine = %2)"_s.arg(
            QLatin1StringView(column), engine);
    };
    return u"(%1 OR r.revision <= %2 AND r.left_unverified_by IS DISTINCT FROM %3 AND "
           "(r.revised_by IS NULL OR pg_visible_in_snapshot(r.revised_by, %4)))"_s.arg(
               marked, kept("through"), kept("id"), kept("read_in"));
}

} // namespace treeops::quality

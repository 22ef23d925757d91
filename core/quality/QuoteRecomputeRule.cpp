#include "quality/QuoteRecomputeRule.h"

#include "i18n/Translate.h"
#include "quality/ReferenceQueries.h"
#include "quality/RuleGroups.h"
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
    const auto assessment = reader.read(document, QString(), problems);
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
        m_total.verified.take(std::move(batch.verified));
    }

    const int m_sampleLimit;
    const std::size_t m_threads;
    Batch m_filling;
    // A query that fails leaves these to finish what they hold: futures from std::async wait
    // for their thread when they go.
    std::deque<std::future<BatchOutcome>> m_running;
    BatchOutcome m_total;
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

QString verifiedTest() {
    return u"(r.verified_revision = r.revision AND r.verified_engine = %1)"_s.arg(
        sqlLiteral(quoteEngineBuild()));
}

// How the quotes left to price are read, chosen by how many there are (see quotesToPrice).
enum class Reading {
    Joined,   // every latest quote joined to its revision and its assessment
    LookedUp, // PostgreSQL: the quotes to price found first, then each one's assessment
    Walked,   // SQLite: the assessments walked in storage order, each one's latest quote found
};

// PostgreSQL cannot tell how many quotes a build verified: it takes the test for 0.5 % of the
// rows, whatever the runs before left, and so joins every assessment to the quotes to price
// even when there are none (5.2 s at 1,000,000, then 2.1 s once it was told to look up just
// those). Looking them up one by one costs about 15 µs a quote, so it is chosen only while
// they are a small part of the revisions (a first run took 15.6 s that way, 4.3 s joined).
// SQLite joins by looking each one up too, about 3 µs a quote: past half of them, walking every
// assessment in the order the table keeps them is cheaper (a first run's query 3.3 s instead of
// 4.5 s at 1,000,000; a next run's 1.4 s joined against 3 s walked).
Reading chooseReading(storage::ReadOnlySql& sql) {
    qint64 revisions = 0;
    qint64 unverified = 0;
    sql.queryFew(u"SELECT count(*), sum(CASE WHEN %1 IS NOT TRUE THEN 1 ELSE 0 END) "
                 "FROM quote_revisions r"_s.arg(verifiedTest()),
                 [&](const QStringList& columns) {
                     revisions = columns.value(0).toLongLong();
                     unverified = columns.value(1).toLongLong();
                     return false;
                 });
    if (sql.dialect() == storage::SqlDialect::Postgres)
        return unverified * 10 < revisions ? Reading::LookedUp : Reading::Joined;
    return unverified * 2 < revisions ? Reading::Joined : Reading::Walked;
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
// nested loop (22 s at 1,000,000, against a 4 s hash join). When joined there, every revision
// not verified comes out, with its assessment and latest quote merged in assessment order (the
// query alone 2.5 s instead of 4.1 s hashed, in psql): one without them has no document, and the
// counted row names the query's snapshot, so that the run can be kept in one pass (see
// VerifiedQuotes). When looked up, PostgreSQL is made to find the quotes to price first and then
// each one's assessment (OFFSET 0 keeps it from flattening either part into one join). When
// walked, SQLite counts the verified quotes on the way.
QString quotesToPrice(const RuleContext& context, Reading reading) {
    const auto counted = [](const QString& snapshot) -> QString {
        return u"SELECT NULL, "_s + snapshot +
               u", NULL, NULL, NULL, count(*) FROM quote_revisions r WHERE %1 IS TRUE "
               "UNION ALL "_s;
    };
    const QString joined =
        u"SELECT a.id, a.input_json, l.catalog_version, l.rates_version, l.price, r.revision "
        "FROM ({latest_quotes}) l "
        "LEFT JOIN quote_revisions r ON r.assessment_id = l.assessment_id "
        "JOIN assessments a ON a.id = l.assessment_id WHERE %1 IS NOT TRUE"_s;
    const QString merged =
        u"SELECT coalesce(q.id, r.assessment_id), q.input_json, q.catalog_version, "
        "q.rates_version, q.price, r.revision FROM (SELECT a.id, a.input_json, "
        "l.catalog_version, l.rates_version, l.price FROM ({latest_quotes}) l "
        "JOIN assessments a ON a.id = l.assessment_id) q "
        "FULL JOIN quote_revisions r ON r.assessment_id = q.id WHERE %1 IS NOT TRUE"_s;
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
    const bool postgres = context.sql.dialect() == storage::SqlDialect::Postgres;
    QString sql;
    switch (reading) {
    case Reading::Joined:
        sql = postgres ? counted(u"pg_current_snapshot()::text"_s) + merged
                       : counted(u"NULL"_s) + joined;
        break;
    case Reading::LookedUp:
        sql = counted(u"NULL"_s) + lookedUp;
        break;
    case Reading::Walked:
        sql = walked;
        break;
    }
    return renderSql(sql.arg(verifiedTest()), context.sql.dialect(), context.now);
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
    PinnedEngines engines(context.sql);
    ParallelCheck check(context.sampleLimit);
    qint64 verifiedBefore = 0;
    VerifiedQuotes read; // what the query says beside the quotes to price
    context.sql.queryUtf8(quotesToPrice(context, chooseReading(context.sql)),
                          [&](const QList<QByteArrayView>& c) {
                              if (c.value(0).isNull()) {
                                  verifiedBefore += c.value(5).toLongLong();
                                  if (!c.value(1).isNull())
                                      read.readIn = c.value(1).toByteArray();
                              } else if (c.value(1).isNull()) { // no assessment or latest quote
                                  read.notVerified.push_back(c.value(0).toByteArray());
                              } else {
                                  check.add({.id = c.value(0).toByteArray(),
                                             .storedPrice = priceColumn(c.value(4)),
                                             .engine = engines.engine(c.value(2), c.value(3)),
                                             .revision = revisionColumn(c.value(5))},
                                            c.value(1));
                              }
                              return true;
                          });
    BatchOutcome total = check.finish();
    total.outcome.examined += verifiedBefore;
    if (context.verified) {
        context.verified->take(std::move(total.verified));
        context.verified->take(std::move(read));
    }
    return total.outcome;
}

void VerifiedQuotes::take(VerifiedQuotes&& other) {
    quotes.insert(quotes.end(), std::make_move_iterator(other.quotes.begin()),
                  std::make_move_iterator(other.quotes.end()));
    notVerified.insert(notVerified.end(), std::make_move_iterator(other.notVerified.begin()),
                       std::make_move_iterator(other.notVerified.end()));
    if (!other.readIn.isEmpty())
        readIn = std::move(other.readIn);
}

QString quoteEngineBuild() {
    return u"" TREEOPS_VERSION ""_s;
}

} // namespace treeops::quality

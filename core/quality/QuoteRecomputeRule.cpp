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
// connection reads one query at a time), and an engine for each pair a quote names.
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

    // None when the quote names a version the store does not have.
    const scoring::QuoteEngine* engine(const QString& catalog, const QString& rates) {
        const QString key = catalog + u'\n' + rates;
        if (auto it = m_engines.constFind(key); it != m_engines.constEnd())
            return it->get();
        const auto c = m_catalogs.value(catalog);
        const auto r = m_rates.value(rates);
        if (!c || !r)
            return nullptr;
        return m_engines.insert(key, std::make_shared<const scoring::QuoteEngine>(c, r))->get();
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
    QHash<QString, std::shared_ptr<const scoring::QuoteEngine>> m_engines;
};

bool recomputes(const scoring::QuoteEngine* engine, const QString& inputJson,
                const QString& storedPrice, scoring::Quote& quote) {
    if (!engine)
        return false;
    Problems problems;
    const scoring::AssessmentReader reader(engine->catalog(), engine->rates());
    const auto assessment = reader.read(inputJson.toUtf8(), QString(), problems);
    bool priceOk = false;
    const double stored = storedPrice.toDouble(&priceOk);
    if (!assessment || !priceOk)
        return false;
    engine->quote(*assessment, quote);
    return std::abs(quote.price - stored) <= PriceTolerance;
}

// One stored quote to price again.
struct Row {
    QString id;
    QString inputJson;
    QString storedPrice;
    const scoring::QuoteEngine* engine = nullptr;
};

CheckOutcome recomputeBatch(const std::vector<Row>& rows, int sampleLimit) {
    scoring::Quote quote;
    CheckOutcome outcome;
    for (const Row& row : rows)
        outcome.count(!recomputes(row.engine, row.inputJson, row.storedPrice, quote), row.id,
                      sampleLimit);
    return outcome;
}

// Reading and validating each document costs dozens of times the quote itself, so rows are
// priced a batch at a time on as many threads as there are cores while the connection reads on.
// Batches are added up in the order the query gave them, so the outcome (and its first failing
// keys) is the one a single thread would give.
class ParallelRecompute {
public:
    explicit ParallelRecompute(int sampleLimit)
        : m_sampleLimit(sampleLimit)
        , m_threads(std::max(1U, std::thread::hardware_concurrency())) {}

    void add(Row row) {
        m_filling.push_back(std::move(row));
        if (m_filling.size() == BatchRows)
            submit();
    }

    CheckOutcome finish() {
        submit();
        while (!m_running.empty())
            addUpOldest();
        return m_total;
    }

private:
    static constexpr std::size_t BatchRows = 1000;

    // Waits for the oldest batch while every thread has one: the documents read ahead stay few.
    void submit() {
        if (m_filling.empty())
            return;
        if (m_running.size() >= m_threads)
            addUpOldest();
        m_running.push_back(
            std::async(std::launch::async, recomputeBatch, std::move(m_filling), m_sampleLimit));
        m_filling.clear();
    }

    void addUpOldest() {
        const CheckOutcome batch = m_running.front().get(); // rethrows what the batch threw
        m_running.pop_front();
        m_total.examined += batch.examined;
        m_total.failing += batch.failing;
        for (const QString& key : batch.sampleKeys)
            if (m_total.sampleKeys.size() < m_sampleLimit)
                m_total.sampleKeys << key;
    }

    const int m_sampleLimit;
    const std::size_t m_threads;
    std::vector<Row> m_filling;
    // A query that fails leaves these to finish pricing what they hold: futures from std::async
    // wait for their thread when they go.
    std::deque<std::future<CheckOutcome>> m_running;
    CheckOutcome m_total;
};

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
    ParallelRecompute recompute(context.sampleLimit);
    const QString rows =
        renderSql(u"SELECT a.id, a.input_json, l.catalog_version, l.rates_version, l.price "
                  "FROM assessments a JOIN ({latest_quotes}) l ON l.assessment_id = a.id"_s,
                  context.sql.dialect(), context.now);
    context.sql.query(rows, [&](const QStringList& c) {
        recompute.add({c.value(0), c.value(1), c.value(4), engines.engine(c.value(2), c.value(3))});
        return true;
    });
    return recompute.finish();
}

} // namespace treeops::quality

#include "quality/QuoteRecomputeRule.h"

#include "i18n/Translate.h"
#include "quality/ReferenceQueries.h"
#include "quality/RuleGroups.h"
#include "quality/SqlFragments.h"
#include "scoring/AssessmentJson.h"
#include "scoring/QuoteEngine.h"
#include "storage/StoreError.h"

#include <QCryptographicHash>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <future>
#include <thread>
#include <vector>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

constexpr double PriceTolerance = 0.01 + 1e-9; // a cent, whatever the binary rounding

// What a quote is priced with: the engine for its catalog and rates versions (none when the
// store does not have one of them), and the start of every digest of a quote priced with it.
struct Pricing {
    std::shared_ptr<const scoring::QuoteEngine> engine;
    QByteArray digestSeed;
};

// Every published catalog and rates version, read before the assessments stream (one
// connection reads one query at a time), and the pricing for each pair a quote names.
class PinnedEngines {
public:
    explicit PinnedEngines(storage::ReadOnlySql& sql) {
        for (const auto& [version, sha256] : versions(sql, u"catalog_versions"_s))
            if (auto data = readable([&] { return catalogVersion(sql, version); }))
                m_catalogs.insert(version,
                                  {std::make_shared<const scoring::Catalog>(*data), sha256});
        for (const auto& [version, sha256] : versions(sql, u"rates_versions"_s))
            if (auto data = readable([&] { return ratesVersion(sql, version); }))
                m_rates.insert(version, {std::make_shared<const scoring::Rates>(*data), sha256});
    }

    // Stays where it is while rows that point to it are priced on other threads.
    const Pricing* pricing(const QString& catalog, const QString& rates) {
        const QString key = catalog + u'\n' + rates;
        if (auto it = m_pricings.constFind(key); it != m_pricings.constEnd())
            return it->get();
        const auto c = m_catalogs.value(catalog);
        const auto r = m_rates.value(rates);
        Pricing p;
        if (c.data && r.data)
            p = {std::make_shared<const scoring::QuoteEngine>(c.data, r.data),
                 // Published versions are immutable, so a version's name and digest stand for
                 // its content; the build stands for the engine's arithmetic.
                 (u"" TREEOPS_VERSION "\n"_s + catalog + u'\n' + c.sha256 + u'\n' + rates + u'\n' +
                  r.sha256 + u'\n')
                     .toUtf8()};
        return m_pricings.insert(key, std::make_shared<const Pricing>(std::move(p)))->get();
    }

private:
    template <typename Data> struct Version {
        std::shared_ptr<const Data> data;
        QString sha256;
    };

    // A version whose content cannot be read prices nothing: its quotes count as failing.
    template <typename Read> static auto readable(Read read) -> decltype(read()) {
        try {
            return read();
        } catch (const storage::StoreError&) {
            return std::nullopt;
        }
    }

    static QList<std::pair<QString, QString>> versions(storage::ReadOnlySql& sql,
                                                       const QString& table) {
        QList<std::pair<QString, QString>> out;
        sql.query(u"SELECT version, sha256 FROM "_s + table, [&](const QStringList& columns) {
            out.append({columns.value(0), columns.value(1)});
            return true;
        });
        return out;
    }

    QHash<QString, Version<scoring::Catalog>> m_catalogs;
    QHash<QString, Version<scoring::Rates>> m_rates;
    QHash<QString, std::shared_ptr<const Pricing>> m_pricings;
};

// One stored quote to check, with the digest it was last verified under (if ever).
struct Row {
    QString id;
    QString inputJson;
    QString storedPrice;
    const Pricing* pricing = nullptr;
    std::optional<qint64> verifiedDigest;
};

qint64 digestOf(const Row& row, const QByteArray& document) {
    QCryptographicHash hash(QCryptographicHash::Blake2b_160);
    hash.addData(row.pricing->digestSeed);
    hash.addData(row.storedPrice.toUtf8());
    hash.addData("\n");
    hash.addData(document);
    qint64 digest = 0;
    std::memcpy(&digest, hash.resultView().data(), sizeof digest);
    return digest;
}

bool recomputes(const Row& row, const QByteArray& document, scoring::Quote& quote) {
    const scoring::QuoteEngine& engine = *row.pricing->engine;
    Problems problems;
    const scoring::AssessmentReader reader(engine.catalog(), engine.rates());
    const auto assessment = reader.read(document, QString(), problems);
    bool priceOk = false;
    const double stored = row.storedPrice.toDouble(&priceOk);
    if (!assessment || !priceOk)
        return false;
    engine.quote(*assessment, quote);
    return std::abs(quote.price - stored) <= PriceTolerance;
}

struct BatchOutcome {
    CheckOutcome outcome;
    VerifiedQuotes verified; // priced again in this batch and found right
};

BatchOutcome checkBatch(const std::vector<Row>& rows, int sampleLimit) {
    scoring::Quote quote;
    BatchOutcome batch;
    for (const Row& row : rows) {
        bool fails = true;
        if (row.pricing->engine) {
            const QByteArray document = row.inputJson.toUtf8();
            const qint64 digest = digestOf(row, document);
            const bool priced = digest != row.verifiedDigest;
            fails = priced && !recomputes(row, document, quote);
            if (priced && !fails)
                batch.verified.push_back({row.id, digest});
        }
        batch.outcome.count(fails, row.id, sampleLimit);
    }
    return batch;
}

// Reading and validating each document costs dozens of times the quote itself, so rows are
// checked a batch at a time on as many threads as there are cores while the connection reads
// on. Batches are added up in the order the query gave them, so the outcome (and its first
// failing keys) is the one a single thread would give.
class ParallelCheck {
public:
    explicit ParallelCheck(int sampleLimit)
        : m_sampleLimit(sampleLimit)
        , m_threads(std::max(1U, std::thread::hardware_concurrency())) {}

    void add(Row row) {
        m_filling.push_back(std::move(row));
        if (m_filling.size() == BatchRows)
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

    // Waits for the oldest batch while every thread has one: the documents read ahead stay few.
    void submit() {
        if (m_filling.empty())
            return;
        if (m_running.size() >= m_threads)
            addUpOldest();
        m_running.push_back(
            std::async(std::launch::async, checkBatch, std::move(m_filling), m_sampleLimit));
        m_filling.clear();
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
        m_total.verified.insert(m_total.verified.end(),
                                std::make_move_iterator(batch.verified.begin()),
                                std::make_move_iterator(batch.verified.end()));
    }

    const int m_sampleLimit;
    const std::size_t m_threads;
    std::vector<Row> m_filling;
    // A query that fails leaves these to finish what they hold: futures from std::async wait
    // for their thread when they go.
    std::deque<std::future<BatchOutcome>> m_running;
    BatchOutcome m_total;
};

std::optional<qint64> digestColumn(const QString& text) {
    bool ok = false;
    const qint64 digest = text.toLongLong(&ok);
    return ok ? std::optional(digest) : std::nullopt;
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
    const QString rows = renderSql(
        u"SELECT a.id, a.input_json, l.catalog_version, l.rates_version, l.price, v.digest "
        "FROM assessments a JOIN ({latest_quotes}) l ON l.assessment_id = a.id "
        "LEFT JOIN verified_quotes v ON v.assessment_id = a.id"_s,
        context.sql.dialect(), context.now);
    context.sql.query(rows, [&](const QStringList& c) {
        check.add({c.value(0), c.value(1), c.value(4), engines.pricing(c.value(2), c.value(3)),
                   digestColumn(c.value(5))});
        return true;
    });
    BatchOutcome total = check.finish();
    if (context.verified)
        context.verified->insert(context.verified->end(),
                                 std::make_move_iterator(total.verified.begin()),
                                 std::make_move_iterator(total.verified.end()));
    return total.outcome;
}

} // namespace treeops::quality

#include "quality/QuoteRecomputeRule.h"

#include "i18n/Translate.h"
#include "quality/ReferenceQueries.h"
#include "quality/RuleGroups.h"
#include "quality/SqlFragments.h"
#include "scoring/AssessmentJson.h"
#include "scoring/QuoteEngine.h"
#include "storage/StoreError.h"

#include <QHash>
#include <cmath>

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
    CheckOutcome outcome;
    scoring::Quote quote;
    const QString rows =
        renderSql(u"SELECT a.id, a.input_json, l.catalog_version, l.rates_version, l.price "
                  "FROM assessments a JOIN ({latest_quotes}) l ON l.assessment_id = a.id"_s,
                  context.sql.dialect(), context.now);
    context.sql.query(rows, [&](const QStringList& c) {
        const auto* engine = engines.engine(c.value(2), c.value(3));
        outcome.count(!recomputes(engine, c.value(1), c.value(4), quote), c.value(0),
                      context.sampleLimit);
        return true;
    });
    return outcome;
}

} // namespace treeops::quality

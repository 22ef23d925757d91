// Every built-in data-quality rule on seeded data in a real SQLite store: each one passes on
// good data and is shown to fail on the bad data it exists to catch. Each case works on its
// own copy of the seeded file, changed behind TreeOps' back with plain SQL.
#include "assessments/DemoSeeder.h"
#include "quality/BuiltInRules.h"
#include "quality/QualityRunner.h"
#include "quality/RuleGroups.h"
#include "quality/ScanRule.h"
#include "quality/SqlFragments.h"
#include "quality/SqlRule.h"
#include "storage/StoreFactory.h"
#include "storage/sqlite/SqliteDatabase.h"
#include "storage/sqlite/SqliteStore.h"
#include "support/ShippedData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace treeops;
using namespace treeops::quality;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(treeops::quality::RuleStatus)

namespace {

constexpr int Seeded = 120;

// Publishes a changed copy of the active catalog or rates ("content" → `contentExpr`) as the
// active version: what a faulty import would leave behind.
QString replaceActive(const QString& table, const QString& contentExpr) {
    return u"INSERT INTO %1 (version, published_at, active, sha256, content) "
           "SELECT 'broken', published_at, 0, sha256, %2 FROM %1 WHERE active = 1; "
           "UPDATE %1 SET active = 0; UPDATE %1 SET active = 1 WHERE version = 'broken';"_s.arg(
               table, contentExpr);
}

QString catalog(const QString& contentExpr) {
    return replaceActive(u"catalog_versions"_s, contentExpr);
}

QString rates(const QString& contentExpr) {
    return replaceActive(u"rates_versions"_s, contentExpr);
}

const QString FirstAssessment = u"(SELECT min(id) FROM assessments)"_s;

// Assessments spread evenly over the 15 days before "now", so that yesterday is ordinary.
const QString EvenDays =
    u"UPDATE assessments SET created_at = strftime('%Y-%m-%dT10:00:00.000Z', 'now', "
    "'-' || (1 + rowid % 15) || ' days'), updated_at = strftime('%Y-%m-%dT10:00:00.000Z', "
    "'now', '-' || (1 + rowid % 15) || ' days');"_s;

} // namespace

class QualityRulesTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_seeded;

    QString freshCopy(const QString& name) {
        const QString path = m_dir.filePath(name + u".db"_s);
        QFile::remove(path);
        if (!QFile::copy(m_seeded, path))
            qFatal("cannot copy the seeded store");
        return path;
    }

    static RuleResult runOne(const QString& path, const QString& ruleId, int nowOffsetDays = 0) {
        auto sql = storage::openReadOnlySql(u"sqlite://"_s + path);
        QualityRunner runner(*sql);
        const RunOptions options{QDateTime::currentDateTimeUtc().addDays(nowOffsetDays), 10, {}};
        const RunRecord run = runner.run(selectRules(builtInRules(), {ruleId}), options);
        if (run.results.size() != 1)
            qFatal("one rule, one result");
        return run.results.first();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_seeded = m_dir.filePath(u"seeded.db"_s);
        storage::SqliteStore store(m_seeded);
        test::publishFairWageRates(store); // the good data pays apprentices fairly
        QCOMPARE(assessments::DemoSeeder(store, 7).seed(Seeded), Seeded);
    }

    void everyRuleHasAnId() {
        const RuleList rules = builtInRules();
        QVERIFY(rules.size() >= 24);
        QSet<QString> ids;
        for (const auto& rule : rules) {
            QVERIFY(!rule->definition().name.isEmpty());
            QVERIFY(!rule->definition().description.isEmpty());
            ids.insert(rule->definition().id);
        }
        QCOMPARE(ids.size(), qsizetype(rules.size()));
    }

    // Rules checked row by row in another check's query count what each examines and fails,
    // and keep the failing keys that come first in byte order, however the rows came.
    void rulesCheckedRowByRowKeepTheirFirstKeysInOrder() {
        const SharedRows rows{u"assessments"_s, u"assessments a"_s};
        const ScanRule blank(defineRule(u"t.blank"_s, u"Blank"_s, u"Blank"_s,
                                        Dimension::Completeness, Severity::Low, u"assessments"_s),
                             rows, u"a.id"_s, u"1 = 1"_s, u"a.address = ''"_s);
        const ScanRule late(defineRule(u"t.late"_s, u"Late"_s, u"Late"_s, Dimension::Consistency,
                                       Severity::Low, u"assessments"_s),
                            rows, u"a.id"_s, u"a.status <> 'draft'"_s, u"a.late"_s);
        const std::vector<const ScanRule*> rules{&blank, &late};
        ScanTally tally(rules, 2);
        QCOMPARE(tally.columns().size(), 2);
        QVERIFY(tally.columns().front().contains(u"a.address = ''"_s));
        const QByteArrayView notExamined;
        const QList<QList<QByteArrayView>> read{
            {"ignored", "fA-3", "p"}, {"ignored", "fA-1", notExamined},
            {"ignored", "p", "fA-9"}, {"ignored", "fA-4", notExamined},
            {"ignored", "fA-2", "p"}, {"ignored", "p", notExamined}};
        for (const QList<QByteArrayView>& row : read)
            tally.add(row, 1);
        const std::vector<CheckOutcome> outcomes = tally.outcomes();
        QCOMPARE(outcomes[0].examined, 6);
        QCOMPARE(outcomes[0].failing, 4);
        QCOMPARE(outcomes[0].sampleKeys, (QStringList{u"A-1"_s, u"A-2"_s}));
        QCOMPARE(outcomes[1].examined, 3);
        QCOMPARE(outcomes[1].failing, 1);
        QCOMPARE(outcomes[1].sampleKeys, QStringList{u"A-9"_s});
    }

    // The duplicate check reads one index in its order: no pass over the table and its
    // documents, no sort.
    void duplicatesAreFoundFromAnIndex() {
        const auto rules = selectRules(builtInRules(), {u"assessments.duplicates"_s});
        const auto* rule = dynamic_cast<const SqlRule*>(rules.front().get());
        QVERIFY(rule);
        storage::SqliteDatabase db(freshCopy(u"plan"_s));
        auto plan =
            db.prepare(u"EXPLAIN QUERY PLAN "_s +
                       renderSql(rule->sqlCheck(storage::SqlDialect::Sqlite).rows(),
                                 storage::SqlDialect::Sqlite, QDateTime::currentDateTimeUtc()));
        QStringList steps;
        while (plan.step())
            steps << plan.text(3);
        QVERIFY2(steps.contains(u"SCAN a USING INDEX assessments_duplicates"_s),
                 qPrintable(steps.join(u"; ")));
        QVERIFY2(!steps.join(u' ').contains(u"TEMP B-TREE"_s), qPrintable(steps.join(u"; ")));
    }

    void passesOnGoodData_data() {
        QTest::addColumn<QString>("rule");
        for (const auto& rule : builtInRules())
            if (rule->definition().id != u"volume.daily_assessments"_s)
                QTest::newRow(qPrintable(rule->definition().id)) << rule->definition().id;
    }
    void passesOnGoodData() {
        QFETCH(QString, rule);
        const RuleResult result = runOne(freshCopy(u"good"_s), rule);
        QVERIFY2(result.status == RuleStatus::Pass,
                 qPrintable(statusKey(result.status) + u' ' + result.message + u' ' +
                            result.outcome.sampleKeys.join(u',')));
        QVERIFY(result.outcome.examined > 0);
        QCOMPARE(result.outcome.failing, 0);
    }

    void failsOnBadData_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<int>("nowOffsetDays");
        QTest::addColumn<RuleStatus>("expected");
        QTest::addColumn<QString>("sample"); // a failing key, or empty for "the first assessment"

        const auto row = [](const char* name, const QString& rule, const QString& breakage,
                            const QString& sample, RuleStatus expected = RuleStatus::Fail,
                            int nowOffsetDays = 0) {
            QTest::newRow(name) << rule << breakage << nowOffsetDays << expected << sample;
        };
        QString removeEleven = u"content"_s;
        for (int i = 0; i < 11; ++i)
            removeEleven = u"json_remove(%1, '$.factors[0]')"_s.arg(removeEleven);
        row("339 factors", u"catalog.active_factors"_s, catalog(removeEleven), u"broken"_s);
        row("empty domain", u"catalog.domain_factors"_s,
            catalog(
                u"json_insert(content, '$.domains[#]', json('{\"domain\":\"storm\",\"weight\":0}'))"_s),
            u"storm"_s);
        row("weights 1.3", u"catalog.weights_sum"_s,
            catalog(u"json_set(content, '$.domains[0].weight', 0.5)"_s), u"broken"_s);
        row("150 %", u"catalog.percent_range"_s,
            catalog(u"json_set(content, '$.factors[0].base_pct', 150)"_s), u"AF_ACCESS_001"_s);
        row("not a number", u"catalog.percent_range"_s,
            catalog(u"json_set(content, '$.factors[0].modifiers[0].pct', 'ten')"_s),
            u"AF_ACCESS_001.1"_s);
        row("code twice", u"catalog.unique_codes"_s,
            catalog(u"json_set(content, '$.factors[1].code', 'AF_ACCESS_001')"_s),
            u"AF_ACCESS_001"_s);
        row("modifier of another factor", u"catalog.modifier_factors"_s,
            catalog(u"json_set(content, '$.factors[0].modifiers[0].code', 'AF_SITE_001.9')"_s),
            u"AF_SITE_001.9"_s);
        row("modifier of a retired factor", u"catalog.modifier_factors"_s,
            catalog(u"json_set(content, '$.factors[0].active', json('false'))"_s),
            u"AF_ACCESS_001.1"_s);
        row("interaction with no factor", u"catalog.interaction_factors"_s,
            catalog(u"json_set(content, '$.interactions[0].a', 'AF_ACCESS_999')"_s),
            u"AF_ACCESS_999 + "_s);
        row("gap between bands", u"catalog.band_coverage"_s,
            catalog(u"json_set(content, '$.bands[1].from', 9)"_s), u"low"_s);
        row("machine at $4,000 an hour", u"rates.equipment_hourly"_s,
            rates(u"json_set(content, '$.equipment[0].purchase_price', 5000000, "
                  "'$.equipment[0].life_hours', 1000)"_s),
            u"skid_steer_mulcher"_s);
        row("apprentice under California's minimum", u"rates.minimum_wage"_s,
            rates(u"json_set(content, '$.positions[5].hourly_wage', 15)"_s), u"CA apprentice"_s);
        row("low above high", u"rates.service_ranges"_s,
            rates(u"json_set(content, '$.services.removal.low', 400)"_s), u"removal"_s);
        row("state without rates", u"rates.assessment_states"_s,
            u"UPDATE assessments SET state = 'ZZ' WHERE id = %1"_s.arg(FirstAssessment), u"ZZ"_s);
        row("no address", u"assessments.required_fields"_s,
            u"UPDATE assessments SET address = ' ' WHERE id = %1"_s.arg(FirstAssessment), {},
            RuleStatus::Warn); // one in 120 is under the 1 % that fails
        row("a tenth without an address", u"assessments.required_fields"_s,
            u"UPDATE assessments SET address = '' WHERE rowid % 10 = 0"_s, u"A-"_s);
        row("no customer name", u"assessments.required_fields"_s,
            u"INSERT INTO customers (name) VALUES (' '); UPDATE assessments SET customer_id = "
            "last_insert_rowid() WHERE id = %1"_s.arg(FirstAssessment),
            {}, RuleStatus::Warn);
        row("customer not on record", u"assessments.customer_on_record"_s,
            u"UPDATE assessments SET customer_id = -1 WHERE id = %1"_s.arg(FirstAssessment), {});
        row("DBH 150 in", u"assessments.tree_measurements"_s,
            u"UPDATE assessments SET input_json = json_set(input_json, '$.trees[0]', "
            "json('{\"service\":\"removal\",\"height_ft\":60,\"canopy_radius_ft\":15,"
            "\"dbh_in\":150}')) WHERE id = %1"_s.arg(FirstAssessment),
            {}, RuleStatus::Warn);
        row("unknown factor", u"assessments.factor_codes"_s,
            u"UPDATE assessments SET input_json = json_set(input_json, '$.factors', "
            "json('[{\"code\":\"AF_ACCESS_999\"}]')) WHERE id = %1"_s.arg(FirstAssessment),
            {});
        // The first two assessments select the same factor, and only the first fails: its quote
        // is pinned to a catalog where that factor is retired, or to one never published, or it
        // has no quote while no catalog is active.
        const QString selectFirstFactor =
            u"UPDATE assessments SET input_json = json_set(input_json, '$.factors', "
            "json('[{\"code\":\"AF_ACCESS_001\"}]')) WHERE id IN (SELECT id FROM assessments "
            "ORDER BY id LIMIT 2);"_s;
        row("factor retired in the pinned catalog", u"assessments.factor_codes"_s,
            selectFirstFactor +
                u"INSERT INTO catalog_versions (version, published_at, active, sha256, content) "
                "SELECT 'retired', published_at, 0, sha256, json_set(content, "
                "'$.factors[0].active', json('false')) FROM catalog_versions WHERE active = 1; "
                "UPDATE quotes SET catalog_version = 'retired' WHERE assessment_id = %1"_s.arg(
                    FirstAssessment),
            {});
        row("quote of a catalog never published", u"assessments.factor_codes"_s,
            selectFirstFactor + u"UPDATE quotes SET catalog_version = 'never-published' "
                                "WHERE assessment_id = %1"_s.arg(FirstAssessment),
            {});
        row("no quote and no active catalog", u"assessments.factor_codes"_s,
            selectFirstFactor +
                u"UPDATE catalog_versions SET active = 0; "
                "DELETE FROM quotes WHERE assessment_id = %1"_s.arg(FirstAssessment),
            {});
        row("price changed by $5", u"assessments.quote_recomputes"_s,
            u"UPDATE quotes SET price = price + 5 WHERE assessment_id = %1"_s.arg(FirstAssessment),
            {});
        row("tree changed after quoting", u"assessments.quote_recomputes"_s,
            u"UPDATE assessments SET input_json = json_set(input_json, '$.travel_hours', 9) "
            "WHERE id = %1"_s.arg(FirstAssessment),
            {});
        row("free quote", u"assessments.price_positive"_s,
            u"UPDATE quotes SET price = 0 WHERE assessment_id = %1"_s.arg(FirstAssessment), {});
        row("quoted without a quote", u"assessments.status_valid"_s,
            u"UPDATE assessments SET status = 'accepted' WHERE id = %1; DELETE FROM quotes "
            "WHERE assessment_id = %1"_s.arg(FirstAssessment),
            {});
        row("same customer, address and day", u"assessments.duplicates"_s,
            u"INSERT INTO assessments (id, customer_id, address, state, services, tree_count, "
            "status, created_at, updated_at, row_version, composite, band, price, input_json) "
            "SELECT 'zz-copy', customer_id, upper(address), state, services, tree_count, status, "
            "created_at, updated_at, row_version, composite, band, price, input_json "
            "FROM assessments WHERE id = %1"_s.arg(FirstAssessment),
            {});
        row("quote of an unpublished catalog", u"quotes.pinned_versions"_s,
            u"UPDATE quotes SET catalog_version = 'never-published' WHERE id = 1"_s, u"1"_s);
        row("list price differs", u"assessments.summary_matches_quote"_s,
            u"UPDATE assessments SET price = price + 1 WHERE id = %1"_s.arg(FirstAssessment), {});
        row("updated before created", u"assessments.dates_in_order"_s,
            u"UPDATE assessments SET updated_at = '2000-01-01T00:00:00.000Z' WHERE id = %1"_s.arg(
                FirstAssessment),
            {});
        row("rates 8 days old", u"timeliness.rates"_s, {}, u"fair-wages"_s, RuleStatus::Fail, 8);
        row("catalog 31 days old", u"timeliness.catalog"_s, {}, {}, RuleStatus::Fail, 31);
        row("ordinary day", u"volume.daily_assessments"_s, EvenDays, {}, RuleStatus::Pass);
        row("import ran twice", u"volume.daily_assessments"_s,
            EvenDays + u"UPDATE assessments SET created_at = strftime('%Y-%m-%dT11:00:00.000Z', "
                       "'now', '-1 days') WHERE rowid % 3 = 0;"_s,
            u"yesterday"_s);
        row("no assessments lately", u"volume.daily_assessments"_s,
            u"UPDATE assessments SET created_at = '2020-01-01T00:00:00.000Z'"_s, {},
            RuleStatus::NotApplicable);
        row("column dropped", u"schema.expected_columns"_s,
            u"ALTER TABLE assessments DROP COLUMN band"_s, u"assessments.band"_s);
    }
    void failsOnBadData() {
        QFETCH(QString, rule);
        QFETCH(QString, breakage);
        QFETCH(int, nowOffsetDays);
        QFETCH(RuleStatus, expected);
        QFETCH(QString, sample);
        const QString path = freshCopy(u"bad"_s);
        QString firstId;
        {
            storage::SqliteDatabase db(path);
            auto first = db.prepare(u"SELECT min(id) FROM assessments"_s);
            QVERIFY(first.step());
            firstId = first.text(0);
            if (!breakage.isEmpty())
                db.execute(breakage);
        }
        const RuleResult result = runOne(path, rule, nowOffsetDays);
        QVERIFY2(result.status == expected,
                 qPrintable(statusKey(result.status) + u' ' + result.message));
        if (expected != RuleStatus::Fail && expected != RuleStatus::Warn)
            return;
        QVERIFY(result.outcome.failing >= 1);
        if (sample == u"yesterday"_s)
            sample = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        if (sample.isEmpty() && rule.startsWith(u"assessments."_s))
            sample = firstId;
        if (!sample.isEmpty())
            QVERIFY2(std::any_of(result.outcome.sampleKeys.begin(), result.outcome.sampleKeys.end(),
                                 [&](const QString& key) { return key.startsWith(sample); }),
                     qPrintable(result.outcome.sampleKeys.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(QualityRulesTest)
#include "tst_quality_rules.moc"

// Data-quality runs on both backends, each a real store: the built-in rules on seeded data
// (pushed down as SQL in each dialect), bad data caught on PostgreSQL too, custom SQL kept
// read-only and on a timeout, runs and custom rules kept with their history, the quotes a run
// verified remembered until they change; and the score.
#include "assessments/AssessmentService.h"
#include "assessments/DemoData.h"
#include "assessments/DemoSeeder.h"
#include "quality/BuiltInRules.h"
#include "quality/CustomRules.h"
#include "quality/QualityJson.h"
#include "quality/QualityRunner.h"
#include "quality/SqlFragments.h"
#include "quality/SqlRule.h"
#include "storage/QualityHistory.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"
#include "support/ShippedData.h"
#include "support/TestServers.h"
#include "support/WriteOutside.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <pqxx/pqxx>

using namespace treeops;
using namespace treeops::quality;
using namespace Qt::StringLiterals;
using treeops::test::TestServers;
using treeops::test::writeOutside;

namespace {

std::string str(const QString& text) {
    return text.toStdString();
}

RuleResult resultWith(RuleStatus status, Dimension dimension = Dimension::Validity) {
    RuleResult r;
    r.status = status;
    r.rule.dimension = dimension;
    r.rule.dataset = u"assessments"_s;
    return r;
}

RuleDefinition customDefinition(const QString& id) {
    RuleDefinition d;
    d.id = id;
    d.name = id;
    d.custom = true;
    d.dataset = u"assessments"_s;
    return d;
}

} // namespace

class QualityRunsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A new, empty store of the backend under test, named after the test function.
    QString freshStoreUrl(const QString& backend) {
        const QString name = u"q_"_s + QString::fromLatin1(QTest::currentTestFunction()).toLower();
        if (backend == u"sqlite"_s) {
            const QString path = m_dir.filePath(name + u".db"_s);
            QFile::remove(path);
            return u"sqlite://"_s + path;
        }
        const QString server = TestServers::instance().postgresUrl();
        pqxx::connection admin(str(server));
        pqxx::nontransaction tx(admin);
        tx.exec("DROP DATABASE IF EXISTS " + str(name) + " WITH (FORCE)");
        tx.exec("CREATE DATABASE " + str(name));
        return server.left(server.lastIndexOf(u'/') + 1) + name;
    }

    // Reference data with fair wages, and `count` demo assessments.
    static void seed(const QString& url, int count) {
        auto store = storage::openStore(url);
        test::publishFairWageRates(*store);
        assessments::DemoSeeder(*store, 3).seed(count);
    }

    static RuleResult runOne(const QString& url, const RulePtr& rule, int timeoutMs = 30'000) {
        auto sql = storage::openReadOnlySql(url, timeoutMs);
        QualityRunner runner(*sql);
        return runner.run({rule}, {}).results.value(0);
    }

    static void backends() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgres") << u"postgres"_s;
    }

    // "id|position|service|height_ft" of every tree, and "id|position|code" of every factor,
    // as the database keeps them.
    static QStringList keptFacts(const QString& url) {
        QStringList rows;
        auto sql = storage::openReadOnlySql(url);
        sql->query(u"SELECT assessment_id, position, service, height_ft FROM assessment_trees"_s,
                   [&](const QStringList& c) {
                       const QString height =
                           c[3].isEmpty() ? QString() : QString::number(c[3].toDouble());
                       rows << QStringList{c[0], c[1], c[2], height}.join(u'|');
                       return true;
                   });
        sql->query(u"SELECT assessment_id, position, code FROM assessment_factors"_s,
                   [&](const QStringList& c) {
                       rows << c.join(u'|');
                       return true;
                   });
        rows.sort();
        return rows;
    }

    // The same, read from the stored documents here.
    static QStringList factsOfDocuments(const QString& url) {
        QStringList rows;
        auto sql = storage::openReadOnlySql(url);
        sql->query(u"SELECT id, input_json FROM assessments"_s, [&](const QStringList& c) {
            const QJsonObject doc = QJsonDocument::fromJson(c[1].toUtf8()).object();
            const QJsonArray trees = doc[u"trees"_s].toArray();
            for (qsizetype i = 0; i < trees.size(); ++i) {
                const QJsonObject tree = trees[i].toObject();
                const QString height = tree[u"height_ft"_s].isDouble()
                                           ? QString::number(tree[u"height_ft"_s].toDouble())
                                           : QString();
                rows << QStringList{c[0], QString::number(i), tree[u"service"_s].toString(), height}
                            .join(u'|');
            }
            const QJsonArray factors = doc[u"factors"_s].toArray();
            for (qsizetype i = 0; i < factors.size(); ++i)
                rows << QStringList{c[0], QString::number(i),
                                    factors[i].toObject()[u"code"_s].toString()}
                            .join(u'|');
            return true;
        });
        rows.sort();
        return rows;
    }

    struct QuoteCheck {
        RuleResult result;
        QStringList verified; // the assessments whose quotes were priced again and found right
    };

    // One run of the quote recompute rule, kept as the console keeps it.
    static QuoteCheck checkQuotesAndKeep(storage::ReadOnlySql& sql,
                                         storage::QualityHistory& history) {
        QualityRunner runner(sql);
        const RunRecord run =
            runner.run(selectRules(builtInRules(), {u"assessments.quote_recomputes"_s}), {});
        history.saveRun(run, runner.verifiedQuotes());
        QuoteCheck check{run.results.value(0), {}};
        for (const VerifiedQuote& quote : runner.verifiedQuotes().quotes)
            check.verified << QString::fromUtf8(quote.assessmentId);
        check.verified.sort();
        return check;
    }

    // Verified quotes as a list alone, with nothing said of what the check read.
    static VerifiedQuotes listed(std::vector<VerifiedQuote> quotes) {
        VerifiedQuotes verified;
        verified.quotes = std::move(quotes);
        return verified;
    }

    static QStringList column(storage::ReadOnlySql& sql, const QString& query) {
        QStringList values;
        sql.query(query, [&](const QStringList& c) {
            values << c[0];
            return true;
        });
        return values;
    }

    // The assessments whose revision the store says this build verified.
    static QStringList verifiedIds(storage::ReadOnlySql& sql,
                                   const QString& order = u"assessment_id"_s) {
        return column(sql, u"SELECT assessment_id FROM quote_revisions r WHERE %1 IS TRUE "
                           "ORDER BY %2"_s.arg(verifiedRevisionTest(sql.dialect()), order));
    }

    static int verifiedCount(storage::ReadOnlySql& sql) { return int(verifiedIds(sql).size()); }

    // This build's verification of some revisions forgotten, as if an earlier build had
    // verified them last: whether marked one by one or kept as a run's snapshot.
    static void verifiedByAnEarlierBuild(const QString& url, const QString& backend,
                                         const QString& where) {
        const QString leftOut = backend == u"postgres"_s
                                    ? u", left_unverified_by = (SELECT max(id) FROM "
                                      "quote_verifications)"_s
                                    : QString();
        writeOutside(url, u"UPDATE quote_revisions SET verified_engine = 'an earlier build', "
                          "verified_revision = revision%1 WHERE %2"_s.arg(leftOut, where));
    }

    // The columns a copy of a stored quote takes (PostgreSQL numbers quotes itself).
    static QString quoteColumns(const QString& backend) {
        return (backend == u"postgres"_s ? u"assessment_created_at, "_s : QString()) +
               u"assessment_id, catalog_version, rates_version, created_at, composite, band, "
               "price, total_cost, billable_hours, quote_json"_s;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        TestServers::instance();
    }

    void scoreCountsPassesAndHalfTheWarnings() {
        const QList<RuleResult> results{
            resultWith(RuleStatus::Pass),  resultWith(RuleStatus::Pass),
            resultWith(RuleStatus::Warn),  resultWith(RuleStatus::Fail, Dimension::Timeliness),
            resultWith(RuleStatus::Error), resultWith(RuleStatus::NotApplicable)};
        const RunScore score = scoreRun(results);
        // (2 + 0.5 × 1) / 4 × 100: the error and the not-applicable rule are not in it.
        QCOMPARE(*score.overall.score(), 62.5);
        QCOMPARE(score.overall.evaluated(), 4);
        QCOMPARE(score.overall.count(RuleStatus::Error), 1);
        QCOMPARE(score.overall.count(RuleStatus::NotApplicable), 1);
        QCOMPARE(*score.byDimension[Dimension::Validity].score(), 2.5 / 3 * 100);
        QCOMPARE(*score.byDimension[Dimension::Timeliness].score(), 0.0);
        QCOMPARE(*score.byDataset[u"assessments"_s].score(), 62.5);
        QVERIFY(!scoreRun({resultWith(RuleStatus::Error)}).overall.score());
    }

    void thresholdsCountRowsOrShares() {
        RuleDefinition rule;
        rule.warn = *Threshold::parse(u"0"_s);
        rule.fail = *Threshold::parse(u"2.5%"_s);
        QCOMPARE(judge(rule, {100, 0, {}}), RuleStatus::Pass);
        QCOMPARE(judge(rule, {100, 2, {}}), RuleStatus::Warn);
        QCOMPARE(judge(rule, {100, 3, {}}), RuleStatus::Fail);
        QCOMPARE(judge(rule, {0, 0, {}}), RuleStatus::NotApplicable);
        QCOMPARE(rule.fail.text(), u"2.5%"_s);
        QVERIFY(!Threshold::parse(u"-1"_s));
        QVERIFY(!Threshold::parse(u"101%"_s));
        QVERIFY(!Threshold::parse(u"some"_s));
    }

    void builtInRulesPassOnSeededData_data() { backends(); }
    void builtInRulesPassOnSeededData() {
        QFETCH(QString, backend);
        const QString url = freshStoreUrl(backend);
        seed(url, 80);
        auto sql = storage::openReadOnlySql(url);
        QualityRunner runner(*sql);
        QList<int> progress;
        const RunRecord run =
            runner.run(builtInRules(), {}, [&](int done, int, const auto&) { progress << done; });
        QCOMPARE(run.results.size(), qsizetype(builtInRules().size()));
        QCOMPARE(progress.size(), run.results.size());
        for (const RuleResult& r : run.results) {
            // Demo data does not arrive evenly by day: the volume rule may say anything but
            // that it could not run.
            if (r.rule.id == u"volume.daily_assessments"_s)
                QVERIFY2(r.status != RuleStatus::Error, qPrintable(r.message));
            else
                QVERIFY2(r.status == RuleStatus::Pass,
                         qPrintable(r.rule.id + u": "_s + statusKey(r.status) + u' ' + r.message));
        }
    }

    // Rules checked side by side on three connections find what one connection finds, and the
    // run gives them in the order asked for, with the quotes every connection verified.
    void rulesSideBySideFindWhatOneConnectionFinds_data() { backends(); }
    void rulesSideBySideFindWhatOneConnectionFinds() {
        QFETCH(QString, backend);
        const QString url = freshStoreUrl(backend);
        seed(url, 30);
        writeOutside(url, u"UPDATE quotes SET price = price + 5 WHERE assessment_id = "
                          "(SELECT min(id) FROM assessments)"_s);
        const RuleList rules = builtInRules();
        QualityRunner alone(url, storage::DefaultStatementTimeoutMs, 1);
        const RunRecord one = alone.run(rules, {});
        QualityRunner together(url, storage::DefaultStatementTimeoutMs, 3);
        QList<int> started;
        const RunRecord three =
            together.run(rules, {}, [&](int before, int, const auto&) { started << before; });
        std::sort(started.begin(), started.end());
        QCOMPARE(started.size(), qsizetype(rules.size()));
        QCOMPARE(started.back(), int(rules.size()) - 1);
        QCOMPARE(three.results.size(), qsizetype(rules.size()));
        for (qsizetype i = 0; i < three.results.size(); ++i) {
            const RuleResult& a = one.results.at(i);
            const RuleResult& b = three.results.at(i);
            QCOMPARE(b.rule.id, rules.at(std::size_t(i))->definition().id);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.outcome.examined, a.outcome.examined);
            QCOMPARE(b.outcome.failing, a.outcome.failing);
            QCOMPARE(b.outcome.sampleKeys, a.outcome.sampleKeys);
        }
        const auto quoteCheck =
            std::find_if(three.results.begin(), three.results.end(),
                         [](auto& r) { return r.rule.id == u"assessments.quote_recomputes"_s; });
        QCOMPARE(quoteCheck->status, RuleStatus::Fail);
        QCOMPARE(together.verifiedQuotes().quotes.size(), alone.verifiedQuotes().quotes.size());
        QCOMPARE(qsizetype(together.verifiedQuotes().quotes.size()),
                 quoteCheck->outcome.examined - 1);
        QCOMPARE(together.verifiedQuotes().notVerified.size(), std::size_t(1));
    }

    // The rules over every assessment with its latest quote are checked in one pass, started
    // together, and find there what each finds alone, their first failing keys in order. On
    // PostgreSQL a run that prices most quotes checks them in the quote check's own query, which
    // reads those rows anyway: they start with the quote check, and the verifications of that
    // run are kept as those of the quote check alone would be.
    void rulesOverTheSameRowsFindInOnePassWhatEachFindsAlone_data() { backends(); }
    void rulesOverTheSameRowsFindInOnePassWhatEachFindsAlone() {
        QFETCH(QString, backend);
        const QString url = freshStoreUrl(backend);
        seed(url, 20);
        const auto sql = storage::openReadOnlySql(url);
        const QStringList ids = column(*sql, u"SELECT id FROM assessments ORDER BY id"_s);
        writeOutside(url, u"UPDATE assessments SET address = ' ' WHERE id IN ('%1', '%2')"_s.arg(
                              ids[0], ids[3]));
        writeOutside(url,
                     u"UPDATE assessments SET price = price + 1 WHERE id = '%1'"_s.arg(ids[1]));
        writeOutside(url,
                     u"UPDATE assessments SET status = 'accepted' WHERE id = '%1'"_s.arg(ids[2]));
        writeOutside(url, u"DELETE FROM quotes WHERE assessment_id = '%1'"_s.arg(ids[2]));
        writeOutside(url, u"UPDATE quotes SET price = 0 WHERE assessment_id = '%1'"_s.arg(ids[4]));

        const RuleList rules = builtInRules();
        QStringList started;
        QualityRunner runner(*sql);
        const RunRecord run = runner.run(
            rules, {}, [&](int, int, const RuleDefinition& next) { started << next.id; });
        const QStringList together{u"assessments.required_fields"_s,
                                   u"assessments.price_positive"_s, u"assessments.status_valid"_s,
                                   u"assessments.summary_matches_quote"_s,
                                   u"assessments.dates_in_order"_s};
        const QString quotes = u"assessments.quote_recomputes"_s;
        const qsizetype first = started.indexOf(together.front());
        QCOMPARE(started.mid(first, together.size()), together);
        if (backend == u"postgres"_s)
            QCOMPARE(started.mid(0, 1 + together.size()), QStringList{quotes} + together);

        const QHash<QString, QStringList> caught{{together[0], {ids[0], ids[3]}},
                                                 {together[1], {ids[4]}},
                                                 {together[2], {ids[2]}},
                                                 {together[3], {ids[1], ids[4]}},
                                                 {quotes, {ids[4]}}};
        for (const RuleResult& inRun : run.results) {
            if (!together.contains(inRun.rule.id) && inRun.rule.id != quotes)
                continue;
            const RuleResult alone =
                runOne(url, *std::find_if(rules.begin(), rules.end(), [&](auto& r) {
                           return r->definition().id == inRun.rule.id;
                       }));
            QCOMPARE(inRun.status, alone.status);
            QCOMPARE(inRun.outcome.examined, alone.outcome.examined);
            QCOMPARE(inRun.outcome.failing, alone.outcome.failing);
            QCOMPARE(inRun.outcome.sampleKeys, alone.outcome.sampleKeys);
            QCOMPARE(inRun.outcome.sampleKeys, caught.value(inRun.rule.id));
        }

        RunOptions oneKey;
        oneKey.sampleLimit = 1;
        const RunRecord fewer = runner.run(rules, oneKey);
        const auto required = std::find_if(fewer.results.begin(), fewer.results.end(),
                                           [&](auto& r) { return r.rule.id == together[0]; });
        QCOMPARE(required->outcome.failing, 2);
        QCOMPARE(required->outcome.sampleKeys, QStringList{ids[0]});

        storage::openQualityHistory(url)->saveRun(fewer, runner.verifiedQuotes());
        QStringList quoted = ids;
        quoted.removeAt(4);
        quoted.removeAt(2);
        QCOMPARE(verifiedIds(*sql), quoted);
    }

    // The rules that took longest the last time start first, a pass with the time of its
    // first rule; the others follow in their order, and results stay in the order asked for.
    // Before them all starts the quote check, whose time depends on the runs before. The store
    // gives each rule's time in its newest run.
    void theLongestRulesStartFirst() {
        const QString url = freshStoreUrl(u"sqlite"_s);
        seed(url, 10);
        auto sql = storage::openReadOnlySql(url);
        const auto history = storage::openQualityHistory(url);
        QCOMPARE(storage::lastRuleDurations(*history), (QHash<QString, qint64>()));
        const RuleList rules = builtInRules();
        RunOptions options;
        options.lastDurationsMs = {{u"assessments.duplicates"_s, 900},
                                   {u"assessments.required_fields"_s, 500},
                                   {u"catalog.weights_sum"_s, 200},
                                   {u"assessments.quote_recomputes"_s, 100}};
        QStringList started;
        QualityRunner runner(*sql);
        const RunRecord run = runner.run(
            rules, options, [&](int, int, const RuleDefinition& next) { started << next.id; });
        const QStringList first{
            u"assessments.quote_recomputes"_s, u"assessments.duplicates"_s,
            u"assessments.required_fields"_s,  u"assessments.price_positive"_s,
            u"assessments.status_valid"_s,     u"assessments.summary_matches_quote"_s,
            u"assessments.dates_in_order"_s,   u"catalog.weights_sum"_s};
        QCOMPARE(started.mid(0, first.size()), first);
        QStringList inOrder;
        for (const RulePtr& rule : rules)
            inOrder << rule->definition().id;
        QStringList rest = inOrder;
        for (const QString& id : first)
            rest.removeOne(id);
        QCOMPARE(started.mid(first.size()), rest);
        QStringList results;
        for (const RuleResult& result : run.results)
            results << result.rule.id;
        QCOMPARE(results, inOrder);

        history->saveRun(run, runner.verifiedQuotes());
        const QHash<QString, qint64> kept = storage::lastRuleDurations(*history);
        QCOMPARE(kept, ruleDurations(run));
        QCOMPARE(kept.size(), qsizetype(rules.size()));
    }

    // Cancelled while others run, a run keeps the rules it finished, in their order, and starts
    // no other.
    void aCancelledRunKeepsTheRulesItFinished() {
        const QString url = freshStoreUrl(u"sqlite"_s);
        seed(url, 30);
        const RuleList rules = builtInRules();
        const int cancelAt = 6;
        std::atomic_bool cancel = false;
        QStringList started; // told one rule at a time, from the connection that takes it
        QualityRunner runner(url, storage::DefaultStatementTimeoutMs, 2);
        const RunRecord run = runner.run(
            rules, {},
            [&](int before, int, const RuleDefinition& next) {
                started << next.id;
                if (before == cancelAt)
                    cancel = true;
            },
            [&] { return cancel.load(); });
        QVERIFY(runner.wasCancelled());
        QVERIFY(run.results.size() <= cancelAt);
        QStringList inOrder;
        for (const RulePtr& rule : rules)
            inOrder << rule->definition().id;
        qsizetype previous = -1;
        for (const RuleResult& result : run.results) {
            const qsizetype startedAs = started.indexOf(result.rule.id);
            QVERIFY2(startedAs >= 0 && startedAs < cancelAt, qPrintable(result.rule.id));
            QVERIFY(inOrder.indexOf(result.rule.id) > previous);
            previous = inOrder.indexOf(result.rule.id);
        }
    }

    // The SQLite cases of every rule are in tst_quality_rules; these show the PostgreSQL
    // dialect of the fragments catches bad data too.
    void badDataCaughtOnPostgres_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("sample");
        QTest::addColumn<qint64>("failing");
        const QString publishBroken =
            u"INSERT INTO catalog_versions (version, published_at, active, sha256, content) "
            "SELECT 'broken', published_at, false, sha256, %1 FROM catalog_versions WHERE active; "
            "UPDATE catalog_versions SET active = (version = 'broken');"_s;
        QTest::newRow("150 %") << u"catalog.percent_range"_s
                               << publishBroken.arg(
                                      u"jsonb_set(content::jsonb, '{factors,0,base_pct}', "
                                      "'150')::text"_s)
                               << u"AF_ACCESS_001"_s << qint64(1);
        QTest::newRow("interaction")
            << u"catalog.interaction_factors"_s
            << publishBroken.arg(u"jsonb_set(content::jsonb, '{interactions,0,a}', "
                                 "'\"AF_ACCESS_999\"')::text"_s)
            << u"AF_ACCESS_999"_s << qint64(1);
        const QString first = u"WHERE id = (SELECT min(id) FROM assessments)"_s;
        QTest::newRow("state without rates")
            << u"rates.assessment_states"_s << u"UPDATE assessments SET state = 'ZZ' "_s + first
            << u"ZZ"_s << qint64(1);
        QTest::newRow("no customer name")
            << u"assessments.required_fields"_s
            << u"UPDATE assessments SET customer_name = ' ' "_s + first << u"A-"_s << qint64(1);
        QTest::newRow("customer not on record")
            << u"assessments.customer_on_record"_s
            << u"UPDATE assessments SET customer_id = -1 "_s + first << u"A-"_s << qint64(1);
        QTest::newRow("DBH 150 in")
            << u"assessments.tree_measurements"_s
            << u"UPDATE assessments SET input_json = jsonb_set(input_json::jsonb, '{trees,0}', "
               "'{\"service\":\"removal\",\"height_ft\":60,\"canopy_radius_ft\":15,"
               "\"dbh_in\":150}')::text WHERE id = (SELECT min(id) FROM assessments)"_s
            << u"A-"_s << qint64(1);
        QTest::newRow("unknown factor")
            << u"assessments.factor_codes"_s
            << u"UPDATE assessments SET input_json = jsonb_set(input_json::jsonb, '{factors}', "
               "'[{\"code\":\"AF_ACCESS_999\"}, {\"code\":\"AF_ACCESS_998\"}]')::text "
               "WHERE id = (SELECT min(id) FROM assessments)"_s
            << u"A-"_s << qint64(1);
        // The first two assessments select the same factor, and only the first fails: its quote
        // is pinned to a catalog where that factor is retired, or it has no quote while no
        // catalog is active.
        const QString selectFirstFactor =
            u"UPDATE assessments SET input_json = jsonb_set(input_json::jsonb, '{factors}', "
            "'[{\"code\":\"AF_ACCESS_001\"}]')::text WHERE id IN (SELECT id FROM assessments "
            "ORDER BY id LIMIT 2);"_s;
        QTest::newRow("factor retired in the pinned catalog")
            << u"assessments.factor_codes"_s
            << selectFirstFactor +
                   u"INSERT INTO catalog_versions (version, published_at, active, sha256, content) "
                   "SELECT 'retired', published_at, false, sha256, jsonb_set(content::jsonb, "
                   "'{factors,0,active}', 'false')::text FROM catalog_versions WHERE active; "
                   "UPDATE quotes SET catalog_version = 'retired' "
                   "WHERE assessment_id = (SELECT min(id) FROM assessments)"_s
            << u"A-"_s << qint64(1);
        QTest::newRow("no quote and no active catalog")
            << u"assessments.factor_codes"_s
            << selectFirstFactor +
                   u"UPDATE catalog_versions SET active = false; DELETE FROM quotes "
                   "WHERE assessment_id = (SELECT min(id) FROM assessments)"_s
            << u"A-"_s << qint64(1);
        QTest::newRow("price changed")
            << u"assessments.quote_recomputes"_s
            << u"UPDATE quotes SET price = price + 5 WHERE assessment_id = "
               "(SELECT min(id) FROM assessments)"_s
            << u"A-"_s << qint64(1);
        QTest::newRow("duplicate")
            << u"assessments.duplicates"_s
            << u"INSERT INTO assessments (id, customer_id, customer_name, address, state, "
               "services, tree_count, status, created_at, updated_at, row_version, composite, "
               "band, price, input_json) SELECT 'zz-copy', customer_id, customer_name, address, "
               "state, services, tree_count, status, created_at, updated_at, row_version, "
               "composite, band, price, input_json FROM assessments ORDER BY id LIMIT 1"_s
            << u"A-"_s << qint64(2);
    }
    void badDataCaughtOnPostgres() {
        QFETCH(QString, rule);
        QFETCH(QString, breakage);
        QFETCH(QString, sample);
        QFETCH(qint64, failing);
        const QString url = freshStoreUrl(u"postgres"_s);
        seed(url, 20);
        {
            pqxx::connection c(str(url));
            pqxx::nontransaction tx(c);
            tx.exec(str(breakage));
        }
        const RuleResult result = runOne(url, selectRules(builtInRules(), {rule}).front());
        QVERIFY2(result.status == RuleStatus::Fail,
                 qPrintable(statusKey(result.status) + u' ' + result.message));
        QCOMPARE(result.outcome.failing, failing);
        QVERIFY(!result.outcome.sampleKeys.isEmpty());
        QVERIFY2(result.outcome.sampleKeys.first().startsWith(sample),
                 qPrintable(result.outcome.sampleKeys.join(u", ")));
    }

    void customSqlMayOnlyRead_data() {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("sql");
        const QStringList attempts{
            u"DELETE FROM assessments"_s,
            u"SELECT id AS key, 0 AS failing FROM assessments) q; DELETE FROM assessments; "
            "SELECT (1"_s,
            u"SELECT id AS key, 0 AS failing FROM assessments) q; COMMIT; DELETE FROM "
            "assessments; SELECT (1"_s,
            u"WITH gone AS (DELETE FROM assessments RETURNING id) SELECT id AS key, 1 AS failing "
            "FROM gone"_s,
        };
        for (const QString& backend : {u"sqlite"_s, u"postgres"_s})
            for (int i = 0; i < attempts.size(); ++i)
                QTest::addRow("%s %d", qPrintable(backend), i) << backend << attempts[i];
        QTest::newRow("sqlite attach") << u"sqlite"_s << u"ATTACH DATABASE '/tmp/x.db' AS x"_s;
        QTest::newRow("postgres set_config")
            << u"postgres"_s
            << u"SELECT set_config('transaction_read_only', 'off', true) AS key, 0 AS failing"_s;
    }
    void customSqlMayOnlyRead() {
        QFETCH(QString, backend);
        QFETCH(QString, sql);
        const QString url = freshStoreUrl(backend);
        seed(url, 5);
        const RuleResult result =
            runOne(url, std::make_shared<SqlRule>(customDefinition(u"custom.writer"_s), sql));
        QCOMPARE(result.status, RuleStatus::Error);
        QVERIFY(!result.message.isEmpty());
        auto store = storage::openStore(url);
        QCOMPARE(store->countAssessments({}), 5);
    }

    void customSqlStopsAtTheTimeout_data() {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("sql");
        QTest::newRow("sqlite") << u"sqlite"_s
                                << u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM "
                                   "n) SELECT i AS key, 0 AS failing FROM n"_s;
        QTest::newRow("postgres") << u"postgres"_s
                                  << u"SELECT 'x' AS key, 0 AS failing FROM pg_sleep(5)"_s;
    }
    void customSqlStopsAtTheTimeout() {
        QFETCH(QString, backend);
        QFETCH(QString, sql);
        const QString url = freshStoreUrl(backend);
        seed(url, 1);
        QElapsedTimer timer;
        timer.start();
        const RuleResult result =
            runOne(url, std::make_shared<SqlRule>(customDefinition(u"custom.slow"_s), sql), 300);
        QCOMPARE(result.status, RuleStatus::Error);
        QVERIFY2(result.message.contains(u"longer than"_s), qPrintable(result.message));
        QVERIFY(timer.elapsed() < 4000);
    }

    // A rule file (or the console's form) that leaves a field empty names the field; a rule
    // is kept only after it has run: not under a built-in id, not when it writes.
    // The timeout is the statement's: a reader that takes its time over the rows (the quote
    // recompute prices each one) is not stopped for it.
    void aSlowReaderIsNotTimedOut() {
        const QString url = freshStoreUrl(u"sqlite"_s);
        seed(url, 1);
        auto sql = storage::openReadOnlySql(url, 300);
        QStringList counts;
        sql->query(u"SELECT (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                   "WHERE i < 20000) SELECT count(*) FROM n) FROM (SELECT 1 UNION ALL SELECT 2 "
                   "UNION ALL SELECT 3)"_s,
                   [&](const QStringList& columns) {
                       QThread::msleep(200);
                       counts << columns.value(0);
                       return true;
                   });
        QCOMPARE(counts, QStringList(3, u"20000"_s));
    }

    // PostgreSQL sends rows as it reads them and waits while the reader works through the ones
    // it sent: only that wait counts against the timeout. Twenty megabytes fill the socket's
    // buffers many times over, and the reader takes twice the timeout over them.
    void aSlowReaderOfManyRowsIsNotTimedOutOnPostgres() {
        const QString url = freshStoreUrl(u"postgres"_s);
        seed(url, 1);
        auto sql = storage::openReadOnlySql(url, 1000);
        int rows = 0;
        sql->query(u"SELECT n, repeat('x', 200) FROM generate_series(1, 100000) n"_s,
                   [&](const QStringList&) {
                       if (++rows % 1000 == 0)
                           QThread::msleep(20);
                       return true;
                   });
        QCOMPARE(rows, 100000);
    }

    // A cancelled run stops a PostgreSQL statement that has sent no row yet, well before it
    // would end, and leaves the connection ready for the next one.
    void aStatementStillRunningOnPostgresStopsWhenCancelled() {
        const QString url = freshStoreUrl(u"postgres"_s);
        seed(url, 1);
        auto sql = storage::openReadOnlySql(url);
        QElapsedTimer timer;
        timer.start();
        sql->setCancelCheck([&] { return timer.elapsed() > 200; });
        QString message;
        try {
            sql->query(u"SELECT pg_sleep(10)"_s, [](const QStringList&) { return true; });
        } catch (const storage::StoreError& e) {
            message = e.message();
        }
        QVERIFY2(message.contains(u"cancelled"_s), qPrintable(message));
        QVERIFY(timer.elapsed() < 5000);
        sql->setCancelCheck({});
        QCOMPARE(column(*sql, u"SELECT count(*) FROM assessments"_s), QStringList{u"1"_s});
    }

    // The quote check reads documents as bytes: the same values as the text rows, NULL kept
    // apart from an empty string, and a write refused the same way.
    void rowsReadAsBytesAreTheRowsReadAsText_data() { backends(); }
    void rowsReadAsBytesAreTheRowsReadAsText() {
        QFETCH(QString, backend);
        const QString url = freshStoreUrl(backend);
        seed(url, 2);
        auto sql = storage::openReadOnlySql(url);
        const QString query = u"SELECT id, NULL, '', 'Chêne ✓', 42 FROM assessments ORDER BY id"_s;
        QList<QStringList> text;
        sql->query(query, [&](const QStringList& columns) {
            text << columns;
            return true;
        });
        QList<QByteArrayList> bytes;
        QList<QList<bool>> nulls;
        sql->queryUtf8(query, [&](const QList<QByteArrayView>& columns) {
            bytes.append(QByteArrayList());
            nulls.append(QList<bool>());
            for (const QByteArrayView column : columns) {
                bytes.back() << column.toByteArray(); // the view goes with the row
                nulls.back() << column.isNull();
            }
            return true;
        });
        QCOMPARE(bytes.size(), 2);
        for (qsizetype row = 0; row < bytes.size(); ++row) {
            QCOMPARE(bytes[row].size(), text[row].size());
            for (qsizetype c = 0; c < bytes[row].size(); ++c) {
                QCOMPARE(QString::fromUtf8(bytes[row][c]), text[row][c]);
                QCOMPARE(nulls[row][c], text[row][c].isNull());
            }
        }
        QVERIFY(nulls[0][1]);
        QVERIFY(!nulls[0][2]);
        QCOMPARE(bytes[0][3], QByteArray("Ch\xc3\xaane \xe2\x9c\x93"));
        QVERIFY_THROWS_EXCEPTION(storage::StoreError,
                                 sql->queryUtf8(u"DELETE FROM assessments"_s,
                                                [](const QList<QByteArrayView>&) { return true; }));
        QCOMPARE(column(*sql, u"SELECT count(*) FROM assessments"_s), QStringList{u"2"_s});
    }

    void customRulesAreCheckedThenTriedBeforeTheyAreKept_data() { backends(); }
    void customRulesAreCheckedThenTriedBeforeTheyAreKept() {
        QFETCH(QString, backend);
        Problems problems;
        QVERIFY(!readCustomRule(R"({"id": " ", "name": "", "dimension": "validity",
            "severity": "low", "dataset": "", "sql": "SELECT 1"})",
                                u"rule.json"_s, problems));
        QStringList where;
        for (const Problem& p : std::as_const(problems))
            where << p.where;
        QCOMPARE(where, (QStringList{u"id"_s, u"name"_s, u"dataset"_s}));

        const QString url = freshStoreUrl(backend);
        seed(url, 4);
        auto history = storage::openQualityHistory(url);
        auto sql = storage::openReadOnlySql(url);
        CustomRule rule{customDefinition(u"assessments.duplicates"_s),
                        u"SELECT id AS key, 0 AS failing FROM assessments"_s,
                        {}};
        QVERIFY_THROWS_EXCEPTION(storage::StoreError, keepCustomRule(rule, *history, *sql));
        rule.definition = customDefinition(u"custom.writer"_s);
        rule.sql = u"DELETE FROM assessments"_s;
        QVERIFY_THROWS_EXCEPTION(storage::StoreError, keepCustomRule(rule, *history, *sql));
        QVERIFY(history->customRules().isEmpty());

        rule.sql = u"SELECT id AS key, 1 AS failing FROM assessments"_s;
        const CheckOutcome tried = tryCustomRule(rule, *sql, 2);
        QCOMPARE(tried.examined, 4);
        QCOMPARE(tried.failing, 4);
        QCOMPARE(tried.sampleKeys.size(), 2);
        QCOMPARE(keepCustomRule(rule, *history, *sql), 1);
        QCOMPARE(history->customRules().size(), 1);
        QCOMPARE(storage::openStore(url)->countAssessments({}), 4);
    }

    // Rules read each document's trees and factors from rows the database keeps in the
    // statement that writes the document, so a script or a hand edit is checked as the document
    // now reads: element by element, a value that is not a number as missing, a document that
    // is not JSON as having none.
    void documentFactsFollowEveryWrite_data() { backends(); }
    void documentFactsFollowEveryWrite() {
        QFETCH(QString, backend);
        const QString url = freshStoreUrl(backend);
        seed(url, 8);
        const QStringList saved = keptFacts(url);
        QVERIFY(saved.size() > 16);
        QCOMPARE(saved, factsOfDocuments(url));

        const QString first = u"(SELECT min(id) FROM assessments)"_s;
        writeOutside(url, u"UPDATE assessments SET status = 'completed' WHERE id = "_s + first);
        QCOMPARE(keptFacts(url), saved);
        writeOutside(url, u"UPDATE assessments SET input_json = '{\"trees\": [{\"service\": "
                          "\"removal\", \"height_ft\": \"tall\"}, 7], \"factors\": "
                          "[{\"code\": \"AF_ACCESS_999\"}]}' WHERE id = "_s +
                              first);
        const QStringList edited = keptFacts(url);
        QCOMPARE(edited, factsOfDocuments(url));
        QString firstId;
        storage::openReadOnlySql(url)->query(u"SELECT min(id) FROM assessments"_s,
                                             [&](const QStringList& c) {
                                                 firstId = c[0];
                                                 return false;
                                             });
        QCOMPARE(edited.filter(firstId + u'|'),
                 (QStringList{firstId + u"|0|AF_ACCESS_999"_s, firstId + u"|0|removal|"_s,
                              firstId + u"|1||"_s}));

        const QString customerName = backend == u"postgres"_s ? u"customer_name, "_s : QString();
        writeOutside(url, u"INSERT INTO assessments (id, customer_id, %1address, state, services, "
                          "tree_count, status, created_at, updated_at, input_json) SELECT "
                          "'zz-not-json', customer_id, %1address, state, services, tree_count, "
                          "status, created_at, updated_at, 'not json' FROM assessments "
                          "ORDER BY id LIMIT 1"_s.arg(customerName));
        QCOMPARE(keptFacts(url), edited);
        writeOutside(url, u"DELETE FROM assessments WHERE id = "_s + first);
        QCOMPARE(keptFacts(url), factsOfDocuments(url));
        QVERIFY(keptFacts(url).size() < edited.size());
    }

    // A run keeps the quotes it found right with the revision it read them at; the store moves
    // an assessment's revision on at every write that could change its price, so the next run
    // prices again exactly what changed: a quote edited or added, a document edited in any way,
    // a quote verified by another build. A status change prices nothing again. With 24
    // assessments, the first run prices all of them and later runs a few: on PostgreSQL, the
    // first joins the assessments to the quotes to price, the others look each one up.
    void verifiedQuotesArePricedAgainOnlyWhenChanged_data() { backends(); }
    void verifiedQuotesArePricedAgainOnlyWhenChanged() {
        QFETCH(QString, backend);
        const QString url = freshStoreUrl(backend);
        seed(url, 24);
        const auto sql = storage::openReadOnlySql(url);
        const auto history = storage::openQualityHistory(url);
        const QStringList ids = column(*sql, u"SELECT id FROM assessments ORDER BY id"_s);
        QCOMPARE(ids.size(), 24);

        QuoteCheck check = checkQuotesAndKeep(*sql, *history);
        QCOMPARE(check.result.status, RuleStatus::Pass);
        QCOMPARE(check.verified, ids);
        QCOMPARE(verifiedCount(*sql), 24);
        check = checkQuotesAndKeep(*sql, *history);
        QCOMPARE(check.result.status, RuleStatus::Pass);
        QCOMPARE(check.result.outcome.examined, 24);
        QCOMPARE(check.verified, QStringList());

        writeOutside(
            url, u"UPDATE quotes SET price = price + 5 WHERE assessment_id = '%1'"_s.arg(ids[0]));
        check = checkQuotesAndKeep(*sql, *history);
        QCOMPARE(check.result.outcome.examined, 24);
        QCOMPARE(check.result.outcome.failing, 1);
        QCOMPARE(check.result.outcome.sampleKeys, QStringList{ids[0]});
        QCOMPARE(check.verified, QStringList());

        writeOutside(
            url,
            u"UPDATE assessments SET input_json = input_json || ' ' WHERE id = '%1'"_s.arg(ids[1]));
        writeOutside(url,
                     u"UPDATE assessments SET status = 'completed' WHERE id = '%1'"_s.arg(ids[2]));
        check = checkQuotesAndKeep(*sql, *history);
        QCOMPARE(check.result.outcome.failing, 1);
        QCOMPARE(check.verified, QStringList{ids[1]});

        writeOutside(url, u"INSERT INTO quotes (%1) SELECT %1 FROM quotes WHERE assessment_id = "
                          "'%2'"_s.arg(quoteColumns(backend), ids[3]));
        verifiedByAnEarlierBuild(url, backend, u"assessment_id = '%1'"_s.arg(ids[4]));
        check = checkQuotesAndKeep(*sql, *history);
        QCOMPARE(check.result.outcome.examined, 24);
        QCOMPARE(check.verified, (QStringList{ids[3], ids[4]}));

        // Most to price again: SQLite walks every assessment and counts the verified ones.
        verifiedByAnEarlierBuild(url, backend, u"assessment_id >= '%1'"_s.arg(ids[6]));
        check = checkQuotesAndKeep(*sql, *history);
        QCOMPARE(check.result.outcome.examined, 24);
        QCOMPARE(check.result.outcome.failing, 1);
        QCOMPARE(check.result.outcome.sampleKeys, QStringList{ids[0]});
        QCOMPARE(check.verified, ids.mid(6));

        writeOutside(url, u"DELETE FROM assessments WHERE id = '%1'"_s.arg(ids[2]));
        QCOMPARE(verifiedCount(*sql), 22);
        QCOMPARE(column(*sql, u"SELECT count(*) FROM quote_revisions"_s), QStringList{u"23"_s});

        // The verified quotes are counted, not read: one whose assessment is gone or left
        // without a quote is not among them.
        writeOutside(url, u"DELETE FROM quotes WHERE assessment_id = '%1'"_s.arg(ids[5]));
        check = checkQuotesAndKeep(*sql, *history);
        QCOMPARE(check.result.outcome.examined, 22);
        QCOMPARE(check.result.outcome.failing, 1);
        QCOMPARE(check.verified, QStringList());
    }

    // Duplicates share a customer, an address as compared and a UTC day: two assessments made
    // at either end of one day are, a third made a moment later, on the next day, is not.
    void duplicatesAreThoseOfOneUtcDay_data() { backends(); }
    void duplicatesAreThoseOfOneUtcDay() {
        QFETCH(QString, backend);
        const QString url = freshStoreUrl(backend);
        {
            auto store = storage::openStore(url);
            test::publishFairWageRates(*store);
            assessments::AssessmentService service(*store);
            assessments::DemoData demo(*store->activeCatalog(), *store->activeRates(), 5);
            Problems problems;
            auto priced = service.price(demo.next(), problems);
            QVERIFY(priced);
            const QDate day(2026, 3, 10);
            QList<assessments::AssessmentService::BatchItem> batch;
            for (const QDateTime& at : {QDateTime(day, QTime(0, 0), Qt::UTC),
                                        QDateTime(day, QTime(23, 59, 59, 999), Qt::UTC),
                                        QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC)}) {
                priced->assessment.id = assessments::AssessmentService::newAssessmentId();
                batch.append({*priced, storage::AssessmentStatus::Quoted, at});
            }
            service.saveAll(batch);
        }
        const auto sql = storage::openReadOnlySql(url);
        QStringList sameDay =
            column(*sql, u"SELECT id FROM assessments ORDER BY created_at LIMIT 2"_s);
        sameDay.sort();

        const RuleResult result =
            runOne(url, selectRules(builtInRules(), {u"assessments.duplicates"_s}).at(0));
        QCOMPARE(result.outcome.examined, 3);
        QCOMPARE(result.outcome.failing, 2);
        QStringList keys = result.outcome.sampleKeys;
        keys.sort();
        QCOMPARE(keys, sameDay);
    }

    // On PostgreSQL as on SQLite, the duplicate check reads an index in the order of its window,
    // not the table: no sort, even where the planner is told that anything else costs less.
    void duplicatesAreFoundFromAnIndexOnPostgres() {
        const QString url = freshStoreUrl(u"postgres"_s);
        seed(url, 20);
        const auto rules = selectRules(builtInRules(), {u"assessments.duplicates"_s});
        const auto* rule = dynamic_cast<const SqlRule*>(rules.front().get());
        QVERIFY(rule);
        const auto dialect = storage::SqlDialect::Postgres;
        const QString query =
            renderSql(rule->sqlCheck(dialect).rows(), dialect, QDateTime::currentDateTimeUtc());
        pqxx::connection connection(url.toStdString());
        pqxx::nontransaction tx(connection);
        tx.exec0("VACUUM ANALYZE assessments");
        tx.exec0("SET enable_seqscan = off");
        tx.exec0("SET enable_sort = off");
        QStringList plan;
        for (const auto& step : tx.exec("EXPLAIN " + query.toStdString()))
            plan << QString::fromStdString(step[0].as<std::string>());
        const QString steps = plan.join(u'\n');
        QVERIFY2(steps.contains(u"Index Only Scan"_s), qPrintable(steps));
        QVERIFY2(!steps.contains(u"Sort  ("_s), qPrintable(steps)); // a Sort node, not a Sort Key
    }

    // A quote broken after a run priced it, before the run is kept, is not hidden by the
    // verification kept: the run keeps the revision it read, which the store has moved on.
    void aQuoteChangedWhileTheRunWentOnIsPricedAgain_data() { backends(); }
    void aQuoteChangedWhileTheRunWentOnIsPricedAgain() {
        QFETCH(QString, backend);
        const QString url = freshStoreUrl(backend);
        seed(url, 3);
        const auto sql = storage::openReadOnlySql(url);
        const auto history = storage::openQualityHistory(url);
        const QString id = column(*sql, u"SELECT min(id) FROM assessments"_s).value(0);

        QualityRunner runner(*sql);
        const RunRecord run =
            runner.run(selectRules(builtInRules(), {u"assessments.quote_recomputes"_s}), {});
        QCOMPARE(run.results.value(0).status, RuleStatus::Pass);
        writeOutside(url,
                     u"UPDATE quotes SET price = price + 5 WHERE assessment_id = '%1'"_s.arg(id));
        history->saveRun(run, runner.verifiedQuotes());
        QCOMPARE(verifiedCount(*sql), 2);

        const QuoteCheck check = checkQuotesAndKeep(*sql, *history);
        QCOMPARE(check.result.outcome.failing, 1);
        QCOMPARE(check.result.outcome.sampleKeys, QStringList{id});
    }

    // A PostgreSQL run keeps its verifications as the snapshot its check read every revision in,
    // which leaves out what the check did not verify: a quote it found wrong, a revision
    // without a quote, and one moved on by a transaction still open when the check read, which
    // wrote it in a savepoint and committed before the run was kept.
    void keptInOnePassLeavesOutWhatTheCheckDidNotVerify() {
        const QString url = freshStoreUrl(u"postgres"_s);
        seed(url, 10); // most of them verified, as after a first run
        const auto sql = storage::openReadOnlySql(url);
        const auto history = storage::openQualityHistory(url);
        const QStringList ids = column(*sql, u"SELECT id FROM assessments ORDER BY id"_s);
        writeOutside(url, u"DELETE FROM quotes WHERE assessment_id = '%1'"_s.arg(ids[0]));
        writeOutside(
            url, u"UPDATE quotes SET price = price + 5 WHERE assessment_id = '%1'"_s.arg(ids[1]));
        pqxx::connection other(url.toStdString());
        pqxx::work open(other);
        open.exec0("SAVEPOINT moved");
        open.exec0("UPDATE quotes SET price = price WHERE assessment_id = '" +
                   ids[2].toStdString() + "'");
        open.exec0("RELEASE SAVEPOINT moved");

        QualityRunner runner(*sql);
        const RunRecord run =
            runner.run(selectRules(builtInRules(), {u"assessments.quote_recomputes"_s}), {});
        QCOMPARE(run.results.value(0).outcome.failing, 1);
        QVERIFY(!runner.verifiedQuotes().readIn.isEmpty());
        QCOMPARE(runner.verifiedQuotes().notVerified.size(), std::size_t(2));
        open.commit();
        history->saveRun(run, runner.verifiedQuotes());

        QCOMPARE(verifiedIds(*sql), ids.mid(3));
    }

    // A snapshot kept in another cluster, whose transactions were numbered further on (as a
    // copy of the store restored here would bring), verifies no revision moved on here since:
    // the record stands only for the revisions numbered when it was read.
    void aSnapshotFromAnotherClusterVerifiesNothingWrittenHere() {
        const QString url = freshStoreUrl(u"postgres"_s);
        seed(url, 4);
        const auto sql = storage::openReadOnlySql(url);
        const auto history = storage::openQualityHistory(url);
        const QString id = column(*sql, u"SELECT min(id) FROM assessments"_s).value(0);
        QCOMPARE(checkQuotesAndKeep(*sql, *history).verified.size(), 4);
        QCOMPARE(column(*sql, u"SELECT count(*) FROM quote_verifications"_s), QStringList{u"1"_s});

        writeOutside(url, u"UPDATE quote_verifications SET read_in = (x || ':' || x || ':')::"
                          "pg_snapshot FROM (SELECT (pg_snapshot_xmax(pg_current_snapshot())::"
                          "text::bigint + 1000000)::text AS x) later"_s);
        writeOutside(url,
                     u"UPDATE quotes SET price = price + 5 WHERE assessment_id = '%1'"_s.arg(id));
        QCOMPARE(verifiedCount(*sql), 3);
        const QuoteCheck check = checkQuotesAndKeep(*sql, *history);
        QCOMPARE(check.result.outcome.failing, 1);
        QCOMPARE(check.result.outcome.sampleKeys, QStringList{id});
    }

    // Kept verifications mark an assessment only at the revision it was priced at: not one whose
    // revision has moved on, not one left out of the run's list, nor one that is gone. Most of
    // the assessments are in the list, as after a first run, and then a few.
    void keptVerificationsMarkOnlyTheRevisionsPricedAgain_data() { backends(); }
    void keptVerificationsMarkOnlyTheRevisionsPricedAgain() {
        QFETCH(QString, backend);
        const QString url = freshStoreUrl(backend);
        seed(url, 6);
        const auto sql = storage::openReadOnlySql(url);
        const auto history = storage::openQualityHistory(url);
        std::vector<VerifiedQuote> read;
        sql->query(u"SELECT assessment_id, revision FROM quote_revisions ORDER BY revision"_s,
                   [&](const QStringList& c) {
                       read.push_back({c[0].toUtf8(), c[1].toLongLong()});
                       return true;
                   });
        QCOMPARE(read.size(), std::size_t(6));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const RunRecord run{0, now, now, {}};

        // Ids that are gone: one that begins as each listed one does, listed before it.
        std::vector<VerifiedQuote> most;
        for (auto it = read.begin() + 1; it != read.end(); ++it)
            most.push_back({it->assessmentId + "+", it->revision});
        most.insert(most.end(), read.begin() + 1, read.end());
        most[5].revision -= 1;
        most.push_back({QByteArrayLiteral("A-NO-SUCH-ASSESSMENT"), read.back().revision});
        history->saveRun(run, listed(most));
        QCOMPARE(verifiedCount(*sql), 4);
        const QStringList marked = verifiedIds(*sql, u"revision"_s);
        QCOMPARE(marked.size(), 4);
        QCOMPARE(marked.first(), QString::fromUtf8(read[2].assessmentId));

        history->saveRun(run, listed({read[0]}));
        QCOMPARE(verifiedCount(*sql), 5);
        history->saveRun(run, listed({{read[1].assessmentId, read[1].revision - 1}}));
        QCOMPARE(verifiedCount(*sql), 5);
    }

    void runsAndCustomRulesAreKept_data() { backends(); }
    void runsAndCustomRulesAreKept() {
        QFETCH(QString, backend);
        const QString url = freshStoreUrl(backend);
        seed(url, 10);
        auto history = storage::openQualityHistory(url);
        CustomRule stale{customDefinition(u"custom.stale_drafts"_s),
                         u"SELECT id AS key, 0 AS failing FROM assessments"_s,
                         {}};
        QCOMPARE(history->saveCustomRule(stale), 1);
        stale.sql = u"SELECT id AS key, CASE WHEN status = 'draft' THEN 1 ELSE 0 END AS failing "
                    "FROM assessments"_s;
        stale.definition.warn = *Threshold::parse(u"50%"_s);
        stale.definition.fail = *Threshold::parse(u"90%"_s);
        QCOMPARE(history->saveCustomRule(stale), 2);
        QCOMPARE(history->customRuleVersions(u"custom.stale_drafts"_s).size(), 2);
        const QList<CustomRule> latest = history->customRules();
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest.first().definition.version, 2);
        QCOMPARE(latest.first().sql, stale.sql);

        auto sql = storage::openReadOnlySql(url);
        QualityRunner runner(*sql);
        const RuleList rules =
            selectRules(allRules(latest), {u"custom.stale_drafts"_s, u"catalog.weights_sum"_s});
        RunRecord first = runner.run(rules, {QDateTime(), 3, {}});
        first.id = history->saveRun(first, {});
        RunRecord second = runner.run(rules, {});
        second.id = history->saveRun(second, {});

        const QList<RunSummary> runs = history->recentRuns(10);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().id, second.id);
        QCOMPARE(runs.first().counts.evaluated(), 2);
        const auto stored = history->run(first.id);
        QVERIFY(stored);
        QCOMPARE(stored->results.size(), 2);
        const RuleResult& custom = stored->results.first();
        QCOMPARE(custom.rule.id, u"custom.stale_drafts"_s);
        QCOMPARE(custom.rule.version, 2);
        QVERIFY(custom.rule.custom);
        QCOMPARE(custom.outcome.examined, 10);
        QCOMPARE(custom.outcome.sampleKeys, first.results.first().outcome.sampleKeys);
        QVERIFY(custom.outcome.sampleKeys.size() <= 3);
        QCOMPARE(custom.rule.fail.text(), u"90%"_s);
        const auto trend = history->ruleTrend(u"catalog.weights_sum"_s, 90);
        QCOMPARE(trend.size(), 2);
        QCOMPARE(trend.first().runId, first.id);
        QCOMPARE(trend.last().status, RuleStatus::Pass);
        QVERIFY_THROWS_EXCEPTION(storage::StoreError,
                                 selectRules(builtInRules(), {u"no.such_rule"_s}));
    }
};

QTEST_GUILESS_MAIN(QualityRunsTest)
#include "tst_quality_runs.moc"

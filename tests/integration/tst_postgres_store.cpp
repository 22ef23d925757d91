// The PostgreSQL store against the throwaway server of tests/fixtures: the store contract
// (StoreContract, shared with SQLite), plus what only PostgreSQL has: migrations recorded in the
// database, monthly partitions, the same lists as SQLite, connection errors in plain words, and
// a server that stops and comes back. Each test function works in a database of its own.
#include "StoreContract.h"
#include "assessments/AssessmentService.h"
#include "assessments/DemoData.h"
#include "storage/ConnectionTest.h"
#include "storage/ReferenceData.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"
#include "storage/postgres/PostgresListQuery.h"
#include "storage/postgres/PostgresMigrations.h"
#include "storage/postgres/PostgresStore.h"
#include "storage/sqlite/SqliteStore.h"
#include "support/TestServers.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace treeops;
using namespace treeops::storage;
using namespace Qt::StringLiterals;
using test::TestServers;

namespace {

std::string str(const QString& s) {
    return s.toStdString();
}

QString databaseUrl(const QString& database) {
    const QString server = TestServers::instance().postgresUrl();
    return server.left(server.lastIndexOf(u'/') + 1) + database;
}

// Test function names make database names: lower case, at most 63 bytes.
QString databaseName(const QString& name) {
    return QString(u"t_"_s + name.toLower()).left(63);
}

void recreateDatabase(const QString& database) {
    pqxx::connection admin(str(TestServers::instance().postgresUrl()));
    pqxx::nontransaction tx(admin);
    tx.exec("DROP DATABASE IF EXISTS " + str(database) + " WITH (FORCE)");
    tx.exec("CREATE DATABASE " + str(database));
}

// Direct SQL on a test database, for what the Store interface does not show.
pqxx::result sql(const QString& database, const std::string& statement) {
    pqxx::connection c(str(databaseUrl(database)));
    pqxx::nontransaction tx(c);
    return tx.exec(statement);
}

// The lines of a plan that read the archive (the warm tier's are one per month).
QString archiveLines(const QString& plan) {
    QStringList lines = plan.split(u'\n');
    lines.removeIf([](const QString& line) { return line.contains(u"_p20"_s); });
    return lines.join(u'\n');
}

StoreError openError(const QString& url) {
    try {
        openStore(url);
    } catch (const StoreError& e) {
        return e;
    }
    return StoreError(StoreError::Kind::Failed, u"the store opened"_s);
}

} // namespace

class PostgresContract : public StoreContract {
public:
    std::unique_ptr<Store> open(const QString& name, bool fresh) override {
        const QString database = databaseName(name);
        if (fresh)
            recreateDatabase(database);
        return std::make_unique<PostgresStore>(databaseUrl(database));
    }
};

class PostgresStoreTest : public QObject {
    Q_OBJECT

    // A store over an empty database named after the current test function.
    std::unique_ptr<PostgresStore> freshStore() {
        const QString database = databaseName(QString::fromLatin1(QTest::currentTestFunction()));
        recreateDatabase(database);
        return std::make_unique<PostgresStore>(databaseUrl(database));
    }
    QString database() const {
        return databaseName(QString::fromLatin1(QTest::currentTestFunction()));
    }

    // Demo assessments with ties on every sort column and some without a quote (NULL price),
    // stored in both backends for comparison.
    static void storeListData(Store& store) {
        ensureReferenceData(store);
        assessments::AssessmentService service(store);
        assessments::DemoData demo(*store.activeCatalog(), *store.activeRates(), 11);
        QList<AssessmentWrite> writes;
        const QDateTime base(QDate(2024, 3, 15), QTime(12, 0), Qt::UTC);
        QList<assessments::AssessmentService::BatchItem> batch;
        for (int i = 0; i < 90; ++i) {
            auto p = StoreContract::priced(service, demo.next());
            p.assessment.id = u"L-%1"_s.arg(i % 3 == 0 ? 200 - i : i, 3, 10, QLatin1Char('0'));
            if (i % 10 == 0)
                p.assessment.customer.name = p.assessment.customer.name.toLower();
            batch.append({p, static_cast<AssessmentStatus>(i % 4), base.addDays(-(i / 3) * 7)});
        }
        service.saveAll(batch);
        for (int i = 0; i < 6; ++i) { // no quote: NULL composite and price
            AssessmentWrite w;
            w.id = u"N-%1"_s.arg(i);
            w.customerName = u"Nadia %1"_s.arg(i % 2);
            w.address = u"%1 Null Street"_s.arg(i);
            w.state = u"GA"_s;
            w.services = {u"trimming"_s};
            w.treeCount = 1 + i % 2;
            w.inputJson = "{}";
            w.recordedAt = base.addDays(-i * 30);
            writes.append(w);
        }
        store.saveAssessments(writes);
    }

private slots:
    void initTestCase() { TestServers::instance(); }

    void migrationsAreAppliedAndRecorded() {
        const auto store = freshStore();
        QCOMPARE(store->schemaVersion(), PostgresStore::latestSchemaVersion());
        const pqxx::row recorded =
            sql(database(), "SELECT count(*), max(version), "
                            "obj_description('schema_migrations'::regclass, 'pg_class') "
                            "FROM schema_migrations")[0];
        // One row per migration; versions may skip a number kept for another branch.
        const auto migrations = static_cast<int>(postgresMigrations().size());
        QCOMPARE(recorded[0].as<int>(), migrations);
        QCOMPARE(recorded[1].as<int>(), PostgresStore::latestSchemaVersion());
        QCOMPARE(recorded[2].as<std::string>(), std::string("TreeOps schema migrations"));
        for (const char* table : {"assessments", "quotes"})
            QCOMPARE(sql(database(), std::string("SELECT relkind FROM pg_class WHERE relname = '") +
                                         table + "'")[0][0]
                         .as<std::string>(),
                     std::string("p")); // partitioned
        // Opening again applies nothing twice.
        PostgresStore again(databaseUrl(database()));
        QCOMPARE(sql(database(), "SELECT count(*) FROM schema_migrations")[0][0].as<int>(),
                 migrations);
    }

    void newerSchemaIsRefusedAndLeftAlone() {
        freshStore();
        sql(database(), "INSERT INTO schema_migrations (version, description) "
                        "VALUES (999, 'from the future')");
        const StoreError e = openError(databaseUrl(database()));
        QCOMPARE(e.kind(), StoreError::Kind::NewerSchema);
        QCOMPARE(sql(database(), "SELECT max(version) FROM schema_migrations")[0][0].as<int>(),
                 999);
    }

    void databaseOfAnotherApplicationIsRefused() {
        recreateDatabase(database());
        sql(database(), "CREATE TABLE invoices (id integer PRIMARY KEY)");
        const StoreError e = openError(databaseUrl(database()));
        QCOMPARE(e.kind(), StoreError::Kind::NotTreeOps);
        QVERIFY(
            sql(database(), "SELECT to_regclass('schema_migrations') IS NULL")[0][0].as<bool>());
    }

    void publishedVersionsAreImmutableInTheDatabase() {
        const auto store = freshStore();
        ensureReferenceData(*store);
        for (const char* statement :
             {"UPDATE catalog_versions SET content = '{}'", "DELETE FROM catalog_versions",
              "TRUNCATE catalog_versions CASCADE", "UPDATE rates_versions SET sha256 = 'x'"})
            QVERIFY_THROWS_EXCEPTION(pqxx::sql_error, sql(database(), statement));
        QVERIFY(store->activeCatalog());
        QCOMPARE(store->catalogVersions().size(), 1);
    }

    // Each month gets its own partitions when a write first needs it; lists, counts and reads
    // by id span them all.
    void partitionsAreCreatedPerMonthAndListsSpanThem() {
        const auto store = freshStore();
        ensureReferenceData(*store);
        assessments::AssessmentService service(*store);
        auto p = StoreContract::priced(
            service, StoreContract::caseAssessment(u"01-no-factors-single-removal.json"_s));
        const QList<QDateTime> dates{QDateTime(QDate(2023, 1, 31), QTime(23, 59, 59), Qt::UTC),
                                     QDateTime(QDate(2023, 2, 1), QTime(0, 0), Qt::UTC),
                                     QDateTime(QDate(2024, 12, 31), QTime(12, 0), Qt::UTC),
                                     QDateTime(QDate(1999, 7, 4), QTime(8, 30), Qt::UTC)};
        QList<assessments::AssessmentService::BatchItem> batch;
        for (int i = 0; i < dates.size(); ++i) {
            p.assessment.id = u"M-%1"_s.arg(i);
            batch.append({p, AssessmentStatus::Quoted, dates[i]});
        }
        service.saveAll(batch);
        p.assessment.id.clear();
        const auto today = service.save(p, AssessmentStatus::Draft); // a new id, this month

        for (const char* table : {"assessments", "quotes"})
            QCOMPARE(sql(database(), std::string("SELECT count(*) FROM pg_inherits WHERE "
                                                 "inhparent = '") +
                                         table + "'::regclass")[0][0]
                         .as<int>(),
                     5);
        QCOMPARE(sql(database(), "SELECT count(*) FROM assessments_p202301")[0][0].as<int>(), 1);
        QCOMPARE(sql(database(), "SELECT count(*) FROM quotes_p202302")[0][0].as<int>(), 1);

        QCOMPARE(store->countAssessments({}), 5);
        AssessmentFilter oldestFirst;
        oldestFirst.sort = AssessmentSort::Created;
        oldestFirst.descending = false;
        QStringList ids;
        for (const auto& row : store->listAssessments(oldestFirst))
            ids << row.id;
        QCOMPARE(ids, (QStringList{u"M-3"_s, u"M-0"_s, u"M-1"_s, u"M-2"_s, today.id}));
        for (int i = 0; i < dates.size(); ++i) {
            const auto stored = store->assessment(u"M-%1"_s.arg(i));
            QVERIFY(stored);
            QCOMPARE(stored->summary.createdAt, dates[i]);
            QVERIFY(store->latestQuote(u"M-%1"_s.arg(i)));
        }
        store->setStatus(u"M-3"_s, AssessmentStatus::Accepted, 1);
        store->deleteAssessment(u"M-0"_s, 1);
        QCOMPARE(store->countAssessments({}), 4);
        QCOMPARE(sql(database(), "SELECT count(*) FROM quotes_p202301")[0][0].as<int>(), 0);
    }

    // Thousands of new assessments in a month without partitions are loaded into plain tables
    // that become the month's partitions at the end of the batch. The result must be what the
    // row-by-row path gives: partitions with every index, quotes pinned to published versions,
    // CHECK constraints, and nothing left behind by a batch that fails.
    void bulkLoadOfNewMonthsAttachesIndexedPartitions() {
        const auto store = freshStore();
        ensureReferenceData(*store);
        // Parsed once: reading the shipped documents per row would dominate the test.
        const QString catalogVersion = shippedCatalog().version;
        const QString ratesVersion = shippedRates().version;
        const auto batch = [&](const QString& prefix, const QDateTime& start, int count) {
            QList<AssessmentWrite> writes;
            for (int i = 0; i < count; ++i) {
                AssessmentWrite w;
                w.id = prefix + QString::number(i);
                w.customerName = u"Customer %1"_s.arg(i % 50);
                w.address = u"%1 Bulk Road"_s.arg(i);
                w.state = u"FL"_s;
                w.services = {u"removal"_s};
                w.treeCount = 1 + i % 5;
                w.status = static_cast<AssessmentStatus>(i % 4);
                w.inputJson = QStringLiteral("{\"trees\": [{\"service\": \"removal\", "
                                             "\"height_ft\": %1}], \"factors\": [{\"code\": "
                                             "\"AF_ACCESS_001\"}, {\"code\": \"AF_FALL_002\"}]}")
                                  .arg(i % 100)
                                  .toUtf8();
                w.quote = QuoteRecord{catalogVersion,
                                      ratesVersion,
                                      double(i % 100),
                                      u"minimal"_s,
                                      100.0 + i,
                                      80.0,
                                      2,
                                      "{\"q\": 1}",
                                      {}};
                w.recordedAt = start.addSecs(i * 60LL);
                writes.append(w);
            }
            return writes;
        };
        const QDateTime march(QDate(2022, 3, 1), QTime(0, 0), Qt::UTC);
        const QDateTime april(QDate(2022, 4, 1), QTime(0, 0), Qt::UTC);
        const auto partitions = [&](const char* parent) {
            return sql(database(),
                       std::string("SELECT count(*) FROM pg_inherits WHERE inhparent = '") +
                           parent + "'::regclass")[0][0]
                .as<int>();
        };
        const auto leftovers = [&] {
            return sql(database(),
                       "SELECT count(*) FROM pg_class WHERE relname LIKE '%\\_load\\_%'")[0][0]
                .as<int>();
        };

        // A quote pinned to an unpublished catalog, or a row failing a CHECK, fails the batch.
        QList<AssessmentWrite> bad = batch(u"X-"_s, march, 6000);
        bad[4321].quote->catalogVersion = u"never-published"_s;
        QVERIFY_THROWS_EXCEPTION(StoreError, store->saveAssessments(bad));
        bad = batch(u"X-"_s, march, 6000);
        bad[17].treeCount = 0;
        QVERIFY_THROWS_EXCEPTION(StoreError, store->saveAssessments(bad));
        QCOMPARE(store->countAssessments({}), 0);
        QCOMPARE(partitions("assessments"), 0);
        QCOMPARE(leftovers(), 0);
        QCOMPARE(sql(database(), "SELECT count(*) FROM assessment_trees")[0][0].as<int>(), 0);

        // Two new months loaded in bulk, and a few rows in this month through the parent.
        QList<AssessmentWrite> writes = batch(u"M-"_s, march, 6000) + batch(u"A-"_s, april, 5000);
        writes += batch(u"T-"_s, QDateTime::currentDateTimeUtc().addSecs(-600), 3);
        store->saveAssessments(writes);
        QCOMPARE(store->countAssessments({}), 11003);
        QCOMPARE(partitions("assessments"), 3);
        QCOMPARE(partitions("quotes"), 3);
        QCOMPARE(leftovers(), 0);
        for (const char* table : {"assessments_p202203", "assessments_p202204"}) {
            QCOMPARE(
                sql(database(), std::string("SELECT count(*) FROM pg_index WHERE indrelid = '") +
                                    table + "'::regclass")[0][0]
                    .as<int>(),
                14); // the primary key, the eleven list indexes, the search and duplicates indexes
            QCOMPARE(sql(database(),
                         std::string("SELECT count(*) FROM pg_constraint WHERE conrelid = '") +
                             table + "'::regclass AND contype = 'c'")[0][0]
                         .as<int>(),
                     2); // the table's own CHECKs; the load's month CHECK is gone
        }
        QCOMPARE(sql(database(), "SELECT count(*) FROM pg_index WHERE indrelid = "
                                 "'quotes_p202203'::regclass")[0][0]
                     .as<int>(),
                 2);
        QCOMPARE(sql(database(), "SELECT count(DISTINCT id) FROM quotes")[0][0].as<int>(), 11003);
        // The documents' facts, from the loaded months as from the rows through the parent.
        QCOMPARE(sql(database(), "SELECT count(*) FROM assessment_trees")[0][0].as<int>(), 11003);
        QCOMPARE(sql(database(), "SELECT count(*) FROM assessment_factors")[0][0].as<int>(), 22006);
        QCOMPARE(sql(database(), "SELECT height_ft FROM assessment_trees "
                                 "WHERE assessment_id = 'M-5942'")[0][0]
                     .as<int>(),
                 42);
        QCOMPARE(sql(database(), "SELECT code FROM assessment_factors "
                                 "WHERE assessment_id = 'T-2' AND position = 1")[0][0]
                     .as<std::string>(),
                 std::string("AF_FALL_002"));
        // A revision for each assessment's quotes, which data-quality runs verify against.
        QCOMPARE(
            sql(database(), "SELECT count(DISTINCT revision) FROM quote_revisions")[0][0].as<int>(),
            11003);
        const auto stored = store->assessment(u"M-5999"_s);
        QVERIFY(stored);
        QCOMPARE(stored->summary.rowVersion, 1);
        QCOMPARE(stored->summary.createdAt, march.addSecs(5999 * 60LL));
        QCOMPARE(store->latestQuote(u"A-42"_s)->price, 142.0);
        AssessmentFilter byPrice;
        byPrice.sort = AssessmentSort::Price;
        byPrice.descending = false;
        byPrice.limit = 2;
        QCOMPARE(store->listAssessments(byPrice).constFirst().id, u"A-0"_s);
        // An index of the attached partition serves the list order.
        QVERIFY(QString::fromStdString(sql(database(),
                                           "EXPLAIN SELECT id FROM assessments_p202203 ORDER BY "
                                           "lower(customer_name), id LIMIT 5")[1][0]
                                           .as<std::string>())
                    .contains(u"Index Scan"_s));

        // Quote ids keep coming from the one identity sequence; the rows are editable as usual.
        store->saveAssessment(batch(u"L-"_s, QDateTime::currentDateTimeUtc(), 1).constFirst());
        QCOMPARE(sql(database(), "SELECT count(DISTINCT id) FROM quotes")[0][0].as<int>(), 11004);
        QCOMPARE(store->setStatus(u"M-10"_s, AssessmentStatus::Completed, 1), 2);
        store->deleteAssessment(u"A-10"_s, 1);

        // A second large batch for a month that has partitions now goes through the parent.
        store->saveAssessments(batch(u"M2-"_s, march.addDays(10), 6000));
        QCOMPARE(store->countAssessments({}), 17003);
        QCOMPARE(partitions("assessments"), 3);
    }

    // One data set in both backends: every sort, both directions, the filters and pages give
    // the same assessments in the same order.
    void listsMatchSqlite() {
        const auto postgres = freshStore();
        QTemporaryDir dir;
        SqliteStore sqlite(dir.filePath(u"reference.db"_s));
        storeListData(*postgres);
        storeListData(sqlite);
        QList<AssessmentFilter> filters{{}};
        filters.append(AssessmentFilter{});
        filters.back().status = AssessmentStatus::Quoted;
        filters.append(AssessmentFilter{});
        filters.back().state = u"GA"_s;
        filters.append(AssessmentFilter{});
        filters.back().search = u"OAK"_s;
        filters.append(AssessmentFilter{});
        filters.back().search = u"l-0"_s;
        filters.append(AssessmentFilter{});
        filters.back().search = u"n-0 nadia"_s; // id and customer together: not a match
        filters.append(AssessmentFilter{});
        filters.back().updatedFrom = QDate(2024, 1, 1);
        filters.back().updatedTo = QDate(2024, 2, 29);
        int compared = 0;
        for (AssessmentFilter f : filters) {
            QCOMPARE(postgres->countAssessments(f), sqlite.countAssessments(f));
            for (int sort = 0; sort <= static_cast<int>(AssessmentSort::Composite); ++sort) {
                for (const bool descending : {true, false}) {
                    f.sort = static_cast<AssessmentSort>(sort);
                    f.descending = descending;
                    for (const int offset : {0, 7, 35}) {
                        f.offset = offset;
                        f.limit = 13;
                        const auto pg = postgres->listAssessments(f);
                        const auto lite = sqlite.listAssessments(f);
                        QCOMPARE(pg.size(), lite.size());
                        for (qsizetype i = 0; i < pg.size(); ++i) {
                            QCOMPARE(pg[i].id, lite[i].id);
                            QCOMPARE(pg[i].updatedAt, lite[i].updatedAt);
                            QCOMPARE(pg[i].price.has_value(), lite[i].price.has_value());
                        }
                        compared += static_cast<int>(pg.size());
                    }
                }
            }
        }
        QVERIFY(compared > 1000);
    }

    // The list's search reads the trigram index and its orders read b-trees, in the warm tier and
    // in the archive alike, so a page costs the same with a million rows as with a hundred. With
    // sequential scans and sorts priced out, the plan shows whether an index can serve at all.
    void listSearchAndOrdersReadIndexesInBothTiers() {
        const auto store = freshStore();
        storeListData(*store);
        const QDateTime cutoff(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(store->archiveOlderThan({cutoff}, {}).moved > 0);
        const auto plan = [this](const PostgresListQuery& q) {
            pqxx::connection c(str(databaseUrl(database())));
            pqxx::work tx(c);
            tx.exec0("SET LOCAL enable_seqscan = off");
            tx.exec0("SET LOCAL enable_sort = off");
            QString text;
            for (const pqxx::row& line :
                 tx.exec_params("EXPLAIN " + q.sql, pqxx::prepare::make_dynamic_params(q.values)))
                text += QString::fromStdString(line[0].as<std::string>()) + u'\n';
            return text;
        };
        AssessmentFilter search;
        search.search = u"Null Str"_s;
        search.includeArchived = true;
        const QString searchPlan = plan(countQuery(search));
        QVERIFY2(!searchPlan.contains(u"Seq Scan"_s), qPrintable(searchPlan));
        QVERIFY2(searchPlan.contains(u"Bitmap Index Scan on assessments_search"_s),
                 qPrintable(archiveLines(searchPlan)));
        const int months = sql(database(), "SELECT count(*) FROM pg_inherits WHERE inhparent = "
                                           "'assessments'::regclass")[0][0]
                               .as<int>();
        QCOMPARE(searchPlan.count(
                     QRegularExpression(u"Bitmap Index Scan on assessments_p\\d+_expr_idx"_s)),
                 months);
        QCOMPARE(store->countAssessments(search), 6);

        // The archive's index of each order (AssessmentSort), as migration 8 names them.
        const QStringList sortIndex{u"updated"_s, u"created"_s, u"customer"_s,
                                    u"address"_s, u"state"_s,   u"status"_s,
                                    u"price"_s,   u"trees"_s,   u"composite"_s};
        AssessmentFilter page;
        page.includeArchived = true;
        page.limit = 20;
        for (int sort = 0; sort <= static_cast<int>(AssessmentSort::Composite); ++sort) {
            page.sort = static_cast<AssessmentSort>(sort);
            const QString pagePlan = plan(listQuery("a.id", page));
            QVERIFY2(pagePlan.contains(u"Merge Append"_s), qPrintable(pagePlan));
            const QRegularExpression sortNode(u"(^|->  )Sort  \\("_s,
                                              QRegularExpression::MultilineOption);
            QVERIFY2(!pagePlan.contains(sortNode) && !pagePlan.contains(u"Seq Scan"_s),
                     qPrintable(pagePlan));
            QVERIFY2(pagePlan.contains(u"using assessments_"_s + sortIndex[sort] +
                                       u" on assessments "_s),
                     qPrintable(archiveLines(pagePlan)));
        }
    }

    // A database where pg_trgm was installed before, in a schema of its own outside the search
    // path (as some hosting services do), gets its search index all the same.
    void theSearchIndexUsesATrigramExtensionInstalledElsewhere() {
        recreateDatabase(database());
        sql(database(), "CREATE SCHEMA extensions; CREATE EXTENSION pg_trgm SCHEMA extensions");
        PostgresStore store(databaseUrl(database()));
        QCOMPARE(sql(database(), "SELECT count(*) FROM pg_class WHERE relname = "
                                 "'assessments_search'")[0][0]
                     .as<int>(),
                 2); // the warm tier's and the archive's
        storeListData(store);
        AssessmentFilter search;
        search.search = u"null str"_s;
        QCOMPARE(store.countAssessments(search), 6);
    }

    void storeUrlsAndConnectionStringsOpen() {
        recreateDatabase(database());
        const auto byUri = openStore(databaseUrl(database()));
        QVERIFY(byUri->location().contains(database()));
        const QString postgresScheme = u"postgres"_s + databaseUrl(database()).mid(10);
        QVERIFY(openStore(postgresScheme)->location().startsWith(u"PostgreSQL"_s));
        const QString conninfo = u"host=127.0.0.1 port=%1 user=treeops dbname=%2"_s
                                     .arg(TestServers::instance().postgresPort())
                                     .arg(database());
        const auto byConninfo = openStore(conninfo);
        QCOMPARE(byConninfo->schemaVersion(), PostgresStore::latestSchemaVersion());
    }

    // Every connection TreeOps opens is closed with the object that holds it: the server's
    // sessions on the database go back to none (a session ends a moment after its client).
    void closedConnectionsLeaveNoSessionBehind() {
        recreateDatabase(database());
        const QString url = databaseUrl(database());
        const std::string count = "SELECT count(*) FROM pg_stat_activity WHERE datname = '" +
                                  str(database()) + "' AND pid <> pg_backend_pid()";
        const auto sessions = [&] { return sql(database(), count)[0][0].as<int>(); };
        for (int i = 0; i < 3; ++i) {
            const auto store = openStore(url);
            QCOMPARE(store->schemaVersion(), PostgresStore::latestSchemaVersion());
            const auto history = openQualityHistory(url);
            history->recentRuns(1);
            const auto reader = openReadOnlySql(url);
            reader->query(u"SELECT 1"_s, [](const QStringList&) { return true; });
            QVERIFY(sessions() >= 3);
        }
        QTRY_COMPARE(sessions(), 0);
    }

    void badUrlsAreInvalidInput() {
        for (const QString& url : {u"postgresql://treeops@[::1/treeops"_s,
                                   u"postgresql://127.0.0.1/treeops?no_such_option=1"_s,
                                   u"host=127.0.0.1 dbname='unterminated"_s}) {
            const StoreError e = openError(url);
            QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
            QVERIFY2(e.message().contains(u"not valid"_s), qPrintable(e.message()));
        }
    }

    void wrongPasswordIsAClearRefusal() {
        const StoreError e =
            openError(TestServers::instance().postgresUrl() + u"?password=wrong"_s);
        QCOMPARE(e.kind(), StoreError::Kind::Unavailable);
        QVERIFY2(e.message().contains(u"refused the login"_s), qPrintable(e.message()));
        QVERIFY(!e.message().contains(u"wrong@"_s));
    }

    void wrongDatabaseIsNamed() {
        const StoreError e = openError(databaseUrl(u"no_such_database"_s));
        QCOMPARE(e.kind(), StoreError::Kind::Unavailable);
        QVERIFY2(e.message().contains(u"no database of that name"_s), qPrintable(e.message()));
    }

    void tlsRequiredByTheUrlIsExplained() {
        const StoreError e =
            openError(TestServers::instance().postgresUrl() + u"?sslmode=require"_s);
        QCOMPARE(e.kind(), StoreError::Kind::Unavailable);
        QVERIFY2(e.message().contains(u"TLS"_s), qPrintable(e.message()));
    }

    void connectionTestReportsVersionAndRoundTrip() {
        const ConnectionCheck check = testConnection(TestServers::instance().postgresUrl());
        QVERIFY2(check.serverVersion.startsWith(u"PostgreSQL 15"_s),
                 qPrintable(check.serverVersion));
        QVERIFY(check.roundTrip.count() > 0);
        QVERIFY(check.server.contains(QString::number(TestServers::instance().postgresPort())));
        QVERIFY_THROWS_EXCEPTION(StoreError, testConnection(u"sqlite:///tmp/x.db"_s));
    }

    void cliTestConnectionExitCodes() {
        const auto run = [](const QString& url) {
            QProcess cli;
            cli.start(QStringLiteral(TREEOPS_BIN_DIR) + u"/treeops-cli"_s,
                      {u"store"_s, u"test-connection"_s, u"--store"_s, url});
            cli.waitForFinished(30000);
            return std::pair(cli.exitCode(), QString::fromUtf8(cli.readAll()));
        };
        const auto ok = run(TestServers::instance().postgresUrl());
        QCOMPARE(ok.first, 0);
        QVERIFY2(ok.second.contains(u"round trip"_s), qPrintable(ok.second));
        QCOMPARE(run(u"postgresql://treeops@[::1/x"_s).first, 2);
        QCOMPARE(run(u"postgresql://treeops@127.0.0.1:1/treeops"_s).first, 1);
    }

    // Run last among the server tests: the server goes down and comes back.
    void stoppedServerIsUnavailableThenRecovers() {
        const auto store = freshStore();
        ensureReferenceData(*store);
        const QString url = databaseUrl(database());
        TestServers::instance().stopPostgres();
        try {
            store->activeCatalog();
            QFAIL("a stopped server answered");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unavailable);
            QVERIFY2(e.message().contains(u"PostgreSQL server"_s), qPrintable(e.message()));
        }
        const StoreError e = openError(url);
        QCOMPARE(e.kind(), StoreError::Kind::Unavailable);
        QVERIFY2(e.message().contains(u"cannot reach"_s), qPrintable(e.message()));
        TestServers::instance().startPostgres();
        const auto again = openStore(url);
        QVERIFY(again->activeCatalog());
        QVERIFY(store->activeCatalog()); // the old store reconnects by itself
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    PostgresStoreTest postgresTests;
    PostgresContract contract;
    int failed = QTest::qExec(&postgresTests, argc, argv);
    failed += QTest::qExec(&contract, argc, argv);
    return failed;
}

#include "tst_postgres_store.moc"

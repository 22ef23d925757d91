// The embedded store on real SQLite files: the store contract (StoreContract, shared with the
// PostgreSQL store), plus what only a file has: WAL mode, refusal of corrupt, foreign or newer
// files, and store URLs.
#include "StoreContract.h"
#include "assessments/AssessmentService.h"
#include "assessments/DemoData.h"
#include "storage/ReferenceData.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"
#include "storage/sqlite/SqliteDatabase.h"
#include "storage/sqlite/SqliteStore.h"
#include "support/JsonCompare.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>
#include <sqlite3.h>

using namespace treeops;
using namespace treeops::storage;
using namespace Qt::StringLiterals;

namespace {

StoreError::Kind openError(const QString& path) {
    try {
        SqliteStore store(path);
    } catch (const StoreError& e) {
        return e.kind();
    }
    return StoreError::Kind::Failed;
}

AssessmentWrite oldWrite(const QString& id, const QDateTime& when) {
    AssessmentWrite w;
    w.id = id;
    w.customerName = u"Ana Ruiz"_s;
    w.state = u"FL"_s;
    w.services = {u"removal"_s};
    w.treeCount = 1;
    w.inputJson = "{\"id\":\"" + id.toUtf8() + "\"}";
    w.recordedAt = when;
    return w;
}

const ArchiveRequest OlderThan90Days{QDateTime::currentDateTimeUtc().addDays(-90), 1000};

} // namespace

class SqliteStoreTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openingCreatesSchemaInWalMode() {
        SqliteStore store(path(u"new.db"_s));
        QCOMPARE(store.schemaVersion(), SqliteStore::latestSchemaVersion());
        SqliteDatabase raw(path(u"new.db"_s));
        auto mode = raw.prepare(u"PRAGMA journal_mode"_s);
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), u"wal"_s);
        auto migrations = raw.prepare(u"SELECT count(*) FROM schema_migrations"_s);
        QVERIFY(migrations.step());
        QCOMPARE(migrations.integer(0), qint64(SqliteStore::latestSchemaVersion()));
    }

    void newStoresUseLargePagesAndOlderOnesKeepTheirs() {
        const auto pageSize = [](const QString& file) {
            SqliteDatabase raw(file);
            auto size = raw.prepare(u"PRAGMA page_size"_s);
            return size.step() ? size.integer(0) : qint64(-1);
        };
        { SqliteStore store(path(u"large-pages.db"_s)); }
        QCOMPARE(pageSize(path(u"large-pages.db"_s)), qint64(SqliteStore::PageSizeBytes));

        const QString older = path(u"small-pages.db"_s);
        {
            SqliteDatabase raw(older);
            raw.execute(u"PRAGMA page_size = 4096"_s);
            raw.execute(u"PRAGMA journal_mode = WAL"_s);
            raw.execute(u"PRAGMA application_id = 1414677829"_s); // TreeOps'
            raw.execute(u"CREATE TABLE written_before (x)"_s);
        }
        SqliteStore store(older);
        QCOMPARE(store.schemaVersion(), SqliteStore::latestSchemaVersion());
        QCOMPARE(pageSize(older), qint64(4096));
    }

    // Data-quality checks read on several connections at once; with SQLite's memory statistics
    // on, every allocation of each took one global mutex, and four checks side by side ran at
    // half their speed. Statistics off, SQLite counts nothing.
    void connectionsShareNoAllocationCounter() {
        SqliteStore store(path(u"counted.db"_s));
        QCOMPARE(store.countAssessments({}), 0);
        QCOMPARE(sqlite3_memory_used(), 0);
    }

    void corruptFileIsRefusedAndLeftUntouched() {
        const QString file = path(u"corrupt.db"_s);
        QFile junk(file);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        const QByteArray content =
            QByteArray("this is a spreadsheet, not a database\n").repeated(200);
        junk.write(content);
        junk.close();
        QCOMPARE(openError(file), StoreError::Kind::NotTreeOps);
        QCOMPARE(test::readFile(file), content);
    }

    void foreignSqliteDatabaseIsRefusedAndLeftUntouched() {
        const QString file = path(u"foreign.db"_s);
        {
            SqliteDatabase other(file);
            other.execute(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s);
        }
        const QByteArray before = test::readFile(file);
        QCOMPARE(openError(file), StoreError::Kind::NotTreeOps);
        QCOMPARE(test::readFile(file), before);
    }

    void newerSchemaIsRefused() {
        const QString file = path(u"newer.db"_s);
        { SqliteStore store(file); }
        {
            SqliteDatabase raw(file);
            raw.execute(
                u"INSERT INTO schema_migrations VALUES (999, 'from the future', '2030-01-01')"_s);
        }
        QCOMPARE(openError(file), StoreError::Kind::NewerSchema);
    }

    // The contract checks the API; here the database itself refuses, whoever writes to it.
    void publishedVersionsAreImmutableInTheFile() {
        {
            SqliteStore store(path(u"immutable.db"_s));
            ensureReferenceData(store);
        }
        SqliteDatabase raw(path(u"immutable.db"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 raw.execute(u"UPDATE catalog_versions SET content = '{}'"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, raw.execute(u"DELETE FROM catalog_versions"_s));
    }

    void archiveWritesOneFilePerYearBesideTheStore() {
        QTemporaryDir dir;
        SqliteStore store(dir.filePath(u"store.db"_s));
        const QDateTime y2022(QDate(2022, 12, 31), QTime(23, 0), Qt::UTC);
        const QDateTime y2023(QDate(2023, 1, 1), QTime(1, 0), Qt::UTC);
        store.saveAssessments({oldWrite(u"Y22-1"_s, y2022), oldWrite(u"Y22-2"_s, y2022),
                               oldWrite(u"Y22-3"_s, y2022), oldWrite(u"Y23-1"_s, y2023),
                               oldWrite(u"Y23-2"_s, y2023)});
        const ArchiveOutcome outcome = store.archiveOlderThan(OlderThan90Days);
        QCOMPARE(outcome.moved, 5);
        QCOMPARE(outcome.verifiedBatches, 2); // a batch never spans two year files
        QVERIFY(QFile::exists(dir.filePath(u"store-archive-2022.sqlite"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"store-archive-2023.sqlite"_s)));
        const ArchiveStats stats = store.archiveStats();
        QCOMPARE(stats.parts.size(), 2);
        QCOMPARE(stats.parts[0].name, u"store-archive-2022.sqlite"_s);
        QCOMPARE(stats.parts[0].assessments, 3);
        QCOMPARE(stats.parts[1].assessments, 2);
        SqliteDatabase year(dir.filePath(u"store-archive-2023.sqlite"_s));
        auto ids = year.prepare(u"SELECT group_concat(id, ',') FROM (SELECT id FROM assessments "
                                "ORDER BY id)"_s);
        QVERIFY(ids.step());
        QCOMPARE(ids.text(0), u"Y23-1,Y23-2"_s);
        QVERIFY(store.assessment(u"Y22-2"_s)->summary.archived);
    }

    void archiveVerificationFailureKeepsTheBatchWarm() {
        QTemporaryDir dir;
        SqliteStore store(dir.filePath(u"store.db"_s));
        const QDateTime old(QDate(2023, 5, 1), QTime(8, 0), Qt::UTC);
        store.saveAssessments(
            {oldWrite(u"V-1"_s, old), oldWrite(u"V-2"_s, old), oldWrite(u"V-3"_s, old)});
        // The copy is damaged between copy and verification, as a bad disk or a bug would.
        store.archive().setAfterCopyHook([](SqliteDatabase& db) {
            db.execute(u"UPDATE archive.assessments SET input_json = '{}' WHERE id = 'V-2'"_s);
        });
        const ArchiveOutcome failed = store.archiveOlderThan(OlderThan90Days);
        QVERIFY(failed.verificationFailed);
        QCOMPARE(failed.moved, 0);
        QVERIFY(failed.message.contains(u"verification"_s));
        QCOMPARE(store.countAssessments({}), 3);
        const auto v2 = store.assessment(u"V-2"_s);
        QVERIFY(v2 && !v2->summary.archived);
        QCOMPARE(v2->inputJson, QByteArray("{\"id\":\"V-2\"}"));
        // The copies it left in the year file are not archived: a list shows each once, warm.
        AssessmentFilter all;
        all.includeArchived = true;
        const auto listed = store.listAssessments(all);
        QCOMPARE(listed.size(), 3);
        QVERIFY(std::none_of(listed.begin(), listed.end(),
                             [](const AssessmentSummary& a) { return a.archived; }));

        // The next run replaces the damaged copies and moves the batch.
        store.archive().setAfterCopyHook({});
        const ArchiveOutcome retried = store.archiveOlderThan(OlderThan90Days);
        QCOMPARE(retried.moved, 3);
        QCOMPARE(retried.skipped, 3);
        QCOMPARE(store.archiveStats().assessments, 3);
        QCOMPARE(store.assessment(u"V-2"_s)->inputJson, QByteArray("{\"id\":\"V-2\"}"));
    }

    void listingRefusesMoreYearFilesThanSqliteCanAttach() {
        QTemporaryDir dir;
        SqliteStore store(dir.filePath(u"store.db"_s));
        QList<AssessmentWrite> writes;
        for (int year = 2001; year <= 2011; ++year) // one more than SQLite attaches by default
            writes << oldWrite(u"Y%1"_s.arg(year), QDateTime(QDate(year, 6, 1), QTime(), Qt::UTC));
        store.saveAssessments(writes);
        QCOMPARE(store.archiveOlderThan(OlderThan90Days).moved, 11);
        AssessmentFilter all;
        all.includeArchived = true;
        try {
            store.countAssessments(all);
            QFAIL("eleven year files were listed");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(u"11 yearly files"_s), qPrintable(e.message()));
        }
        // Nothing stays attached: reads and another run still work.
        QVERIFY(store.assessment(u"Y2005"_s)->summary.archived);
        QCOMPARE(store.countAssessments({}), 0);
        QCOMPARE(store.archiveOlderThan(OlderThan90Days).moved, 0);
    }

    void storeUrlsAreChecked() {
        QVERIFY_THROWS_EXCEPTION(StoreError, openStore(u"mysql://db/treeops"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, openStore(u"sqlite://host/file.db"_s));
        const auto store = openStore(u"sqlite://"_s + path(u"nested/dir/url.db"_s));
        QVERIFY(store->location().contains(u"url.db"_s));
    }
};

// The contract on SQLite files, one per test function, in a temporary folder.
class SqliteContract : public StoreContract {
    QTemporaryDir m_dir;

public:
    std::unique_ptr<Store> open(const QString& name, bool fresh) override {
        const QString file = m_dir.filePath(name + u".db"_s);
        if (fresh) {
            QFile::remove(file);
            const QDir dir(m_dir.path());
            for (const QString& archive : dir.entryList({name + u"-archive-*.sqlite"_s}))
                QFile::remove(dir.filePath(archive));
        }
        return std::make_unique<SqliteStore>(file);
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    SqliteStoreTest fileTests;
    SqliteContract contract;
    int failed = QTest::qExec(&fileTests, argc, argv);
    failed += QTest::qExec(&contract, argc, argv);
    return failed;
}
#include "tst_sqlite_store.moc"

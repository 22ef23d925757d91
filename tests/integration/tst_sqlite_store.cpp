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

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

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
        if (fresh)
            QFile::remove(file);
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

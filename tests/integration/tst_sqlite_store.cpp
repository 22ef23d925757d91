// The embedded store on real SQLite files: migrations, refusal of foreign or newer files,
// immutable reference data, optimistic concurrency, all-or-nothing batches and quotes that
// reproduce from their pinned versions.
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

QJsonObject caseAssessment(const QString& name) {
    const QString file = QStringLiteral(TREEOPS_TEST_DATA_DIR) + u"/conformance/cases/"_s + name;
    return QJsonDocument::fromJson(test::readFile(file)).object().value(u"assessment"_s).toObject();
}

AssessmentWrite quotedWrite(const QString& id) {
    AssessmentWrite w;
    w.id = id;
    w.customerName = u"Ana Ruiz"_s;
    w.state = u"FL"_s;
    w.services = {u"removal"_s};
    w.treeCount = 1;
    w.inputJson = "{}";
    w.quote = QuoteRecord{
        shippedCatalog().version, shippedRates().version, 10, u"minimal"_s, 500, 400, 3, "{}", {}};
    return w;
}

qint64 count(const QString& file, const QString& sql) {
    SqliteDatabase raw(file);
    auto s = raw.prepare(sql);
    s.step();
    return s.integer(0);
}

StoreError::Kind errorOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const StoreError& e) {
        return e.kind();
    }
    return StoreError::Kind::Failed;
}

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

    assessments::PricedAssessment priced(assessments::AssessmentService& service,
                                         const QJsonObject& json) {
        Problems problems;
        auto p = service.price(json, problems);
        if (!p)
            qFatal("%s", qPrintable(joinProblems(problems)));
        return std::move(*p);
    }

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

    void foreignKeysRefuseAQuotePinnedToAnUnpublishedCatalog() {
        SqliteStore store(path(u"foreign-keys.db"_s));
        ensureReferenceData(store);
        AssessmentWrite write;
        write.id = u"A-FK"_s;
        write.customerName = u"Ana Ruiz"_s;
        write.state = u"FL"_s;
        write.services = {u"removal"_s};
        write.treeCount = 1;
        write.inputJson = "{}";
        write.quote = QuoteRecord{
            u"never-published"_s, shippedRates().version, 0, u"minimal"_s, 1, 1, 1, "{}", {}};
        QVERIFY_THROWS_EXCEPTION(StoreError, store.saveAssessment(write));
        QVERIFY(!store.assessment(u"A-FK"_s)); // the assessment row was rolled back with the quote
    }

    void reopeningKeepsData() {
        {
            SqliteStore store(path(u"keep.db"_s));
            ensureReferenceData(store);
        }
        SqliteStore again(path(u"keep.db"_s));
        QVERIFY(again.activeCatalog());
        QCOMPARE(again.catalogVersions().size(), 1);
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

    void publishedVersionsAreImmutable() {
        SqliteStore store(path(u"immutable.db"_s));
        scoring::CatalogData catalog = shippedCatalog();
        QCOMPARE(store.publishCatalog(catalog, true), PublishOutcome::Published);
        QCOMPARE(store.publishCatalog(catalog, true), PublishOutcome::AlreadyPublished);
        catalog.factors[0].basePct += 1;
        try {
            store.publishCatalog(catalog, true);
            QFAIL("a changed catalog was published under an existing version");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        }
        QCOMPARE(store.activeCatalog()->factors[0].basePct, shippedCatalog().factors[0].basePct);
        SqliteDatabase raw(path(u"immutable.db"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 raw.execute(u"UPDATE catalog_versions SET content = '{}'"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, raw.execute(u"DELETE FROM catalog_versions"_s));
    }

    void activatingSwitchesTheActiveVersion() {
        SqliteStore store(path(u"activate.db"_s));
        ensureReferenceData(store);
        scoring::RatesData rates = shippedRates();
        rates.version = u"rates-2"_s;
        rates.params.fuelPrice = 5.10;
        store.publishRates(rates, true);
        QCOMPARE(store.activeRates()->version, u"rates-2"_s);
        store.activateRates(shippedRates().version);
        QCOMPARE(store.activeRates()->version, shippedRates().version);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.activateRates(u"no-such"_s));
    }

    void savedQuoteReproducesFromPinnedVersionsAfterCatalogChanges() {
        SqliteStore store(path(u"pinned.db"_s));
        ensureReferenceData(store);
        assessments::AssessmentService service(store);
        QJsonObject json = caseAssessment(u"01-no-factors-single-removal.json"_s);
        json[u"factors"_s] = QJsonArray{QJsonObject{{u"code"_s, u"AF_SEVERITY_001"_s}}};
        const auto saved = service.save(priced(service, json), AssessmentStatus::Quoted);
        const double originalPrice = saved.priced.quote.price;

        scoring::CatalogData heavier = shippedCatalog();
        heavier.version = u"afiss-heavier"_s;
        for (scoring::FactorDef& f : heavier.factors)
            f.basePct = std::min(100.0, f.basePct + 10);
        store.publishCatalog(heavier, true);
        QVERIFY(priced(service, json).quote.price > originalPrice + 0.01);

        const auto reopened = service.reopen(saved.id);
        QVERIFY(reopened && reopened->repriced);
        QCOMPARE(reopened->storedQuote->catalogVersion, shippedCatalog().version);
        QVERIFY(std::abs(reopened->repriced->quote.price - originalPrice) < 1e-9);
        QVERIFY(std::abs(reopened->storedQuote->price - originalPrice) <= 0.005);
    }

    void saveOverNewerVersionIsAConflictAndChangesNothing() {
        SqliteStore store(path(u"conflict.db"_s));
        ensureReferenceData(store);
        assessments::AssessmentService service(store);
        const QJsonObject json = caseAssessment(u"13-mixed-services-fixed-costs.json"_s);
        const auto first = service.save(priced(service, json), AssessmentStatus::Draft);
        auto mine = priced(service, json);
        mine.assessment.id = first.id;
        auto theirs = mine;
        theirs.assessment.site.address = u"9 Elsewhere Rd"_s;
        QCOMPARE(service.save(theirs, AssessmentStatus::Quoted, first.rowVersion).rowVersion, 2);
        try {
            service.save(mine, AssessmentStatus::Draft, first.rowVersion);
            QFAIL("a stale save overwrote a newer one");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY(e.message().contains(u"reload"_s));
        }
        const auto stored = store.assessment(first.id);
        QCOMPARE(stored->summary.address, u"9 Elsewhere Rd"_s);
        QCOMPARE(stored->summary.status, AssessmentStatus::Quoted);
        QCOMPARE(stored->summary.rowVersion, 2);
    }

    void keyedWritesAreAppliedOnce() {
        const QString file = path(u"idempotent.db"_s);
        SqliteStore store(file);
        ensureReferenceData(store);
        AssessmentWrite write = quotedWrite(u"A-KEY"_s);
        write.idempotencyKey = u"key-new"_s;
        QCOMPARE(store.saveAssessment(write), 1);
        QCOMPARE(store.saveAssessment(write), 1); // sent again: the first result, nothing stored
        QCOMPARE(count(file, u"SELECT count(*) FROM quotes WHERE assessment_id = 'A-KEY'"_s), 1);

        AssessmentWrite update = write;
        update.idempotencyKey = u"key-update"_s;
        update.expectedRowVersion = 1;
        update.address = u"2 Oak Ln"_s;
        QCOMPARE(store.saveAssessment(update), 2);
        QCOMPARE(store.saveAssessment(update), 2); // its expected version is stale by now
        QCOMPARE(count(file, u"SELECT count(*) FROM quotes WHERE assessment_id = 'A-KEY'"_s), 2);

        update.idempotencyKey = u"key-other"_s; // a different write over version 1: a conflict
        update.address = u"3 Elm St"_s;
        QCOMPARE(errorOf([&] { store.saveAssessment(update); }), StoreError::Kind::Conflict);
        QCOMPARE(store.assessment(u"A-KEY"_s)->summary.address, u"2 Oak Ln"_s);
        QCOMPARE(store.assessment(u"A-KEY"_s)->summary.rowVersion, 2);
    }

    void keyedStatusAndDeleteAreAppliedOnce() {
        const QString file = path(u"idempotent-status.db"_s);
        SqliteStore store(file);
        ensureReferenceData(store);
        store.saveAssessment(quotedWrite(u"A-ST"_s));
        const WriteOptions status{u"key-status"_s};
        QCOMPARE(store.setStatus(u"A-ST"_s, AssessmentStatus::Quoted, 1, status), 2);
        QCOMPARE(store.setStatus(u"A-ST"_s, AssessmentStatus::Quoted, 1, status), 2);
        QCOMPARE(store.assessment(u"A-ST"_s)->summary.rowVersion, 2);
        QCOMPARE(errorOf([&] { store.setStatus(u"A-ST"_s, AssessmentStatus::Accepted, 1); }),
                 StoreError::Kind::Conflict);
        // A key names one write: used for another, it is refused rather than misreported.
        QCOMPARE(errorOf([&] { store.deleteAssessment(u"A-ST"_s, 2, status); }),
                 StoreError::Kind::InvalidInput);
        const WriteOptions remove{u"key-delete"_s};
        store.deleteAssessment(u"A-ST"_s, 2, remove);
        store.deleteAssessment(u"A-ST"_s, 2, remove); // no NotFound: it was applied
        QVERIFY(!store.assessment(u"A-ST"_s));
        QCOMPARE(store.deletedAssessments(10).size(), 1);
    }

    void statusMovesOnlyAlongThePipeline() {
        SqliteStore store(path(u"status.db"_s));
        ensureReferenceData(store);
        assessments::AssessmentService service(store);
        const auto saved =
            service.save(priced(service, caseAssessment(u"01-no-factors-single-removal.json"_s)),
                         AssessmentStatus::Draft);
        qint64 version = saved.rowVersion;
        version = service.changeStatus(saved.id, AssessmentStatus::Quoted, version);
        version = service.changeStatus(saved.id, AssessmentStatus::Accepted, version);
        version = service.changeStatus(saved.id, AssessmentStatus::Completed, version);
        QCOMPARE(store.assessment(saved.id)->summary.status, AssessmentStatus::Completed);
        try {
            service.changeStatus(saved.id, AssessmentStatus::Draft, version);
            QFAIL("completed work was reopened as a draft");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
        }
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 service.changeStatus(saved.id, AssessmentStatus::Completed, 1));
        QCOMPARE(store.assessment(saved.id)->summary.rowVersion, version);
    }

    void deleteIsRecordedAndRefusesStaleVersions() {
        SqliteStore store(path(u"delete.db"_s));
        ensureReferenceData(store);
        assessments::AssessmentService service(store);
        const auto saved =
            service.save(priced(service, caseAssessment(u"13-mixed-services-fixed-costs.json"_s)),
                         AssessmentStatus::Quoted);
        QVERIFY_THROWS_EXCEPTION(StoreError, service.remove(saved.id, saved.rowVersion + 1));
        QVERIFY(store.assessment(saved.id));
        service.remove(saved.id, saved.rowVersion);
        QVERIFY(!store.assessment(saved.id));
        QVERIFY(!store.latestQuote(saved.id));
        const auto deleted = store.deletedAssessments(10);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted[0].id, saved.id);
        QCOMPARE(deleted[0].status, AssessmentStatus::Quoted);
        QCOMPARE(QJsonDocument::fromJson(deleted[0].inputJson)[u"id"_s].toString(), saved.id);
    }

    void duplicateIsANewDraftWithTheSameContent() {
        SqliteStore store(path(u"duplicate.db"_s));
        ensureReferenceData(store);
        assessments::AssessmentService service(store);
        const auto original =
            service.save(priced(service, caseAssessment(u"13-mixed-services-fixed-costs.json"_s)),
                         AssessmentStatus::Accepted);
        const auto copy = service.duplicate(original.id);
        QVERIFY(copy.id != original.id);
        const auto stored = store.assessment(copy.id);
        QCOMPARE(stored->summary.status, AssessmentStatus::Draft);
        QCOMPARE(stored->summary.address, store.assessment(original.id)->summary.address);
        QCOMPARE(*stored->summary.price, *store.assessment(original.id)->summary.price);
    }

    void batchIsAllOrNothing() {
        SqliteStore store(path(u"batch.db"_s));
        ensureReferenceData(store);
        assessments::AssessmentService service(store);
        auto a = priced(service, caseAssessment(u"01-no-factors-single-removal.json"_s));
        a.assessment.id = u"A-1"_s;
        auto b = a;
        b.assessment.id = u"A-2"_s;
        auto duplicate = a; // same id as the first: the whole batch must fail
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 service.saveAll({{a, AssessmentStatus::Draft, {}},
                                                  {b, AssessmentStatus::Draft, {}},
                                                  {duplicate, AssessmentStatus::Draft, {}}}));
        QCOMPARE(store.countAssessments({}), 0);
        service.saveAll({{a, AssessmentStatus::Draft, {}}, {b, AssessmentStatus::Draft, {}}});
        QCOMPARE(store.countAssessments({}), 2);
    }

    void listFiltersSortsAndPages() {
        SqliteStore store(path(u"list.db"_s));
        ensureReferenceData(store);
        assessments::AssessmentService service(store);
        assessments::DemoData demo(*store.activeCatalog(), *store.activeRates(), 7);
        QList<assessments::AssessmentService::BatchItem> batch;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 60; ++i) {
            auto p = priced(service, demo.next());
            p.assessment.id = u"A-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            batch.append({p, static_cast<AssessmentStatus>(i % 4), now.addDays(-i)});
        }
        service.saveAll(batch);

        AssessmentFilter filter;
        filter.limit = 25;
        QCOMPARE(store.listAssessments(filter).size(), 25);
        QCOMPARE(store.listAssessments(filter).first().id, u"A-000"_s); // newest first
        filter.offset = 50;
        QCOMPARE(store.listAssessments(filter).size(), 10);

        AssessmentFilter accepted;
        accepted.status = AssessmentStatus::Accepted;
        accepted.limit = 100;
        QCOMPARE(store.countAssessments(accepted), 15);
        for (const auto& row : store.listAssessments(accepted))
            QCOMPARE(row.status, AssessmentStatus::Accepted);

        AssessmentFilter recent;
        recent.updatedFrom = now.date().addDays(-9);
        QCOMPARE(store.countAssessments(recent), 10);

        AssessmentFilter byPrice;
        byPrice.sort = AssessmentSort::Price;
        byPrice.descending = false;
        byPrice.limit = 100;
        const auto rows = store.listAssessments(byPrice);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(*rows[i - 1].price <= *rows[i].price);

        AssessmentFilter search;
        search.search = u"a-04"_s;
        QCOMPARE(store.countAssessments(search), 10);
        search.search = u"100%"_s; // LIKE wildcards are matched literally
        QCOMPARE(store.countAssessments(search), 0);
    }

    void storeUrlsAreChecked() {
        QVERIFY_THROWS_EXCEPTION(StoreError, openStore(u"mysql://db/treeops"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, openStore(u"sqlite://host/file.db"_s));
        const auto store = openStore(u"sqlite://"_s + path(u"nested/dir/url.db"_s));
        QVERIFY(store->location().contains(u"url.db"_s));
    }
};

QTEST_GUILESS_MAIN(SqliteStoreTest)
#include "tst_sqlite_store.moc"

#include "StoreContract.h"

#include "assessments/DemoData.h"
#include "storage/ReferenceData.h"
#include "storage/StoreError.h"
#include "support/JsonCompare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace treeops;
using namespace treeops::storage;
using namespace Qt::StringLiterals;

QJsonObject StoreContract::caseAssessment(const QString& name) {
    const QString file = QStringLiteral(TREEOPS_TEST_DATA_DIR) + u"/conformance/cases/"_s + name;
    return QJsonDocument::fromJson(test::readFile(file)).object().value(u"assessment"_s).toObject();
}

assessments::PricedAssessment StoreContract::priced(assessments::AssessmentService& service,
                                                    const QJsonObject& json) {
    Problems problems;
    auto p = service.price(json, problems);
    if (!p)
        qFatal("%s", qPrintable(joinProblems(problems)));
    return std::move(*p);
}

std::unique_ptr<Store> StoreContract::freshStore() {
    return open(QString::fromLatin1(QTest::currentTestFunction()), true);
}

std::unique_ptr<Store> StoreContract::sameStore() {
    return open(QString::fromLatin1(QTest::currentTestFunction()), false);
}

namespace {

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

// `count` quoted assessments last updated at `when` (+ i minutes), each with its own content.
QList<AssessmentWrite> datedWrites(const QString& prefix, int count, const QDateTime& when) {
    QList<AssessmentWrite> out;
    const AssessmentWrite pattern = quotedWrite({}); // reads the shipped catalog: once
    for (int i = 0; i < count; ++i) {
        AssessmentWrite w = pattern;
        w.id = prefix + QString::number(i);
        w.inputJson = QByteArray("{\"n\":") + QByteArray::number(i) + "}";
        w.quote->price = 100 + i;
        w.quote->quoteJson = QByteArray("{\"price\":") + QByteArray::number(100 + i) + "}";
        w.recordedAt = when.addSecs(i * 60LL);
        out.append(w);
    }
    return out;
}

const QDateTime LongAgo(QDate(2023, 3, 1), QTime(9, 0), Qt::UTC);

ArchiveRequest olderThan90Days(int batchSize = 1000) {
    return {QDateTime::currentDateTimeUtc().addDays(-90), batchSize};
}

StoreError::Kind errorOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const StoreError& e) {
        return e.kind();
    }
    return StoreError::Kind::Failed;
}

} // namespace

void StoreContract::foreignKeysRefuseAQuotePinnedToAnUnpublishedCatalog() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    AssessmentWrite write;
    write.id = u"A-FK"_s;
    write.customerName = u"Ana Ruiz"_s;
    write.state = u"FL"_s;
    write.services = {u"removal"_s};
    write.treeCount = 1;
    write.inputJson = "{}";
    write.quote = QuoteRecord{
        u"never-published"_s, shippedRates().version, 0, u"minimal"_s, 1, 1, 1, "{}", {}};
    QVERIFY_THROWS_EXCEPTION(StoreError, store->saveAssessment(write));
    QVERIFY(!store->assessment(u"A-FK"_s)); // the assessment row was rolled back with the quote
}

void StoreContract::reopeningKeepsData() {
    {
        const auto store = freshStore();
        ensureReferenceData(*store);
    }
    const auto again = sameStore();
    QVERIFY(again->activeCatalog());
    QCOMPARE(again->catalogVersions().size(), 1);
}

void StoreContract::publishedVersionsAreImmutable() {
    const auto store = freshStore();
    scoring::CatalogData catalog = shippedCatalog();
    QCOMPARE(store->publishCatalog(catalog, true), PublishOutcome::Published);
    QCOMPARE(store->publishCatalog(catalog, true), PublishOutcome::AlreadyPublished);
    catalog.factors[0].basePct += 1;
    try {
        store->publishCatalog(catalog, true);
        QFAIL("a changed catalog was published under an existing version");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
    }
    QCOMPARE(store->activeCatalog()->factors[0].basePct, shippedCatalog().factors[0].basePct);
}

void StoreContract::activatingSwitchesTheActiveVersion() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    scoring::RatesData rates = shippedRates();
    rates.version = u"rates-2"_s;
    rates.params.fuelPrice = 5.10;
    store->publishRates(rates, true);
    QCOMPARE(store->activeRates()->version, u"rates-2"_s);
    store->activateRates(shippedRates().version);
    QCOMPARE(store->activeRates()->version, shippedRates().version);
    QCOMPARE(*store->activeRatesVersion(), shippedRates().version);
    QVERIFY_THROWS_EXCEPTION(StoreError, store->activateRates(u"no-such"_s));
    QCOMPARE(store->ratesVersions().size(), 2);
}

void StoreContract::savedQuoteReproducesFromPinnedVersionsAfterCatalogChanges() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    assessments::AssessmentService service(*store);
    QJsonObject json = caseAssessment(u"01-no-factors-single-removal.json"_s);
    json[u"factors"_s] = QJsonArray{QJsonObject{{u"code"_s, u"AF_SEVERITY_001"_s}}};
    const auto saved = service.save(priced(service, json), AssessmentStatus::Quoted);
    const double originalPrice = saved.priced.quote.price;

    scoring::CatalogData heavier = shippedCatalog();
    heavier.version = u"afiss-heavier"_s;
    for (scoring::FactorDef& f : heavier.factors)
        f.basePct = std::min(100.0, f.basePct + 10);
    store->publishCatalog(heavier, true);
    QVERIFY(priced(service, json).quote.price > originalPrice + 0.01);

    const auto reopened = service.reopen(saved.id);
    QVERIFY(reopened && reopened->repriced);
    QCOMPARE(reopened->storedQuote->catalogVersion, shippedCatalog().version);
    QVERIFY(std::abs(reopened->repriced->quote.price - originalPrice) < 1e-9);
    QVERIFY(std::abs(reopened->storedQuote->price - originalPrice) <= 0.005);
}

void StoreContract::saveOverNewerVersionIsAConflictAndChangesNothing() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    assessments::AssessmentService service(*store);
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
    const auto stored = store->assessment(first.id);
    QCOMPARE(stored->summary.address, u"9 Elsewhere Rd"_s);
    QCOMPARE(stored->summary.status, AssessmentStatus::Quoted);
    QCOMPARE(stored->summary.rowVersion, 2);
}

// Two store objects on the same data are two consoles: each refuses to act on the version
// the other has replaced, and nothing the other saved is lost.
void StoreContract::twoConsolesCannotOverwriteEachOther() {
    const auto ana = freshStore();
    ensureReferenceData(*ana);
    const auto ben = sameStore();
    assessments::AssessmentService anaService(*ana);
    assessments::AssessmentService benService(*ben);
    const auto saved =
        anaService.save(priced(anaService, caseAssessment(u"13-mixed-services-fixed-costs.json"_s)),
                        AssessmentStatus::Draft);
    const auto seenByBen = ben->assessment(saved.id);
    QVERIFY(seenByBen);
    auto edited = saved.priced;
    edited.assessment.site.address = u"1 Ana's Way"_s;
    const qint64 anaVersion = anaService.save(edited, AssessmentStatus::Quoted, 1).rowVersion;
    QCOMPARE(anaVersion, 2);

    auto bens = saved.priced;
    bens.assessment.site.address = u"2 Ben's Road"_s;
    for (const auto& attempt : std::initializer_list<std::function<void()>>{
             [&] { benService.save(bens, AssessmentStatus::Draft, 1); },
             [&] { ben->setStatus(saved.id, AssessmentStatus::Quoted, 1); },
             [&] { ben->deleteAssessment(saved.id, 1); }}) {
        try {
            attempt();
            QFAIL("a console acted on a version another console had replaced");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(u"reload"_s), qPrintable(e.message()));
        }
    }
    const auto stored = ben->assessment(saved.id);
    QCOMPARE(stored->summary.address, u"1 Ana's Way"_s);
    QCOMPARE(stored->summary.rowVersion, 2);
    QCOMPARE(ben->setStatus(saved.id, AssessmentStatus::Accepted, 2), 3);
    QCOMPARE(ana->assessment(saved.id)->summary.status, AssessmentStatus::Accepted);
}

void StoreContract::statusMovesOnlyAlongThePipeline() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    assessments::AssessmentService service(*store);
    const auto saved =
        service.save(priced(service, caseAssessment(u"01-no-factors-single-removal.json"_s)),
                     AssessmentStatus::Draft);
    qint64 version = saved.rowVersion;
    version = service.changeStatus(saved.id, AssessmentStatus::Quoted, version);
    version = service.changeStatus(saved.id, AssessmentStatus::Accepted, version);
    version = service.changeStatus(saved.id, AssessmentStatus::Completed, version);
    QCOMPARE(store->assessment(saved.id)->summary.status, AssessmentStatus::Completed);
    try {
        service.changeStatus(saved.id, AssessmentStatus::Draft, version);
        QFAIL("completed work was reopened as a draft");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
    }
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             service.changeStatus(saved.id, AssessmentStatus::Completed, 1));
    QCOMPARE(store->assessment(saved.id)->summary.rowVersion, version);
}

void StoreContract::deleteIsRecordedAndRefusesStaleVersions() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    assessments::AssessmentService service(*store);
    const auto saved =
        service.save(priced(service, caseAssessment(u"13-mixed-services-fixed-costs.json"_s)),
                     AssessmentStatus::Quoted);
    QVERIFY_THROWS_EXCEPTION(StoreError, service.remove(saved.id, saved.rowVersion + 1));
    QVERIFY(store->assessment(saved.id));
    service.remove(saved.id, saved.rowVersion);
    QVERIFY(!store->assessment(saved.id));
    QVERIFY(!store->latestQuote(saved.id));
    const auto deleted = store->deletedAssessments(10);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted[0].id, saved.id);
    QCOMPARE(deleted[0].status, AssessmentStatus::Quoted);
    QCOMPARE(QJsonDocument::fromJson(deleted[0].inputJson)[u"id"_s].toString(), saved.id);
    try {
        service.remove(saved.id, saved.rowVersion);
        QFAIL("a deleted assessment was deleted again");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
}

void StoreContract::duplicateIsANewDraftWithTheSameContent() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    assessments::AssessmentService service(*store);
    const auto original =
        service.save(priced(service, caseAssessment(u"13-mixed-services-fixed-costs.json"_s)),
                     AssessmentStatus::Accepted);
    const auto copy = service.duplicate(original.id);
    QVERIFY(copy.id != original.id);
    const auto stored = store->assessment(copy.id);
    QCOMPARE(stored->summary.status, AssessmentStatus::Draft);
    QCOMPARE(stored->summary.address, store->assessment(original.id)->summary.address);
    QCOMPARE(*stored->summary.price, *store->assessment(original.id)->summary.price);
}

// A write replayed from an outbox after a lost reply must not apply twice.
void StoreContract::keyedWritesAreAppliedOnce() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    AssessmentWrite write = quotedWrite(u"A-KEY"_s);
    write.idempotencyKey = u"key-new"_s;
    QCOMPARE(store->saveAssessment(write), 1);
    // Sent again: the first result; without the key a second insert of the id is a conflict.
    QCOMPARE(store->saveAssessment(write), 1);

    AssessmentWrite update = write;
    update.idempotencyKey = u"key-update"_s;
    update.expectedRowVersion = 1;
    update.address = u"2 Oak Ln"_s;
    QCOMPARE(store->saveAssessment(update), 2);
    QCOMPARE(store->saveAssessment(update), 2); // its expected version is stale by now
    QCOMPARE(store->assessment(u"A-KEY"_s)->summary.rowVersion, 2);

    update.idempotencyKey = u"key-other"_s; // a different write over version 1: a conflict
    update.address = u"3 Elm St"_s;
    QCOMPARE(errorOf([&] { store->saveAssessment(update); }), StoreError::Kind::Conflict);
    QCOMPARE(store->assessment(u"A-KEY"_s)->summary.address, u"2 Oak Ln"_s);
    QCOMPARE(store->assessment(u"A-KEY"_s)->summary.rowVersion, 2);
}

void StoreContract::keyedStatusAndDeleteAreAppliedOnce() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    store->saveAssessment(quotedWrite(u"A-ST"_s));
    const WriteOptions status{u"key-status"_s};
    QCOMPARE(store->setStatus(u"A-ST"_s, AssessmentStatus::Quoted, 1, status), 2);
    QCOMPARE(store->setStatus(u"A-ST"_s, AssessmentStatus::Quoted, 1, status), 2);
    QCOMPARE(store->assessment(u"A-ST"_s)->summary.rowVersion, 2);
    QCOMPARE(errorOf([&] { store->setStatus(u"A-ST"_s, AssessmentStatus::Accepted, 1); }),
             StoreError::Kind::Conflict);
    // A key names one write: used for another, it is refused rather than misreported.
    QCOMPARE(errorOf([&] { store->deleteAssessment(u"A-ST"_s, 2, status); }),
             StoreError::Kind::InvalidInput);
    QVERIFY(store->assessment(u"A-ST"_s));
    const WriteOptions remove{u"key-delete"_s};
    store->deleteAssessment(u"A-ST"_s, 2, remove);
    store->deleteAssessment(u"A-ST"_s, 2, remove); // no NotFound: it was applied
    QVERIFY(!store->assessment(u"A-ST"_s));
    QCOMPARE(store->deletedAssessments(10).size(), 1);
}

void StoreContract::keyedBatchSkipsWhatWasApplied() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    AssessmentWrite first = quotedWrite(u"A-B1"_s);
    first.idempotencyKey = u"batch-1"_s;
    store->saveAssessment(first);
    AssessmentWrite second = quotedWrite(u"A-B2"_s);
    second.idempotencyKey = u"batch-2"_s;
    store->saveAssessments({first, second}); // the first was applied: only the second is new
    QCOMPARE(store->countAssessments({}), 2);
    store->saveAssessments({first, second});
    QCOMPARE(store->countAssessments({}), 2);
}

void StoreContract::batchIsAllOrNothing() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    assessments::AssessmentService service(*store);
    auto a = priced(service, caseAssessment(u"01-no-factors-single-removal.json"_s));
    a.assessment.id = u"A-1"_s;
    auto b = a;
    b.assessment.id = u"A-2"_s;
    auto duplicate = a; // same id as the first: the whole batch must fail
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             service.saveAll({{a, AssessmentStatus::Draft, {}},
                                              {b, AssessmentStatus::Draft, {}},
                                              {duplicate, AssessmentStatus::Draft, {}}}));
    QCOMPARE(store->countAssessments({}), 0);
    service.saveAll({{a, AssessmentStatus::Draft, {}}, {b, AssessmentStatus::Draft, {}}});
    QCOMPARE(store->countAssessments({}), 2);
    QVERIFY(store->latestQuote(u"A-2"_s));
}

void StoreContract::batchWithABadRowInTheMiddleStoresNothing() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    assessments::AssessmentService service(*store);
    const auto p = priced(service, caseAssessment(u"01-no-factors-single-removal.json"_s));
    QList<AssessmentWrite> writes;
    for (int i = 0; i < 50; ++i) {
        AssessmentWrite w;
        w.id = u"B-%1"_s.arg(i);
        w.customerName = u"Customer %1"_s.arg(i % 7);
        w.state = u"FL"_s;
        w.services = {u"removal"_s};
        w.treeCount = i == 25 ? 0 : 1; // at least one tree: the store refuses row 25
        w.inputJson = "{}";
        writes.append(w);
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, store->saveAssessments(writes));
    QCOMPARE(store->countAssessments({}), 0);
    QVERIFY(!store->assessment(u"B-0"_s));
    writes[25].treeCount = 2;
    store->saveAssessments(writes);
    QCOMPARE(store->countAssessments({}), 50);
    QCOMPARE(store->assessment(u"B-25"_s)->summary.treeCount, 2);
}

void StoreContract::listFiltersSortsAndPages() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    assessments::AssessmentService service(*store);
    assessments::DemoData demo(*store->activeCatalog(), *store->activeRates(), 7);
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
    QCOMPARE(store->listAssessments(filter).size(), 25);
    QCOMPARE(store->listAssessments(filter).first().id, u"A-000"_s); // newest first
    filter.offset = 50;
    QCOMPARE(store->listAssessments(filter).size(), 10);

    AssessmentFilter accepted;
    accepted.status = AssessmentStatus::Accepted;
    accepted.limit = 100;
    QCOMPARE(store->countAssessments(accepted), 15);
    for (const auto& row : store->listAssessments(accepted))
        QCOMPARE(row.status, AssessmentStatus::Accepted);

    AssessmentFilter recent;
    recent.updatedFrom = now.date().addDays(-9);
    QCOMPARE(store->countAssessments(recent), 10);

    AssessmentFilter byPrice;
    byPrice.sort = AssessmentSort::Price;
    byPrice.descending = false;
    byPrice.limit = 100;
    const auto rows = store->listAssessments(byPrice);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(*rows[i - 1].price <= *rows[i].price);

    AssessmentFilter search;
    search.search = u"a-04"_s;
    QCOMPARE(store->countAssessments(search), 10);
    search.search = u"100%"_s; // LIKE wildcards are matched literally
    QCOMPARE(store->countAssessments(search), 0);
}

void StoreContract::archiveMovesOldAssessmentsAndReadsFallThrough() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    store->saveAssessments(datedWrites(u"OLD-"_s, 5, LongAgo));
    store->saveAssessments(datedWrites(u"NEW-"_s, 3, QDateTime::currentDateTimeUtc()));
    const auto before = store->assessment(u"OLD-3"_s);
    const auto quoteBefore = store->latestQuote(u"OLD-3"_s);
    QVERIFY(before && quoteBefore);
    QVERIFY(!before->summary.archived);

    const ArchiveOutcome outcome = store->archiveOlderThan(olderThan90Days());
    QCOMPARE(outcome.candidates, 5);
    QCOMPARE(outcome.moved, 5);
    QCOMPARE(outcome.verifiedBatches, 1);
    QVERIFY(!outcome.cancelled && !outcome.verificationFailed);
    QCOMPARE(store->countAssessments({}), 3);
    const auto listed = store->listAssessments({});
    QVERIFY(std::all_of(listed.begin(), listed.end(),
                        [](const AssessmentSummary& a) { return a.id.startsWith(u"NEW-"_s); }));

    // Another console reads it through, marked, with the same content and quote.
    const auto other = sameStore();
    const auto after = other->assessment(u"OLD-3"_s);
    QVERIFY(after);
    QVERIFY(after->summary.archived);
    QCOMPARE(after->inputJson, before->inputJson);
    QCOMPARE(after->summary.customer, before->summary.customer);
    QCOMPARE(after->summary.rowVersion, before->summary.rowVersion);
    QCOMPARE(after->summary.updatedAt, before->summary.updatedAt);
    QCOMPARE(after->summary.price, before->summary.price);
    const auto quoteAfter = other->latestQuote(u"OLD-3"_s);
    QVERIFY(quoteAfter);
    QCOMPARE(quoteAfter->quoteJson, quoteBefore->quoteJson);
    QCOMPARE(quoteAfter->price, quoteBefore->price);
    QCOMPARE(quoteAfter->createdAt, quoteBefore->createdAt);
    QVERIFY(!other->assessment(u"NEW-1"_s)->summary.archived);
    QVERIFY(!other->assessment(u"NONE"_s));

    // Idempotent: a second run finds nothing more to move.
    const ArchiveOutcome again = store->archiveOlderThan(olderThan90Days());
    QCOMPARE(again.candidates, 0);
    QCOMPARE(again.moved, 0);
    QCOMPARE(store->archiveStats().assessments, 5);
    QCOMPARE(store->archiveStats().quotes, 5);
    QVERIFY(store->archiveStats().bytes > 0);
}

void StoreContract::archivedAssessmentsAreReadOnly() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    store->saveAssessments(datedWrites(u"OLD-"_s, 2, LongAgo));
    QCOMPARE(store->archiveOlderThan(olderThan90Days()).moved, 2);
    AssessmentWrite edit = quotedWrite(u"OLD-0"_s);
    edit.expectedRowVersion = 1;
    QCOMPARE(errorOf([&] { store->saveAssessment(edit); }), StoreError::Kind::Conflict);
    QCOMPARE(errorOf([&] { store->saveAssessment(quotedWrite(u"OLD-1"_s)); }),
             StoreError::Kind::Conflict); // the id stays taken
    QCOMPARE(errorOf([&] { store->setStatus(u"OLD-0"_s, AssessmentStatus::Quoted, 1); }),
             StoreError::Kind::Conflict);
    QCOMPARE(errorOf([&] { store->deleteAssessment(u"OLD-0"_s, 1); }), StoreError::Kind::Conflict);
    QCOMPARE(store->assessment(u"OLD-0"_s)->inputJson, QByteArray("{\"n\":0}"));
    QCOMPARE(errorOf([&] { store->setStatus(u"NONE"_s, AssessmentStatus::Quoted, 1); }),
             StoreError::Kind::NotFound);
}

void StoreContract::archiveWorksInBatchesAcrossTheBoundary() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    store->saveAssessments(datedWrites(u"B-"_s, 2500, LongAgo));
    store->saveAssessments(datedWrites(u"KEEP-"_s, 10, QDateTime::currentDateTimeUtc()));
    QList<int> percents;
    const ArchiveOutcome outcome = store->archiveOlderThan(
        olderThan90Days(1000), [&](int percent, const QString&) { percents.append(percent); });
    QCOMPARE(outcome.moved, 2500);
    QCOMPARE(outcome.verifiedBatches, 3);
    QCOMPARE(percents, (QList<int>{40, 80, 100}));
    QCOMPARE(store->countAssessments({}), 10);
    QCOMPARE(store->archiveStats().assessments, 2500);
    QCOMPARE(store->archiveStats().quotes, 2500);
    for (const QString& id : {u"B-0"_s, u"B-999"_s, u"B-1000"_s, u"B-2499"_s}) {
        const auto a = store->assessment(id);
        QVERIFY2(a && a->summary.archived, qPrintable(id));
        QCOMPARE(a->inputJson, QByteArray("{\"n\":") + id.mid(2).toUtf8() + "}");
    }
}

void StoreContract::archiveCancelledBetweenBatchesIsConsistent() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    store->saveAssessments(datedWrites(u"C-"_s, 2500, LongAgo));
    int batches = 0;
    const ArchiveOutcome outcome = store->archiveOlderThan(
        olderThan90Days(1000), [&](int, const QString&) { ++batches; },
        [&] { return batches >= 1; });
    QVERIFY(outcome.cancelled);
    QCOMPARE(outcome.moved, 1000);
    // What moved is wholly in the archive, the rest wholly warm: nothing in both, nothing lost.
    QCOMPARE(store->countAssessments({}), 1500);
    QCOMPARE(store->archiveStats().assessments, 1000);
    QCOMPARE(store->archiveStats().quotes, 1000);
    int archived = 0;
    for (int i = 0; i < 2500; i += 7) {
        const auto a = store->assessment(u"C-%1"_s.arg(i));
        QVERIFY(a);
        QVERIFY(store->latestQuote(a->summary.id));
        archived += a->summary.archived ? 1 : 0;
    }
    QVERIFY(archived > 0 && archived < 358);
    const ArchiveOutcome rest = store->archiveOlderThan(olderThan90Days(1000));
    QCOMPARE(rest.moved, 1500);
    QCOMPARE(store->countAssessments({}), 0);
    QCOMPARE(store->archiveStats().assessments, 2500);
}

void StoreContract::listsIncludeArchivedAssessmentsOnlyWhenAsked() {
    const auto store = freshStore();
    ensureReferenceData(*store);
    store->saveAssessments(datedWrites(u"OLD-"_s, 4, LongAgo));
    // A year earlier: on SQLite a second archive file.
    store->saveAssessments(datedWrites(u"OLDER-"_s, 3, LongAgo.addYears(-1)));
    store->saveAssessments(datedWrites(u"NEW-"_s, 3, QDateTime::currentDateTimeUtc()));
    QCOMPARE(store->archiveOlderThan(olderThan90Days()).moved, 7);

    AssessmentFilter warmOnly;
    QCOMPARE(store->countAssessments(warmOnly), 3);
    const auto warm = store->listAssessments(warmOnly);
    QCOMPARE(warm.size(), 3);
    QVERIFY(std::none_of(warm.begin(), warm.end(),
                         [](const AssessmentSummary& a) { return a.archived; }));

    AssessmentFilter all;
    all.includeArchived = true;
    QCOMPARE(store->countAssessments(all), 10);
    const auto rows = store->listAssessments(all);
    QStringList ids;
    for (const AssessmentSummary& row : rows) {
        ids << row.id;
        QCOMPARE(row.archived, !row.id.startsWith(u"NEW-"_s));
    }
    // Newest first across the store and every year of the archive.
    QCOMPARE(ids, (QStringList{u"NEW-2"_s, u"NEW-1"_s, u"NEW-0"_s, u"OLD-3"_s, u"OLD-2"_s,
                               u"OLD-1"_s, u"OLD-0"_s, u"OLDER-2"_s, u"OLDER-1"_s, u"OLDER-0"_s}));
    // An archived row says what reading it by id says.
    const auto byId = store->assessment(u"OLD-2"_s);
    QCOMPARE(rows[4].customer, byId->summary.customer);
    QCOMPARE(rows[4].updatedAt, byId->summary.updatedAt);
    QCOMPARE(rows[4].rowVersion, byId->summary.rowVersion);
    QCOMPARE(rows[4].price, byId->summary.price);

    // Filters, sorting and paging apply to the one list.
    AssessmentFilter search = all;
    search.search = u"older-"_s;
    QCOMPARE(store->countAssessments(search), 3);
    search.search = u"ana ruiz"_s; // the customer, inlined in the archive
    QCOMPARE(store->countAssessments(search), 10);
    AssessmentFilter byCustomer = all;
    byCustomer.sort = AssessmentSort::Customer;
    QCOMPARE(store->listAssessments(byCustomer).size(), 10);
    AssessmentFilter recent = all;
    recent.updatedFrom = LongAgo.date();
    QCOMPARE(store->countAssessments(recent), 7);
    AssessmentFilter page = all;
    page.sort = AssessmentSort::Updated;
    page.descending = false;
    page.offset = 2;
    page.limit = 3;
    QStringList paged;
    for (const AssessmentSummary& row : store->listAssessments(page))
        paged << row.id;
    QCOMPARE(paged, (QStringList{u"OLDER-2"_s, u"OLD-0"_s, u"OLD-1"_s}));

    // Another console lists the same, and the store stays writable after listing.
    QCOMPARE(sameStore()->countAssessments(all), 10);
    store->saveAssessments(datedWrites(u"LATER-"_s, 1, QDateTime::currentDateTimeUtc()));
    QCOMPARE(store->countAssessments(all), 11);
}

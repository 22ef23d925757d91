// Benchmarks of the PostgreSQL store on the throwaway server of tests/fixtures (run through
// compare-postgres.sh, which starts it and sets TREEOPS_TEST_SERVERS_DIR): the warm-tier read of
// one assessment by id, a bulk load of a million assessments with their quotes through
// saveAssessments (COPY), and the list's search over them.
#include "BenchData.h"
#include "assessments/AssessmentService.h"
#include "assessments/DemoData.h"
#include "storage/ReferenceData.h"
#include "storage/postgres/PostgresStore.h"
#include "support/TestServers.h"

#include <QJsonDocument>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <pqxx/pqxx>
#include <random>

namespace {

using namespace Qt::StringLiterals;
using namespace treeops;
using Clock = std::chrono::steady_clock;

// A database of its own, emptied unless asked to keep what it holds.
QString freshDatabase(const std::string& name, bool empty = true) {
    const QString server = test::TestServers::instance().postgresUrl();
    pqxx::connection admin(server.toStdString());
    pqxx::nontransaction tx(admin);
    if (empty)
        tx.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    if (tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", name).empty())
        tx.exec("CREATE DATABASE " + name);
    return server.left(server.lastIndexOf(u'/') + 1) + QString::fromStdString(name);
}

// Distinct priced demo assessments as the store receives them: JSON documents serialised once.
// A large load cycles through them under new ids, sharing the documents' bytes.
QList<storage::AssessmentWrite> demoWrites(storage::Store& store, int distinct) {
    storage::ensureReferenceData(store);
    assessments::AssessmentService service(store);
    const scoring::QuoteEngine& engine = bench::shippedEngine();
    assessments::DemoData demo(engine.catalog().data(), engine.rates().data(), 20240601);
    QList<storage::AssessmentWrite> out;
    for (int i = 0; i < distinct; ++i) {
        Problems problems;
        const auto p = service.price(demo.next(), problems);
        if (!p)
            qFatal("demo assessment is invalid: %s", qPrintable(joinProblems(problems)));
        storage::AssessmentWrite w;
        w.customerName = p->assessment.customer.name;
        w.address = p->assessment.site.address;
        w.state = p->engine->rates().data().states[p->assessment.site.state].state;
        w.services = {u"removal"_s, u"trimming"_s};
        w.treeCount = static_cast<int>(p->assessment.trees.size());
        w.status = static_cast<storage::AssessmentStatus>(i % 4);
        w.inputJson = QJsonDocument(p->assessmentJson()).toJson(QJsonDocument::Compact);
        w.quote = storage::QuoteRecord{p->engine->catalog().version(),
                                       p->engine->rates().version(),
                                       p->quote.composite,
                                       p->engine->catalog().band(p->quote.band).name,
                                       p->quote.price,
                                       p->quote.totalCost,
                                       p->quote.billableHours,
                                       QJsonDocument(p->quoteJson()).toJson(QJsonDocument::Compact),
                                       {}};
        out.append(w);
    }
    return out;
}

QList<storage::AssessmentWrite> manyWrites(const QList<storage::AssessmentWrite>& pool, int count,
                                           const QString& prefix) {
    QList<storage::AssessmentWrite> out;
    out.reserve(count);
    const QDateTime start(QDate(2023, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        storage::AssessmentWrite w = pool[i % pool.size()];
        w.id = prefix + QString::number(i);
        w.recordedAt = start.addSecs(i * 47LL); // about 18 months for a million
        out.append(std::move(w));
    }
    return out;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

constexpr int ReadPoolSize = 100'000;

// Median latency of reading one assessment by id, from 100,000 stored, each read of a random
// id (the whole database fits in shared buffers: the warm tier's normal state).
void BM_WarmReadById(benchmark::State& state) {
    static storage::PostgresStore* store = [] {
        auto* s = new storage::PostgresStore(freshDatabase("bench_read"));
        s->saveAssessments(manyWrites(demoWrites(*s, 1000), ReadPoolSize, u"R-"_s));
        return s;
    }();
    std::mt19937 random(7);
    std::uniform_int_distribution<int> pick(0, ReadPoolSize - 1);
    std::vector<double> latencies;
    latencies.reserve(100'000);
    for (auto _ : state) {
        const QString id = u"R-"_s + QString::number(pick(random));
        const Clock::time_point start = Clock::now();
        auto stored = store->assessment(id);
        latencies.push_back(
            std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        if (!stored)
            qFatal("assessment %s was not stored", qPrintable(id));
        benchmark::DoNotOptimize(stored);
    }
    state.counters["median_us"] = median(latencies);
}
BENCHMARK(BM_WarmReadById)->MinTime(3)->UseRealTime()->Unit(benchmark::kMicrosecond);

// A million new assessments with their quotes in one saveAssessments call (one transaction).
void BM_BulkLoad(benchmark::State& state) {
    const int count = static_cast<int>(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        auto store = std::make_unique<storage::PostgresStore>(freshDatabase("bench_bulk"));
        const auto writes = manyWrites(demoWrites(*store, 1000), count, u"B-"_s);
        state.ResumeTiming();
        store->saveAssessments(writes);
        state.PauseTiming();
        if (store->countAssessments({}) != count)
            qFatal("the bulk load stored the wrong number of assessments");
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] = benchmark::Counter(
        static_cast<double>(count), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_BulkLoad)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// The million assessments a bulk load leaves in its database, loaded again when they are not
// there (the search benchmark run alone).
QString millionDatabase() {
    const QString url = freshDatabase("bench_bulk", false);
    if (storage::PostgresStore(url).countAssessments({}) != 1'000'000) {
        storage::PostgresStore store(freshDatabase("bench_bulk"));
        store.saveAssessments(manyWrites(demoWrites(store, 1000), 1'000'000, u"B-"_s));
    }
    return url;
}

// The list as an estimator searches it over a million assessments: the first page (50, newest
// first) and the count of matches, which the assessments page asks for at each search. Arg 0
// searches for an id fragment (11 matches) or for a street address (a thousand); arg 1 = 0
// turns bitmap scans off for the store's connections, the trigram index's only way in, to
// measure the scan it replaces.
void BM_ListSearch(benchmark::State& state) {
    static const QString url = millionDatabase();
    const bool useIndex = state.range(1) != 0;
    {
        pqxx::connection admin(url.toStdString());
        pqxx::nontransaction tx(admin);
        tx.exec0(std::string("ALTER DATABASE bench_bulk SET enable_bitmapscan = ") +
                 (useIndex ? "on" : "off"));
    }
    storage::PostgresStore store(url);
    storage::AssessmentFilter filter;
    filter.limit = 50;
    filter.search =
        state.range(0) == 0 ? u"b-54321"_s : store.listAssessments(filter).constFirst().address;
    qint64 matches = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(store.listAssessments(filter));
        matches = store.countAssessments(filter);
    }
    state.counters["matches"] = static_cast<double>(matches);
    state.SetLabel(useIndex ? "trigram index" : "scan");
}
BENCHMARK(BM_ListSearch)
    ->ArgsProduct({{0, 1}, {1, 0}})
    ->MinTime(2)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    return treeops::bench::runBenchmarks(argc, argv);
}

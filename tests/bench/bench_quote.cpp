// Benchmarks of the quoting hot path and of a whole `treeops-cli quote` process. The numbers that
// mean something come from the release build (tests/bench/run-benchmarks.sh); ctest's
// bench_smoke only proves that the benchmarks still run.
#include "BenchData.h"
#include "scoring/AssessmentJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cmath>
#include <vector>

namespace {

using namespace Qt::StringLiterals;
using namespace treeops;

// Google Benchmark times repetitions, not single calls (one quote is too short for the clock), so
// this is the nearest-rank 99th percentile of the repetitions' mean times: run-to-run jitter such
// as preemption or frequency changes, not the slowest single quote.
double p99(const std::vector<double>& values) {
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank =
        static_cast<std::size_t>(std::ceil(0.99 * static_cast<double>(sorted.size())));
    return sorted[rank - 1];
}

void BM_QuoteOne(benchmark::State& state) {
    const scoring::QuoteEngine& engine = bench::shippedEngine();
    const scoring::Assessment assessment = bench::stormJob();
    scoring::Quote quote;
    for (auto _ : state) {
        engine.quote(assessment, quote);
        // The quote is never read; both keep its stores, including those into its heap buffers.
        benchmark::DoNotOptimize(quote);
        benchmark::ClobberMemory();
    }
}
// Many short repetitions rather than a few long ones, so that the p99 has samples to pick from.
BENCHMARK(BM_QuoteOne)
    ->MinTime(0.05)
    ->Repetitions(bench::repetitions(100))
    ->ComputeStatistics("p99", p99)
    ->ReportAggregatesOnly(true);

constexpr int BatchQuotes = 1'000'000;
// Reading a million generated assessments would take longer and hold more memory than quoting
// them, so a pool of 10,000 distinct ones is cycled through 100 times. The pool is still far
// larger than the CPU caches, so the batch does not run from a handful of warm assessments.
constexpr int PoolSize = 10'000;

const std::vector<scoring::Assessment>& assessmentPool() {
    static const std::vector<scoring::Assessment> pool = bench::demoAssessments(PoolSize);
    return pool;
}

// One iteration quotes the whole million, split evenly between the threads, so items_per_second
// is the throughput of the process and per_thread that of one core.
void BM_QuoteBatch(benchmark::State& state) {
    const scoring::QuoteEngine& engine = bench::shippedEngine();
    const std::vector<scoring::Assessment>& pool = assessmentPool();
    const int share = BatchQuotes / state.threads();
    const int begin = share * state.thread_index();
    scoring::Quote quote;
    for (auto _ : state) {
        for (int i = begin; i < begin + share; ++i) {
            engine.quote(pool[static_cast<std::size_t>(i % PoolSize)], quote);
            benchmark::DoNotOptimize(quote);
        }
        benchmark::ClobberMemory();
    }
    const auto quoted = state.iterations() * share;
    state.SetItemsProcessed(quoted);
    state.counters["per_thread"] =
        benchmark::Counter(static_cast<double>(quoted), benchmark::Counter::kAvgThreadsRate);
}
BENCHMARK(BM_QuoteBatch)->Threads(1)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

// What the data-quality check of stored quotes pays per document before it can price it again:
// a stored assessment's JSON read and validated against its catalog and rates. The documents
// are cycled through as the batch's assessments are.
const std::vector<QByteArray>& documentPool() {
    static const std::vector<QByteArray> pool = bench::demoDocuments(PoolSize);
    return pool;
}

void readStoredDocuments(benchmark::State& state, scoring::AssessmentReader::Reading reading) {
    const scoring::QuoteEngine& engine = bench::shippedEngine();
    const scoring::AssessmentReader reader(engine.catalog(), engine.rates());
    const std::vector<QByteArray>& pool = documentPool();
    std::size_t next = 0;
    for (auto _ : state) {
        Problems problems;
        auto assessment = reader.read(pool[next], QString(), problems, reading);
        if (!assessment)
            qFatal("a demo document does not read: %s", qPrintable(problems.front().toString()));
        benchmark::DoNotOptimize(assessment);
        next = (next + 1) % pool.size();
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_ReadStoredDocument(benchmark::State& state) {
    readStoredDocuments(state, scoring::AssessmentReader::Reading::Whole);
}
BENCHMARK(BM_ReadStoredDocument);

// What the quote check reads of each stored document: without the texts a price does not need.
void BM_ReadStoredDocumentForPricing(benchmark::State& state) {
    readStoredDocuments(state, scoring::AssessmentReader::Reading::ForPricing);
}
BENCHMARK(BM_ReadStoredDocumentForPricing);

// Qt's own parser over the same documents, only building the QJsonObject (no validation): what
// reading cost at least before the stored documents were read with JsonTree.
void BM_ParseStoredDocumentWithQtJson(benchmark::State& state) {
    const std::vector<QByteArray>& pool = documentPool();
    std::size_t next = 0;
    for (auto _ : state) {
        QJsonDocument document = QJsonDocument::fromJson(pool[next]);
        benchmark::DoNotOptimize(document);
        next = (next + 1) % pool.size();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseStoredDocumentWithQtJson);

// A store that already holds the published reference data, as after an estimator's first use,
// so each timed run pays for what every later `treeops-cli quote` pays: start-up, opening the
// store, one quote and exit.
class CliQuote {
public:
    CliQuote() {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary folder: %s", qPrintable(m_dir.errorString()));
        QFile input(m_dir.filePath(u"assessment.json"_s));
        if (!input.open(QIODevice::WriteOnly) ||
            input.write(QJsonDocument(bench::stormJobJson()).toJson()) < 0 || !input.flush())
            qFatal("cannot write %s: %s", qPrintable(input.fileName()),
                   qPrintable(input.errorString()));
        m_arguments = {u"quote"_s, u"--input"_s, input.fileName(), u"--store"_s,
                       u"sqlite://"_s + m_dir.filePath(u"bench.db"_s)};
        run();
    }

    // A failed quote would time an error path, so it ends the benchmark run instead: Google
    // Benchmark 1.7 still exits with 0 after SkipWithError, which the smoke test would miss.
    void run() const {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral(TREEOPS_CLI_PATH), m_arguments);
        if (!process.waitForFinished(-1))
            qFatal("cannot run %s: %s", TREEOPS_CLI_PATH, qPrintable(process.errorString()));
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            qFatal("treeops-cli %s failed (exit code %d): %s", qPrintable(m_arguments.join(u' ')),
                   process.exitCode(), process.readAllStandardError().constData());
    }

private:
    QTemporaryDir m_dir;
    QStringList m_arguments;
};

void BM_CliQuoteProcess(benchmark::State& state) {
    static const CliQuote cli;
    for (auto _ : state)
        cli.run();
}
BENCHMARK(BM_CliQuoteProcess)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(bench::repetitions(10))
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char** argv) {
    return treeops::bench::runBenchmarks(argc, argv);
}

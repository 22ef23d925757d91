// The hot tier's read path against a real Redis: a cached quote read through HotCache, and the
// same GET through the bare connection, to separate the cache's own cost (header check, copy)
// from the round trip. compare-redis.sh runs it beside redis-benchmark on the same server.
//
//   TREEOPS_BENCH_REDIS_URL=redis://127.0.0.1:PORT/0 REDISCLI_AUTH=… treeops_bench_redis
//   treeops_bench_redis --payload-size      prints the size of the cached quote and exits
#include "BenchData.h"
#include "scoring/QuoteJson.h"
#include "storage/StoreError.h"
#include "storage/redis/CacheEntry.h"
#include "storage/redis/HotCache.h"

#include <QJsonDocument>
#include <benchmark/benchmark.h>
#include <cstring>

namespace {

using namespace Qt::StringLiterals;
using namespace treeops;
using namespace treeops::storage::redis;

// The storm job's quote as the tiers store it: its canonical (compact) JSON.
QByteArray quoteJson() {
    const scoring::QuoteEngine& engine = bench::shippedEngine();
    const scoring::Quote quote = engine.quote(bench::stormJob());
    return QJsonDocument(
               scoring::quoteToJson(quote, u"A-BENCH-0001"_s, engine.catalog(), engine.rates()))
        .toJson(QJsonDocument::Compact);
}

const QByteArray& payload() {
    static const QByteArray bytes = quoteJson();
    return bytes;
}

RedisUrl benchUrl() {
    const QString url = qEnvironmentVariable("TREEOPS_BENCH_REDIS_URL");
    if (url.isEmpty())
        qFatal("set TREEOPS_BENCH_REDIS_URL (and REDISCLI_AUTH); compare-redis.sh does");
    try {
        return RedisUrl::parse(url);
    } catch (const storage::StoreError& error) {
        qFatal("%s", qPrintable(error.message()));
    }
}

const CacheKey& quoteKey() {
    static const CacheKey key = CacheKey::quote(u"A-BENCH-0001");
    return key;
}

void BM_HotCacheReadQuote(benchmark::State& state) {
    HotCache cache(benchUrl());
    if (!cache.put(quoteKey(), payload()))
        qFatal("cannot fill the cache: %s", qPrintable(cache.lastError()));
    for (auto _ : state) {
        HotCache::Lookup hit = cache.lookup(quoteKey());
        if (hit.outcome != HotCache::Lookup::Outcome::Hit)
            qFatal("the cached quote was not a hit"); // timing misses would mean nothing
        benchmark::DoNotOptimize(hit.value.data());
    }
    const HotCacheStats stats = cache.stats();
    state.counters["p50_us"] = static_cast<double>(stats.readLatency.p50.count());
    state.counters["p95_us"] = static_cast<double>(stats.readLatency.p95.count());
    state.counters["bytes"] = static_cast<double>(payload().size());
}
BENCHMARK(BM_HotCacheReadQuote)
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond)
    ->MinTime(0.5)
    ->Repetitions(bench::repetitions(10))
    ->ReportAggregatesOnly(true);

// The same round trip without the cache: GET of the stored entry through RedisConnection.
void BM_ConnectionGet(benchmark::State& state) {
    RedisConnection connection(benchUrl());
    const QByteArray entry = cache_entry::encode(cache_entry::Kind::Value, payload());
    connection.command({"SET", quoteKey().bytes(), entry});
    for (auto _ : state) {
        const RedisReply reply = connection.command({"GET", quoteKey().bytes()});
        benchmark::DoNotOptimize(reply.bytes().data());
    }
}
BENCHMARK(BM_ConnectionGet)
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond)
    ->MinTime(0.5)
    ->Repetitions(bench::repetitions(10))
    ->ReportAggregatesOnly(true);

// The cache's own work on a hit, without Redis: header and CRC-32 check plus the copy out.
void BM_EntryDecode(benchmark::State& state) {
    const QByteArray entry = cache_entry::encode(cache_entry::Kind::Value, payload());
    for (auto _ : state) {
        const auto decoded = cache_entry::decode(entry);
        QByteArray value = decoded->payload.toByteArray();
        benchmark::DoNotOptimize(value.data());
    }
}
BENCHMARK(BM_EntryDecode)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    if (argc == 2 && std::strcmp(argv[1], "--payload-size") == 0) {
        std::printf("%lld\n", static_cast<long long>(payload().size()));
        return 0;
    }
    return treeops::bench::runBenchmarks(argc, argv);
}

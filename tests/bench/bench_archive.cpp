// Archive migration throughput: N quoted assessments (default 1,000,000; first argument or
// TREEOPS_BENCH_ARCHIVE_ROWS), all older than the cut-off, moved to the cold tier in batches
// (--batch, default 1,000): the yearly archive files of the embedded store and the `archive`
// schema of PostgreSQL (a fresh database on the fixture's server). Prints one table row per
// backend: setup time, archive time and rows/s. A small harness rather than Google Benchmark:
// one run of minutes, not a loop.
#include "storage/ReferenceData.h"
#include "storage/StoreFactory.h"
#include "support/TestServers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <pqxx/pqxx>

using namespace treeops::storage;
using namespace Qt::StringLiterals;

namespace {

struct Options {
    qint64 rows = 1000000;
    int batch = 1000;
    QStringList backends;
};

AssessmentWrite pattern() {
    AssessmentWrite w;
    w.customerName = u"Ana Ruiz"_s;
    w.address = u"12 Oak Street, Tampa"_s;
    w.state = u"FL"_s;
    w.services = {u"removal"_s, u"trimming"_s};
    w.treeCount = 3;
    // About the size of a real assessment and quote document.
    w.inputJson =
        "{\"trees\":[" + QByteArray("{\"species\":\"live oak\",\"dbh\":24},").repeated(20) + "{}]}";
    w.quote = QuoteRecord{shippedCatalog().version,
                          shippedRates().version,
                          42.5,
                          u"moderate"_s,
                          1850,
                          1400,
                          11.5,
                          "{\"lines\":[" +
                              QByteArray("{\"item\":\"crew hour\",\"x\":1},").repeated(20) + "{}]}",
                          {}};
    return w;
}

void seed(Store& store, qint64 rows) {
    const AssessmentWrite base = pattern();
    const QDateTime start(QDate(2022, 1, 1), QTime(8, 0), Qt::UTC);
    constexpr qint64 Chunk = 50000;
    for (qint64 done = 0; done < rows; done += Chunk) {
        QList<AssessmentWrite> writes;
        for (qint64 i = done; i < std::min(rows, done + Chunk); ++i) {
            AssessmentWrite w = base;
            w.id = u"A-"_s + QString::number(i);
            w.recordedAt = start.addSecs(i * 47); // 1,000,000 rows span about 18 months
            writes.append(std::move(w));
        }
        store.saveAssessments(writes);
    }
}

// A new, empty database on the fixture's server for each run.
QString freshPostgresDatabase() {
    const QString server = treeops::test::TestServers::instance().postgresUrl();
    const std::string name = "treeops_bench_archive";
    pqxx::connection admin(server.toStdString());
    pqxx::nontransaction tx(admin);
    tx.exec0("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    tx.exec0("CREATE DATABASE " + name);
    return server.left(server.lastIndexOf(u'/') + 1) + QString::fromStdString(name);
}

QString storeUrl(const QString& backend, const QTemporaryDir& dir) {
    if (backend == u"sqlite"_s)
        return u"sqlite://"_s + dir.filePath(u"treeops.sqlite"_s);
    if (backend == u"postgres"_s)
        return freshPostgresDatabase();
    qFatal("unknown backend %s (sqlite or postgres)", qPrintable(backend));
}

bool measure(const QString& backend, const Options& o) {
    QTemporaryDir dir;
    const std::unique_ptr<Store> store = openStore(storeUrl(backend, dir));
    ensureReferenceData(*store);
    QElapsedTimer timer;
    timer.start();
    seed(*store, o.rows);
    const double seedSeconds = static_cast<double>(timer.elapsed()) / 1000;
    timer.restart();
    const ArchiveOutcome outcome =
        store->archiveOlderThan({QDateTime::currentDateTimeUtc().addDays(-90), o.batch});
    const double seconds = static_cast<double>(timer.elapsed()) / 1000;
    const ArchiveStats stats = store->archiveStats();
    std::printf("%-8s %10lld %7d %9.1f %9.1f %12.0f %6lld %10.1f\n", qPrintable(backend),
                static_cast<long long>(outcome.moved), o.batch, seedSeconds, seconds,
                static_cast<double>(outcome.moved) / seconds,
                static_cast<long long>(stats.parts.size()), static_cast<double>(stats.bytes) / 1e6);
    std::fflush(stdout);
    return outcome.moved == o.rows && !outcome.verificationFailed;
}

Options parseOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"count"_s, u"assessments to archive (default 1,000,000)"_s);
    const QCommandLineOption batch(u"batch"_s, u"rows per batch (default 1,000)"_s, u"n"_s);
    parser.addOption(batch);
    const QCommandLineOption backend(
        u"backend"_s, u"sqlite or postgres, repeatable (default: both when servers run)"_s,
        u"name"_s);
    parser.addOption(backend);
    parser.process(app);
    Options o;
    const qint64 fromEnv = qEnvironmentVariableIntValue("TREEOPS_BENCH_ARCHIVE_ROWS");
    if (!parser.positionalArguments().isEmpty())
        o.rows = parser.positionalArguments().first().toLongLong();
    else if (fromEnv > 0)
        o.rows = fromEnv;
    if (parser.isSet(batch))
        o.batch = parser.value(batch).toInt();
    o.backends = parser.values(backend);
    if (o.backends.isEmpty()) {
        o.backends << u"sqlite"_s;
        if (qEnvironmentVariableIsSet("TREEOPS_TEST_SERVERS_DIR"))
            o.backends << u"postgres"_s;
    }
    if (o.rows <= 0 || o.batch <= 0)
        qFatal("the count and the batch size must be positive");
    return o;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    std::printf("%-8s %10s %7s %9s %9s %12s %6s %10s\n", "backend", "rows", "batch", "setup_s",
                "archive_s", "rows_per_s", "parts", "archive_MB");
    bool allMoved = true;
    for (const QString& backend : options.backends)
        allMoved = measure(backend, options) && allMoved;
    return allMoved ? 0 : 1;
}

// Archive migration throughput on the embedded store: N quoted assessments (default 1,000,000;
// first argument or TREEOPS_BENCH_ARCHIVE_ROWS), all older than the cut-off, moved to the yearly
// archive files in batches of 1,000 (second argument). Prints one table row: setup time, archive
// time and rows/s. A small harness rather than Google Benchmark: one run of minutes, not a loop.
#include "storage/ReferenceData.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace treeops::storage;
using namespace Qt::StringLiterals;

namespace {

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

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 rows = qEnvironmentVariableIntValue("TREEOPS_BENCH_ARCHIVE_ROWS");
    if (args.size() > 1)
        rows = args[1].toLongLong();
    if (rows <= 0)
        rows = 1000000;
    const int batch = args.size() > 2 ? args[2].toInt() : 1000;
    QTemporaryDir dir;
    SqliteStore store(dir.filePath(u"treeops.sqlite"_s));
    ensureReferenceData(store);
    QElapsedTimer timer;
    timer.start();
    seed(store, rows);
    const double seedSeconds = static_cast<double>(timer.elapsed()) / 1000;
    timer.restart();
    const ArchiveOutcome outcome =
        store.archiveOlderThan({QDateTime::currentDateTimeUtc().addDays(-90), batch});
    const double seconds = static_cast<double>(timer.elapsed()) / 1000;
    const ArchiveStats stats = store.archiveStats();
    std::printf("%-8s %10s %7s %9s %9s %12s %6s %10s\n", "backend", "rows", "batch", "setup_s",
                "archive_s", "rows_per_s", "files", "archive_MB");
    std::printf("%-8s %10lld %7d %9.1f %9.1f %12.0f %6lld %10.1f\n", "sqlite",
                static_cast<long long>(outcome.moved), batch, seedSeconds, seconds,
                static_cast<double>(outcome.moved) / seconds,
                static_cast<long long>(stats.parts.size()), static_cast<double>(stats.bytes) / 1e6);
    return outcome.moved == rows && !outcome.verificationFailed ? 0 : 1;
}

// A data-quality run of every built-in rule over N assessments (default 1,000,000; the first
// argument or TREEOPS_BENCH_QUALITY_ROWS), on the embedded store (a temporary SQLite file) and,
// when the fixture's servers run (TREEOPS_TEST_SERVERS_DIR, as run-scale-benchmark.sh sets
// it), on PostgreSQL. Target: a whole run in at most 10 s per backend. Seeding is timed apart
// and is not part of it. Each backend is measured twice: a first run, which prices every
// stored quote again (what earlier runs verified is forgotten before it), and the next run
// over the same data, which prices only the quotes whose revision changed (none). Both keep
// their results and the quotes they verified, as the console does. A small harness rather than
// Google Benchmark: one run of seconds over data that takes minutes to build, not a loop.
//
// The data is what the rules exist for: demo assessments priced by the engine with the shipped
// catalog and "fair-wages" rates (the shipped apprentice wage is under California's minimum, a
// finding of rates.minimum_wage), saved with their quotes as the console saves them, so the
// quote recompute rule re-prices real documents. They were recorded over the 365 days before
// today in business hours, weekdays busier than weekends and the business slowly growing, so
// the volume rule compares real daily counts. The data is good: the program exits 1 unless
// every rule passes, since anything else is a broken rule or a broken seed.
#include "assessments/AssessmentService.h"
#include "assessments/DemoData.h"
#include "quality/BuiltInRules.h"
#include "quality/QualityRunner.h"
#include "storage/QualityHistory.h"
#include "storage/StoreFactory.h"
#include "support/ShippedData.h"
#include "support/TestServers.h"
#include "support/WriteOutside.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <pqxx/pqxx>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

using namespace treeops;
using namespace Qt::StringLiterals;

constexpr qint64 DefaultRows = 1'000'000;
constexpr int BatchRows = 20'000;
constexpr double TargetSeconds = 10;

// One store under test and the service that saves into it.
struct Backend {
    QString name;
    QString url;
    std::unique_ptr<storage::Store> store;
    std::unique_ptr<assessments::AssessmentService> service;
    double loadSeconds = 0;
};

Backend openBackend(const QString& name, const QString& url) {
    Backend b{name, url, storage::openStore(url), nullptr, 0};
    test::publishFairWageRates(*b.store);
    b.service = std::make_unique<assessments::AssessmentService>(*b.store);
    return b;
}

// A database of its own on the fixture's server, one per count of assessments, emptied at each
// run unless it is kept.
QString postgresDatabase(qint64 rows, bool keep) {
    const QString server = test::TestServers::instance().postgresUrl();
    const std::string name = "treeops_bench_quality_" + std::to_string(rows);
    pqxx::connection admin(server.toStdString());
    pqxx::nontransaction tx(admin);
    if (!keep)
        tx.exec0("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    if (tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", name).empty())
        tx.exec0("CREATE DATABASE " + name);
    return server.left(server.lastIndexOf(u'/') + 1) + QString::fromStdString(name);
}

// When each assessment was recorded, in order: the days before today weighted by weekday and
// growth, each day's share spread evenly over business hours. Rounding the running total keeps
// the count exact and the days' counts free of random noise.
class Calendar {
public:
    Calendar(qint64 total, QDate today) {
        std::vector<double> weights;
        double sum = 0;
        for (int back = Days; back >= 1; --back) {
            const QDate day = today.addDays(-back);
            const double growth = 1.0 + Growth * (Days - back) / Days;
            weights.push_back(weekdayWeight(day) * growth);
            sum += weights.back();
        }
        double running = 0;
        qint64 assigned = 0;
        for (int i = 0; i < Days; ++i) {
            running += weights[static_cast<std::size_t>(i)];
            const auto upTo = static_cast<qint64>(std::llround(running / sum * double(total)));
            m_days.push_back({today.addDays(i - Days), static_cast<int>(upTo - assigned)});
            assigned = upTo;
        }
    }

    QDateTime next() {
        while (m_inDay >= m_days[m_day].second) {
            ++m_day;
            m_inDay = 0;
        }
        const auto& [day, count] = m_days[m_day];
        const qint64 offset = (2 * m_inDay++ + 1) * BusinessSeconds / (2 * qint64(count));
        return QDateTime(day, QTime(7, 0), Qt::UTC).addSecs(offset);
    }

private:
    static constexpr int Days = 365;
    static constexpr double Growth = 0.3; // a year ago the business took 30 % fewer jobs
    static constexpr qint64 BusinessSeconds = 11 * 3600;

    static double weekdayWeight(QDate day) {
        switch (day.dayOfWeek()) {
        case Qt::Saturday:
            return 0.45;
        case Qt::Sunday:
            return 0.2;
        default:
            return 1.0;
        }
    }

    std::vector<std::pair<QDate, int>> m_days;
    std::size_t m_day = 0;
    int m_inDay = 0;
};

// Ids as the console gives them ("A-20250611-7KQ2MX"), the suffix a bijective scramble of the
// index, so they are unique, look random and are reproducible.
QString assessmentId(qint64 index, QDate day) {
    static constexpr char Alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    auto scrambled = static_cast<quint64>(index) * 0x2545F491ULL % (1ULL << 30);
    QString suffix(6, u'2');
    for (int i = 5; i >= 0; --i, scrambled >>= 5)
        suffix[i] = QLatin1Char(Alphabet[scrambled % 32]);
    return u"A-"_s + day.toString(u"yyyyMMdd"_s) + u'-' + suffix;
}

// Priced demo assessments, in the order they were recorded. A job for a customer at an address
// they already had one for that day is drawn again: assessments.duplicates would rightly flag
// it, and a million draws from the demo's few organisations make a handful of those.
class Generator {
public:
    Generator(assessments::AssessmentService& pricing, storage::Store& store, qint64 total)
        : m_pricing(pricing)
        , m_demo(*store.activeCatalog(), *store.activeRates(), 20250611)
        , m_calendar(total, QDate::currentDate()) {}

    QList<assessments::AssessmentService::BatchItem> batch(int count) {
        QList<assessments::AssessmentService::BatchItem> out;
        out.reserve(count);
        for (int i = 0; i < count; ++i)
            out.append(next());
        return out;
    }

private:
    assessments::AssessmentService::BatchItem next() {
        const QDateTime at = m_calendar.next();
        if (at.date() != m_today) {
            m_today = at.date();
            m_seenToday.clear();
        }
        QJsonObject json;
        do
            json = m_demo.next();
        while (!firstToday(json));
        Problems problems;
        auto priced = m_pricing.price(json, problems);
        if (!priced)
            qFatal("demo assessment is invalid: %s", qPrintable(joinProblems(problems)));
        priced->assessment.id = assessmentId(m_index++, at.date());
        return {std::move(*priced), m_demo.status(), at};
    }

    bool firstToday(const QJsonObject& json) {
        const QJsonObject customer = json[u"customer"_s].toObject();
        const QString key =
            QStringList{customer[u"name"_s].toString(), customer[u"phone"_s].toString(),
                        customer[u"email"_s].toString(),
                        json[u"site"_s].toObject()[u"address"_s].toString().trimmed().toLower()}
                .join(u'\n');
        if (m_seenToday.contains(key))
            return false;
        m_seenToday.insert(key);
        return true;
    }

    assessments::AssessmentService& m_pricing;
    assessments::DemoData m_demo;
    Calendar m_calendar;
    QDate m_today;
    QSet<QString> m_seenToday;
    qint64 m_index = 0;
};

double seconds(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// Generates and prices once per batch and saves the batch into every backend. Returns the time
// spent generating and pricing; each backend keeps its own load time.
double seed(std::vector<Backend*>& backends, qint64 total) {
    Generator generator(*backends.front()->service, *backends.front()->store, total);
    double generating = 0;
    for (qint64 done = 0; done < total; done += BatchRows) {
        QElapsedTimer timer;
        timer.start();
        const auto batch =
            generator.batch(static_cast<int>(std::min<qint64>(BatchRows, total - done)));
        generating += seconds(timer);
        for (Backend* b : backends) {
            timer.restart();
            b->service->saveAll(batch);
            b->loadSeconds += seconds(timer);
        }
    }
    return generating;
}

// The backends whose store is still empty; one kept from an earlier run with `total`
// assessments is used as it is.
std::vector<Backend*> toSeed(std::vector<Backend>& backends, qint64 total) {
    std::vector<Backend*> empty;
    for (Backend& b : backends) {
        const qint64 stored = b.store->countAssessments({});
        if (stored == 0)
            empty.push_back(&b);
        else if (stored != total)
            qFatal("the kept %s store holds %lld assessments, not %lld", qPrintable(b.name),
                   static_cast<long long>(stored), static_cast<long long>(total));
    }
    return empty;
}

// A server that has taken a million rows has had autovacuum analyse them long before anyone
// runs checks; doing it now measures that steady state rather than a planner without
// statistics.
double vacuumAnalyse(const QString& url) {
    QElapsedTimer timer;
    timer.start();
    pqxx::connection c(url.toStdString());
    pqxx::nontransaction tx(c);
    tx.exec0("VACUUM ANALYZE");
    return seconds(timer);
}

// CPU seconds, read before and after each run: on two cores shared with the server, the work a
// run did varies less from run to run than its time, so versions are compared on both.
double consoleCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The fixture's PostgreSQL server: its postmaster with the children it has reaped, and the
// children still running, from /proc. None when the fixture did not start the server here.
std::optional<double> serverCpuSeconds() {
    QFile dataDir(qEnvironmentVariable("TREEOPS_TEST_SERVERS_DIR") + u"/data-dir"_s);
    if (!dataDir.open(QIODevice::ReadOnly))
        return std::nullopt;
    QFile pidFile(QString::fromUtf8(dataDir.readAll().trimmed()) + u"/pg/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray postmaster = pidFile.readLine().trimmed();
    qint64 ticks = 0;
    for (const QString& pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // After the command's closing parenthesis: state, parent, ... utime (12th), stime,
        // cutime, cstime.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 15)
            continue;
        if (pid.toLatin1() == postmaster)
            ticks += fields[11].toLongLong() + fields[12].toLongLong() + fields[13].toLongLong() +
                     fields[14].toLongLong();
        else if (fields[1] == postmaster)
            ticks += fields[11].toLongLong() + fields[12].toLongLong();
    }
    return double(ticks) / double(sysconf(_SC_CLK_TCK));
}

struct Measured {
    quality::RunRecord record;
    double seconds = 0;     // the run and keeping it
    double keepSeconds = 0; // of which keeping its results and verified quotes
    std::size_t verified = 0;
    QString load; // the load averages before the run: other work on 2 cores shows in the times
    double consoleCpuSeconds = 0;
    std::optional<double> serverCpuSeconds; // PostgreSQL's, when the fixture runs it here
};

QString loadAverages() {
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

Measured runRules(const QString& url, const QStringList& ids, int timeoutMs) {
    const quality::RuleList rules = quality::selectRules(quality::builtInRules(), ids);
    auto history = storage::openQualityHistory(url);
    quality::QualityRunner runner(url, timeoutMs);
    Measured m;
    m.load = loadAverages();
    const double consoleBefore = consoleCpuSeconds();
    const std::optional<double> serverBefore =
        url.startsWith(u"postgres"_s) ? serverCpuSeconds() : std::nullopt;
    QElapsedTimer timer;
    timer.start();
    quality::RunOptions options;
    options.lastDurationsMs = storage::lastRuleDurations(*history);
    m.record = runner.run(rules, options);
    QElapsedTimer keeping;
    keeping.start();
    m.record.id = history->saveRun(m.record, runner.verifiedQuotes());
    m.keepSeconds = seconds(keeping);
    m.seconds = seconds(timer);
    m.consoleCpuSeconds = consoleCpuSeconds() - consoleBefore;
    if (const std::optional<double> serverAfter = serverBefore ? serverCpuSeconds() : std::nullopt)
        m.serverCpuSeconds = *serverAfter - *serverBefore;
    m.verified = runner.verifiedQuotes().quotes.size();
    return m;
}

// So that the first run measured prices every quote, whatever runs on a kept store verified.
void forgetVerifiedQuotes(const Backend& b) {
    test::writeOutside(
        b.url, u"UPDATE quote_revisions SET verified_revision = NULL, verified_engine = NULL "
               "WHERE verified_engine IS NOT NULL"_s);
    if (b.name == u"postgres"_s)
        test::writeOutside(b.url, u"DELETE FROM quote_verifications"_s);
}

// One line per rule, then the run's wall time against the target. False unless all passed.
bool report(const QString& backend, const char* which, const Measured& run) {
    bool allPassed = true;
    std::printf("\n%s, %s: load average before the run %s\n", qPrintable(backend), which,
                qPrintable(run.load));
    std::printf("%-9s %-38s %-8s %9s %8s %9s\n", "backend", "rule", "status", "examined", "failing",
                "ms");
    for (const quality::RuleResult& r : run.record.results) {
        allPassed = allPassed && r.status == quality::RuleStatus::Pass;
        std::printf("%-9s %-38s %-8s %9lld %8lld %9lld%s%s\n", qPrintable(backend),
                    qPrintable(r.rule.id), qPrintable(quality::statusKey(r.status)),
                    static_cast<long long>(r.outcome.examined),
                    static_cast<long long>(r.outcome.failing), static_cast<long long>(r.durationMs),
                    r.message.isEmpty() ? "" : "  ", qPrintable(r.message));
    }
    const bool met = run.seconds <= TargetSeconds;
    std::printf("%-9s %-38s %-8s %9zu %8s %9.0f\n", qPrintable(backend),
                "keeping the run and verified quotes", "", run.verified, "",
                run.keepSeconds * 1000);
    std::printf("%-9s %-38s %-8s %9s %8s %9.0f  target <= %.0f s: %s", qPrintable(backend),
                qPrintable(u"total (%1 rules)"_s.arg(run.record.results.size())),
                allPassed ? "pass" : "NOT ALL", "", "", run.seconds * 1000, TargetSeconds,
                met ? "met" : "MISSED");
    if (!met)
        std::printf(" by %.1f s", run.seconds - TargetSeconds);
    std::printf("\n%-9s CPU: console %.1f s", qPrintable(backend), run.consoleCpuSeconds);
    if (run.serverCpuSeconds)
        std::printf(", server %.1f s", *run.serverCpuSeconds);
    std::printf("\n");
    return allPassed;
}

struct Options {
    qint64 rows = DefaultRows;
    QStringList backends;
    QString keep;
    QStringList rules;
    int timeoutMs = storage::DefaultStatementTimeoutMs;
};

Options parseOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Every built-in data-quality rule over N assessments."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"rows"_s, u"assessments to seed (default 1000000)"_s);
    const QCommandLineOption backend(
        u"backend"_s,
        u"sqlite or postgres, repeatable (default: sqlite, and postgres when the fixture's "
        "servers run)"_s,
        u"name"_s);
    parser.addOption(backend);
    const QCommandLineOption keep(
        u"keep"_s,
        u"keep the SQLite store in this folder and the PostgreSQL database after the run; a "
        "later run with the same folder and count measures them again without seeding"_s,
        u"folder"_s);
    parser.addOption(keep);
    const QCommandLineOption rule(u"rule"_s, u"run only this rule, repeatable"_s, u"id"_s);
    parser.addOption(rule);
    const QCommandLineOption timeout(
        u"timeout"_s, u"statement timeout in seconds (default: the console's, 30)"_s, u"s"_s);
    parser.addOption(timeout);
    parser.process(app);
    Options o;
    const qint64 fromEnv = qEnvironmentVariableIntValue("TREEOPS_BENCH_QUALITY_ROWS");
    if (!parser.positionalArguments().isEmpty())
        o.rows = parser.positionalArguments().first().toLongLong();
    else if (fromEnv > 0)
        o.rows = fromEnv;
    o.backends = parser.values(backend);
    o.keep = parser.value(keep);
    o.rules = parser.values(rule);
    if (parser.isSet(timeout))
        o.timeoutMs = parser.value(timeout).toInt() * 1000;
    if (o.backends.isEmpty()) {
        o.backends << u"sqlite"_s;
        if (qEnvironmentVariableIsSet("TREEOPS_TEST_SERVERS_DIR"))
            o.backends << u"postgres"_s;
    }
    if (o.rows <= 0)
        qFatal("the number of assessments must be positive");
    return o;
}

Backend openNamed(const QString& name, qint64 rows, const QString& folder, bool keep) {
    if (name == u"sqlite"_s)
        return openBackend(name, u"sqlite://"_s + QDir(folder).absoluteFilePath(u"quality.db"_s));
    if (name == u"postgres"_s)
        return openBackend(name, postgresDatabase(rows, keep));
    qFatal("unknown backend %s (sqlite or postgres)", qPrintable(name));
}

void seedAndReport(std::vector<Backend>& backends, qint64 rows) {
    std::vector<Backend*> empty = toSeed(backends, rows);
    if (empty.empty()) {
        std::printf("seed: kept stores, not seeded again\n");
        return;
    }
    const double generating = seed(empty, rows);
    std::printf("seed (not timed against the target): generate and price %.1f s", generating);
    for (const Backend* b : empty)
        std::printf("; load %s %.1f s", qPrintable(b->name), b->loadSeconds);
    for (const Backend* b : empty)
        if (b->name == u"postgres"_s)
            std::printf("; VACUUM ANALYZE %.1f s", vacuumAnalyse(b->url));
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    QTemporaryDir temporary;
    const bool keep = !options.keep.isEmpty();
    if (keep && !QDir().mkpath(options.keep))
        qFatal("cannot create %s", qPrintable(options.keep));
    std::vector<Backend> backends;
    for (const QString& name : options.backends)
        backends.push_back(
            openNamed(name, options.rows, keep ? options.keep : temporary.path(), keep));
    std::printf("data-quality run over %lld assessments; target <= %.0f s per backend\n",
                static_cast<long long>(options.rows), TargetSeconds);
    seedAndReport(backends, options.rows);
    // Closed before the checks run, as a console's store is between imports: SQLite folds the
    // write-ahead log back into the file.
    for (Backend& b : backends) {
        b.service.reset();
        b.store.reset();
    }
    std::fflush(stdout);
    bool allPassed = true;
    for (const Backend& b : backends) {
        forgetVerifiedQuotes(b);
        allPassed =
            report(b.name, "first run", runRules(b.url, options.rules, options.timeoutMs)) &&
            allPassed;
        allPassed = report(b.name, "next run, nothing changed",
                           runRules(b.url, options.rules, options.timeoutMs)) &&
                    allPassed;
    }
    return allPassed ? 0 : 1;
}

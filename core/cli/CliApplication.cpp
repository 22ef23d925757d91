#include "cli/CliApplication.h"

#include "assessments/AssessmentService.h"
#include "assessments/DemoSeeder.h"
#include "cli/QualityCommand.h"
#include "i18n/Translate.h"
#include "scoring/CatalogJson.h"
#include "scoring/RatesJson.h"
#include "storage/ConnectionTest.h"
#include "storage/ReferenceData.h"
#include "storage/Store.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace treeops::cli {
namespace {

using namespace Qt::StringLiterals;
using storage::StoreError;

const QString CommandsHelp =
    u"Commands:\n"
    "  quote [--input FILE|-]              Price one treeops.assessment/1 document (stdin by "
    "default)\n"
    "  catalog export                      Print the active AFISS catalog as JSON\n"
    "  catalog validate FILE               Check a catalog file; report every problem\n"
    "  catalog import FILE                 Publish a catalog and make it active (all or nothing)\n"
    "  rates export                        Print the active rates as JSON\n"
    "  rates validate FILE                 Check a rates file; report every problem\n"
    "  rates import FILE                   Publish rates and make them active (all or nothing)\n"
    "  assessment save [--input FILE|-] [--status S] [--expect-version N]\n"
    "                                      Validate, price and store an assessment with its quote\n"
    "  assessment list [--status S] [--state XX] [--search TEXT] [--limit N] [--format text|json]\n"
    "                  [--include-archived]    Newest first; archived ones marked\n"
    "  assessment show ID                  Print an assessment, its stored quote and a re-check\n"
    "  assessment status ID --status S [--expect-version N]\n"
    "                                      Move an assessment along draft, quoted, accepted, "
    "completed\n"
    "  assessment delete ID [--expect-version N]\n"
    "                                      Delete an assessment (kept in the deletion record)\n"
    "  assessment duplicate ID             Copy an assessment into a new draft; prints the new id\n"
    "  demo seed --count N [--seed N]      Store N realistic demo assessments with quotes\n"
    "  store test-connection --store URL   Reach a PostgreSQL store; print its version and "
    "round trip\n"
    "  archive run [--older-than-days N] [--batch N]\n"
    "                                      Move assessments not updated for N days (90) to the "
    "archive\n"
    "  archive stats                       Print what the archive holds and its size\n"
    "  quality run [--rule ID]... [--sample-limit N] [--format text|json]\n"
    "                                      Check the data with every rule (or those named) and "
    "keep the run\n"
    "  quality rules [--format text|json]  List the built-in and custom rules\n"
    "  quality history [--limit N] [--format text|json]\n"
    "                                      Show the latest runs and their scores\n"
    "  quality save-rule [--input FILE|-]  Keep a custom SQL rule (a new version if it exists)\n"
    "  quality report [RUN] --format html|csv|json\n"
    "                                      Print a run (the latest by default) as a report\n"
    "\nExit codes: 0 success, 2 invalid input (nothing was changed), 3 a critical quality rule "
    "failed or could not run, 1 any other failure."_s;

} // namespace

struct CliApplication::Options {
    QStringList positional;
    QString storeUrl;
    QString input;
    QString status;
    QString state;
    QString search;
    QString format;
    QString limit;
    QString count;
    QString seed;
    QString expectVersion;
    QString hotTierUrl;
    QString olderThanDays;
    QString batch;
    QStringList rules;
    QString sampleLimit;
    bool includeArchived = false;
};

CliApplication::CliApplication(QIODevice& in, QTextStream& out, QTextStream& err)
    : m_in(in)
    , m_out(out)
    , m_err(err) {}

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        translate("Cli", "TreeOps command line: quoting, reference data and the store."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, translate("Cli", "Show this help."));
    const QCommandLineOption version(u"version"_s, translate("Cli", "Show the TreeOps version."));
    const QCommandLineOption store(u"store"_s,
                                   translate("Cli", "Store URL (default: $TREEOPS_STORE, or %1).")
                                       .arg(storage::defaultStoreUrl()),
                                   u"URL"_s, storage::environmentStoreUrl());
    const QCommandLineOption input(
        u"input"_s, translate("Cli", "Input file, or - for standard input."), u"FILE"_s);
    const QCommandLineOption status(
        u"status"_s, translate("Cli", "Assessment status: %1.").arg(storage::statusKeysList()),
        u"S"_s);
    const QCommandLineOption state(u"state"_s, translate("Cli", "Filter by state (USPS code)."),
                                   u"XX"_s);
    const QCommandLineOption search(
        u"search"_s, translate("Cli", "Filter by customer, address or id."), u"TEXT"_s);
    const QCommandLineOption format(u"format"_s, translate("Cli", "Output format: text or json."),
                                    u"F"_s, u"text"_s);
    const QCommandLineOption limit(u"limit"_s, translate("Cli", "At most this many rows."), u"N"_s,
                                   u"50"_s);
    const QCommandLineOption count(u"count"_s, translate("Cli", "How many demo assessments."),
                                   u"N"_s);
    const QCommandLineOption seed(u"seed"_s, translate("Cli", "Seed for reproducible demo data."),
                                  u"N"_s, u"1"_s);
    const QCommandLineOption expect(
        u"expect-version"_s,
        translate("Cli", "Row version being replaced (refuses to overwrite a newer save)."),
        u"N"_s);
    const QCommandLineOption hotTier(
        u"hot-tier"_s,
        translate("Cli", "Redis hot tier in front of the store, redis://[:password@]host:port/db "
                         "(default: $TREEOPS_HOT_TIER; the password may come from "
                         "REDISCLI_AUTH)."),
        u"URL"_s, storage::environmentHotTierUrl());
    const QCommandLineOption olderThanDays(
        u"older-than-days"_s,
        translate("Cli", "Archive assessments last updated more than N days ago."), u"N"_s,
        u"90"_s);
    const QCommandLineOption batch(
        u"batch"_s, translate("Cli", "Assessments moved and verified per transaction."), u"N"_s,
        u"1000"_s);
    const QCommandLineOption rule(
        u"rule"_s, translate("Cli", "A quality rule to run (repeat for several; default: all)."),
        u"ID"_s);
    const QCommandLineOption sampleLimit(u"sample-limit"_s,
                                         translate("Cli", "Failing keys kept per quality rule."),
                                         u"N"_s, u"100"_s);
    const QCommandLineOption includeArchived(
        u"include-archived"_s,
        translate("Cli", "List archived assessments too (read-only, marked archived)."));
    parser.addOptions({help, version, store, input, status, state, search, format, limit, count,
                       seed, expect, hotTier, olderThanDays, batch, rule, sampleLimit,
                       includeArchived});
    parser.addPositionalArgument(u"command"_s, CommandsHelp);

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(version)) {
        m_out << u"treeops-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        return Ok;
    }
    const Options options{
        parser.positionalArguments(), parser.value(store),          parser.value(input),
        parser.value(status),         parser.value(state),          parser.value(search),
        parser.value(format),         parser.value(limit),          parser.value(count),
        parser.value(seed),           parser.value(expect),         parser.value(hotTier),
        parser.value(olderThanDays),  parser.value(batch),          parser.values(rule),
        parser.value(sampleLimit),    parser.isSet(includeArchived)};
    try {
        return dispatch(options);
    } catch (const StoreError& e) {
        m_err << translate("Cli", "error: %1").arg(e.message()) << u'\n';
        return e.kind() == StoreError::Kind::InvalidInput ? InvalidInput : Failure;
    }
}

int CliApplication::usageError(const QString& message) {
    m_err << translate("Cli", "error: %1").arg(message) << u"\n"_s
          << translate("Cli", "Run treeops-cli --help for usage.") << u'\n';
    return InvalidInput;
}

void printJson(QTextStream& out, const QJsonObject& object) {
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

storage::Store& CliApplication::store(const Options& o) {
    if (!m_store) {
        m_store = storage::openStore(o.storeUrl, o.hotTierUrl);
        storage::ensureReferenceData(*m_store);
    }
    return *m_store;
}

bool CliApplication::readInput(const QString& name, QByteArray& bytes, QString& source) {
    if (name.isEmpty() || name == u"-"_s) {
        bytes = m_in.readAll();
        source = u"<stdin>"_s;
        return true;
    }
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << translate("Cli", "error: cannot read %1: %2").arg(name, file.errorString())
              << u'\n';
        return false;
    }
    bytes = file.readAll();
    source = name;
    return true;
}

int CliApplication::dispatch(const Options& o) {
    const QString command = o.positional.value(0);
    if (command == u"quote"_s)
        return quote(o);
    if (command == u"catalog"_s)
        return catalogCommand(o);
    if (command == u"rates"_s)
        return ratesCommand(o);
    if (command == u"assessment"_s)
        return assessmentCommand(o);
    if (command == u"demo"_s && o.positional.value(1) == u"seed"_s)
        return demoSeed(o);
    if (command == u"store"_s && o.positional.value(1) == u"test-connection"_s)
        return storeTestConnection(o);
    if (command == u"archive"_s)
        return archiveCommand(o);
    if (command == u"quality"_s)
        return qualityCommand(o);
    if (command.isEmpty())
        return usageError(translate("Cli", "no command given"));
    return usageError(translate("Cli", "unknown command \"%1\"").arg(o.positional.join(u' ')));
}

int CliApplication::quote(const Options& o) {
    QByteArray bytes;
    QString source;
    if (!readInput(o.input, bytes, source))
        return InvalidInput;
    assessments::AssessmentService service(store(o));
    Problems problems;
    const auto priced = service.price(bytes, source, problems);
    if (!priced) {
        m_err << joinProblems(problems) << u'\n';
        return InvalidInput;
    }
    printJson(m_out, priced->quoteJson());
    return Ok;
}

template <typename Data, typename Reader>
std::optional<Data> CliApplication::readReferenceFile(const QString& file, Reader read) {
    QByteArray bytes;
    QString source;
    if (!readInput(file, bytes, source))
        return std::nullopt;
    Problems problems;
    auto data = read(bytes, source, problems);
    for (const Problem& p : problems)
        m_err << (p.where.startsWith(source) ? p.toString() : source + u": "_s + p.toString())
              << u'\n';
    return data;
}

int CliApplication::catalogCommand(const Options& o) {
    const QString action = o.positional.value(1);
    if (action == u"export"_s) {
        printJson(m_out, scoring::catalogToJson(*store(o).activeCatalog()));
        return Ok;
    }
    if ((action != u"import"_s && action != u"validate"_s) || o.positional.size() < 3)
        return usageError(translate("Cli", "catalog takes export, validate FILE or import FILE"));
    const auto catalog = readReferenceFile<scoring::CatalogData>(
        o.positional.value(2), [](const QByteArray& b, const QString& s, Problems& p) {
            return scoring::readCatalog(b, s, p);
        });
    if (!catalog)
        return InvalidInput;
    if (action == u"validate"_s) {
        m_out << translate("Cli", "catalog %1 is valid (%2 factors, %3 interaction rules)")
                     .arg(catalog->version)
                     .arg(catalog->factors.size())
                     .arg(catalog->interactions.size())
              << u'\n';
        return Ok;
    }
    const auto outcome = store(o).publishCatalog(*catalog, true);
    m_out << (outcome == storage::PublishOutcome::Published
                  ? translate("Cli", "catalog %1 published and active").arg(catalog->version)
                  : translate("Cli", "catalog %1 was already published; it is now active")
                        .arg(catalog->version))
          << u'\n';
    return Ok;
}

int CliApplication::ratesCommand(const Options& o) {
    const QString action = o.positional.value(1);
    if (action == u"export"_s) {
        printJson(m_out, scoring::ratesToJson(*store(o).activeRates()));
        return Ok;
    }
    if ((action != u"import"_s && action != u"validate"_s) || o.positional.size() < 3)
        return usageError(translate("Cli", "rates takes export, validate FILE or import FILE"));
    const auto rates = readReferenceFile<scoring::RatesData>(
        o.positional.value(2), [](const QByteArray& b, const QString& s, Problems& p) {
            return scoring::readRates(b, s, p);
        });
    if (!rates)
        return InvalidInput;
    if (action == u"validate"_s) {
        m_out << translate("Cli", "rates %1 are valid (%2 states, %3 positions, %4 machines)")
                     .arg(rates->version)
                     .arg(rates->states.size())
                     .arg(rates->positions.size())
                     .arg(rates->equipment.size())
              << u'\n';
        return Ok;
    }
    const auto outcome = store(o).publishRates(*rates, true);
    m_out << (outcome == storage::PublishOutcome::Published
                  ? translate("Cli", "rates %1 published and active").arg(rates->version)
                  : translate("Cli", "rates %1 were already published; they are now active")
                        .arg(rates->version))
          << u'\n';
    return Ok;
}

int CliApplication::archiveCommand(const Options& o) {
    const QString action = o.positional.value(1);
    if (action == u"run"_s)
        return archiveRun(o);
    if (action == u"stats"_s)
        return archiveStats(o);
    return usageError(translate("Cli", "archive takes run or stats"));
}

int CliApplication::archiveRun(const Options& o) {
    bool daysOk = false;
    bool batchOk = false;
    const int days = o.olderThanDays.toInt(&daysOk);
    const int batchSize = o.batch.toInt(&batchOk);
    if (!daysOk || days < 0 || !batchOk || batchSize < 1)
        return usageError(translate(
            "Cli", "--older-than-days needs a number of days (0 or more) and --batch a number of "
                   "assessments (1 or more)"));
    const storage::ArchiveRequest request{QDateTime::currentDateTimeUtc().addDays(-days),
                                          batchSize};
    const storage::ArchiveOutcome outcome =
        store(o).archiveOlderThan(request, [this](int percent, const QString& step) {
            m_err << translate("Cli", "[%1%] %2").arg(percent).arg(step) << Qt::endl;
        });
    m_out << outcome.message << u'\n';
    if (outcome.skipped > 0)
        m_out << translate("Cli", "%1 copies left by an interrupted run were replaced")
                     .arg(outcome.skipped)
              << u'\n';
    return outcome.verificationFailed ? Failure : Ok;
}

int CliApplication::archiveStats(const Options& o) {
    const storage::ArchiveStats stats = store(o).archiveStats();
    for (const storage::ArchivePart& part : stats.parts)
        m_out << translate("Cli", "%1: %2 assessments, %3 quotes, %4")
                     .arg(part.name)
                     .arg(part.assessments)
                     .arg(part.quotes)
                     .arg(QLocale::c().formattedDataSize(part.bytes))
              << u'\n';
    m_out << translate("Cli", "archive: %1 assessments, %2 quotes, %3")
                 .arg(stats.assessments)
                 .arg(stats.quotes)
                 .arg(QLocale::c().formattedDataSize(stats.bytes))
          << u'\n';
    return Ok;
}

int CliApplication::qualityCommand(const Options& o) {
    bool sampleOk = false;
    bool limitOk = false;
    QualityCommand::Request request;
    request.action = o.positional.value(1);
    request.storeUrl = o.storeUrl;
    request.ruleIds = o.rules;
    request.format = o.format;
    request.sampleLimit = o.sampleLimit.toInt(&sampleOk);
    request.limit = o.limit.toInt(&limitOk);
    if (!sampleOk || request.sampleLimit < 0 || !limitOk || request.limit < 1)
        return usageError(translate("Cli", "--sample-limit and --limit take whole numbers"));
    const bool report = request.action == u"report"_s;
    if (report) {
        if (!QStringList{u"html"_s, u"csv"_s, u"json"_s}.contains(request.format))
            return usageError(translate("Cli", "quality report takes --format html, csv or json"));
        bool runOk = true;
        if (const QString run = o.positional.value(2); !run.isEmpty())
            request.runId = run.toLongLong(&runOk);
        if (!runOk || request.runId < 0)
            return usageError(translate("Cli", "quality report takes a run number"));
    } else if (request.format != u"text"_s && request.format != u"json"_s) {
        return usageError(translate("Cli", "--format is text or json"));
    }
    if (request.action == u"save-rule"_s && !readInput(o.input, request.input, request.inputSource))
        return InvalidInput;
    // Opened once, so its migrations have run and its reference data is there.
    request.storeLocation = store(o).location();
    QualityCommand command(m_out, m_err);
    return command.execute(request);
}

int CliApplication::assessmentCommand(const Options& o) {
    const QString action = o.positional.value(1);
    if (action == u"save"_s)
        return assessmentSave(o);
    if (action == u"list"_s)
        return assessmentList(o);
    if (action == u"show"_s)
        return assessmentShow(o);
    if (action == u"status"_s || action == u"delete"_s || action == u"duplicate"_s)
        return assessmentChange(o);
    return usageError(translate(
        "Cli", "assessment takes save, list, show ID, status ID, delete ID or duplicate ID"));
}

int CliApplication::assessmentChange(const Options& o) {
    const QString action = o.positional.value(1);
    const QString id = o.positional.value(2);
    if (id.isEmpty())
        return usageError(translate("Cli", "assessment %1 needs an ID").arg(action));
    assessments::AssessmentService service(store(o));
    if (action == u"duplicate"_s) {
        const auto copy = service.duplicate(id);
        m_out << copy.id << u'\n';
        return Ok;
    }
    const auto current = store(o).assessment(id);
    if (!current) {
        m_err << translate("Cli", "error: no assessment %1").arg(id) << u'\n';
        return Failure;
    }
    // Without --expect-version the command acts on the version it just read.
    bool versionOk = true;
    const qint64 version = o.expectVersion.isEmpty() ? current->summary.rowVersion
                                                     : o.expectVersion.toLongLong(&versionOk);
    if (!versionOk)
        return usageError(translate("Cli", "--expect-version takes a whole number"));
    if (action == u"delete"_s) {
        service.remove(id, version);
        m_err << translate("Cli", "deleted %1; it is kept in the deletion record").arg(id) << u'\n';
        return Ok;
    }
    const auto status = storage::statusFromKey(o.status);
    if (!status)
        return usageError(translate("Cli", "assessment status needs --status, one of %1")
                              .arg(storage::statusKeysList()));
    m_out << service.changeStatus(id, *status, version) << u'\n';
    return Ok;
}

int CliApplication::assessmentSave(const Options& o) {
    const auto status = o.status.isEmpty() ? std::optional(storage::AssessmentStatus::Quoted)
                                           : storage::statusFromKey(o.status);
    if (!status)
        return usageError(translate("Cli", "--status %1 is not one of %2")
                              .arg(o.status, storage::statusKeysList()));
    bool versionOk = true;
    const qint64 expected = o.expectVersion.isEmpty() ? 0 : o.expectVersion.toLongLong(&versionOk);
    if (!versionOk || expected < 0)
        return usageError(translate("Cli", "--expect-version takes a whole number"));
    QByteArray bytes;
    QString source;
    if (!readInput(o.input, bytes, source))
        return InvalidInput;
    assessments::AssessmentService service(store(o));
    Problems problems;
    auto priced = service.price(bytes, source, problems);
    if (!priced) {
        m_err << joinProblems(problems) << u'\n';
        return InvalidInput;
    }
    const auto saved = service.save(std::move(*priced), *status, expected);
    m_out << saved.id << u'\n';
    m_err << translate("Cli", "saved %1 (version %2, %3, price %4)")
                 .arg(saved.id)
                 .arg(saved.rowVersion)
                 .arg(storage::statusKey(*status),
                      QLocale::c().toString(saved.priced.quote.price, 'f', 2))
          << u'\n';
    return Ok;
}

int CliApplication::assessmentList(const Options& o) {
    storage::AssessmentFilter filter;
    filter.search = o.search;
    filter.state = o.state.toUpper();
    filter.includeArchived = o.includeArchived;
    if (!o.status.isEmpty()) {
        filter.status = storage::statusFromKey(o.status);
        if (!filter.status)
            return usageError(translate("Cli", "--status %1 is not one of %2")
                                  .arg(o.status, storage::statusKeysList()));
    }
    bool limitOk = false;
    filter.limit = o.limit.toInt(&limitOk);
    if (!limitOk || filter.limit < 1)
        return usageError(translate("Cli", "--limit takes a whole number of at least 1"));
    const QList<storage::AssessmentSummary> rows = store(o).listAssessments(filter);
    if (o.format == u"json"_s) {
        QJsonArray list;
        for (const auto& r : rows)
            list.append(QJsonObject{{u"id"_s, r.id},
                                    {u"customer"_s, r.customer},
                                    {u"address"_s, r.address},
                                    {u"state"_s, r.state},
                                    {u"services"_s, QJsonArray::fromStringList(r.services)},
                                    {u"trees"_s, r.treeCount},
                                    {u"status"_s, storage::statusKey(r.status)},
                                    {u"band"_s, r.band},
                                    {u"price"_s, r.price ? QJsonValue(*r.price) : QJsonValue()},
                                    {u"updated_at"_s, r.updatedAt.toString(Qt::ISODate)},
                                    {u"row_version"_s, r.rowVersion},
                                    {u"archived"_s, r.archived}});
        printJson(m_out, QJsonObject{{u"assessments"_s, list}});
        return Ok;
    }
    if (o.format != u"text"_s)
        return usageError(translate("Cli", "--format takes text or json"));
    for (const auto& r : rows) {
        m_out << QStringList{r.id,
                             r.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                             storage::statusKey(r.status).leftJustified(9),
                             r.state,
                             (r.price ? QLocale::c().toString(*r.price, 'f', 2) : u"-"_s)
                                 .rightJustified(11),
                             r.customer,
                             r.address}
                     .join(u"  "_s);
        // Not translated, like the status keys beside it: scripts read these lines.
        if (r.archived)
            m_out << u"  (archived)"_s;
        m_out << u'\n';
    }
    const int listed = static_cast<int>(rows.size());
    m_err << translate("Cli", "%n assessment(s) listed", nullptr, listed) << u'\n';
    return Ok;
}

int CliApplication::assessmentShow(const Options& o) {
    const QString id = o.positional.value(2);
    if (id.isEmpty())
        return usageError(translate("Cli", "assessment show needs an ID"));
    assessments::AssessmentService service(store(o));
    const auto reopened = service.reopen(id);
    if (!reopened) {
        m_err << translate("Cli", "error: no assessment %1").arg(id) << u'\n';
        return Failure;
    }
    const auto& summary = reopened->stored.summary;
    QJsonObject out{
        {u"id"_s, summary.id},
        {u"status"_s, storage::statusKey(summary.status)},
        {u"row_version"_s, summary.rowVersion},
        {u"created_at"_s, summary.createdAt.toString(Qt::ISODateWithMs)},
        {u"updated_at"_s, summary.updatedAt.toString(Qt::ISODateWithMs)},
        {u"assessment"_s, QJsonDocument::fromJson(reopened->stored.inputJson).object()}};
    if (reopened->storedQuote) {
        out.insert(u"quote"_s, QJsonDocument::fromJson(reopened->storedQuote->quoteJson).object());
        const double recomputed = reopened->repriced->quoteJson().value(u"price"_s).toDouble();
        out.insert(u"recomputed_price"_s, recomputed);
        if (std::abs(recomputed - reopened->storedQuote->price) > 0.005)
            m_err
                << translate(
                       "Cli",
                       "warning: the stored quote says %1 but its pinned catalog and rates give %2")
                       .arg(reopened->storedQuote->price, 0, 'f', 2)
                       .arg(recomputed, 0, 'f', 2)
                << u'\n';
    }
    printJson(m_out, out);
    return Ok;
}

int CliApplication::demoSeed(const Options& o) {
    bool countOk = false;
    const int count = o.count.toInt(&countOk);
    bool seedOk = false;
    const uint seed = o.seed.toUInt(&seedOk);
    if (!countOk || count < 1 || count > assessments::DemoSeeder::MaxCount)
        return usageError(translate("Cli", "demo seed needs --count N with N from 1 to 1000000"));
    if (!seedOk)
        return usageError(translate("Cli", "--seed takes a whole number"));
    storage::Store& s = store(o);
    assessments::DemoSeeder(s, seed).seed(count, [this](int stored, int total) {
        m_err << translate("Cli", "progress: %1% stored %2 of %3 demo assessments")
                     .arg(stored * 100 / total)
                     .arg(stored)
                     .arg(total)
              << u'\n';
        m_err.flush();
        return true;
    });
    m_out << translate("Cli", "%1 demo assessments stored in %2").arg(count).arg(s.location())
          << u'\n';
    return Ok;
}

// Exit codes: 0 reached, 2 the URL is missing or malformed, 1 unreachable or refused (through
// the StoreError kinds in run()).
int CliApplication::storeTestConnection(const Options& o) {
    if (o.storeUrl.trimmed().isEmpty())
        return usageError(translate("Cli", "store test-connection needs --store URL"));
    const storage::ConnectionCheck check = storage::testConnection(o.storeUrl);
    const auto ms = [](std::chrono::microseconds us) {
        return QLocale::c().toString(static_cast<double>(us.count()) / 1000.0, 'f', 2);
    };
    m_out << translate("Cli", "connected to %1").arg(check.server) << u'\n'
          << translate("Cli", "server: %1").arg(check.serverVersion) << u'\n'
          << translate("Cli", "round trip: %1 ms (connecting took %2 ms)")
                 .arg(ms(check.roundTrip), ms(check.connectTime))
          << u'\n';
    return Ok;
}

} // namespace treeops::cli

#include "cli/QualityCommand.h"

#include "cli/CliApplication.h"
#include "i18n/Translate.h"
#include "quality/CustomRules.h"
#include "quality/QualityAlert.h"
#include "quality/QualityJson.h"
#include "quality/QualityReport.h"
#include "quality/QualityRunner.h"
#include "storage/QualityHistory.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"

#include <QJsonArray>

namespace treeops::cli {
namespace {

using namespace Qt::StringLiterals;
using quality::RuleStatus;

constexpr int SamplesShown = 5;

} // namespace

QualityCommand::QualityCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {}

QualityCommand::~QualityCommand() = default;

int QualityCommand::execute(const Request& request) {
    m_history = storage::openQualityHistory(request.storeUrl);
    if (request.action == u"run"_s)
        return run(request);
    if (request.action == u"rules"_s)
        return listRules(request);
    if (request.action == u"history"_s)
        return history(request);
    if (request.action == u"save-rule"_s)
        return saveRule(request);
    if (request.action == u"report"_s)
        return report(request);
    m_err << translate("Cli", "error: quality takes run, rules, history, save-rule or report")
          << u'\n';
    return InvalidInput;
}

int QualityCommand::run(const Request& r) {
    const quality::RuleList rules =
        quality::selectRules(quality::allRules(m_history->customRules()), r.ruleIds);
    quality::QualityRunner runner(r.storeUrl);
    quality::RunRecord record =
        runner.run(rules, {QDateTime(), r.sampleLimit, storage::lastRuleDurations(*m_history)},
                   [&](int done, int total, const quality::RuleDefinition& next) {
                       m_err << translate("Cli", "[%1/%2] %3").arg(done + 1).arg(total).arg(next.id)
                             << u'\n';
                       m_err.flush();
                   });
    record.id = m_history->saveRun(record, runner.verifiedQuotes());
    if (r.format == u"json"_s)
        printJson(m_out, quality::runToJson(record));
    else
        printRun(record);
    return quality::alertTriggers(record).criticalRules.isEmpty() ? Ok : QualityGate;
}

void QualityCommand::printRun(const quality::RunRecord& run) {
    const quality::StatusCounts counts = quality::scoreRun(run.results).overall;
    m_out << translate("Cli", "Run %1: score %2 — %3 pass, %4 warn, %5 fail; %6 error, %7 not "
                              "applicable (not scored)")
                 .arg(run.id)
                 .arg(quality::scoreText(counts.score()))
                 .arg(counts.count(RuleStatus::Pass))
                 .arg(counts.count(RuleStatus::Warn))
                 .arg(counts.count(RuleStatus::Fail))
                 .arg(counts.count(RuleStatus::Error))
                 .arg(counts.count(RuleStatus::NotApplicable))
          << u'\n';
    for (const quality::RuleResult& result : run.results) {
        m_out << u"%1 %2 %3 %4/%5"_s.arg(quality::statusKey(result.status), -14)
                     .arg(quality::severityKey(result.rule.severity), -8)
                     .arg(result.rule.id, -36)
                     .arg(result.outcome.failing)
                     .arg(result.outcome.examined);
        if (!result.message.isEmpty())
            m_out << u"  "_s << result.message;
        else if (!result.outcome.sampleKeys.isEmpty())
            m_out << u"  "_s << result.outcome.sampleKeys.mid(0, SamplesShown).join(u", "_s)
                  << (result.outcome.failing > SamplesShown ? u", …"_s : QString());
        m_out << u'\n';
    }
}

int QualityCommand::listRules(const Request& r) {
    const quality::RuleList rules = quality::allRules(m_history->customRules());
    if (r.format == u"json"_s) {
        QJsonArray array;
        for (const auto& rule : rules)
            array.append(quality::ruleToJson(rule->definition()));
        printJson(m_out, {{u"rules"_s, array}});
        return Ok;
    }
    for (const auto& rule : rules) {
        const quality::RuleDefinition& d = rule->definition();
        m_out << u"%1 %2 %3 %4"_s.arg(d.id, -36)
                     .arg(quality::severityKey(d.severity), -8)
                     .arg(quality::dimensionKey(d.dimension), -12)
                     .arg(d.name)
              << u'\n';
    }
    return Ok;
}

int QualityCommand::history(const Request& r) {
    const QList<quality::RunSummary> runs = m_history->recentRuns(r.limit);
    if (r.format == u"json"_s) {
        QJsonArray array;
        for (const quality::RunSummary& run : runs)
            array.append(QJsonObject{
                {u"id"_s, run.id},
                {u"finished_at"_s, run.finishedAt.toString(Qt::ISODateWithMs)},
                {u"score"_s, run.counts.score() ? QJsonValue(*run.counts.score()) : QJsonValue()}});
        printJson(m_out, {{u"runs"_s, array}});
        return Ok;
    }
    for (const quality::RunSummary& run : runs)
        m_out << translate("Cli", "%1  %2  score %3  %4 fail, %5 error")
                     .arg(run.id)
                     .arg(run.finishedAt.toString(Qt::ISODate))
                     .arg(quality::scoreText(run.counts.score()))
                     .arg(run.counts.count(RuleStatus::Fail))
                     .arg(run.counts.count(RuleStatus::Error))
              << u'\n';
    return Ok;
}

int QualityCommand::saveRule(const Request& r) {
    Problems problems;
    const auto rule = quality::readCustomRule(r.input, r.inputSource, problems);
    if (!rule) {
        for (const Problem& p : problems)
            m_err << r.inputSource << u": "_s << p.toString() << u'\n';
        return InvalidInput;
    }
    const int version =
        quality::keepCustomRule(*rule, *m_history, *storage::openReadOnlySql(r.storeUrl));
    m_out << translate("Cli", "saved %1, version %2").arg(rule->definition.id).arg(version)
          << u'\n';
    return Ok;
}

int QualityCommand::report(const Request& r) {
    qint64 runId = r.runId;
    if (runId == 0) {
        const QList<quality::RunSummary> latest = m_history->recentRuns(1);
        if (latest.isEmpty())
            throw storage::StoreError(storage::StoreError::Kind::NotFound,
                                      translate("Cli", "no quality run is stored yet; run "
                                                       "`treeops-cli quality run` first"));
        runId = latest.constFirst().id;
    }
    const std::optional<quality::RunRecord> run = m_history->run(runId);
    if (!run)
        throw storage::StoreError(storage::StoreError::Kind::NotFound,
                                  translate("Cli", "there is no quality run %1").arg(runId));
    if (r.format == u"json"_s)
        printJson(m_out, quality::runToJson(*run));
    else if (r.format == u"csv"_s)
        m_out << QString::fromUtf8(quality::resultsCsv(*run));
    else
        m_out << quality::runReportHtml(*run, {r.storeLocation, QDateTime::currentDateTimeUtc()});
    return Ok;
}

} // namespace treeops::cli

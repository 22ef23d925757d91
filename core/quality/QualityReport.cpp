#include "quality/QualityReport.h"

#include "i18n/Translate.h"

#include <QLocale>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

// The status colours of the console (light palette), so a printed report reads the same.
QString statusColour(RuleStatus status) {
    switch (status) {
    case RuleStatus::Pass:
        return u"#2e7d32"_s;
    case RuleStatus::Warn:
        return u"#c77c02"_s;
    case RuleStatus::Fail:
        return u"#c62828"_s;
    case RuleStatus::Error:
        return u"#6a1b9a"_s;
    case RuleStatus::NotApplicable:
        return u"#757575"_s;
    }
    return {};
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString statusCell(RuleStatus status) {
    return u"<td><font color=\"%1\"><b>&#9679; %2</b></font></td>"_s.arg(
        statusColour(status), escaped(statusName(status)));
}

QString numberCell(qint64 value) {
    return u"<td align=\"right\">%1</td>"_s.arg(QLocale().toString(value));
}

QString countsRow(const QString& name, const StatusCounts& counts) {
    QString row = u"<tr><td>%1</td><td align=\"right\"><b>%2</b></td>"_s.arg(
        escaped(name), scoreText(counts.score()));
    for (int status = 0; status < RuleStatusCount; ++status)
        row += numberCell(counts.count(static_cast<RuleStatus>(status)));
    return row + u"</tr>"_s;
}

QString countsHeader(const QString& first) {
    QString header = u"<tr><th align=\"left\">%1</th><th align=\"right\">%2</th>"_s.arg(
        escaped(first), translate("QualityReport", "Score"));
    for (int status = 0; status < RuleStatusCount; ++status)
        header += u"<th align=\"right\">%1</th>"_s.arg(
            escaped(statusName(static_cast<RuleStatus>(status))));
    return header + u"</tr>"_s;
}

QString subScores(const RunScore& score) {
    QString html = u"<h2>%1</h2><table class=\"grid\" cellspacing=\"0\" cellpadding=\"4\">"_s.arg(
                       translate("QualityReport", "By dimension")) +
                   countsHeader(translate("QualityReport", "Dimension"));
    for (auto it = score.byDimension.cbegin(); it != score.byDimension.cend(); ++it)
        html += countsRow(dimensionName(it.key()), it.value());
    html += u"</table><h2>%1</h2><table class=\"grid\" cellspacing=\"0\" cellpadding=\"4\">"_s.arg(
                translate("QualityReport", "By dataset")) +
            countsHeader(translate("QualityReport", "Dataset"));
    for (auto it = score.byDataset.cbegin(); it != score.byDataset.cend(); ++it)
        html += countsRow(it.key(), it.value());
    return html + u"</table>"_s;
}

QString ruleRow(const RuleResult& r) {
    return u"<tr>"_s + statusCell(r.status) +
           u"<td>%1</td><td><b>%2</b><br><small>%3</small></td><td>%4</td><td>%5</td>"_s.arg(
               escaped(severityName(r.rule.severity)), escaped(r.rule.name), escaped(r.rule.id),
               escaped(dimensionName(r.rule.dimension)), escaped(r.rule.dataset)) +
           numberCell(r.outcome.failing) + numberCell(r.outcome.examined) +
           u"<td>%1 / %2</td></tr>"_s.arg(escaped(r.rule.warn.text()), escaped(r.rule.fail.text()));
}

QString rulesTable(const RunRecord& run) {
    const QString headings[] = {translate("QualityReport", "Status"),
                                translate("QualityReport", "Severity"),
                                translate("QualityReport", "Rule"),
                                translate("QualityReport", "Dimension"),
                                translate("QualityReport", "Dataset"),
                                translate("QualityReport", "Failing rows"),
                                translate("QualityReport", "Rows examined"),
                                translate("QualityReport", "Warn / fail above")};
    constexpr int RuleHeading = 2; // the widest column: the rule's name and id
    QString html =
        u"<h2>%1</h2><table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"
        "<tr>"_s.arg(translate("QualityReport", "Rules"));
    for (int i = 0; i < int(std::size(headings)); ++i)
        html += u"<th align=\"left\"%1>%2</th>"_s.arg(
            i == RuleHeading ? u" width=\"35%\""_s : QString(), escaped(headings[i]));
    html += u"</tr>"_s;
    for (const RuleResult& result : run.results)
        html += ruleRow(result);
    return html + u"</table>"_s;
}

QString failingRows(const RuleResult& r) {
    QString html = u"<h3><font color=\"%1\">%2</font> — %3</h3><p>%4</p>"_s.arg(
        statusColour(r.status), escaped(statusName(r.status)), escaped(r.rule.name),
        escaped(r.rule.description));
    if (!r.message.isEmpty())
        return html +
               u"<p><b>%1</b> %2</p>"_s.arg(translate("QualityReport", "The check could not run:"),
                                            escaped(r.message));
    const int kept = int(r.outcome.sampleKeys.size());
    html += u"<p>%1</p><p class=\"keys\">"_s.arg(escaped(
        translate("QualityReport", "%1 of %2 rows fail; the first %n key(s):", nullptr, kept)
            .arg(QLocale().toString(r.outcome.failing), QLocale().toString(r.outcome.examined))));
    QStringList keys;
    for (const QString& key : r.outcome.sampleKeys)
        keys.append(escaped(key));
    return html + keys.join(u", "_s) + u"</p>"_s;
}

QString samples(const RunRecord& run) {
    QString html;
    for (const RuleResult& result : run.results)
        if (result.status != RuleStatus::Pass && result.status != RuleStatus::NotApplicable)
            html += failingRows(result);
    return html.isEmpty() ? html
                          : u"<h2>%1</h2>"_s.arg(translate("QualityReport", "What fails")) + html;
}

const QString Style =
    u"body { font-family: sans-serif; color: #202020; } h1 { font-size: 20pt; } "
    "h2 { font-size: 14pt; margin-top: 16px; } h3 { font-size: 11pt; } "
    "table.grid { border-collapse: collapse; } table.grid td, table.grid th { border: 1px solid "
    "#c0c0c0; } .score { font-size: 32pt; font-weight: bold; } .keys { font-family: monospace; }"_s;

QString header(const RunRecord& run, const RunScore& score, const ReportContext& context) {
    const StatusCounts& all = score.overall;
    return u"<h1>%1</h1><p>%2<br>%3<br>%4</p><p><span class=\"score\">%5</span> %6</p><p>%7</p>"_s
        .arg(escaped(translate("QualityReport", "Data quality — run %1").arg(run.id)),
             escaped(translate("QualityReport", "Store: %1").arg(context.storeLocation)),
             escaped(translate("QualityReport", "Run from %1 to %2")
                         .arg(run.startedAt.toLocalTime().toString(Qt::ISODate),
                              run.finishedAt.toLocalTime().toString(Qt::ISODate))),
             escaped(translate("QualityReport", "Report made %1")
                         .arg(context.generatedAt.toLocalTime().toString(Qt::ISODate))),
             scoreText(all.score()), escaped(translate("QualityReport", "/ 100")),
             escaped(translate("QualityReport",
                               "%1 pass, %2 warn, %3 fail. Not in the score: %4 error, %5 not "
                               "applicable.")
                         .arg(all.count(RuleStatus::Pass))
                         .arg(all.count(RuleStatus::Warn))
                         .arg(all.count(RuleStatus::Fail))
                         .arg(all.count(RuleStatus::Error))
                         .arg(all.count(RuleStatus::NotApplicable))));
}

QString csvField(QString text) {
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

} // namespace

QString runReportHtml(const RunRecord& run, const ReportContext& context) {
    const RunScore score = scoreRun(run.results);
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style>"
           "</head><body>"_s.arg(
               escaped(translate("QualityReport", "Data quality — run %1").arg(run.id)), Style) +
           header(run, score, context) + subScores(score) + rulesTable(run) + samples(run) +
           u"</body></html>\n"_s;
}

QByteArray resultsCsv(const RunRecord& run) {
    QStringList lines{u"run,rule,name,dimension,severity,dataset,status,failing,examined,warn,"
                      "fail,duration_ms,message,sample_keys"_s};
    for (const RuleResult& r : run.results) {
        const QStringList fields{QString::number(run.id),
                                 r.rule.id,
                                 r.rule.name,
                                 dimensionKey(r.rule.dimension),
                                 severityKey(r.rule.severity),
                                 r.rule.dataset,
                                 statusKey(r.status),
                                 QString::number(r.outcome.failing),
                                 QString::number(r.outcome.examined),
                                 r.rule.warn.text(),
                                 r.rule.fail.text(),
                                 QString::number(r.durationMs),
                                 r.message,
                                 r.outcome.sampleKeys.join(u' ')};
        QStringList quoted;
        for (const QString& field : fields)
            quoted.append(csvField(field));
        lines.append(quoted.join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

} // namespace treeops::quality

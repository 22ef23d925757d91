// What is derived from quality runs without a store: when an alert is raised (once per incident),
// since when a rule has not passed, and the HTML and CSV reports of a run.
#include "quality/QualityAlert.h"
#include "quality/QualityReport.h"
#include "quality/RuleTrend.h"

#include <QJsonArray>
#include <QTest>

using namespace treeops::quality;
using namespace Qt::StringLiterals;

namespace {

RuleResult result(const QString& id, Severity severity, RuleStatus status, qint64 failing = 0) {
    RuleResult r;
    r.rule.id = id;
    r.rule.name = u"Rule "_s + id;
    r.rule.severity = severity;
    r.rule.dataset = u"assessments"_s;
    r.status = status;
    r.outcome.examined = 10;
    r.outcome.failing = failing;
    return r;
}

// A run of nine passing low rules and the results given.
RunRecord run(qint64 id, const QList<RuleResult>& results) {
    RunRecord record{id, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addDays(id),
                     QDateTime(QDate(2026, 11, 1), QTime(8, 1), Qt::UTC).addDays(id), results};
    for (int i = 0; i < 9; ++i)
        record.results.append(result(u"ok%1"_s.arg(i), Severity::Low, RuleStatus::Pass));
    return record;
}

RuleTrendPoint point(qint64 runId, RuleStatus status) {
    return {runId, QDateTime(QDate(2026, 11, int(runId)), QTime(9, 0), Qt::UTC), status, 10, 0};
}

} // namespace

class QualityAlertsTest : public QObject {
    Q_OBJECT

private slots:
    void cleanRunsRaiseNothing() {
        QVERIFY(!alertFor(run(1, {}), nullptr));
        const RunRecord clean = run(2, {});
        QVERIFY(!alertFor(run(3, {}), &clean));
    }

    void aCriticalFailureAlertsOncePerIncident() {
        const auto broken = [](qint64 id) {
            return run(id, {result(u"quotes"_s, Severity::Critical, RuleStatus::Fail, 2)});
        };
        const RunRecord first = broken(1);
        const auto alert = alertFor(first, nullptr);
        QVERIFY(alert);
        QCOMPARE(alert->triggers.criticalRules, QStringList{u"quotes"_s});
        QVERIFY(alert->text().contains(u"Rule quotes fails on 2 of 10 rows"_s));
        const RunRecord second = broken(2);
        QVERIFY(!alertFor(second, &first)); // the same incident goes on
        const RunRecord fixed = run(3, {});
        QVERIFY(!alertFor(fixed, &second));
        QVERIFY(alertFor(broken(4), &fixed)); // a new incident
    }

    void aCriticalRuleJoiningTheIncidentAlertsAgain() {
        const RunRecord one =
            run(1, {result(u"quotes"_s, Severity::Critical, RuleStatus::Fail, 1)});
        const RunRecord two = run(2, {result(u"quotes"_s, Severity::Critical, RuleStatus::Fail, 1),
                                      result(u"schema"_s, Severity::Critical, RuleStatus::Error)});
        const auto alert = alertFor(two, &one);
        QVERIFY(alert);
        QCOMPARE(alert->criticalRuns.size(), 2);
        QVERIFY(alert->text().contains(u"Rule schema could not run"_s));
    }

    void aScoreUnder90Alerts() {
        // 9 passes and 2 failing high rules: 9 / 11 = 81.8.
        const RunRecord low = run(1, {result(u"a"_s, Severity::High, RuleStatus::Fail, 1),
                                      result(u"b"_s, Severity::High, RuleStatus::Fail, 1)});
        const auto alert = alertFor(low, nullptr);
        QVERIFY(alert);
        QVERIFY(alert->triggers.lowScore);
        QVERIFY(alert->triggers.criticalRules.isEmpty());
        QVERIFY(alert->text().contains(u"the score is 81.8, under 90"_s));
        // A high rule failing alone keeps the score at 90: no alert.
        QVERIFY(!alertFor(run(2, {result(u"a"_s, Severity::High, RuleStatus::Fail, 1)}), nullptr));
    }

    void webhookBodyCarriesTheAlert() {
        const RunRecord broken =
            run(7, {result(u"quotes"_s, Severity::Critical, RuleStatus::Fail, 3)});
        const QJsonObject body = alertToJson(*alertFor(broken, nullptr));
        QCOMPARE(body[u"schema"_s].toString(), u"treeops.quality-alert/1"_s);
        QCOMPARE(body[u"run_id"_s].toInteger(), 7);
        QCOMPARE(body[u"score_alert_below"_s].toDouble(), 90.0);
        const QJsonObject failure = body[u"critical_failures"_s].toArray().at(0).toObject();
        QCOMPARE(failure[u"id"_s].toString(), u"quotes"_s);
        QCOMPARE(failure[u"failing"_s].toInteger(), 3);
        QVERIFY(body[u"text"_s].toString().contains(u"Run 7"_s));
    }

    void notPassingSinceTheStreakBegan() {
        const QList<RuleTrendPoint> trend{point(1, RuleStatus::Fail), point(2, RuleStatus::Pass),
                                          point(3, RuleStatus::Warn), point(4, RuleStatus::Error),
                                          point(5, RuleStatus::Fail)};
        const auto since = notPassingSince(trend, 90);
        QVERIFY(since);
        QCOMPARE(since->runId, 3);
        QCOMPARE(since->runs, 3);
        QVERIFY(!since->atLeast);
        QVERIFY(!notPassingSince(trend.mid(0, 2), 90));
        QVERIFY(!notPassingSince({}, 90));
        // A streak as long as the trend that was read may be longer still.
        const auto all = notPassingSince(trend.mid(2), 3);
        QVERIFY(all && all->atLeast);
    }

    void reportsEscapeWhatTheyShow() {
        RuleResult odd = result(u"odd"_s, Severity::Medium, RuleStatus::Error);
        odd.message = u"near \"<script>\", line 1"_s;
        odd.outcome.sampleKeys = {u"A-1"_s, u"B,2"_s};
        const RunRecord record = run(5, {odd});
        const QString html = runReportHtml(record, {u"SQLite /tmp/x.db"_s, QDateTime()});
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"SQLite /tmp/x.db"_s));
        const QList<QByteArray> lines = resultsCsv(record).split('\n');
        QCOMPARE(lines.size(), 1 + 10 + 1); // header, ten results, the empty end
        QVERIFY(lines.at(1).startsWith("5,odd,Rule odd,validity,medium,assessments,error,0,10,"));
        QVERIFY(lines.at(1).contains("\"near \"\"<script>\"\", line 1\",\"A-1 B,2\""));
    }
};

QTEST_GUILESS_MAIN(QualityAlertsTest)
#include "tst_quality_alerts.moc"

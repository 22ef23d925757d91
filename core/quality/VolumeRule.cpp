#include "quality/VolumeRule.h"

#include "i18n/Translate.h"
#include "quality/RuleGroups.h"
#include "quality/SqlFragments.h"

#include <QHash>
#include <cmath>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

QString countsPerDay(storage::SqlDialect dialect, const QDateTime& from, const QDateTime& to) {
    const QString range = u"created_at >= %1 AND created_at < %2"_s;
    if (dialect == storage::SqlDialect::Sqlite)
        return u"SELECT substr(created_at, 1, 10), count(*) FROM assessments WHERE "_s +
               range.arg(sqlLiteral(from.toString(Qt::ISODateWithMs)),
                         sqlLiteral(to.toString(Qt::ISODateWithMs))) +
               u" GROUP BY 1"_s;
    return u"SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), count(*) "
           "FROM assessments WHERE "_s +
           range.arg(sqlLiteral(from.toString(Qt::ISODateWithMs)) + u"::timestamptz"_s,
                     sqlLiteral(to.toString(Qt::ISODateWithMs)) + u"::timestamptz"_s) +
           u" GROUP BY 1"_s;
}

} // namespace

VolumeRule::VolumeRule()
    : m_definition(defineRule(
          u"volume.daily_assessments"_s,
          translate("QualityRules", "Daily assessments within the usual range"),
          translate("QualityRules",
                    "Yesterday's number of new assessments lies within the mean ± 3 standard "
                    "deviations of the 14 days before it."),
          Dimension::Volume, Severity::Medium, u"assessments"_s)) {}

CheckOutcome VolumeRule::check(RuleContext& context) const {
    const QDate today = context.now.toUTC().date();
    const QDate first = today.addDays(-(TrailingDays + 1));
    QHash<QString, qint64> counts;
    context.sql.query(countsPerDay(context.sql.dialect(), QDateTime(first, QTime(0, 0), Qt::UTC),
                                   QDateTime(today, QTime(0, 0), Qt::UTC)),
                      [&](const QStringList& c) {
                          counts.insert(c.value(0), c.value(1).toLongLong());
                          return true;
                      });
    CheckOutcome outcome;
    if (counts.isEmpty())
        return outcome;
    double sum = 0;
    double squares = 0;
    for (QDate day = first; day < today.addDays(-1); day = day.addDays(1)) {
        const double n = double(counts.value(day.toString(Qt::ISODate)));
        sum += n;
        squares += n * n;
    }
    const double mean = sum / TrailingDays;
    const double deviation = std::sqrt(std::max(0.0, squares / TrailingDays - mean * mean));
    const QString yesterday = today.addDays(-1).toString(Qt::ISODate);
    const double latest = double(counts.value(yesterday));
    outcome.examined = 1;
    if (std::abs(latest - mean) > 3 * deviation + 1e-9) {
        outcome.failing = 1;
        outcome.sampleKeys << yesterday;
    }
    return outcome;
}

} // namespace treeops::quality

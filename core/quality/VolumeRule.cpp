#include "quality/VolumeRule.h"

#include "i18n/Translate.h"
#include "quality/RuleGroups.h"
#include "quality/SqlFragments.h"

#include <QHash>
#include <cmath>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

// New assessments per UTC day from `from` up to `to`, counted by the database.
QString countsPerDay(storage::SqlDialect dialect, const QDateTime& from, const QDateTime& to) {
    return renderSql(u"SELECT {created_day}, count(*) FROM assessments a WHERE a.created_at >= %1 "
                     "AND a.created_at < %2 GROUP BY 1"_s.arg(sqlTimestamp(dialect, from),
                                                              sqlTimestamp(dialect, to)),
                     dialect, {});
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
    outcome.count(std::abs(latest - mean) > 3 * deviation + 1e-9, yesterday, context.sampleLimit);
    return outcome;
}

} // namespace treeops::quality

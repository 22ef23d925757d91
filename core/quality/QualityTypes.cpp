#include "quality/QualityTypes.h"

#include "i18n/Translate.h"

#include <array>
#include <cmath>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<QLatin1StringView, N>& keys, QStringView key) {
    for (std::size_t i = 0; i < N; ++i)
        if (key == keys[i])
            return static_cast<Enum>(i);
    return std::nullopt;
}

constexpr std::array<QLatin1StringView, DimensionCount> DimensionKeys{
    "completeness"_L1, "validity"_L1, "uniqueness"_L1,  "consistency"_L1,
    "timeliness"_L1,   "volume"_L1,   "referential"_L1, "schema"_L1};
constexpr std::array<QLatin1StringView, SeverityCount> SeverityKeys{"critical"_L1, "high"_L1,
                                                                    "medium"_L1, "low"_L1};
constexpr std::array<QLatin1StringView, RuleStatusCount> StatusKeys{
    "pass"_L1, "warn"_L1, "fail"_L1, "error"_L1, "not_applicable"_L1};

} // namespace

QString dimensionKey(Dimension dimension) {
    return DimensionKeys[static_cast<std::size_t>(dimension)];
}

std::optional<Dimension> dimensionFromKey(QStringView key) {
    return fromKey<Dimension>(DimensionKeys, key);
}

QString dimensionName(Dimension dimension) {
    switch (dimension) {
    case Dimension::Completeness:
        return translate("Quality", "Completeness");
    case Dimension::Validity:
        return translate("Quality", "Validity");
    case Dimension::Uniqueness:
        return translate("Quality", "Uniqueness");
    case Dimension::Consistency:
        return translate("Quality", "Consistency");
    case Dimension::Timeliness:
        return translate("Quality", "Timeliness");
    case Dimension::Volume:
        return translate("Quality", "Volume");
    case Dimension::Referential:
        return translate("Quality", "Referential integrity");
    case Dimension::Schema:
        return translate("Quality", "Schema");
    }
    return {};
}

QString severityKey(Severity severity) {
    return SeverityKeys[static_cast<std::size_t>(severity)];
}

std::optional<Severity> severityFromKey(QStringView key) {
    return fromKey<Severity>(SeverityKeys, key);
}

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Critical:
        return translate("Quality", "Critical");
    case Severity::High:
        return translate("Quality", "High");
    case Severity::Medium:
        return translate("Quality", "Medium");
    case Severity::Low:
        return translate("Quality", "Low");
    }
    return {};
}

QString statusKey(RuleStatus status) {
    return StatusKeys[static_cast<std::size_t>(status)];
}

std::optional<RuleStatus> statusFromKey(QStringView key) {
    return fromKey<RuleStatus>(StatusKeys, key);
}

QString statusName(RuleStatus status) {
    switch (status) {
    case RuleStatus::Pass:
        return translate("Quality", "Pass");
    case RuleStatus::Warn:
        return translate("Quality", "Warn");
    case RuleStatus::Fail:
        return translate("Quality", "Fail");
    case RuleStatus::Error:
        return translate("Quality", "Error");
    case RuleStatus::NotApplicable:
        return translate("Quality", "Not applicable");
    }
    return {};
}

bool Threshold::exceededBy(qint64 failing, qint64 examined) const {
    if (unit == Unit::Rows)
        return static_cast<double>(failing) > value;
    return examined > 0 &&
           100.0 * static_cast<double>(failing) / static_cast<double>(examined) > value;
}

QString Threshold::text() const {
    const QString number = QString::number(value, 'g', 10);
    return unit == Unit::Percent ? number + u'%' : number;
}

std::optional<Threshold> Threshold::parse(QStringView text) {
    const QStringView trimmed = text.trimmed();
    const bool percent = trimmed.endsWith(u'%');
    bool ok = false;
    const double value = (percent ? trimmed.chopped(1) : trimmed).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || (percent && value > 100))
        return std::nullopt;
    return Threshold{value, percent ? Unit::Percent : Unit::Rows};
}

void CheckOutcome::count(bool rowFails, const QString& key, int sampleLimit) {
    ++examined;
    if (!rowFails)
        return;
    ++failing;
    if (sampleKeys.size() < sampleLimit)
        sampleKeys << key;
}

RuleStatus judge(const RuleDefinition& rule, const CheckOutcome& outcome) {
    if (outcome.examined == 0)
        return RuleStatus::NotApplicable;
    if (rule.fail.exceededBy(outcome.failing, outcome.examined))
        return RuleStatus::Fail;
    if (rule.warn.exceededBy(outcome.failing, outcome.examined))
        return RuleStatus::Warn;
    return RuleStatus::Pass;
}

bool keysAreAssessmentIds(const RuleDefinition& rule) {
    return rule.dataset == QLatin1String("assessments");
}

} // namespace treeops::quality

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace treeops::quality {

// What aspect of the data a rule looks at; scores are also given per dimension.
enum class Dimension {
    Completeness,
    Validity,
    Uniqueness,
    Consistency,
    Timeliness,
    Volume,
    Referential,
    Schema,
};
inline constexpr int DimensionCount = 8;

enum class Severity { Critical, High, Medium, Low };
inline constexpr int SeverityCount = 4;

// Error: the check itself could not run (its message says why). NotApplicable: there was
// nothing to examine. Neither counts as a pass, nor towards the score.
enum class RuleStatus { Pass, Warn, Fail, Error, NotApplicable };
inline constexpr int RuleStatusCount = 5;

QString dimensionKey(Dimension dimension);
std::optional<Dimension> dimensionFromKey(QStringView key);
QString dimensionName(Dimension dimension);
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(QStringView key);
QString severityName(Severity severity);
QString statusKey(RuleStatus status);
std::optional<RuleStatus> statusFromKey(QStringView key);
QString statusName(RuleStatus status);

// How many failing rows a rule tolerates before it warns or fails: a row count ("0", "25")
// or a share of the rows examined ("0.5%").
struct Threshold {
    enum class Unit { Rows, Percent };
    double value = 0;
    Unit unit = Unit::Rows;

    bool exceededBy(qint64 failing, qint64 examined) const;
    QString text() const; // "0", "2.5%": the form parse() reads
    static std::optional<Threshold> parse(QStringView text);
    bool operator==(const Threshold&) const = default;
};

struct RuleDefinition {
    QString id;
    QString name;
    QString description;
    Dimension dimension = Dimension::Validity;
    Severity severity = Severity::Medium;
    QString dataset;
    Threshold warn;
    Threshold fail;
    int version = 1;     // custom rules get a new version on every change
    bool custom = false; // written by a data engineer, stored with the data
};

// What a check found: how many rows it looked at, how many fail, and the keys of the first
// few failing rows (as many as the run's sample limit).
struct CheckOutcome {
    qint64 examined = 0;
    qint64 failing = 0;
    QStringList sampleKeys;

    // Counts one row examined by a check computed outside the database; a failing row's key
    // is kept while fewer than `sampleLimit` are.
    void count(bool rowFails, const QString& key, int sampleLimit);
};

// Pass unless the failing rows exceed the warn threshold (warn) or the fail threshold (fail);
// not applicable when nothing was examined.
RuleStatus judge(const RuleDefinition& rule, const CheckOutcome& outcome);

// Whether a rule's failing keys are assessment ids (its dataset is "assessments"), which the
// console can open.
bool keysAreAssessmentIds(const RuleDefinition& rule);

struct RuleResult {
    RuleDefinition rule;
    RuleStatus status = RuleStatus::NotApplicable;
    CheckOutcome outcome;
    QString message; // why the check could not run (Error), empty otherwise
    qint64 durationMs = 0;
};

} // namespace treeops::quality

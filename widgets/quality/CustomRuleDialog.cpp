#include "quality/CustomRuleDialog.h"

#include "common/LineEdit.h"
#include "common/ResultLabel.h"
#include "quality/LineDiff.h"
#include "quality/QualityJson.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

constexpr int SqlLines = 10;
constexpr int DialogChars = 90;
constexpr int SamplesShown = 10;
constexpr int ComparisonLines = 8;

template <typename Enum>
QComboBox* keyChoice(const QString& objectName, int count, QString (*key)(Enum),
                     QString (*name)(Enum), Enum selected) {
    auto* box = new QComboBox;
    box->setObjectName(objectName);
    for (int i = 0; i < count; ++i)
        box->addItem(name(static_cast<Enum>(i)), key(static_cast<Enum>(i)));
    box->setCurrentIndex(static_cast<int>(selected));
    return box;
}

} // namespace

CustomRuleDialog::CustomRuleDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Custom data-quality rule"));
    m_version = new QLabel(tr("A new rule. Each save keeps a new version; runs use the latest."));
    m_version->setObjectName(u"customRuleVersion"_s);
    m_version->setWordWrap(true);
    m_result = new ResultLabel(u"customRuleResult"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_try = buttons->addButton(tr("&Try"), QDialogButtonBox::ActionRole);
    m_try->setObjectName(u"tryCustomRule"_s);
    m_try->setToolTip(tr("Run the query once over the store's data, without keeping the rule"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveCustomRule"_s);
    m_save->setToolTip(tr("Try the query, then keep the rule as its next version"));
    m_stop = buttons->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(u"stopCustomRule"_s);
    m_stop->setToolTip(tr("Stop the query; nothing is kept"));
    m_stop->hide();
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_result->setResult(tr("Stopping the query…"), StatusTone::Running);
        emit stopRequested();
    });
    connect(m_try, &QPushButton::clicked, this, [this] {
        if (const auto rule = readForm()) {
            setWaiting(tr("Running the query…"));
            emit tryRequested(*rule);
        }
    });
    // Saving does not close the dialog: it closes once the rule is kept (showSaved).
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const auto rule = readForm()) {
            setWaiting(tr("Trying the query, then saving…"));
            emit saveRequested(*rule);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_version);
    layout->addWidget(createForm(), 1);
    layout->addWidget(createVersions());
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * DialogChars);
}

QWidget* CustomRuleDialog::createForm() {
    m_id = lineEdit(u"customRuleId"_s, tr("custom.stale_drafts"));
    auto* name = lineEdit(u"customRuleName"_s, tr("Drafts left for over 30 days"));
    auto* description = lineEdit(u"customRuleDescription"_s, tr("What the rule catches, and why"));
    auto* dimension =
        keyChoice(u"customRuleDimension"_s, quality::DimensionCount, &quality::dimensionKey,
                  &quality::dimensionName, quality::Dimension::Validity);
    auto* severity =
        keyChoice(u"customRuleSeverity"_s, quality::SeverityCount, &quality::severityKey,
                  &quality::severityName, quality::Severity::Medium);
    auto* dataset = lineEdit(u"customRuleDataset"_s, tr("assessments"));
    const QString thresholdHint = tr("failing rows (0, 25) or a share (0.5%)");
    auto* warn = lineEdit(u"customRuleWarn"_s, thresholdHint);
    warn->setText(u"0"_s);
    auto* fail = lineEdit(u"customRuleFail"_s, thresholdHint);
    fail->setText(u"0"_s);
    m_sql = new QPlainTextEdit;
    m_sql->setObjectName(u"customRuleSql"_s);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setPlaceholderText(
        tr("One row per row examined: key (what the drill-down lists) and failing (1 or 0).\n"
           "SELECT id AS key, CASE WHEN price IS NULL THEN 1 ELSE 0 END AS failing\n"
           "FROM assessments"));
    m_sql->setMinimumHeight(m_sql->fontMetrics().lineSpacing() * SqlLines);
    m_sql->setTabChangesFocus(true);

    m_fields = {{u"id"_s, tr("Id"), m_id},
                {u"name"_s, tr("Name"), name},
                {u"description"_s, tr("Description"), description},
                {u"dimension"_s, tr("Dimension"), dimension},
                {u"severity"_s, tr("Severity"), severity},
                {u"dataset"_s, tr("Dataset"), dataset},
                {u"warn"_s, tr("Warn above"), warn},
                {u"fail"_s, tr("Fail above"), fail},
                {u"sql"_s, tr("Query"), m_sql}};
    auto* form = new QWidget;
    auto* rows = new QFormLayout(form);
    rows->setContentsMargins({});
    for (const Field& field : std::as_const(m_fields))
        rows->addRow(field.name + u':', field.widget);
    return form;
}

QWidget* CustomRuleDialog::createVersions() {
    m_versions = new QComboBox;
    m_versions->setObjectName(u"customRuleVersions"_s);
    auto* restore = new QPushButton(tr("&Restore into the form"));
    restore->setObjectName(u"restoreCustomRuleVersion"_s);
    restore->setToolTip(tr("Fill the form with this version; saving keeps it as the newest"));
    m_comparison = new QPlainTextEdit;
    m_comparison->setObjectName(u"customRuleComparison"_s);
    m_comparison->setReadOnly(true);
    m_comparison->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_comparison->setMaximumHeight(m_comparison->fontMetrics().lineSpacing() * ComparisonLines);
    connect(m_versions, &QComboBox::currentIndexChanged, this,
            &CustomRuleDialog::compareWithVersion);
    connect(m_sql, &QPlainTextEdit::textChanged, this, &CustomRuleDialog::compareWithVersion);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (const int i = m_versions->currentIndex(); i >= 0 && i < m_kept.size())
            fill(m_kept.at(i));
    });

    m_versionsRow = new QWidget;
    auto* choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Compare with:")));
    choice->addWidget(m_versions, 1);
    choice->addWidget(restore);
    auto* layout = new QVBoxLayout(m_versionsRow);
    layout->setContentsMargins({});
    layout->addLayout(choice);
    layout->addWidget(m_comparison);
    m_versionsRow->hide();
    return m_versionsRow;
}

void CustomRuleDialog::editRule(const quality::CustomRule& rule) {
    fill(rule);
    m_id->setReadOnly(true);
    m_id->setToolTip(tr("A kept rule keeps its id; save under another id in a new rule"));
    m_version->setText(tr("Version %1 is kept. Saving keeps version %2; runs use the latest.")
                           .arg(rule.definition.version)
                           .arg(rule.definition.version + 1));
}

void CustomRuleDialog::fill(const quality::CustomRule& rule) {
    const QJsonObject file = ruleFile(rule);
    for (const Field& field : std::as_const(m_fields)) {
        const QString value = file[field.key].toString();
        if (auto* line = qobject_cast<QLineEdit*>(field.widget))
            line->setText(value);
        else if (auto* choice = qobject_cast<QComboBox*>(field.widget))
            choice->setCurrentIndex(choice->findData(value));
        else if (auto* text = qobject_cast<QPlainTextEdit*>(field.widget))
            text->setPlainText(value);
    }
}

QJsonObject CustomRuleDialog::ruleFile(const quality::CustomRule& rule) {
    QJsonObject file = quality::ruleToJson(rule.definition);
    file.insert(u"sql"_s, rule.sql);
    return file;
}

QJsonObject CustomRuleDialog::formFile() const {
    QJsonObject file;
    for (const Field& field : m_fields) {
        if (auto* line = qobject_cast<QLineEdit*>(field.widget))
            file.insert(field.key, line->text().trimmed());
        else if (auto* choice = qobject_cast<QComboBox*>(field.widget))
            file.insert(field.key, choice->currentData().toString());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(field.widget))
            file.insert(field.key, text->toPlainText());
    }
    return file;
}

// A choice by the name the form shows, not by its key.
QString CustomRuleDialog::shown(const Field& field, const QString& value) {
    if (auto* choice = qobject_cast<QComboBox*>(field.widget))
        if (const int i = choice->findData(value); i >= 0)
            return choice->itemText(i);
    return value;
}

void CustomRuleDialog::showVersions(const QList<quality::CustomRule>& versions) {
    m_kept = versions;
    const QSignalBlocker quiet(m_versions);
    m_versions->clear();
    const QLocale locale;
    for (const quality::CustomRule& kept : versions)
        m_versions->addItem(
            tr("Version %1, kept %2")
                .arg(kept.definition.version)
                .arg(locale.toString(kept.savedAt.toLocalTime(), QLocale::ShortFormat)));
    m_versionsRow->setVisible(!versions.isEmpty());
    // The newest but one: what the last save changed, until the form is edited.
    m_versions->setCurrentIndex(std::max(0, int(versions.size()) - 2));
    compareWithVersion();
}

void CustomRuleDialog::compareWithVersion() {
    const int chosen = m_versions->currentIndex();
    if (chosen < 0 || chosen >= m_kept.size()) {
        m_comparison->clear();
        return;
    }
    const quality::CustomRule& kept = m_kept.at(chosen);
    QStringList lines;
    const QJsonObject before = ruleFile(kept);
    const QJsonObject now = formFile();
    for (const Field& field : std::as_const(m_fields)) {
        const QString was = before[field.key].toString();
        const QString is = now[field.key].toString();
        if (field.widget != m_sql && was != is)
            lines << tr("%1: %2 → %3").arg(field.name, shown(field, was), shown(field, is));
    }
    const auto diff = quality::lineDiff(kept.sql.split(u'\n'), m_sql->toPlainText().split(u'\n'));
    const bool sqlChanged = std::any_of(diff.cbegin(), diff.cend(), [](const quality::DiffLine& l) {
        return l.kind != quality::DiffLine::Kind::Same;
    });
    if (sqlChanged) {
        lines << tr("Query (- version %1, + the form):").arg(kept.definition.version);
        for (const quality::DiffLine& line : diff)
            lines << (line.kind == quality::DiffLine::Kind::Same      ? u"  "_s
                      : line.kind == quality::DiffLine::Kind::Removed ? u"- "_s
                                                                      : u"+ "_s) +
                         line.text;
    }
    if (lines.isEmpty())
        lines << tr("The form holds version %1 as it was kept.").arg(kept.definition.version);
    m_comparison->setPlainText(lines.join(u'\n'));
}

std::optional<quality::CustomRule> CustomRuleDialog::readForm() {
    Problems problems;
    auto rule = quality::readCustomRule(formFile(), problems);
    if (rule)
        return rule;
    QStringList lines;
    for (const Problem& p : std::as_const(problems)) {
        QString field = p.where;
        for (const Field& known : std::as_const(m_fields))
            if (known.key == p.where)
                field = known.name;
        lines << field + u": "_s + p.message;
    }
    m_result->setResult(lines.join(u'\n'), true);
    return std::nullopt;
}

void CustomRuleDialog::setWaiting(const QString& text) {
    m_waiting = true;
    m_try->setEnabled(false);
    m_save->setEnabled(false);
    m_stop->setEnabled(true);
    m_stop->show();
    m_result->setResult(text, StatusTone::Running);
}

void CustomRuleDialog::setReady() {
    m_waiting = false;
    m_try->setEnabled(true);
    m_save->setEnabled(true);
    m_stop->hide();
}

// A query still running would only hold the worker's connection for an answer no one reads.
void CustomRuleDialog::reject() {
    if (m_waiting)
        emit stopRequested();
    QDialog::reject();
}

void CustomRuleDialog::showTried(const quality::CheckOutcome& outcome) {
    setReady();
    const QLocale locale;
    QString text = tr("Rows examined: %1; failing: %2.")
                       .arg(locale.toString(outcome.examined), locale.toString(outcome.failing));
    if (!outcome.sampleKeys.isEmpty())
        text += u' ' +
                tr("Failing keys: %1").arg(outcome.sampleKeys.mid(0, SamplesShown).join(u", "_s)) +
                (outcome.sampleKeys.size() > SamplesShown ? u"…"_s : QString());
    m_result->setResult(text, outcome.failing > 0 ? StatusTone::Warning : StatusTone::Ok);
}

void CustomRuleDialog::showSaved(int version) {
    setReady();
    m_result->setResult(tr("Saved as version %1.").arg(version), StatusTone::Ok);
    accept();
}

void CustomRuleDialog::showFailed(const QString& message) {
    setReady();
    m_result->setResult(tr("%1 Nothing was kept.").arg(message), true);
}

} // namespace treeops::widgets

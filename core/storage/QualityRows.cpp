#include "storage/QualityRows.h"

#include "quality/QualityJson.h"

#include <QJsonDocument>

namespace treeops::storage {
namespace {

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject objectOf(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QByteArray resultRow(const quality::RuleResult& result) {
    return compact(quality::resultToJson(result));
}

quality::RuleResult resultFromRow(const QString& text) {
    return quality::resultFromJson(objectOf(text));
}

QByteArray definitionRow(const quality::RuleDefinition& rule) {
    return compact(quality::ruleToJson(rule));
}

quality::RuleDefinition definitionFromRow(const QString& text) {
    return quality::ruleFromJson(objectOf(text));
}

} // namespace treeops::storage

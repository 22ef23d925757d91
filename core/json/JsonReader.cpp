#include "json/JsonReader.h"

#include "i18n/Translate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace treeops {
namespace {

QString formatNumber(double value) {
    return QString::number(value, 'g', 15);
}

QString rangeText(const NumberRule& rule) {
    QString text = formatNumber(rule.min) + u".." + formatNumber(rule.max);
    if (!rule.unit.isEmpty())
        text += u" (" + QString(rule.unit) + u')';
    return text;
}

// Line and column (1-based) of a byte offset, for messages an editor can jump to.
std::pair<int, int> lineAndColumn(const QByteArray& bytes, qsizetype offset) {
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

Problem syntaxProblem(const QByteArray& bytes, const QString& source,
                      const QJsonParseError& error) {
    const auto [line, column] = lineAndColumn(bytes, error.offset);
    return {source + u':' + QString::number(line) + u':' + QString::number(column),
            translate("Json", "not valid JSON: %1").arg(error.errorString())};
}

} // namespace

QString joinProblems(const Problems& problems) {
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

std::optional<QJsonObject> parseJsonObject(const QByteArray& bytes, const QString& source,
                                           Problems& problems) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.append(syntaxProblem(bytes, source, error));
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.append({source, translate("Json", "expected a JSON object at the top level")});
        return std::nullopt;
    }
    return document.object();
}

std::optional<JsonTree> parseJsonTree(const QByteArray& bytes, const QString& source,
                                      Problems& problems) {
    QJsonParseError error;
    auto tree = JsonTree::parse(bytes, error);
    if (!tree) {
        problems.append(syntaxProblem(bytes, source, error));
        return std::nullopt;
    }
    if (!tree->root().isObject()) {
        problems.append({source, translate("Json", "expected a JSON object at the top level")});
        return std::nullopt;
    }
    return tree;
}

QString jsonPath(const QString& parent, QLatin1StringView key) {
    return parent.isEmpty() ? QString(key) : parent + u'.' + key;
}

QString jsonPath(const QString& parent, qsizetype index) {
    return parent + u'[' + QString::number(index) + u']';
}

namespace {

// What a value is, in a message: the same words for Qt's values and a JsonTree's.
template <typename Value> QString describe(const Value& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Array:
        return translate("Json", "an array");
    case QJsonValue::Object:
        return translate("Json", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return translate("Json", "nothing");
}

std::optional<QJsonValue> findField(const QJsonObject& object, QLatin1StringView key) {
    const auto it = object.constFind(key);
    return it == object.constEnd() ? std::nullopt : std::optional(it.value());
}

std::optional<JsonTree::Value> findField(const JsonTree::Object& object, QLatin1StringView key) {
    return object.find(key);
}

QStringList keysOutside(const QJsonObject& object,
                        std::initializer_list<QLatin1StringView> allowed) {
    QStringList outside;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (std::none_of(allowed.begin(), allowed.end(),
                         [&](QLatin1StringView name) { return key == name; }))
            outside << key;
    }
    return outside;
}

QStringList keysOutside(const JsonTree::Object& object,
                        std::initializer_list<QLatin1StringView> allowed) {
    return object.keysOutside(allowed);
}

} // namespace

QString describeJsonValue(const QJsonValue& value) {
    return describe(value);
}

QString describeJsonValue(const JsonTree::Value& value) {
    return describe(value);
}

QString JsonPath::toString() const {
    if (!m_parent)
        return m_spelled;
    return m_index >= 0 ? jsonPath(m_parent->toString(), m_index)
                        : jsonPath(m_parent->toString(), m_key);
}

template <typename Json>
void BasicJsonReader<Json>::fail(const JsonPath& path, const QString& message) {
    m_problems.append({path.toString(), message});
}

template <typename Json>
void BasicJsonReader<Json>::rejectUnknownKeys(const Object& object, const JsonPath& path,
                                              std::initializer_list<QLatin1StringView> allowed) {
    const QStringList unknown = keysOutside(object, allowed);
    if (unknown.isEmpty())
        return;
    QStringList names;
    for (QLatin1StringView k : allowed)
        names << QString(k);
    const QString parent = path.toString();
    for (const QString& key : unknown)
        m_problems.append(
            {parent.isEmpty() ? key : parent + u'.' + key,
             translate("Json", "unknown field; allowed here: %1").arg(names.join(u", "))});
}

template <typename Json>
auto BasicJsonReader<Json>::field(const Object& parent, const JsonPath& path, QLatin1StringView key,
                                  Presence presence) -> std::optional<Value> {
    const auto value = findField(parent, key);
    if (!value || value->isNull()) {
        if (presence == Presence::Required)
            fail(path, translate("Json", "is required"));
        return std::nullopt;
    }
    return value;
}

template <typename Json>
auto BasicJsonReader<Json>::object(const Object& parent, const JsonPath& parentPath,
                                   QLatin1StringView key, Presence presence)
    -> std::optional<Object> {
    const JsonPath path = parentPath.key(key);
    const auto value = field(parent, path, key, presence);
    return value ? objectAt(*value, path) : std::nullopt;
}

template <typename Json>
auto BasicJsonReader<Json>::array(const Object& parent, const JsonPath& parentPath,
                                  QLatin1StringView key, Presence presence)
    -> std::optional<Array> {
    const JsonPath path = parentPath.key(key);
    const auto value = field(parent, path, key, presence);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        fail(path, translate("Json", "%1 is not a list").arg(describe(*value)));
        return std::nullopt;
    }
    return value->toArray();
}

template <typename Json>
std::optional<QString> BasicJsonReader<Json>::string(const Object& parent,
                                                     const JsonPath& parentPath,
                                                     QLatin1StringView key, Presence presence) {
    const JsonPath path = parentPath.key(key);
    const auto value = field(parent, path, key, presence);
    return value ? stringAt(*value, path) : std::nullopt;
}

template <typename Json>
std::optional<double>
BasicJsonReader<Json>::number(const Object& parent, const JsonPath& parentPath,
                              QLatin1StringView key, const NumberRule& rule, Presence presence) {
    const JsonPath path = parentPath.key(key);
    const auto value = field(parent, path, key, presence);
    return value ? numberAt(*value, path, rule) : std::nullopt;
}

template <typename Json>
std::optional<bool> BasicJsonReader<Json>::boolean(const Object& parent, const JsonPath& parentPath,
                                                   QLatin1StringView key, Presence presence) {
    const JsonPath path = parentPath.key(key);
    const auto value = field(parent, path, key, presence);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        fail(path, translate("Json", "%1 is not true or false").arg(describe(*value)));
        return std::nullopt;
    }
    return value->toBool();
}

template <typename Json>
auto BasicJsonReader<Json>::objectAt(const Value& value, const JsonPath& path)
    -> std::optional<Object> {
    if (!value.isObject()) {
        fail(path, translate("Json", "%1 is not an object").arg(describe(value)));
        return std::nullopt;
    }
    return value.toObject();
}

template <typename Json>
std::optional<QString> BasicJsonReader<Json>::stringAt(const Value& value, const JsonPath& path) {
    if (!value.isString()) {
        fail(path, translate("Json", "%1 is not text").arg(describe(value)));
        return std::nullopt;
    }
    return value.toString();
}

template <typename Json>
std::optional<double> BasicJsonReader<Json>::numberAt(const Value& value, const JsonPath& path,
                                                      const NumberRule& rule) {
    if (!value.isDouble()) {
        fail(path, translate("Json", "%1 is not a number").arg(describe(value)));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        fail(path, translate("Json", "is not a finite number"));
        return std::nullopt;
    }
    if (rule.integer && number != std::floor(number)) {
        fail(path, translate("Json", "%1 is not a whole number (allowed %2)")
                       .arg(formatNumber(number), rangeText(rule)));
        return std::nullopt;
    }
    if (number < rule.min || number > rule.max) {
        fail(path,
             translate("Json", "%1 is outside %2").arg(formatNumber(number), rangeText(rule)));
        return std::nullopt;
    }
    return number;
}

template class BasicJsonReader<QtJson>;
template class BasicJsonReader<TreeJson>;

} // namespace treeops

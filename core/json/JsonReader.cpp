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

// Whether a member's key is `name`, and its text, for either representation.
bool keyMatches(const QString& key, QLatin1StringView name) {
    return key == name;
}
bool keyMatches(const JsonTree::Value& key, QLatin1StringView name) {
    return key.equals(name);
}
QString keyText(const QString& key) {
    return key;
}
QString keyText(const JsonTree::Value& key) {
    return key.toString();
}

template <typename Visit> void forEachMember(const QJsonObject& object, Visit visit) {
    for (auto it = object.begin(); it != object.end(); ++it)
        visit(it.key(), it.value());
}
template <typename Visit> void forEachMember(const JsonTree::Object& object, Visit visit) {
    for (const JsonTree::Object::Member& member : object)
        visit(member.key, member.value);
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
auto BasicJsonReader<Json>::Fields::find(QLatin1StringView key) const -> std::optional<Value> {
    if (m_unlisted)
        return findField(*m_unlisted, key);
    // Lengths first: most names differ in theirs, and comparing the text is a call into Qt.
    for (std::size_t i = 0; i < m_names.size(); ++i)
        if (m_names[i].size() == key.size() && m_names[i] == key)
            return m_values[i];
    Q_ASSERT_X(false, "Fields::find", "a field not among the allowed names");
    return std::nullopt;
}

template <typename Json> void BasicJsonReader<Json>::file(const Object& object, Fields& fields) {
    QStringList unknown;
    forEachMember(object, [&](const auto& key, const Value& value) {
        const auto name = std::find_if(fields.m_names.begin(), fields.m_names.end(),
                                       [&](QLatin1StringView n) { return keyMatches(key, n); });
        if (name == fields.m_names.end())
            unknown << keyText(key);
        else
            fields.m_values[static_cast<std::size_t>(name - fields.m_names.begin())] = value;
    });
    if (!unknown.isEmpty())
        reportUnknownKeys(fields.m_path, std::move(unknown), fields.m_names);
}

// Each unknown key once, in QJsonObject's order (sorted), whichever representation was read.
template <typename Json>
void BasicJsonReader<Json>::reportUnknownKeys(const JsonPath& path, QStringList unknown,
                                              std::span<const QLatin1StringView> allowed) {
    unknown.sort();
    unknown.removeDuplicates();
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
auto BasicJsonReader<Json>::given(const std::optional<Value>& value, const JsonPath& path,
                                  Presence presence) -> std::optional<Value> {
    if (!value || value->isNull()) {
        if (presence == Presence::Required)
            fail(path, translate("Json", "is required"));
        return std::nullopt;
    }
    return value;
}

template <typename Json>
template <typename Read>
std::invoke_result_t<Read&, const typename Json::Value&, const JsonPath&>
BasicJsonReader<Json>::field(const Fields& fields, QLatin1StringView key, Presence presence,
                             Read read) {
    const JsonPath path = fields.path().key(key);
    const auto value = given(fields.find(key), path, presence);
    if (!value)
        return std::nullopt;
    return read(*value, path);
}

template <typename Json>
auto BasicJsonReader<Json>::object(const Fields& fields, QLatin1StringView key, Presence presence)
    -> std::optional<Object> {
    return field(fields, key, presence, [this](const Value& value, const JsonPath& path) {
        return objectAt(value, path);
    });
}

template <typename Json>
auto BasicJsonReader<Json>::array(const Fields& fields, QLatin1StringView key, Presence presence)
    -> std::optional<Array> {
    return field(fields, key, presence,
                 [this](const Value& value, const JsonPath& path) { return arrayAt(value, path); });
}

template <typename Json>
std::optional<QString> BasicJsonReader<Json>::string(const Fields& fields, QLatin1StringView key,
                                                     Presence presence) {
    return field(fields, key, presence, [this](const Value& value, const JsonPath& path) {
        return stringAt(value, path);
    });
}

template <typename Json>
std::optional<double> BasicJsonReader<Json>::number(const Fields& fields, QLatin1StringView key,
                                                    const NumberRule& rule, Presence presence) {
    return field(fields, key, presence, [&](const Value& value, const JsonPath& path) {
        return numberAt(value, path, rule);
    });
}

template <typename Json>
std::optional<bool> BasicJsonReader<Json>::boolean(const Fields& fields, QLatin1StringView key,
                                                   Presence presence) {
    return field(fields, key, presence, [this](const Value& value, const JsonPath& path) {
        return booleanAt(value, path);
    });
}

template <typename Json>
auto BasicJsonReader<Json>::stringValue(const Fields& fields, QLatin1StringView key,
                                        Presence presence) -> std::optional<Value> {
    return field(fields, key, presence,
                 [this](const Value& value, const JsonPath& path) -> std::optional<Value> {
                     if (!isStringAt(value, path))
                         return std::nullopt;
                     return value;
                 });
}

template <typename Json>
auto BasicJsonReader<Json>::arrayAt(const Value& value, const JsonPath& path)
    -> std::optional<Array> {
    if (!value.isArray()) {
        fail(path, translate("Json", "%1 is not a list").arg(describe(value)));
        return std::nullopt;
    }
    return value.toArray();
}

template <typename Json>
std::optional<bool> BasicJsonReader<Json>::booleanAt(const Value& value, const JsonPath& path) {
    if (!value.isBool()) {
        fail(path, translate("Json", "%1 is not true or false").arg(describe(value)));
        return std::nullopt;
    }
    return value.toBool();
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
    return isStringAt(value, path) ? std::optional(value.toString()) : std::nullopt;
}

template <typename Json>
bool BasicJsonReader<Json>::isStringAt(const Value& value, const JsonPath& path) {
    if (!value.isString()) {
        fail(path, translate("Json", "%1 is not text").arg(describe(value)));
        return false;
    }
    return true;
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

#include "json/JsonReader.h"

#include "i18n/Translate.h"

#include <QCoreApplication>
#include <QJsonDocument>
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
        const auto [line, column] = lineAndColumn(bytes, error.offset);
        problems.append({source + u':' + QString::number(line) + u':' + QString::number(column),
                         translate("Json", "not valid JSON: %1").arg(error.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.append({source, translate("Json", "expected a JSON object at the top level")});
        return std::nullopt;
    }
    return document.object();
}

QString jsonPath(const QString& parent, QLatin1StringView key) {
    return parent.isEmpty() ? QString(key) : parent + u'.' + key;
}

QString jsonPath(const QString& parent, qsizetype index) {
    return parent + u'[' + QString::number(index) + u']';
}

QString describeJsonValue(const QJsonValue& value) {
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

void JsonReader::fail(const QString& path, const QString& message) {
    m_problems.append({path, message});
}

void JsonReader::rejectUnknownKeys(const QJsonObject& object, const QString& path,
                                   std::initializer_list<QLatin1StringView> allowed) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (QLatin1StringView k : allowed)
            known = known || key == k;
        if (!known) {
            QStringList names;
            for (QLatin1StringView k : allowed)
                names << QString(k);
            fail(path.isEmpty() ? key : path + u'.' + key,
                 translate("Json", "unknown field; allowed here: %1").arg(names.join(u", ")));
        }
    }
}

std::optional<QJsonValue> JsonReader::field(const QJsonObject& parent, const QString& path,
                                            QLatin1StringView key, Presence presence) {
    const auto it = parent.constFind(key);
    if (it == parent.constEnd() || it->isNull()) {
        if (presence == Presence::Required)
            fail(path, translate("Json", "is required"));
        return std::nullopt;
    }
    return *it;
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject& parent, const QString& parentPath,
                                              QLatin1StringView key, Presence presence) {
    const QString path = jsonPath(parentPath, key);
    const auto value = field(parent, path, key, presence);
    return value ? objectAt(*value, path) : std::nullopt;
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject& parent, const QString& parentPath,
                                            QLatin1StringView key, Presence presence) {
    const QString path = jsonPath(parentPath, key);
    const auto value = field(parent, path, key, presence);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        fail(path, translate("Json", "%1 is not a list").arg(describeJsonValue(*value)));
        return std::nullopt;
    }
    return value->toArray();
}

std::optional<QString> JsonReader::string(const QJsonObject& parent, const QString& parentPath,
                                          QLatin1StringView key, Presence presence) {
    const QString path = jsonPath(parentPath, key);
    const auto value = field(parent, path, key, presence);
    return value ? stringAt(*value, path) : std::nullopt;
}

std::optional<double> JsonReader::number(const QJsonObject& parent, const QString& parentPath,
                                         QLatin1StringView key, const NumberRule& rule,
                                         Presence presence) {
    const QString path = jsonPath(parentPath, key);
    const auto value = field(parent, path, key, presence);
    return value ? numberAt(*value, path, rule) : std::nullopt;
}

std::optional<bool> JsonReader::boolean(const QJsonObject& parent, const QString& parentPath,
                                        QLatin1StringView key, Presence presence) {
    const QString path = jsonPath(parentPath, key);
    const auto value = field(parent, path, key, presence);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        fail(path, translate("Json", "%1 is not true or false").arg(describeJsonValue(*value)));
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<QJsonObject> JsonReader::objectAt(const QJsonValue& value, const QString& path) {
    if (!value.isObject()) {
        fail(path, translate("Json", "%1 is not an object").arg(describeJsonValue(value)));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QString> JsonReader::stringAt(const QJsonValue& value, const QString& path) {
    if (!value.isString()) {
        fail(path, translate("Json", "%1 is not text").arg(describeJsonValue(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<double> JsonReader::numberAt(const QJsonValue& value, const QString& path,
                                           const NumberRule& rule) {
    if (!value.isDouble()) {
        fail(path, translate("Json", "%1 is not a number").arg(describeJsonValue(value)));
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

} // namespace treeops

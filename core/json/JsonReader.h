#pragma once

#include "json/Problem.h"
#include <QJsonArray>
#include <QJsonObject>
#include <initializer_list>
#include <optional>

namespace treeops {

// Parses a document, reporting syntax errors as `source:line:column: reason`.
std::optional<QJsonObject> parseJsonObject(const QByteArray& bytes, const QString& source,
                                           Problems& problems);

QString jsonPath(const QString& parent, QLatin1StringView key);
QString jsonPath(const QString& parent, qsizetype index);
QString describeJsonValue(const QJsonValue& value);

struct NumberRule {
    double min;
    double max;
    QLatin1StringView unit = {};
    bool integer = false;
};

// Reads typed fields out of JSON objects and records every problem with its JSON path, so a
// caller can read a whole document and report all mistakes at once.
class JsonReader {
public:
    enum class Presence { Required, Optional };

    explicit JsonReader(Problems& problems)
        : m_problems(problems) {}

    void fail(const QString& path, const QString& message);
    bool hasProblems() const { return !m_problems.isEmpty(); }
    qsizetype problemCount() const { return m_problems.size(); }

    void rejectUnknownKeys(const QJsonObject& object, const QString& path,
                           std::initializer_list<QLatin1StringView> allowed);

    std::optional<QJsonObject> object(const QJsonObject& parent, const QString& parentPath,
                                      QLatin1StringView key, Presence presence);
    std::optional<QJsonArray> array(const QJsonObject& parent, const QString& parentPath,
                                    QLatin1StringView key, Presence presence);
    std::optional<QString> string(const QJsonObject& parent, const QString& parentPath,
                                  QLatin1StringView key, Presence presence);
    std::optional<double> number(const QJsonObject& parent, const QString& parentPath,
                                 QLatin1StringView key, const NumberRule& rule, Presence presence);
    std::optional<bool> boolean(const QJsonObject& parent, const QString& parentPath,
                                QLatin1StringView key, Presence presence);

    std::optional<QJsonObject> objectAt(const QJsonValue& value, const QString& path);
    std::optional<QString> stringAt(const QJsonValue& value, const QString& path);
    std::optional<double> numberAt(const QJsonValue& value, const QString& path,
                                   const NumberRule& rule);

private:
    std::optional<QJsonValue> field(const QJsonObject& parent, const QString& path,
                                    QLatin1StringView key, Presence presence);

    Problems& m_problems;
};

} // namespace treeops

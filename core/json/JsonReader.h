#pragma once

#include "json/JsonTree.h"
#include "json/Problem.h"
#include <QJsonArray>
#include <QJsonObject>
#include <initializer_list>
#include <optional>

namespace treeops {

// Parses a document, reporting syntax errors as `source:line:column: reason`.
std::optional<QJsonObject> parseJsonObject(const QByteArray& bytes, const QString& source,
                                           Problems& problems);
// The same for a JsonTree, whose root is then an object.
std::optional<JsonTree> parseJsonTree(const QByteArray& bytes, const QString& source,
                                      Problems& problems);

QString jsonPath(const QString& parent, QLatin1StringView key);
QString jsonPath(const QString& parent, qsizetype index);
QString describeJsonValue(const QJsonValue& value);
QString describeJsonValue(const JsonTree::Value& value);

// Where a value is in a document, spelled out (`trees[1].dbh_in`) only when a problem names it,
// so that reading a valid document builds no path strings. A path made by key() or at() refers
// to the path it extends, which must outlive it: the path of an enclosing value does, while its
// members are read.
class JsonPath {
public:
    JsonPath() = default;     // the document itself
    JsonPath(QString spelled) // NOLINT(google-explicit-constructor): paths already spelled out
        : m_spelled(std::move(spelled)) {}

    JsonPath key(QLatin1StringView key) const { return JsonPath(this, key, -1); }
    JsonPath at(qsizetype index) const { return JsonPath(this, {}, index); }
    QString toString() const;

private:
    JsonPath(const JsonPath* parent, QLatin1StringView key, qsizetype index)
        : m_parent(parent)
        , m_key(key)
        , m_index(index) {}

    const JsonPath* m_parent = nullptr;
    QLatin1StringView m_key;
    qsizetype m_index = -1;
    QString m_spelled;
};

struct NumberRule {
    double min;
    double max;
    QLatin1StringView unit = {};
    bool integer = false;
};

// The two representations a reader reads: Qt's JSON values, and a JsonTree.
struct QtJson {
    using Object = QJsonObject;
    using Array = QJsonArray;
    using Value = QJsonValue;
};
struct TreeJson {
    using Object = JsonTree::Object;
    using Array = JsonTree::Array;
    using Value = JsonTree::Value;
};

// Reads typed fields out of JSON objects and records every problem with its JSON path, so a
// caller can read a whole document and report all mistakes at once. The same checks and
// messages for either representation (JsonReader and JsonTreeReader).
template <typename Json> class BasicJsonReader {
public:
    using Object = typename Json::Object;
    using Array = typename Json::Array;
    using Value = typename Json::Value;
    enum class Presence { Required, Optional };

    explicit BasicJsonReader(Problems& problems)
        : m_problems(problems) {}

    void fail(const JsonPath& path, const QString& message);
    bool hasProblems() const { return !m_problems.isEmpty(); }
    qsizetype problemCount() const { return m_problems.size(); }

    void rejectUnknownKeys(const Object& object, const JsonPath& path,
                           std::initializer_list<QLatin1StringView> allowed);

    std::optional<Object> object(const Object& parent, const JsonPath& parentPath,
                                 QLatin1StringView key, Presence presence);
    std::optional<Array> array(const Object& parent, const JsonPath& parentPath,
                               QLatin1StringView key, Presence presence);
    std::optional<QString> string(const Object& parent, const JsonPath& parentPath,
                                  QLatin1StringView key, Presence presence);
    std::optional<double> number(const Object& parent, const JsonPath& parentPath,
                                 QLatin1StringView key, const NumberRule& rule, Presence presence);
    std::optional<bool> boolean(const Object& parent, const JsonPath& parentPath,
                                QLatin1StringView key, Presence presence);

    std::optional<Object> objectAt(const Value& value, const JsonPath& path);
    std::optional<QString> stringAt(const Value& value, const JsonPath& path);
    std::optional<double> numberAt(const Value& value, const JsonPath& path,
                                   const NumberRule& rule);

private:
    std::optional<Value> field(const Object& parent, const JsonPath& path, QLatin1StringView key,
                               Presence presence);

    Problems& m_problems;
};

extern template class BasicJsonReader<QtJson>;
extern template class BasicJsonReader<TreeJson>;
using JsonReader = BasicJsonReader<QtJson>;
using JsonTreeReader = BasicJsonReader<TreeJson>;

} // namespace treeops

#pragma once

#include "json/JsonTree.h"
#include "json/Problem.h"
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <span>
#include <type_traits>

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

    // The members of one object filed by the names allowed there, in a single walk over them
    // (the last value of a key given twice counting, as QJsonObject keeps it), so that its
    // fields are then found among a handful of names instead of by searching the object once
    // for each. Made by fields(), which reports the keys outside those names; it refers to its
    // own storage, so it is neither copied nor moved. Made by unlisted(), it searches the object
    // for each field instead.
    class Fields {
    public:
        Fields(const Fields&) = delete;
        Fields& operator=(const Fields&) = delete;
        ~Fields() = default;

        const JsonPath& path() const { return m_path; }
        // The value of `key`, which must be one of the allowed names (of a filed object);
        // nothing when it is absent.
        std::optional<Value> find(QLatin1StringView key) const;

    protected:
        Fields(const JsonPath& path, std::span<const QLatin1StringView> names,
               std::span<std::optional<Value>> values)
            : m_path(path)
            , m_names(names)
            , m_values(values) {}

    private:
        friend class BasicJsonReader;
        Fields(const Object& unlisted, const JsonPath& path)
            : m_path(path)
            , m_unlisted(&unlisted) {}

        JsonPath m_path;
        const Object* m_unlisted = nullptr;
        std::span<const QLatin1StringView> m_names;
        std::span<std::optional<Value>> m_values;
    };

    // Fields with room for exactly its N names, so that filing a small object clears only
    // what it uses.
    template <std::size_t N> class FieldsOf : public Fields {
    public:
        FieldsOf(BasicJsonReader& reader, const Object& object, const JsonPath& path,
                 const QLatin1StringView (&allowed)[N])
            : Fields(path, m_nameStore, m_valueStore) {
            std::copy(std::begin(allowed), std::end(allowed), m_nameStore.begin());
            reader.file(object, *this);
        }

    private:
        std::array<QLatin1StringView, N> m_nameStore;
        std::array<std::optional<Value>, N> m_valueStore;
    };

    explicit BasicJsonReader(Problems& problems)
        : m_problems(problems) {}

    void fail(const JsonPath& path, const QString& message);
    bool hasProblems() const { return !m_problems.isEmpty(); }
    qsizetype problemCount() const { return m_problems.size(); }

    // The fields of an object at `path` that allows the names `allowed`; every other key is
    // reported as unknown.
    template <std::size_t N>
    FieldsOf<N> fields(const Object& object, const JsonPath& path,
                       const QLatin1StringView (&allowed)[N]) {
        return FieldsOf<N>(*this, object, path, allowed);
    }

    // The fields of an object whose keys are not checked against a list here (or are checked
    // in the caller's own words). The object must outlive them.
    Fields unlisted(const Object& object, const JsonPath& path) { return Fields(object, path); }

    std::optional<Object> object(const Fields& fields, QLatin1StringView key, Presence presence);
    std::optional<Array> array(const Fields& fields, QLatin1StringView key, Presence presence);
    std::optional<QString> string(const Fields& fields, QLatin1StringView key, Presence presence);
    std::optional<double> number(const Fields& fields, QLatin1StringView key,
                                 const NumberRule& rule, Presence presence);
    std::optional<bool> boolean(const Fields& fields, QLatin1StringView key, Presence presence);
    // A field's value when it is text, checked and reported as string() checks it, without
    // making a QString of it: for a reader that looks the text up or only needs it valid.
    std::optional<Value> stringValue(const Fields& fields, QLatin1StringView key,
                                     Presence presence);

    std::optional<Object> objectAt(const Value& value, const JsonPath& path);
    std::optional<QString> stringAt(const Value& value, const JsonPath& path);
    bool isStringAt(const Value& value, const JsonPath& path);
    std::optional<double> numberAt(const Value& value, const JsonPath& path,
                                   const NumberRule& rule);

private:
    // A field's value when it is given and not null; `is required` when it must be and is not.
    std::optional<Value> given(const std::optional<Value>& value, const JsonPath& path,
                               Presence presence);
    // The field `key` as `read(value, path)` reads it, when it is given and not null.
    template <typename Read>
    std::invoke_result_t<Read&, const Value&, const JsonPath&>
    field(const Fields& fields, QLatin1StringView key, Presence presence, Read read);
    std::optional<Array> arrayAt(const Value& value, const JsonPath& path);
    std::optional<bool> booleanAt(const Value& value, const JsonPath& path);
    void file(const Object& object, Fields& fields);
    void reportUnknownKeys(const JsonPath& path, QStringList unknown,
                           std::span<const QLatin1StringView> allowed);

    Problems& m_problems;
};

extern template class BasicJsonReader<QtJson>;
extern template class BasicJsonReader<TreeJson>;
using JsonReader = BasicJsonReader<QtJson>;
using JsonTreeReader = BasicJsonReader<TreeJson>;

} // namespace treeops

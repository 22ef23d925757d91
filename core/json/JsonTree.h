#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

namespace treeops {

// A JSON document parsed in one pass into a flat array of nodes, its text left in the bytes
// until a caller asks for it. QJsonDocument builds a tree of CBOR values and copies every string;
// this reads a stored assessment several times faster, which is what a data-quality run over a
// million of them spends most of its time on.
//
// It accepts exactly what QJsonDocument::fromJson accepts, with the same values (tst_json_tree
// compares both over edge cases and damaged documents): a byte-order mark, control characters
// in strings, unknown escapes as the escaped character, lone surrogates from \u escapes, "1."
// and ".5", a duplicated key whose last value counts; not a number too large for a double.
class JsonTree {
    struct Node;

public:
    class Object;
    class Array;
    using TextBuffer = QVarLengthArray<char16_t, 64>;

    // A handle on one value. It points into the tree's nodes and bytes, so it stays valid for as
    // long as the tree it came from, even when the tree is moved.
    class Value {
    public:
        QJsonValue::Type type() const { return m_node->type; }
        bool isNull() const { return type() == QJsonValue::Null; }
        bool isBool() const { return type() == QJsonValue::Bool; }
        bool isDouble() const { return type() == QJsonValue::Double; }
        bool isString() const { return type() == QJsonValue::String; }
        bool isArray() const { return type() == QJsonValue::Array; }
        bool isObject() const { return type() == QJsonValue::Object; }

        bool toBool() const;
        double toDouble() const;
        QString toString() const;
        // This string's text in `buffer`, without allocating when it is short plain ASCII (as
        // codes are), for looking it up; the view is valid until `buffer` changes.
        QStringView toStringView(TextBuffer& buffer) const;
        Object toObject() const;
        Array toArray() const;

        // Whether this string value is `text`, which must be ASCII (as field names are), without
        // making a QString of it.
        bool equals(QLatin1StringView text) const {
            if (m_node->type != QJsonValue::String)
                return false;
            if (m_node->escaped)
                return toString() == text;
            // Most keys differ from the one looked for in their length or first byte.
            const auto size = static_cast<std::uint32_t>(text.size());
            const char* bytes = m_bytes + m_node->text.offset;
            return m_node->text.size == size && (size == 0 || bytes[0] == text.front()) &&
                   std::memcmp(bytes, text.data(), size) == 0;
        }

    private:
        friend class JsonTree;
        Value(const Node* node, const char* bytes)
            : m_node(node)
            , m_bytes(bytes) {}

        const Node* m_node;
        const char* m_bytes;
    };

    class Array {
    public:
        class Iterator {
        public:
            Value operator*() const { return Value(m_node, m_bytes); }
            Iterator& operator++() {
                m_node += m_node->span;
                return *this;
            }
            bool operator==(const Iterator& other) const { return m_node == other.m_node; }

        private:
            friend class Array;
            Iterator(const Node* node, const char* bytes)
                : m_node(node)
                , m_bytes(bytes) {}

            const Node* m_node;
            const char* m_bytes;
        };

        qsizetype size() const { return m_value.m_node->count; }
        bool isEmpty() const { return size() == 0; }
        Iterator begin() const { return Iterator(m_value.m_node + 1, m_value.m_bytes); }
        Iterator end() const {
            return Iterator(m_value.m_node + m_value.m_node->span, m_value.m_bytes);
        }

    private:
        friend class Value;
        explicit Array(Value value)
            : m_value(value) {}

        Value m_value;
    };

    class Object {
    public:
        struct Member {
            Value key;
            Value value;
        };
        // Members in document order, a duplicated key as often as it was written.
        class Iterator {
        public:
            Member operator*() const {
                return {Value(m_node, m_bytes), Value(m_node + 1, m_bytes)};
            }
            Iterator& operator++() {
                m_node += 1 + m_node[1].span; // the key, then its value
                return *this;
            }
            bool operator==(const Iterator& other) const { return m_node == other.m_node; }

        private:
            friend class Object;
            Iterator(const Node* node, const char* bytes)
                : m_node(node)
                , m_bytes(bytes) {}

            const Node* m_node; // the key
            const char* m_bytes;
        };

        qsizetype size() const { return m_value.m_node->count; }
        Iterator begin() const { return Iterator(m_value.m_node + 1, m_value.m_bytes); }
        Iterator end() const {
            return Iterator(m_value.m_node + m_value.m_node->span, m_value.m_bytes);
        }
        // The member's value; of a key given more than once, the last (as QJsonObject keeps it).
        std::optional<Value> find(QLatin1StringView key) const;

    private:
        friend class Value;
        explicit Object(Value value)
            : m_value(value) {}

        Value m_value;
    };

    // The document, or nothing with `error` set as QJsonDocument::fromJson would set it.
    static std::optional<JsonTree> parse(const QByteArray& bytes, QJsonParseError& error);

    Value root() const { return Value(m_nodes.data(), m_bytes.constData()); }

private:
    class Parser;

    // Containers are followed by their members (an object's as key, value, key, value…); `span`
    // counts a node and everything inside it, so the next sibling is `span` nodes on.
    struct Node {
        QJsonValue::Type type;
        bool escaped = false; // a string with escapes, decoded when asked for
        bool boolean = false;
        std::uint32_t span = 1;
        union {
            double number;
            std::uint32_t count; // members of an object or array
            struct {
                std::uint32_t offset;
                std::uint32_t size;
            } text; // a string's bytes between its quotes
        };
    };

    QByteArray m_bytes;
    std::vector<Node> m_nodes;
};

} // namespace treeops

#include "json/JsonTree.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace treeops {
namespace {

// QJsonDocument's own limits, so that both refuse the same documents.
constexpr int MaxDepth = 1024;
constexpr qsizetype MaxBytes = std::numeric_limits<std::uint32_t>::max();

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The UTF-16 unit of the four hex digits at `p`, or -1.
int hexUnit(const char* p) {
    int unit = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexDigit(p[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// QString::fromUtf8 drops a byte-order mark that starts its input. QJsonDocument does too for a
// string without escapes, but keeps it between the escapes of any other.
QString runFromUtf8(const char* p, qsizetype size) {
    if (size >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        return QChar(0xFEFF) + QString::fromUtf8(p + 3, size - 3);
    return QString::fromUtf8(p, size);
}

bool isContinuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence of a non-ASCII character at `p`, or 0 for an
// overlong form, a surrogate, a code point past U+10FFFF or a sequence cut short.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end) {
    const unsigned char lead = p[0];
    int length = 0;
    unsigned char low = 0x80; // the allowed range of the second byte
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i)
        if (!isContinuation(p[i]))
            return 0;
    return length;
}

// A decimal number of at most 15 significant digits times a power of ten up to 22 is one exact
// double multiplied or divided by another: a single, correctly rounded operation, so the value is
// the one any exact parser gives. Anything else is left to Qt.
class DecimalNumber {
public:
    bool parse(const char* begin, const char* end) {
        const char* p = begin;
        const bool negative = *p == '-';
        if (negative)
            ++p;
        bool sawDigit = false;
        bool fraction = false;
        int significant = 0;
        for (; p < end && (isDigit(*p) || *p == '.'); ++p) {
            if (*p == '.') {
                fraction = true;
                continue;
            }
            sawDigit = true;
            if (fraction)
                --m_exponent;
            if (m_mantissa == 0 && *p == '0')
                continue; // a leading zero
            if (++significant > 15)
                return false;
            m_mantissa = m_mantissa * 10 + (*p - '0');
        }
        if (!sawDigit || (p < end && !parseExponent(p, end)))
            return false;
        if (m_exponent < -22 || m_exponent > 22)
            return false;
        m_negative = negative;
        return true;
    }

    double value() const {
        static constexpr double Powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                            1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        const auto mantissa = static_cast<double>(m_mantissa);
        const double magnitude =
            m_exponent >= 0 ? mantissa * Powers[m_exponent] : mantissa / Powers[-m_exponent];
        return m_negative ? -magnitude : magnitude;
    }

private:
    bool parseExponent(const char* p, const char* end) {
        ++p; // 'e' or 'E'
        const bool negative = p < end && *p == '-';
        if (p < end && (*p == '-' || *p == '+'))
            ++p;
        if (p == end || end - p > 3)
            return false;
        int exponent = 0;
        for (; p < end; ++p)
            exponent = exponent * 10 + (*p - '0');
        m_exponent += negative ? -exponent : exponent;
        return true;
    }

    std::int64_t m_mantissa = 0;
    int m_exponent = 0;
    bool m_negative = false;
};

} // namespace

class JsonTree::Parser {
public:
    Parser(const QByteArray& bytes, std::vector<Node>& nodes)
        : m_begin(bytes.constData())
        , m_p(m_begin)
        , m_end(m_begin + bytes.size())
        , m_nodes(nodes) {}

    bool document() {
        if (m_end - m_begin > MaxBytes)
            return fail(QJsonParseError::DocumentTooLarge);
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        skipSpace();
        if (m_p == m_end || (*m_p != '{' && *m_p != '['))
            return fail(QJsonParseError::IllegalValue);
        if (!value(0))
            return false;
        skipSpace();
        return m_p == m_end || fail(QJsonParseError::GarbageAtEnd);
    }

    QJsonParseError error() const {
        QJsonParseError error;
        error.error = m_error;
        error.offset = static_cast<int>(m_p - m_begin);
        return error;
    }

private:
    bool fail(QJsonParseError::ParseError error) {
        m_error = error;
        return false;
    }

    void skipSpace() {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    bool at(char c) const { return m_p < m_end && *m_p == c; }

    std::size_t push(QJsonValue::Type type) {
        Node node{};
        node.type = type;
        m_nodes.push_back(node);
        return m_nodes.size() - 1;
    }

    void close(std::size_t index, std::uint32_t count) {
        m_nodes[index].count = count;
        m_nodes[index].span = static_cast<std::uint32_t>(m_nodes.size() - index);
    }

    bool value(int depth) {
        if (m_p == m_end)
            return fail(QJsonParseError::IllegalValue);
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true", QJsonValue::Bool, true);
        case 'f':
            return literal("false", QJsonValue::Bool, false);
        case 'n':
            return literal("null", QJsonValue::Null, false);
        default:
            if (isDigit(*m_p) || *m_p == '-' || *m_p == '.')
                return number();
            return fail(QJsonParseError::IllegalValue);
        }
    }

    bool object(int depth) {
        if (depth > MaxDepth)
            return fail(QJsonParseError::DeepNesting);
        const std::size_t index = push(QJsonValue::Object);
        ++m_p;
        skipSpace();
        std::uint32_t count = 0;
        if (!at('}')) {
            if (!separatedByCommas(count, [&] { return member(depth); }))
                return false;
            if (!at('}'))
                return fail(QJsonParseError::UnterminatedObject);
        }
        ++m_p;
        close(index, count);
        return true;
    }

    // A name, its separator and its value.
    bool member(int depth) {
        if (!at('"'))
            return fail(QJsonParseError::UnterminatedObject);
        if (!string())
            return false;
        skipSpace();
        if (!at(':'))
            return fail(QJsonParseError::MissingNameSeparator);
        ++m_p;
        skipSpace();
        return value(depth);
    }

    // Elements read by `element` up to the first that no comma follows, counted.
    template <typename Element> bool separatedByCommas(std::uint32_t& count, Element element) {
        for (;;) {
            if (!element())
                return false;
            ++count;
            skipSpace();
            if (!at(','))
                return true;
            ++m_p;
            skipSpace();
        }
    }

    bool array(int depth) {
        if (depth > MaxDepth)
            return fail(QJsonParseError::DeepNesting);
        const std::size_t index = push(QJsonValue::Array);
        ++m_p;
        skipSpace();
        std::uint32_t count = 0;
        if (!at(']')) {
            if (!separatedByCommas(count, [&] { return value(depth); }))
                return false;
            if (!at(']'))
                return fail(m_p == m_end ? QJsonParseError::UnterminatedArray
                                         : QJsonParseError::MissingValueSeparator);
        }
        ++m_p;
        close(index, count);
        return true;
    }

    bool literal(const char* word, QJsonValue::Type type, bool boolean) {
        const auto length = static_cast<qsizetype>(std::strlen(word));
        if (m_end - m_p < length || std::memcmp(m_p, word, std::size_t(length)) != 0)
            return fail(QJsonParseError::IllegalValue);
        m_p += length;
        m_nodes[push(type)].boolean = boolean;
        return true;
    }

    // As QJsonDocument: the characters a number may have, in its order, then Qt's own
    // conversion for anything the exact shortcut does not cover.
    bool number() {
        const char* begin = m_p;
        if (at('-'))
            ++m_p;
        if (at('0'))
            ++m_p;
        else
            skipDigits();
        if (at('.')) {
            ++m_p;
            skipDigits();
        }
        if (at('e') || at('E')) {
            ++m_p;
            if (at('-') || at('+'))
                ++m_p;
            skipDigits();
        }
        if (m_p == m_end)
            return fail(QJsonParseError::TerminationByNumber);
        double value = 0;
        if (DecimalNumber decimal; decimal.parse(begin, m_p)) {
            value = decimal.value();
        } else {
            bool ok = false;
            value = QByteArray::fromRawData(begin, m_p - begin).toDouble(&ok);
            if (!ok)
                return fail(QJsonParseError::IllegalNumber);
        }
        // Qt keeps a whole number as an integer, so a negative zero becomes zero.
        m_nodes[push(QJsonValue::Double)].number = value == 0 ? 0 : value;
        return true;
    }

    void skipDigits() {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }

    bool string() {
        ++m_p; // the opening quote
        const char* begin = m_p;
        bool escaped = false;
        for (;;) {
            if (m_p == m_end)
                return fail(QJsonParseError::UnterminatedString);
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                if (!escape())
                    return false;
            } else if (c < 0x80) {
                ++m_p;
            } else {
                const int length =
                    utf8SequenceLength(reinterpret_cast<const unsigned char*>(m_p),
                                       reinterpret_cast<const unsigned char*>(m_end));
                if (length == 0)
                    return fail(QJsonParseError::IllegalUTF8String);
                m_p += length;
            }
        }
        Node& node = m_nodes[push(QJsonValue::String)];
        node.escaped = escaped;
        node.text = {static_cast<std::uint32_t>(begin - m_begin),
                     static_cast<std::uint32_t>(m_p - begin)};
        ++m_p; // the closing quote
        return true;
    }

    // Qt takes any other escaped byte as the character of that value, even past ASCII.
    bool escape() {
        ++m_p; // the backslash
        if (m_p == m_end)
            return fail(QJsonParseError::UnterminatedString);
        if (*m_p != 'u') {
            ++m_p;
            return true;
        }
        ++m_p;
        if (m_end - m_p < 4 || hexUnit(m_p) < 0)
            return fail(QJsonParseError::IllegalEscapeSequence);
        m_p += 4;
        return true;
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    std::vector<Node>& m_nodes;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
};

std::optional<JsonTree> JsonTree::parse(const QByteArray& bytes, QJsonParseError& error) {
    JsonTree tree;
    tree.m_bytes = bytes;
    tree.m_nodes.reserve(static_cast<std::size_t>(bytes.size() / 8 + 1));
    Parser parser(tree.m_bytes, tree.m_nodes);
    const bool parsed = parser.document();
    error = parser.error();
    if (!parsed)
        return std::nullopt;
    error.offset = 0;
    return tree;
}

bool JsonTree::Value::toBool() const {
    return m_node->type == QJsonValue::Bool && m_node->boolean;
}

double JsonTree::Value::toDouble() const {
    return m_node->type == QJsonValue::Double ? m_node->number : 0;
}

QStringView JsonTree::Value::toStringView(TextBuffer& buffer) const {
    const char* bytes = m_bytes + m_node->text.offset;
    const auto size = static_cast<qsizetype>(m_node->text.size);
    const bool plainAscii =
        m_node->type == QJsonValue::String && !m_node->escaped &&
        std::all_of(bytes, bytes + size, [](char c) { return static_cast<uchar>(c) < 0x80; });
    if (plainAscii) {
        buffer.resize(size);
        std::copy(bytes, bytes + size, buffer.begin());
    } else {
        const QString text = toString();
        buffer.resize(text.size());
        std::copy(text.utf16(), text.utf16() + text.size(), buffer.begin());
    }
    return {buffer.constData(), buffer.size()};
}

QString JsonTree::Value::toString() const {
    if (m_node->type != QJsonValue::String)
        return {};
    const char* p = m_bytes + m_node->text.offset;
    const char* end = p + m_node->text.size;
    if (!m_node->escaped)
        return QString::fromUtf8(p, end - p);
    QString out;
    out.reserve(end - p);
    while (p < end) {
        const char* run = p;
        while (p < end && *p != '\\')
            ++p;
        out += runFromUtf8(run, p - run);
        if (p == end)
            break;
        const char c = p[1];
        p += 2;
        switch (c) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u':
            out += QChar(static_cast<char16_t>(hexUnit(p)));
            p += 4;
            break;
        default: // as Qt, any other byte (even one past ASCII) stands for itself
            out += QLatin1Char(c);
        }
    }
    return out;
}

JsonTree::Object JsonTree::Value::toObject() const {
    Q_ASSERT(isObject());
    return Object(*this);
}

JsonTree::Array JsonTree::Value::toArray() const {
    Q_ASSERT(isArray());
    return Array(*this);
}

std::optional<JsonTree::Value> JsonTree::Object::find(QLatin1StringView key) const {
    std::optional<Value> found;
    for (const Member& member : *this)
        if (member.key.equals(key))
            found = member.value;
    return found;
}

} // namespace treeops

#include "storage/postgres/PostgresCopy.h"

#include <charconv>
#include <pqxx/tablewriter>
#include <pqxx/transaction_base>

namespace treeops::storage {
namespace {

// Days since 1970-01-01 to a civil date (proleptic Gregorian), after H. Hinnant's public
// domain algorithm: avoids building a QDateTime and a QString per row.
void civilFromDays(qint64 days, int& year, int& month, int& day) {
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

void appendPadded(std::string& out, qint64 value, int width) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    for (auto n = end - digits; n < width; ++n)
        out += '0';
    out.append(digits, end);
}

} // namespace

void CopyRow::clear() {
    m_line.clear();
    m_first = true;
}

void CopyRow::separate() {
    if (!m_first)
        m_line += '\t';
    m_first = false;
}

// COPY's text format gives backslash, tab, newline and carriage return a meaning; everything
// else, including multi-byte UTF-8, passes through.
void CopyRow::appendEscaped(char c) {
    switch (c) {
    case '\\':
        m_line += "\\\\";
        break;
    case '\t':
        m_line += "\\t";
        break;
    case '\n':
        m_line += "\\n";
        break;
    case '\r':
        m_line += "\\r";
        break;
    default:
        m_line += c;
    }
}

CopyRow& CopyRow::text(QStringView value) {
    separate();
    const std::size_t start = m_line.size();
    for (const QChar c : value) {
        if (c.unicode() >= 0x80) { // rare in our columns: convert this one field whole
            m_line.resize(start);
            for (const char b : value.toUtf8())
                appendEscaped(b);
            return *this;
        }
        appendEscaped(static_cast<char>(c.unicode()));
    }
    return *this;
}

// Documents are long and rarely hold a character to escape: copy the runs between such
// characters whole instead of byte by byte.
CopyRow& CopyRow::utf8(const QByteArray& value) {
    separate();
    const char* run = value.constData();
    const char* const end = run + value.size();
    for (const char* p = run; p != end; ++p) {
        if (*p != '\\' && *p != '\t' && *p != '\n' && *p != '\r')
            continue;
        m_line.append(run, static_cast<std::size_t>(p - run));
        appendEscaped(*p);
        run = p + 1;
    }
    m_line.append(run, static_cast<std::size_t>(end - run));
    return *this;
}

CopyRow& CopyRow::integer(qint64 value) {
    separate();
    char digits[24];
    m_line.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
    return *this;
}

CopyRow& CopyRow::real(double value) {
    separate();
    // Shortest text that reads back as the same double.
    char digits[32];
    m_line.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
    return *this;
}

CopyRow& CopyRow::timestamp(qint64 msecs) {
    separate();
    const qint64 msPerDay = 86'400'000;
    qint64 days = msecs / msPerDay;
    qint64 rest = msecs % msPerDay;
    if (rest < 0) {
        rest += msPerDay;
        --days;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    appendPadded(m_line, year, 4);
    m_line += '-';
    appendPadded(m_line, month, 2);
    m_line += '-';
    appendPadded(m_line, day, 2);
    m_line += ' ';
    appendPadded(m_line, rest / 3'600'000, 2);
    m_line += ':';
    appendPadded(m_line, rest / 60'000 % 60, 2);
    m_line += ':';
    appendPadded(m_line, rest / 1000 % 60, 2);
    m_line += '.';
    appendPadded(m_line, rest % 1000, 3);
    m_line += "+00";
    return *this;
}

CopyRow& CopyRow::null() {
    separate();
    m_line += "\\N";
    return *this;
}

// libpqxx 6.4's stream_to converts and escapes every field into a new std::string and offers
// no way to write a row already in COPY format; tablewriter does (write_raw_line), and is only
// marked deprecated in favour of stream_to. Its use is confined to this class.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
CopyWriter::CopyWriter(pqxx::transaction_base& tx, const std::string& table,
                       const std::vector<std::string>& columns)
    : m_writer(std::make_unique<pqxx::tablewriter>(tx, table, columns.begin(), columns.end())) {}
#pragma GCC diagnostic pop

CopyWriter::~CopyWriter() = default;

void CopyWriter::write(const CopyRow& row) {
    m_writer->write_raw_line(row.line());
}

void CopyWriter::complete() {
    m_writer->complete();
}

std::string isoTimestamp(const QDateTime& utc) {
    return utc.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

} // namespace treeops::storage

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringView>
#include <memory>
#include <string>
#include <vector>

namespace pqxx {
class transaction_base;
class tablewriter;
} // namespace pqxx

namespace treeops::storage {

// One row of COPY's text format, built in a buffer reused from row to row: fields are escaped
// straight from the caller's strings (no temporary per field), so a million-row import spends
// its time in the server rather than in the allocator.
class CopyRow {
public:
    CopyRow& text(QStringView value);
    CopyRow& utf8(const QByteArray& value); // already UTF-8, e.g. a JSON document
    CopyRow& integer(qint64 value);
    CopyRow& real(double value);
    CopyRow& timestamp(qint64 msecsSinceEpochUtc);
    CopyRow& null();

    const std::string& line() const { return m_line; }
    void clear();

private:
    void separate();
    void appendEscaped(char c);

    std::string m_line;
    bool m_first = true;
};

// COPY … FROM STDIN into one table of the current transaction. complete() must be called; the
// server reports a bad row (constraint, type) there, and the caller's transaction then fails
// as a whole.
class CopyWriter {
public:
    CopyWriter(pqxx::transaction_base& tx, const std::string& table,
               const std::vector<std::string>& columns);
    ~CopyWriter();
    void write(const CopyRow& row);
    void complete();

private:
    std::unique_ptr<pqxx::tablewriter> m_writer;
};

// "2024-05-01T10:00:00.123Z" for SQL parameters; PostgreSQL reads ISO 8601 as timestamptz.
std::string isoTimestamp(const QDateTime& utc);

} // namespace treeops::storage

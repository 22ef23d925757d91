#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace treeops::storage {

class SqliteStatement;

// Opens an SQLite connection with `flags` (SQLITE_OPEN_*); throws StoreError (Unavailable)
// with SQLite's reason when the file cannot be opened.
sqlite3* openSqliteFile(const QString& path, int flags);

// Owns one SQLite connection; failures become StoreError with SQLite's own words.
class SqliteDatabase {
public:
    // Opens or creates the file. Nothing is written until a statement runs.
    explicit SqliteDatabase(const QString& path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    const QString& path() const { return m_path; }
    void execute(const QString& sql);
    SqliteStatement prepare(const QString& sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    // How many databases may be attached at once (SQLite's compile-time limit, 10 by default).
    int attachLimit() const;
    [[noreturn]] void fail(int code, const QString& context) const;

private:
    friend class SqliteStatement;
    sqlite3* m_db = nullptr;
    QString m_path;
};

class SqliteStatement {
public:
    SqliteStatement(SqliteDatabase& db, sqlite3_stmt* statement);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bind(int index, const QByteArray& value);
    SqliteStatement& bindUtf8(int index, QByteArrayView text); // as TEXT, not a blob
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bindNull(int index);

    bool step(); // true while a row is available
    void run();  // step once, expecting no row
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    QByteArrayView utf8(int column) const; // the text's bytes, until the next step or reset
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    SqliteDatabase* m_db;
    sqlite3_stmt* m_statement;
};

// Commits on commit(), rolls back if destroyed before: every multi-statement change is
// all-or-nothing.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDatabase& db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    void commit();

private:
    SqliteDatabase& m_db;
    bool m_open = true;
};

} // namespace treeops::storage

#pragma once

#include "storage/Records.h"
#include "storage/StoreError.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace treeops::storage {

enum class SqlDialect { Sqlite, Postgres };

// One read-only connection to a store, for data-quality checks that run where the data is.
// Each query is a single statement that may only read: anything that would write (or change
// the connection) is refused before it runs, and a statement that keeps the reader waiting for
// its rows longer than the timeout, all its waits added up, is stopped (the time the caller
// spends on the rows it has is not counted). Both throw StoreError: InvalidInput for a refused
// statement, Failed otherwise.
class ReadOnlySql {
public:
    // One row's columns as text; a NULL is a null QString. Return false to stop early.
    using RowHandler = std::function<bool(const QStringList& columns)>;

    virtual ~ReadOnlySql() = default;
    virtual SqlDialect dialect() const = 0;
    virtual void query(const QString& sql, const RowHandler& row) = 0;
    // The same rows as views of the store's UTF-8 bytes, valid only during the call (a NULL is
    // a null view), for a caller that would turn text back into bytes (a stored document handed
    // to a JSON reader) or needs no copy of most columns.
    using Utf8RowHandler = std::function<bool(const QList<QByteArrayView>& columns)>;
    virtual void queryUtf8(const QString& sql, const Utf8RowHandler& row) = 0;
    // The same, for a statement that gives a few rows (a count, a sample under a LIMIT): its
    // result may be held whole instead of streamed through a cursor.
    virtual void queryFew(const QString& sql, const RowHandler& row) { query(sql, row); }
    // Queries stop soon after `cancelled` turns true, as if they had timed out.
    virtual void setCancelCheck(CancelCheck cancelled) = 0;
};

inline constexpr int DefaultStatementTimeoutMs = 30'000;

// The errors both connections give, in the same words.
StoreError writeRefused();
StoreError queryTimedOut(int statementTimeoutMs);
StoreError queryCancelled();

} // namespace treeops::storage

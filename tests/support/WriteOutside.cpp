#include "support/WriteOutside.h"

#include "storage/sqlite/SqliteDatabase.h"

#include <pqxx/pqxx>

namespace treeops::test {

void writeOutside(const QString& storeUrl, const QString& sql) {
    const QString sqlitePrefix = QStringLiteral("sqlite://");
    if (storeUrl.startsWith(sqlitePrefix)) {
        storage::SqliteDatabase(storeUrl.mid(sqlitePrefix.size())).execute(sql);
        return;
    }
    pqxx::connection connection(storeUrl.toStdString());
    pqxx::nontransaction(connection).exec(sql.toStdString());
}

} // namespace treeops::test

#include "quality/ReferenceQueries.h"

#include "i18n/Translate.h"
#include "quality/SqlFragments.h"
#include "storage/ReferenceContent.h"

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

std::optional<QString> firstValue(storage::ReadOnlySql& sql, const QString& query) {
    std::optional<QString> value;
    sql.query(query, [&](const QStringList& columns) {
        value = columns.value(0);
        return false;
    });
    return value;
}

std::optional<QByteArray> content(storage::ReadOnlySql& sql, const QString& table,
                                  const QString& version) {
    const auto text = firstValue(
        sql, u"SELECT content FROM %1 WHERE version = %2"_s.arg(table, sqlLiteral(version)));
    if (!text)
        return std::nullopt;
    return text->toUtf8();
}

} // namespace

std::optional<QString> activeRatesVersion(storage::ReadOnlySql& sql) {
    return firstValue(sql, renderSql(u"SELECT version FROM rates_versions WHERE active = {true}"_s,
                                     sql.dialect(), {}));
}

std::optional<scoring::CatalogData> catalogVersion(storage::ReadOnlySql& sql,
                                                   const QString& version) {
    return storage::readStoredCatalog(content(sql, u"catalog_versions"_s, version),
                                      translate("Quality", "catalog %1").arg(version));
}

std::optional<scoring::RatesData> ratesVersion(storage::ReadOnlySql& sql, const QString& version) {
    return storage::readStoredRates(content(sql, u"rates_versions"_s, version),
                                    translate("Quality", "rates %1").arg(version));
}

} // namespace treeops::quality

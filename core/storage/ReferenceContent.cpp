#include "storage/ReferenceContent.h"

#include "i18n/Translate.h"
#include "scoring/CatalogJson.h"
#include "scoring/RatesJson.h"
#include "storage/StoreError.h"

#include <QJsonDocument>

namespace treeops::storage {
namespace {

QByteArray canonical(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template <typename Data, typename Reader>
std::optional<Data> readStored(const std::optional<QByteArray>& content, const QString& what,
                               Reader read) {
    if (!content)
        return std::nullopt;
    Problems problems;
    auto data = read(*content, what, problems);
    if (!data)
        throw StoreError(
            StoreError::Kind::Failed,
            translate("Store", "stored %1 is unreadable: %2").arg(what, joinProblems(problems)));
    return data;
}

} // namespace

QByteArray catalogContent(const scoring::CatalogData& catalog) {
    return canonical(scoring::catalogToJson(catalog));
}

QByteArray ratesContent(const scoring::RatesData& rates) {
    return canonical(scoring::ratesToJson(rates));
}

std::optional<scoring::CatalogData> readStoredCatalog(const std::optional<QByteArray>& content,
                                                      const QString& what) {
    return readStored<scoring::CatalogData>(content, what,
                                            [](const QByteArray& b, const QString& w, Problems& p) {
                                                return scoring::readCatalog(b, w, p);
                                            });
}

std::optional<scoring::RatesData> readStoredRates(const std::optional<QByteArray>& content,
                                                  const QString& what) {
    return readStored<scoring::RatesData>(content, what,
                                          [](const QByteArray& b, const QString& w, Problems& p) {
                                              return scoring::readRates(b, w, p);
                                          });
}

} // namespace treeops::storage

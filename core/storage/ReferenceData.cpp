#include "storage/ReferenceData.h"

#include "scoring/CatalogJson.h"
#include "scoring/RatesJson.h"
#include "storage/Store.h"

#include "json/Problem.h"
#include <QFile>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

QByteArray readResource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("TreeOps was built without its reference data %s", qPrintable(path));
    return file.readAll();
}

template <typename Data, typename Reader> Data readShipped(const QString& path, Reader read) {
    Problems problems;
    auto data = read(readResource(path), path, problems);
    if (!data)
        qFatal("shipped reference data is invalid: %s", qPrintable(joinProblems(problems)));
    return std::move(*data);
}

} // namespace

scoring::CatalogData shippedCatalog() {
    return readShipped<scoring::CatalogData>(
        u":/treeops/catalog/afiss-catalog.json"_s,
        [](const QByteArray& b, const QString& s, Problems& p) {
            return scoring::readCatalog(b, s, p);
        });
}

scoring::RatesData shippedRates() {
    return readShipped<scoring::RatesData>(u":/treeops/rates/default-rates.json"_s,
                                           [](const QByteArray& b, const QString& s, Problems& p) {
                                               return scoring::readRates(b, s, p);
                                           });
}

void ensureReferenceData(Store& store) {
    if (!store.activeCatalogVersion())
        store.publishCatalog(shippedCatalog(), true);
    if (!store.activeRatesVersion())
        store.publishRates(shippedRates(), true);
}

} // namespace treeops::storage

#include "storage/outbox/OfflineReference.h"

#include "i18n/Translate.h"
#include "scoring/CatalogJson.h"
#include "scoring/RatesJson.h"
#include "storage/ReferenceContent.h"
#include "storage/StoreError.h"
#include "storage/WholeFile.h"
#include "storage/outbox/Outbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

constexpr auto Schema = "treeops.offline-reference/1";

QByteArray compact(const QJsonValue& value) {
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QString referencePath(const QString& storeUrl) {
    QString path = Outbox::defaultPath(storeUrl);
    path.chop(QFileInfo(path).suffix().size() + 1);
    return path + u"-reference.json"_s;
}

} // namespace

OfflineReference::OfflineReference(const QString& storeUrl)
    : m_path(referencePath(storeUrl)) {}

void OfflineReference::keep(const scoring::CatalogData& catalog,
                            const scoring::RatesData& rates) const {
    const QJsonObject copy{{u"schema"_s, QString::fromLatin1(Schema)},
                           {u"catalog"_s, scoring::catalogToJson(catalog)},
                           {u"rates"_s, scoring::ratesToJson(rates)}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QString error =
        writeWholeFile(m_path, QJsonDocument(copy).toJson(QJsonDocument::Compact));
    if (!error.isEmpty())
        throw StoreError(
            StoreError::Kind::Unavailable,
            translate("Store", "cannot keep the reference data at %1: %2").arg(m_path, error));
}

std::optional<OfflineReference::Versions> OfflineReference::load() const {
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    const auto unreadable = [this](const QString& why) {
        return StoreError(
            StoreError::Kind::Failed,
            translate("Store", "the reference data kept at %1 is unreadable: %2").arg(m_path, why));
    };
    if (!file.open(QIODevice::ReadOnly))
        throw unreadable(file.errorString());
    QJsonParseError error;
    const QJsonObject copy = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError || copy.value(u"schema"_s) != QLatin1String(Schema))
        throw unreadable(translate("Store", "not a TreeOps reference copy"));
    auto catalog = readStoredCatalog(compact(copy.value(u"catalog"_s)), m_path + u"#catalog"_s);
    auto rates = readStoredRates(compact(copy.value(u"rates"_s)), m_path + u"#rates"_s);
    return Versions{std::move(*catalog), std::move(*rates)};
}

} // namespace treeops::storage

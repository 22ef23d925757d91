#include "storage/redis/ChangeMessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <array>

namespace treeops::storage::redis {
namespace {

using namespace Qt::StringLiterals;

struct KindName {
    ChangeKind kind;
    QLatin1StringView name;
};
constexpr std::array<KindName, 4> KindNames{{{ChangeKind::Save, "save"_L1},
                                             {ChangeKind::Status, "status"_L1},
                                             {ChangeKind::Delete, "delete"_L1},
                                             {ChangeKind::Archive, "archive"_L1}}};

} // namespace

QByteArray ChangeMessage::toJson() const {
    QJsonObject json;
    json[u"id"_s] = assessmentId;
    for (const KindName& entry : KindNames) {
        if (entry.kind == kind)
            json[u"kind"_s] = QString(entry.name);
    }
    json[u"rowVersion"_s] = rowVersion;
    json[u"origin"_s] = origin;
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<ChangeMessage> ChangeMessage::fromJson(QByteArrayView json) {
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
    const QJsonObject object = document.object();
    ChangeMessage message;
    message.assessmentId = object.value(u"id"_s).toString();
    message.origin = object.value(u"origin"_s).toString();
    message.rowVersion = object.value(u"rowVersion"_s).toInteger(-1);
    const QString kindName = object.value(u"kind"_s).toString();
    const auto kind = std::find_if(KindNames.begin(), KindNames.end(),
                                   [&](const KindName& entry) { return entry.name == kindName; });
    if (message.assessmentId.isEmpty() || message.origin.isEmpty() || message.rowVersion < 0 ||
        kind == KindNames.end())
        return std::nullopt;
    message.kind = kind->kind;
    return message;
}

} // namespace treeops::storage::redis

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>
#include <optional>

namespace treeops::storage::redis {

// The channel every console publishes its changes on and listens to.
inline constexpr QByteArrayView ChangeChannel{"treeops:v1:changes"};

// Archive: assessments moved to the archive (one message per run, naming the last one moved).
enum class ChangeKind { Save, Status, Delete, Archive };

// "Assessment `assessmentId` changed": enough for another console to refresh a list row or
// drop a cached copy, not the data itself.
struct ChangeMessage {
    QString assessmentId;
    ChangeKind kind = ChangeKind::Save;
    qint64 rowVersion = 0;
    QString origin; // the console that made the change

    // {"id":…,"kind":"save|status|delete|archive","rowVersion":n,"origin":…}
    QByteArray toJson() const;
    // nullopt for anything else on the channel (another version's or someone's test message).
    static std::optional<ChangeMessage> fromJson(QByteArrayView json);

    friend bool operator==(const ChangeMessage&, const ChangeMessage&) = default;
};

} // namespace treeops::storage::redis

Q_DECLARE_METATYPE(treeops::storage::redis::ChangeMessage)

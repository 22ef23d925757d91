#include "storage/outbox/RefusedChanges.h"

#include "storage/RecordsJson.h"
#include "storage/outbox/WriteJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

QString kindKey(OutboxKind kind) {
    switch (kind) {
    case OutboxKind::Save:
        return u"save"_s;
    case OutboxKind::Status:
        return u"status"_s;
    case OutboxKind::Delete:
        return u"delete"_s;
    }
    return {};
}

QJsonObject entryToJson(const OutboxEntry& e) {
    QJsonObject o{{u"sequence"_s, e.sequence},
                  {u"kind"_s, kindKey(e.kind)},
                  {u"assessment"_s, e.assessmentId},
                  {u"customer"_s, e.customer},
                  {u"queued_at"_s, timeToJson(e.enqueuedAt)},
                  {u"state"_s, e.state == OutboxState::Failed ? u"failed"_s : u"conflict"_s},
                  {u"attempts"_s, e.attempts},
                  {u"reason"_s, e.lastError},
                  {u"expected_row_version"_s, e.expectedRowVersion}};
    if (e.kind == OutboxKind::Save)
        o[u"write"_s] = QJsonDocument::fromJson(writeToJson(e.write)).object();
    else if (e.kind == OutboxKind::Status)
        o[u"status"_s] = statusKey(e.status);
    return o;
}

} // namespace

QByteArray refusedChangesJson(const QList<OutboxEntry>& entries, const QString& store,
                              const QDateTime& savedAt) {
    QJsonArray changes;
    for (const OutboxEntry& entry : entries)
        changes.append(entryToJson(entry));
    const QJsonObject document{{u"format"_s, u"treeops.refused-changes/1"_s},
                               {u"saved_at"_s, timeToJson(savedAt)},
                               {u"store"_s, store},
                               {u"changes"_s, changes}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace treeops::storage

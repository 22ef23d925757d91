#include "workspace/DocumentCommand.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace treeops::widgets {

DocumentCommand::DocumentCommand(QJsonObject before, QJsonObject after, QString field, Apply apply)
    : m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(std::move(field))
    , m_apply(std::move(apply)) {
    setText(describe(m_field));
}

// "trees[2].dbh_in" → "trees": what the Undo and Redo actions name, in the user's words.
QString DocumentCommand::describe(const QString& field) {
    const QString section = field.section(u'.', 0, 0).section(u'[', 0, 0);
    static const QHash<QString, const char*> names{
        {u"customer"_s, QT_TRANSLATE_NOOP("DocumentCommand", "customer")},
        {u"site"_s, QT_TRANSLATE_NOOP("DocumentCommand", "site")},
        {u"crew"_s, QT_TRANSLATE_NOOP("DocumentCommand", "crew")},
        {u"equipment"_s, QT_TRANSLATE_NOOP("DocumentCommand", "equipment")},
        {u"travel_hours"_s, QT_TRANSLATE_NOOP("DocumentCommand", "travel time")},
        {u"emergency"_s, QT_TRANSLATE_NOOP("DocumentCommand", "emergency")},
        {u"trees"_s, QT_TRANSLATE_NOOP("DocumentCommand", "trees")},
        {u"factors"_s, QT_TRANSLATE_NOOP("DocumentCommand", "risk factors")},
        {u"fixed_costs"_s, QT_TRANSLATE_NOOP("DocumentCommand", "fixed costs")}};
    const char* name = names.value(section);
    return name ? QCoreApplication::translate("DocumentCommand", name) : QString();
}

void DocumentCommand::undo() {
    m_apply(m_before);
}
void DocumentCommand::redo() {
    m_apply(m_after);
}

bool DocumentCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const DocumentCommand*>(other);
    if (next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace treeops::widgets

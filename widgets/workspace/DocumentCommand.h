#pragma once

#include <QJsonObject>
#include <QUndoCommand>
#include <functional>

namespace treeops::widgets {

// One edit of the assessment document, undone by restoring the document as it was. Snapshots
// keep undo exact whatever was edited; consecutive keystrokes in one field merge into one step.
class DocumentCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const QJsonObject&)>;

    DocumentCommand(QJsonObject before, QJsonObject after, QString field, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override { return MergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    static QString describe(const QString& field);
    static constexpr int MergeId = 0x7e0;

    QJsonObject m_before;
    QJsonObject m_after;
    QString m_field;
    Apply m_apply;
};

} // namespace treeops::widgets

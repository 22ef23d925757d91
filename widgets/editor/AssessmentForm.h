#pragma once

#include "editor/TableSection.h"

#include "json/Problem.h"
#include <QJsonObject>
#include <QWidget>
#include <memory>

class QBoxLayout;
class QGroupBox;

namespace treeops::scoring {
class Rates;
}

namespace treeops::widgets {

class ChoiceBinding;
class FieldBinding;
class JsonTableModel;

// The editable part of a `treeops.assessment/1` document except its AFISS factors: customer,
// site, travel, emergency, crew, equipment, trees and fixed costs. The form keeps the whole
// document; each user edit changes only the edited key and hands back the complete document.
class AssessmentForm : public QWidget {
    Q_OBJECT

public:
    explicit AssessmentForm(QWidget* parent = nullptr);
    ~AssessmentForm() override;

    // Positions, equipment and states offered by the pickers come from these rates.
    void setRates(std::shared_ptr<const scoring::Rates> rates);
    // Shows `document`; never emits edited(). Keys the form does not edit ("factors", "id",
    // "schema") are kept as they are.
    void setDocument(const QJsonObject& document);
    // Marks each problem on its field or cell (tooltip and a visible marker with the allowed
    // range/reason); problems for paths the form does not show are ignored. An empty list
    // clears all marks.
    void showProblems(const Problems& problems);
    // Shown but not editable: an archived assessment, which the store keeps read-only.
    void setReadOnly(bool readOnly);
    // Lays the boxes that sit side by side one under the other when `width` is too narrow for
    // them, so the form never scrolls sideways; the editor calls it as its space changes.
    void fitToWidth(int width);

signals:
    // The user changed something: the complete new document, and a stable key naming the
    // field edited (e.g. "customer.name", "trees[2].dbh_in", "crew.members"), used to merge
    // consecutive keystrokes into one undo step.
    void edited(const QJsonObject& document, const QString& field);

private:
    QGroupBox* createCustomerBox();
    QGroupBox* createSiteBox();
    QGroupBox* createTreesBox();
    QGroupBox* createCrewBox();
    QGroupBox* createEquipmentBox();
    QGroupBox* createFixedCostsBox();
    template <typename Binding, typename Field> Binding* bind(const QString& path, Field* field);
    TableSection* addTable(JsonTableModel* model, const QString& name,
                           const TableSection::Texts& texts);
    TableSection* addShortList(JsonTableModel* model, const QString& name,
                               const TableSection::Texts& texts);
    void showDocument();
    void storeField(const QString& path, const QJsonValue& value);
    void storeRows(const JsonTableModel* model, const QString& field);

    QList<QBoxLayout*> m_rows; // boxes side by side when there is room
    QJsonObject m_document;
    QList<FieldBinding*> m_fields;
    QList<TableSection*> m_tables;
    QList<JsonTableModel*> m_models;
    ChoiceBinding* m_state = nullptr;
    JsonTableModel* m_crew = nullptr;
    JsonTableModel* m_equipment = nullptr;
};

} // namespace treeops::widgets

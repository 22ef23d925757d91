#include "editor/AssessmentForm.h"

#include "common/LineEdit.h"
#include "editor/DocumentPath.h"
#include "editor/EditorColumns.h"
#include "editor/FieldBinding.h"
#include "editor/TableSection.h"
#include "editor/TreeTableModel.h"
#include "scoring/Rates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

constexpr double MaxTravelHours = 24;
constexpr double TravelStep = 0.25;
// Crew, equipment and fixed costs rarely run longer; more rows scroll.
constexpr int ShortListRows = 4;
constexpr int MinimumTreeRows = 4;

template <typename Field> Field* named(Field* field, const QString& name) {
    field->setObjectName(name);
    return field;
}

// Text fields take the width; combos and spin boxes keep the size of what they show.
QFormLayout* formLayout() {
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

} // namespace

AssessmentForm::AssessmentForm(QWidget* parent)
    : QWidget(parent) {
    // Who and where on top, the trees (the bulk of the work) in the middle taking the spare
    // height, and the short lists side by side below.
    auto* top = new QHBoxLayout;
    top->addWidget(createCustomerBox(), 1);
    top->addWidget(createSiteBox(), 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(createCrewBox(), 1);
    bottom->addWidget(createEquipmentBox(), 1);
    bottom->addWidget(createFixedCostsBox(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(createTreesBox(), 1);
    layout->addLayout(bottom);
    m_rows = {top, bottom};
    setRates(nullptr);
}

namespace {

// What a row needs to lay its boxes side by side, whichever way it is laid out now.
int sideBySideWidth(const QBoxLayout& row) {
    int width = row.spacing() * (row.count() - 1);
    for (int i = 0; i < row.count(); ++i)
        width += row.itemAt(i)->minimumSize().width();
    return width;
}

} // namespace

void AssessmentForm::fitToWidth(int width) {
    const QMargins margins = layout()->contentsMargins();
    const int available = width - margins.left() - margins.right();
    for (QBoxLayout* row : std::as_const(m_rows)) {
        const auto direction =
            sideBySideWidth(*row) <= available ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
        if (row->direction() != direction)
            row->setDirection(direction);
    }
}

AssessmentForm::~AssessmentForm() {
    // ~QWidget closes the window, which commits an open cell editor: that edit must not reach
    // this form, whose document is gone by then.
    for (JsonTableModel* model : std::as_const(m_models))
        disconnect(model, nullptr, this, nullptr);
    for (FieldBinding* field : std::as_const(m_fields))
        disconnect(field, nullptr, this, nullptr);
}

template <typename Binding, typename Field>
Binding* AssessmentForm::bind(const QString& path, Field* field) {
    auto* binding = new Binding(path, field, this);
    connect(binding, &FieldBinding::changed, this, &AssessmentForm::storeField);
    m_fields << binding;
    return binding;
}

TableSection* AssessmentForm::addTable(JsonTableModel* model, const QString& name,
                                       const TableSection::Texts& texts) {
    auto* section = new TableSection(model, name, texts);
    connect(model, &JsonTableModel::edited, this,
            [this, model](const QString& field) { storeRows(model, field); });
    m_tables << section;
    m_models << model;
    return section;
}

TableSection* AssessmentForm::addShortList(JsonTableModel* model, const QString& name,
                                           const TableSection::Texts& texts) {
    TableSection* section = addTable(model, name, texts);
    section->setVisibleRows(ShortListRows);
    return section;
}

QGroupBox* AssessmentForm::createCustomerBox() {
    auto* box = new QGroupBox(tr("Customer"));
    auto* form = formLayout();
    box->setLayout(form);
    bind<TextBinding>(u"customer.name"_s, lineEdit(u"customerName"_s, tr("Person or company")))
        ->addTo(form, tr("&Name"));
    bind<TextBinding>(u"customer.phone"_s, lineEdit(u"customerPhone"_s, tr("Optional")))
        ->addTo(form, tr("&Phone"));
    bind<TextBinding>(u"customer.email"_s, lineEdit(u"customerEmail"_s, tr("Optional")))
        ->addTo(form, tr("&Email"));
    return box;
}

QGroupBox* AssessmentForm::createSiteBox() {
    auto* box = new QGroupBox(tr("Site"));
    auto* form = formLayout();
    box->setLayout(form);
    bind<TextBinding>(u"site.address"_s, lineEdit(u"siteAddress"_s, tr("Street, city")))
        ->addTo(form, tr("&Address"));
    m_state = bind<ChoiceBinding>(u"site.state"_s, named(new QComboBox, u"siteState"_s));
    m_state->alsoWear(u"site"_s); // a missing site is first of all a missing state
    m_state->addTo(form, tr("&State"));
    auto* travel = named(new QDoubleSpinBox, u"travelHours"_s);
    travel->setRange(0, MaxTravelHours);
    travel->setSingleStep(TravelStep);
    travel->setDecimals(2);
    travel->setSuffix(tr(" h"));
    travel->setAlignment(Qt::AlignRight);
    travel->setToolTip(tr("Hours to drive the crew to the site and back"));
    bind<NumberBinding>(u"travel_hours"_s, travel)->addTo(form, tr("&Travel"));
    auto* emergency = named(new QCheckBox(tr("E&mergency call-out")), u"emergency"_s);
    emergency->setToolTip(tr("Work that cannot wait is quoted at emergency rates"));
    bind<FlagBinding>(u"emergency"_s, emergency)->addTo(form, QString());
    return box;
}

QGroupBox* AssessmentForm::createCrewBox() {
    auto* box = new QGroupBox(tr("Crew"));
    auto* form = formLayout();
    auto* tier = bind<ChoiceBinding>(u"crew.tier"_s, named(new QComboBox, u"crewTier"_s));
    tier->setChoices(EditorColumns::crewTiers());
    tier->alsoWear(u"crew"_s);
    tier->addTo(form, tr("T&ier"));
    m_crew = new JsonTableModel(u"crew.members"_s, this);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(addShortList(m_crew, u"crew"_s,
                                   {tr("Add person"), tr("Remove person"),
                                    tr("No crew yet. A quote needs at least one person.")}));
    return box;
}

QGroupBox* AssessmentForm::createTreesBox() {
    auto* box = new QGroupBox(tr("Trees"));
    auto* layout = new QVBoxLayout(box);
    TableSection* trees = addTable(new TreeTableModel(this), u"trees"_s,
                                   {tr("Add tree"), tr("Remove tree"),
                                    tr("No trees yet. Add one row per tree to remove or trim "
                                       "and per stump to grind.")});
    // The bulk of the work: a few trees stay in sight however little height the form has.
    trees->setMinimumVisibleRows(MinimumTreeRows);
    layout->addWidget(trees);
    return box;
}

QGroupBox* AssessmentForm::createEquipmentBox() {
    auto* box = new QGroupBox(tr("Equipment"));
    m_equipment = new JsonTableModel(u"equipment"_s, this);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(
        addShortList(m_equipment, u"equipment"_s,
                     {tr("Add equipment"), tr("Remove equipment"),
                      tr("No equipment. Add the trucks and machines the job needs.")}));
    layout->addStretch(); // the list stays at the top when the crew box beside is taller
    return box;
}

QGroupBox* AssessmentForm::createFixedCostsBox() {
    auto* box = new QGroupBox(tr("Fixed costs"));
    auto* costs = new JsonTableModel(u"fixed_costs"_s, this);
    costs->setColumns(EditorColumns::fixedCosts());
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(addShortList(costs, u"fixedCosts"_s,
                                   {tr("Add cost"), tr("Remove cost"),
                                    tr("No fixed costs. Add dump fees, permits and the like.")}));
    layout->addStretch();
    return box;
}

void AssessmentForm::setRates(std::shared_ptr<const scoring::Rates> rates) {
    // The pickers copy what they offer; the rates need not outlive this call.
    m_state->setChoices(EditorColumns::states(rates.get()));
    m_crew->setColumns(EditorColumns::crewMembers(rates.get()));
    m_equipment->setColumns(EditorColumns::equipment(rates.get()));
    showDocument(); // the pickers were refilled
}

void AssessmentForm::setDocument(const QJsonObject& document) {
    m_document = document;
    showDocument();
}

void AssessmentForm::showDocument() {
    for (FieldBinding* field : std::as_const(m_fields))
        field->show(valueAt(m_document, field->path()));
    for (JsonTableModel* model : std::as_const(m_models))
        model->setRows(valueAt(m_document, model->arrayPath()).toArray());
}

void AssessmentForm::showProblems(const Problems& problems) {
    for (FieldBinding* field : std::as_const(m_fields))
        field->showProblems(problems);
    for (TableSection* table : std::as_const(m_tables))
        table->showProblems(problems);
}

void AssessmentForm::setReadOnly(bool readOnly) {
    for (FieldBinding* field : std::as_const(m_fields))
        field->setReadOnly(readOnly);
    for (TableSection* table : std::as_const(m_tables))
        table->setReadOnly(readOnly);
}

void AssessmentForm::storeField(const QString& path, const QJsonValue& value) {
    setValueAt(m_document, path, value);
    emit edited(m_document, path);
}

void AssessmentForm::storeRows(const JsonTableModel* model, const QString& field) {
    setValueAt(m_document, model->arrayPath(), model->rows());
    emit edited(m_document, field);
}

} // namespace treeops::widgets

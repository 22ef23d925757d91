#include "editor/TreeTableModel.h"

#include "editor/EditorText.h"
#include "scoring/Assessment.h"

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using scoring::Service;

bool isStump(const QJsonObject& tree) {
    return tree.value("service"_L1).toString() == scoring::serviceKey(Service::StumpGrinding);
}

// What a tree starts with when added or switched to a service of the other kind: a typical
// yard tree or stump, for the estimator to correct.
QJsonObject defaultMeasurements(bool stump) {
    if (stump)
        return {{u"height_above_grade_in"_s, 4},
                {u"grind_depth_in"_s, scoring::DefaultGrindDepthIn},
                {u"diameter_in"_s, 18}};
    return {{u"height_ft"_s, 30}, {u"canopy_radius_ft"_s, 10}, {u"dbh_in"_s, 12}};
}

bool isStumpColumn(int column) {
    return column >= TreeTableModel::HeightAboveGradeIn;
}

ColumnSpec measure(const QString& key, const QString& title, const QString& toolTip,
                   const QString& format) {
    return {.key = key,
            .title = title,
            .toolTip = toolTip,
            .kind = CellKind::Measure,
            .format = format};
}

} // namespace

// Long titles take two lines so all eight columns fit beside the quote.
QList<ColumnSpec> TreeTableModel::treeColumns() {
    ColumnSpec service{.key = u"service"_s, .title = tr("Service"), .kind = CellKind::Choice};
    // Inside this class `Service` is the column.
    for (const auto s :
         {scoring::Service::Removal, scoring::Service::Trimming, scoring::Service::StumpGrinding}) {
        const QString key = scoring::serviceKey(s);
        service.choices.append({key, EditorText::service(key)});
    }
    const QString feet = tr("%1 ft");
    const QString inches = tr("%1 in");
    return {service,
            ColumnSpec{.key = u"species"_s,
                       .title = tr("Species"),
                       .toolTip = tr("Optional, e.g. live oak")},
            measure(u"height_ft"_s, tr("Height"),
                    tr("Removal and trimming: the tree's height in feet"), feet),
            measure(u"canopy_radius_ft"_s, tr("Canopy\nradius"),
                    tr("Removal and trimming: the canopy's radius in feet"), feet),
            measure(u"dbh_in"_s, tr("DBH"),
                    tr("Removal and trimming: trunk diameter at breast height in inches"), inches),
            measure(u"height_above_grade_in"_s, tr("Above\ngrade"),
                    tr("Stump grinding: the stump's height above grade in inches"), inches),
            measure(u"grind_depth_in"_s, tr("Grind\ndepth"),
                    tr("Stump grinding: how deep to grind below grade in inches; %1 if empty")
                        .arg(EditorText::number(scoring::DefaultGrindDepthIn)),
                    inches),
            measure(u"diameter_in"_s, tr("Stump\ndiameter"),
                    tr("Stump grinding: the stump's diameter in inches"), inches)};
}

TreeTableModel::TreeTableModel(QObject* parent)
    : JsonTableModel(u"trees"_s, parent) {
    setColumns(treeColumns());
}

bool TreeTableModel::applies(int row, int column) const {
    if (column < HeightFt)
        return true;
    return isStumpColumn(column) == isStump(rows().at(row).toObject());
}

void TreeTableModel::write(QJsonObject& row, int column, const QJsonValue& value) const {
    const bool wasStump = isStump(row);
    JsonTableModel::write(row, column, value);
    // Removal and trimming measure the same things, so only a switch between a standing tree
    // and a stump replaces the measurements (the old keys would be rejected as unknown).
    if (column != Service || isStump(row) == wasStump)
        return;
    for (const QString& key : defaultMeasurements(wasStump).keys())
        row.remove(key);
    const QJsonObject measurements = defaultMeasurements(!wasStump);
    for (auto it = measurements.begin(); it != measurements.end(); ++it)
        row.insert(it.key(), it.value());
}

QJsonObject TreeTableModel::newRow() const {
    QJsonObject tree = defaultMeasurements(false);
    tree.insert(u"service"_s, QString(scoring::serviceKey(Service::Removal)));
    return tree;
}

} // namespace treeops::widgets

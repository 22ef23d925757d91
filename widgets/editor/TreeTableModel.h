#pragma once

#include "editor/JsonTableModel.h"

namespace treeops::widgets {

// The document's "trees": service, species and measurements.
//
// Removal and trimming measure a standing tree (height, canopy radius, DBH), stump grinding a
// stump (height above grade, grind depth, diameter). Each measurement has its own column so a
// column reads down with one meaning and one unit; the three that do not apply to a row's
// service are greyed, empty and locked. Three shared columns whose meaning changed per row
// would put "30 ft" of canopy above "8 in" of grind depth.
class TreeTableModel : public JsonTableModel {
    Q_OBJECT

public:
    enum Column {
        Service,
        Species,
        HeightFt,
        CanopyRadiusFt,
        DbhIn,
        HeightAboveGradeIn,
        GrindDepthIn,
        StumpDiameterIn,
        ColumnCount
    };

    explicit TreeTableModel(QObject* parent = nullptr);

protected:
    bool applies(int row, int column) const override;
    void write(QJsonObject& row, int column, const QJsonValue& value) const override;
    QJsonObject newRow() const override;

private:
    static QList<ColumnSpec> treeColumns();
};

} // namespace treeops::widgets

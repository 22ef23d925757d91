#pragma once

#include "scoring/Catalog.h"
#include "scoring/Rates.h"
#include "storage/Records.h"

#include <QJsonObject>
#include <QList>

namespace treeops::assessments {

// Realistic, varied demo assessments (customers, addresses in the rates' states, species, tree
// sizes, crews, loadouts and AFISS factors that fit together) for trying TreeOps out and for
// load tests. The same seed gives the same assessments.
class DemoData {
public:
    DemoData(scoring::CatalogData catalog, scoring::RatesData rates, quint32 seed);

    QJsonObject next();
    QList<QJsonObject> generate(int count);
    // Where a demo assessment stands: mostly quoted or accepted, as in a working pipeline.
    storage::AssessmentStatus status();
    // How long ago it was last touched, within the last 120 days, recent ones more common.
    qint64 ageSeconds();

private:
    QJsonObject customer();
    QJsonObject site();
    QJsonObject crew(bool bigJob);
    QJsonArray equipment(bool stumpWork, bool bigJob);
    QJsonArray trees(bool& stumpWork, bool& bigJob);
    QJsonArray factors();
    int pick(int count);
    double between(double low, double high, double step);

    scoring::CatalogData m_catalog;
    scoring::RatesData m_rates;
    QList<int> m_activeFactors;
    quint64 m_state;
};

} // namespace treeops::assessments

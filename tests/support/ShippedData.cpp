#include "support/ShippedData.h"

#include "storage/ReferenceData.h"
#include "storage/Store.h"
#include "support/JsonCompare.h"

#include <QJsonDocument>

namespace treeops::test {

using namespace Qt::StringLiterals;

std::shared_ptr<const scoring::QuoteEngine> shippedEngine() {
    static const auto engine = std::make_shared<const scoring::QuoteEngine>(
        std::make_shared<const scoring::Catalog>(storage::shippedCatalog()),
        std::make_shared<const scoring::Rates>(storage::shippedRates()));
    return engine;
}

QJsonObject exampleAssessment() {
    return QJsonDocument::fromJson(readFile(QStringLiteral(TREEOPS_TEST_DATA_DIR) +
                                            u"/../../resources/examples/storm-oak-removal.json"_s))
        .object();
}

assessments::PricedAssessment priceOrDie(const QJsonObject& json,
                                         std::shared_ptr<const scoring::QuoteEngine> engine) {
    Problems problems;
    auto priced = assessments::priceWith(std::move(engine), json, problems);
    if (!priced)
        qFatal("a test assessment does not price: %s", qPrintable(joinProblems(problems)));
    return std::move(*priced);
}

void publishFairWageRates(storage::Store& store) {
    storage::ensureReferenceData(store);
    scoring::RatesData fair = *store.activeRates();
    fair.version = u"fair-wages"_s;
    for (auto& position : fair.positions)
        position.hourlyWage = std::max(position.hourlyWage, 17.0);
    store.publishRates(fair, true);
}

} // namespace treeops::test

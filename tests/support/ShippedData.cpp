#include "support/ShippedData.h"

#include "storage/ReferenceData.h"
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

} // namespace treeops::test

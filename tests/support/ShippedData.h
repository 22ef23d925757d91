#pragma once

#include "assessments/AssessmentService.h"

#include <QJsonObject>
#include <memory>

namespace treeops::storage {
class Store;
}

namespace treeops::test {

// The engine of the catalog and rates TreeOps ships, built once per test program.
std::shared_ptr<const scoring::QuoteEngine> shippedEngine();

// resources/examples/storm-oak-removal.json, the example a new user quotes first.
QJsonObject exampleAssessment();

// Prices `json` with `engine` (the shipped one by default); a test input that does not price
// is a broken test, so it stops the program.
assessments::PricedAssessment
priceOrDie(const QJsonObject& json,
           std::shared_ptr<const scoring::QuoteEngine> engine = shippedEngine());

// The shipped catalog and rates, then rates "fair-wages" that pay every position at least $17,
// active. The shipped rates pay apprentices less than California's minimum wage (a finding of
// rates.minimum_wage); data that is to pass every quality rule is priced with these.
void publishFairWageRates(storage::Store& store);

} // namespace treeops::test

#pragma once

#include "assessments/AssessmentService.h"

#include <QJsonObject>
#include <memory>

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

} // namespace treeops::test

#pragma once

#include "scoring/Assessment.h"
#include "scoring/QuoteEngine.h"

#include <QJsonObject>
#include <vector>

namespace treeops::bench {

// The engine over the shipped AFISS catalog and default rates, built once per process so that
// no benchmark times catalog compilation.
const scoring::QuoteEngine& shippedEngine();

// A storm-damage job of the size estimators quote most: 10 factors over all five domains (four
// with modifiers, four interaction rules triggered), 5 trees of all three services, a crew of
// 4 and 3 machines.
QJsonObject stormJobJson();
scoring::Assessment stormJob();

// `count` distinct, reproducible demo assessments read against the shipped engine.
std::vector<scoring::Assessment> demoAssessments(int count);

// The same demo assessments as documents, compact as the stores keep them.
std::vector<QByteArray> demoDocuments(int count);

// `full` unless TREEOPS_BENCH_REPETITIONS says otherwise: Google Benchmark 1.7's
// --benchmark_repetitions does not override a benchmark's own Repetitions(), and the ctest smoke
// run must stay short.
int repetitions(int full);

// The main() of a Google Benchmark program with a QCoreApplication (QProcess and Qt's event
// machinery need one); Qt does not see the benchmark flags.
int runBenchmarks(int argc, char** argv);

} // namespace treeops::bench

#include "BenchData.h"

#include "assessments/DemoData.h"
#include "scoring/AssessmentJson.h"
#include "storage/ReferenceData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <benchmark/benchmark.h>
#include <memory>

namespace treeops::bench {
namespace {

using namespace Qt::StringLiterals;

scoring::Assessment readOrDie(const QJsonObject& json) {
    const scoring::QuoteEngine& engine = shippedEngine();
    Problems problems;
    auto assessment =
        scoring::AssessmentReader(engine.catalog(), engine.rates()).read(json, problems);
    if (!assessment)
        qFatal("benchmark assessment is invalid: %s", qPrintable(joinProblems(problems)));
    return std::move(*assessment);
}

QJsonObject factor(const QString& code, const QString& modifier = {}) {
    QJsonObject o{{u"code"_s, code}};
    if (!modifier.isEmpty())
        o.insert(u"modifiers"_s, QJsonArray{modifier});
    return o;
}

QJsonObject member(const QString& position) {
    return {{u"position"_s, position}, {u"count"_s, 1}};
}

QJsonObject machine(const QString& code) {
    return {{u"code"_s, code}, {u"count"_s, 1}};
}

QJsonObject standingTree(const QString& service, const QString& species, double heightFt,
                         double canopyRadiusFt, double dbhIn) {
    return {{u"service"_s, service},
            {u"species"_s, species},
            {u"height_ft"_s, heightFt},
            {u"canopy_radius_ft"_s, canopyRadiusFt},
            {u"dbh_in"_s, dbhIn}};
}

} // namespace

const scoring::QuoteEngine& shippedEngine() {
    static const scoring::QuoteEngine engine(
        std::make_shared<const scoring::Catalog>(storage::shippedCatalog()),
        std::make_shared<const scoring::Rates>(storage::shippedRates()));
    return engine;
}

QJsonObject stormJobJson() {
    const QJsonArray trees{standingTree(u"removal"_s, u"laurel oak"_s, 75, 30, 34),
                           standingTree(u"removal"_s, u"loblolly pine"_s, 85, 18, 26),
                           standingTree(u"trimming"_s, u"live oak"_s, 55, 35, 40),
                           standingTree(u"trimming"_s, u"southern magnolia"_s, 40, 15, 18),
                           QJsonObject{{u"service"_s, u"stump_grinding"_s},
                                       {u"species"_s, u"water oak"_s},
                                       {u"height_above_grade_in"_s, 6},
                                       {u"grind_depth_in"_s, 10},
                                       {u"diameter_in"_s, 28}}};
    const QJsonArray factors{factor(u"AF_ACCESS_005"_s, u"AF_ACCESS_005.2"_s),
                             factor(u"AF_ACCESS_035"_s),
                             factor(u"AF_FALLZONE_001"_s, u"AF_FALLZONE_001.2"_s),
                             factor(u"AF_FALLZONE_018"_s),
                             factor(u"AF_INTERFERENCE_001"_s, u"AF_INTERFERENCE_001.3"_s),
                             factor(u"AF_INTERFERENCE_004"_s),
                             factor(u"AF_SEVERITY_002"_s, u"AF_SEVERITY_002.1"_s),
                             factor(u"AF_SEVERITY_014"_s),
                             factor(u"AF_SITE_002"_s),
                             factor(u"AF_SITE_009"_s)};
    return {
        {u"schema"_s, QString(scoring::AssessmentSchema)},
        {u"customer"_s, QJsonObject{{u"name"_s, u"Denise Okafor"_s}}},
        {u"site"_s,
         QJsonObject{{u"address"_s, u"4120 Live Oak Blvd, Tampa"_s}, {u"state"_s, u"FL"_s}}},
        {u"crew"_s, QJsonObject{{u"tier"_s, u"experienced"_s},
                                {u"members"_s,
                                 QJsonArray{member(u"arborist"_s), member(u"climber"_s),
                                            member(u"ground_lead"_s), member(u"ground_crew"_s)}}}},
        {u"equipment"_s, QJsonArray{machine(u"bucket_truck"_s), machine(u"chipper"_s),
                                    machine(u"stump_grinder"_s)}},
        {u"travel_hours"_s, 0.75},
        {u"emergency"_s, false},
        {u"trees"_s, trees},
        {u"factors"_s, factors}};
}

scoring::Assessment stormJob() {
    return readOrDie(stormJobJson());
}

std::vector<scoring::Assessment> demoAssessments(int count) {
    const scoring::QuoteEngine& engine = shippedEngine();
    assessments::DemoData demo(engine.catalog().data(), engine.rates().data(), 20240601);
    std::vector<scoring::Assessment> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        out.push_back(readOrDie(demo.next()));
    return out;
}

std::vector<QByteArray> demoDocuments(int count) {
    const scoring::QuoteEngine& engine = shippedEngine();
    assessments::DemoData demo(engine.catalog().data(), engine.rates().data(), 20240601);
    std::vector<QByteArray> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        out.push_back(QJsonDocument(demo.next()).toJson(QJsonDocument::Compact));
    return out;
}

int repetitions(int full) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("TREEOPS_BENCH_REPETITIONS", &ok);
    return ok && value > 0 ? value : full;
}

int runBenchmarks(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace treeops::bench

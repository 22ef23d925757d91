#include "assessments/DemoSeeder.h"

#include "assessments/AssessmentService.h"
#include "assessments/DemoData.h"
#include "i18n/Translate.h"
#include "storage/Store.h"
#include "storage/StoreError.h"

#include <QDateTime>

namespace treeops::assessments {
namespace {

constexpr int BatchSize = 5000;

} // namespace

int DemoSeeder::seed(int count, const Progress& progress) {
    AssessmentService service(m_store);
    DemoData demo(*m_store.activeCatalog(), *m_store.activeRates(), m_seed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int stored = 0;
    while (stored < count) {
        QList<AssessmentService::BatchItem> batch;
        for (int i = 0; i < BatchSize && stored + i < count; ++i) {
            Problems problems;
            auto priced = service.price(demo.next(), problems);
            if (!priced)
                throw storage::StoreError(storage::StoreError::Kind::Failed,
                                          translate("Assessment", "demo data did not validate: %1")
                                              .arg(joinProblems(problems)));
            priced->assessment.id = AssessmentService::newAssessmentId();
            batch.append({std::move(*priced), demo.status(), now.addSecs(-demo.ageSeconds())});
        }
        service.saveAll(batch);
        stored += static_cast<int>(batch.size());
        if (progress && !progress(stored, count))
            break;
    }
    return stored;
}

} // namespace treeops::assessments

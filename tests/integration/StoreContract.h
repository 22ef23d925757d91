#pragma once

#include "assessments/AssessmentService.h"
#include "storage/Store.h"

#include <QJsonObject>
#include <QObject>
#include <memory>

// What every Store backend must do, whatever keeps the data: one set of test functions, run
// once per backend by a subclass that says how to open a store. Each test function gets its
// own data, named after the function.
class StoreContract : public QObject {
    Q_OBJECT

public:
    // A store over the data called `name`; with `fresh`, that data is emptied first. Opening
    // the same name again without `fresh` is another console on the same data.
    virtual std::unique_ptr<treeops::storage::Store> open(const QString& name, bool fresh) = 0;

    static QJsonObject caseAssessment(const QString& file);
    static treeops::assessments::PricedAssessment
    priced(treeops::assessments::AssessmentService& service, const QJsonObject& json);

protected:
    std::unique_ptr<treeops::storage::Store> freshStore(); // named after the current test
    std::unique_ptr<treeops::storage::Store> sameStore();  // a second console on it

private slots:
    void foreignKeysRefuseAQuotePinnedToAnUnpublishedCatalog();
    void reopeningKeepsData();
    void publishedVersionsAreImmutable();
    void activatingSwitchesTheActiveVersion();
    void savedQuoteReproducesFromPinnedVersionsAfterCatalogChanges();
    void saveOverNewerVersionIsAConflictAndChangesNothing();
    void twoConsolesCannotOverwriteEachOther();
    void statusMovesOnlyAlongThePipeline();
    void deleteIsRecordedAndRefusesStaleVersions();
    void duplicateIsANewDraftWithTheSameContent();
    void keyedWritesAreAppliedOnce();
    void keyedStatusAndDeleteAreAppliedOnce();
    void keyedBatchSkipsWhatWasApplied();
    void batchIsAllOrNothing();
    void batchWithABadRowInTheMiddleStoresNothing();
    void listFiltersSortsAndPages();
    void archiveMovesOldAssessmentsAndReadsFallThrough();
    void archivedAssessmentsAreReadOnly();
    void archiveWorksInBatchesAcrossTheBoundary();
    void archiveCancelledBetweenBatchesIsConsistent();
    void listsIncludeArchivedAssessmentsOnlyWhenAsked();
};

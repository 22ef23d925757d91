#pragma once

#include "scoring/Catalog.h"
#include "scoring/Rates.h"
#include "storage/Records.h"

#include <QList>
#include <optional>

namespace treeops::storage {

// Everything TreeOps keeps, behind one interface with one implementation per backend.
// Methods throw StoreError; a failed call changes nothing.
class Store {
public:
    virtual ~Store() = default;

    // Human-readable description of where the data lives, e.g. "SQLite /home/ana/…/treeops.db".
    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;

    // Reference data. Publishing the same version with the same content again is a no-op;
    // with different content it is refused (published versions never change).
    virtual PublishOutcome publishCatalog(const scoring::CatalogData& catalog, bool activate) = 0;
    virtual void activateCatalog(const QString& version) = 0;
    virtual std::optional<scoring::CatalogData> catalog(const QString& version) = 0;
    virtual std::optional<scoring::CatalogData> activeCatalog() = 0;
    virtual std::optional<QString> activeCatalogVersion() = 0;
    virtual QList<PublishedVersion> catalogVersions() = 0;

    virtual PublishOutcome publishRates(const scoring::RatesData& rates, bool activate) = 0;
    virtual void activateRates(const QString& version) = 0;
    virtual std::optional<scoring::RatesData> rates(const QString& version) = 0;
    virtual std::optional<scoring::RatesData> activeRates() = 0;
    virtual std::optional<QString> activeRatesVersion() = 0;
    virtual QList<PublishedVersion> ratesVersions() = 0;

    // Assessments with their latest quote. Returns the new row version. With an idempotency key
    // (see WriteOptions) a write already applied returns its original row version again.
    virtual qint64 saveAssessment(const AssessmentWrite& assessment) = 0;
    // All or nothing: either every assessment is stored or none is.
    virtual void saveAssessments(const QList<AssessmentWrite>& assessments) = 0;
    virtual std::optional<StoredAssessment> assessment(const QString& id) = 0;
    virtual QList<AssessmentSummary> listAssessments(const AssessmentFilter& filter) = 0;
    virtual qint64 countAssessments(const AssessmentFilter& filter) = 0;
    virtual std::optional<QuoteRecord> latestQuote(const QString& assessmentId) = 0;

    // Both refuse, as a conflict, to act on a version other than `expectedRowVersion`.
    // Returns the new row version. Keys in `options` as for saveAssessment.
    virtual qint64 setStatus(const QString& id, AssessmentStatus status, qint64 expectedRowVersion,
                             const WriteOptions& options = {}) = 0;
    // Moves the assessment and its latest quote to the deletion record.
    virtual void deleteAssessment(const QString& id, qint64 expectedRowVersion,
                                  const WriteOptions& options = {}) = 0;
    virtual QList<DeletedAssessment> deletedAssessments(int limit) = 0;

    // The cold tier. `assessment` and `latestQuote` fall through to the archive when the warm
    // tier has no such id (the summary then says `archived`); lists and counts are warm only
    // unless the filter says `includeArchived`.
    // An archived assessment is read-only: saving, changing the status of or deleting it is
    // refused as a conflict (a copy can be saved as a new draft), and its id stays taken.
    virtual ArchiveOutcome archiveOlderThan(const ArchiveRequest& request,
                                            const ProgressCallback& progress = {},
                                            const CancelCheck& cancelled = {}) = 0;
    virtual ArchiveStats archiveStats() = 0;
};

} // namespace treeops::storage

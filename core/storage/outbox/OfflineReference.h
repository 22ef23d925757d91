#pragma once

#include "scoring/Catalog.h"
#include "scoring/Rates.h"

#include <QString>
#include <optional>

namespace treeops::storage {

// The catalog and rates a shared store had active when this console last reached it, kept on
// this computer beside the store's outbox. A console that starts while the store's server is
// down quotes with them, so new assessments can be priced and queued; published versions never
// change, so those quotes stay exact and pinned to versions the store holds.
class OfflineReference {
public:
    struct Versions {
        scoring::CatalogData catalog;
        scoring::RatesData rates;
    };

    explicit OfflineReference(const QString& storeUrl);
    const QString& path() const { return m_path; }

    // Replaces the copy, whole or not at all. Throws StoreError when the file cannot be written.
    void keep(const scoring::CatalogData& catalog, const scoring::RatesData& rates) const;
    // nullopt when this console never reached the store. Throws StoreError (Failed) naming the
    // file when the copy is unreadable.
    std::optional<Versions> load() const;

private:
    QString m_path;
};

} // namespace treeops::storage

#pragma once

#include <QString>
#include <chrono>

namespace treeops::storage {

struct ConnectionCheck {
    QString server;        // "treeops@db.local:5432/treeops", never the password
    QString serverVersion; // "PostgreSQL 15.6 …" as the server reports itself
    std::chrono::microseconds connectTime{0};
    std::chrono::microseconds roundTrip{0}; // median of a few trivial queries
};

// For the settings dialog and `treeops-cli store test-connection`: connects to the PostgreSQL
// store at `url`, asks the server for its version and times a round trip. Changes nothing and
// needs no TreeOps schema. Throws StoreError: InvalidInput for a URL that is not a PostgreSQL
// URL or not valid, Unavailable when the server cannot be reached or refuses the login.
ConnectionCheck testConnection(const QString& url);

} // namespace treeops::storage

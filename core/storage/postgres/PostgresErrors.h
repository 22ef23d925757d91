#pragma once

#include "storage/StoreError.h"

#include <string>

namespace treeops::storage {

// What went wrong when connecting, in words a user can act on: the server is not reachable, it
// refused the login, the database does not exist, TLS was required but not offered. `where` names
// the server (never the password); `libpqMessage` is kept at the end for the curious.
StoreError connectionError(const std::string& libpqMessage, const QString& where);

// Turns the libpqxx exception being handled into a StoreError of the matching kind. Call only
// from inside a catch block.
[[noreturn]] void rethrowAsStoreError(const QString& where);

} // namespace treeops::storage

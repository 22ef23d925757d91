#pragma once

#include <QString>

namespace treeops::storage {

// The console's settings keep the store and hot tier URLs, but never a password: PostgreSQL
// reads its password from ~/.pgpass, a service file or PGPASSWORD, Redis from REDISCLI_AUTH.
// Each answers, in plain words, why `url` cannot be kept (a password in it, or not a URL of
// that kind), or an empty string when it can. An empty URL can be kept: it means the default
// store, or no hot tier. Nothing is opened or contacted.
QString storeUrlProblem(const QString& url);
QString hotTierUrlProblem(const QString& url);

} // namespace treeops::storage

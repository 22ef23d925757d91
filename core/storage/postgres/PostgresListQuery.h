#pragma once

#include "storage/Records.h"

#include <string>
#include <vector>

namespace treeops::storage {

// The assessment list as PostgreSQL reads it: a statement and its parameters ($1…), built from
// the filter, order and page the console asks for. Every order and filter is served by an index
// of the warm tier (migration 1) and of the archive (migrations 8 and 9).
struct PostgresListQuery {
    std::string sql;
    std::vector<std::string> values;
};

// One page of `columns` (read from the list as `a`), then whether each row is archived.
PostgresListQuery listQuery(const std::string& columns, const AssessmentFilter& filter);

// How many assessments the filter matches, whatever the page.
PostgresListQuery countQuery(const AssessmentFilter& filter);

} // namespace treeops::storage

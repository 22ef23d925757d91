#include "storage/sqlite/SqliteMigrations.h"

#include <array>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

constexpr auto Initial = R"sql(
CREATE TABLE catalog_versions (
    version      TEXT PRIMARY KEY,
    published_at TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    sha256       TEXT NOT NULL,
    content      TEXT NOT NULL
);
CREATE UNIQUE INDEX catalog_versions_one_active ON catalog_versions (active) WHERE active = 1;
CREATE TRIGGER catalog_versions_immutable BEFORE UPDATE OF version, published_at, sha256, content
ON catalog_versions BEGIN SELECT RAISE(ABORT, 'published catalog versions are immutable'); END;
CREATE TRIGGER catalog_versions_kept BEFORE DELETE ON catalog_versions
BEGIN SELECT RAISE(ABORT, 'published catalog versions are kept'); END;

CREATE TABLE rates_versions (
    version      TEXT PRIMARY KEY,
    published_at TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    sha256       TEXT NOT NULL,
    content      TEXT NOT NULL
);
CREATE UNIQUE INDEX rates_versions_one_active ON rates_versions (active) WHERE active = 1;
CREATE TRIGGER rates_versions_immutable BEFORE UPDATE OF version, published_at, sha256, content
ON rates_versions BEGIN SELECT RAISE(ABORT, 'published rates versions are immutable'); END;
CREATE TRIGGER rates_versions_kept BEFORE DELETE ON rates_versions
BEGIN SELECT RAISE(ABORT, 'published rates versions are kept'); END;

CREATE TABLE customers (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    UNIQUE (name, phone, email)
);

CREATE TABLE assessments (
    id          TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    address     TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL,
    services    TEXT NOT NULL,
    tree_count  INTEGER NOT NULL CHECK (tree_count >= 1),
    status      TEXT NOT NULL CHECK (status IN ('draft', 'quoted', 'accepted', 'completed')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    composite   REAL,
    band        TEXT,
    price       REAL,
    input_json  TEXT NOT NULL
);
CREATE INDEX assessments_updated ON assessments (updated_at);
CREATE INDEX assessments_created ON assessments (created_at);
CREATE INDEX assessments_status ON assessments (status, updated_at);
CREATE INDEX assessments_state ON assessments (state, updated_at);
CREATE INDEX assessments_customer ON assessments (customer_id);
CREATE INDEX assessments_price ON assessments (price);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    assessment_id   TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    catalog_version TEXT NOT NULL REFERENCES catalog_versions (version),
    rates_version   TEXT NOT NULL REFERENCES rates_versions (version),
    created_at      TEXT NOT NULL,
    composite       REAL NOT NULL,
    band            TEXT NOT NULL,
    price           REAL NOT NULL,
    total_cost      REAL NOT NULL,
    billable_hours  REAL NOT NULL,
    quote_json      TEXT NOT NULL
);
CREATE INDEX quotes_assessment ON quotes (assessment_id, id);
)sql"_L1;

// Deleting an assessment moves it here with its latest quote, so a delete is never silent and
// can be looked into (or undone by hand) later.
constexpr auto DeletionRecord = R"sql(
CREATE TABLE assessment_deletions (
    id          INTEGER PRIMARY KEY,
    assessment  TEXT NOT NULL,
    deleted_at  TEXT NOT NULL,
    customer    TEXT NOT NULL,
    address     TEXT NOT NULL,
    status      TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    input_json  TEXT NOT NULL,
    quote_json  TEXT
);
CREATE INDEX assessment_deletions_assessment ON assessment_deletions (assessment);
)sql"_L1;

// Idempotency keys of applied writes, recorded in the write's own transaction, so a write sent
// again (an outbox replay after a crash or a lost reply) returns its first result instead of
// being applied twice. No foreign key: the record outlives a deleted assessment.
constexpr auto AppliedWrites = R"sql(
CREATE TABLE applied_writes (
    idempotency_key TEXT PRIMARY KEY,
    assessment_id   TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('save', 'status', 'delete')),
    row_version     INTEGER NOT NULL,
    applied_at      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX applied_writes_applied_at ON applied_writes (applied_at);
)sql"_L1;

// Ids moved to the cold tier and the year file that holds each (see SqliteArchive): reads fall
// through to exactly one file, and an archived id cannot be taken by a new assessment.
constexpr auto ArchivedIds = R"sql(
CREATE TABLE archived_ids (
    id          TEXT PRIMARY KEY,
    year        INTEGER NOT NULL,
    archived_at TEXT NOT NULL
) WITHOUT ROWID;
)sql"_L1;

// Data-quality runs with every rule's result and failing samples, and the custom rules data
// engineers write, every version kept. Definitions and samples are JSON (see QualityJson).
constexpr auto Quality = R"sql(
CREATE TABLE quality_custom_rules (
    id         TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    saved_at   TEXT NOT NULL,
    definition TEXT NOT NULL,
    sql        TEXT NOT NULL,
    PRIMARY KEY (id, version)
) WITHOUT ROWID;
CREATE TABLE quality_runs (
    id             INTEGER PRIMARY KEY,
    started_at     TEXT NOT NULL,
    finished_at    TEXT NOT NULL,
    passed         INTEGER NOT NULL,
    warned         INTEGER NOT NULL,
    failed         INTEGER NOT NULL,
    errors         INTEGER NOT NULL,
    not_applicable INTEGER NOT NULL
);
CREATE TABLE quality_results (
    run_id   INTEGER NOT NULL REFERENCES quality_runs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    rule_id  TEXT NOT NULL,
    status   TEXT NOT NULL,
    examined INTEGER NOT NULL,
    failing  INTEGER NOT NULL,
    result   TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
);
CREATE INDEX quality_results_rule ON quality_results (rule_id, run_id);
)sql"_L1;

// Each assessment's latest quote, as data-quality rules read it ({latest_quotes}): the quote
// columns they compare are in the index, so a run over a million assessments walks it once
// instead of reading every quote document's row. It serves every lookup the index it replaces
// did.
constexpr auto LatestQuotes = R"sql(
CREATE INDEX quotes_latest ON quotes (assessment_id, id, catalog_version, rates_version, band, price);
DROP INDEX quotes_assessment;
)sql"_L1;

// The trees and AFISS factors of each assessment's document as rows, kept by the database from
// the document itself whoever writes it (TreeOps, a script, a hand edit), in the statement that
// writes it. Data-quality rules read these instead of parsing a million documents at every run.
// An element that is not an object gives a row of NULLs, and a measurement that is not a number
// a NULL, so a rule sees what is wrong; a document that is not JSON, or holds no such array,
// gives no rows (assessments.required_fields is about the document). The views say how a
// document reads; the triggers and the first fill use them.
constexpr auto DocumentFacts = R"sql(
CREATE TABLE assessment_trees (
    assessment_id         TEXT NOT NULL,
    position              INTEGER NOT NULL,
    service               TEXT,
    height_ft             REAL,
    canopy_radius_ft      REAL,
    dbh_in                REAL,
    height_above_grade_in REAL,
    grind_depth_in        REAL,
    diameter_in           REAL,
    PRIMARY KEY (assessment_id, position)
) WITHOUT ROWID;
CREATE TABLE assessment_factors (
    assessment_id TEXT NOT NULL,
    position      INTEGER NOT NULL,
    code          TEXT,
    PRIMARY KEY (assessment_id, position)
) WITHOUT ROWID;

CREATE VIEW assessment_tree_elements AS
SELECT a.id AS assessment_id, e.key AS position,
       CASE WHEN e.type = 'object' THEN e.value END AS object
FROM assessments a,
     json_each(CASE WHEN json_valid(a.input_json) AND json_type(a.input_json, '$.trees') = 'array'
                    THEN a.input_json ELSE '{}' END, '$.trees') e;
CREATE VIEW assessment_tree_facts AS
SELECT assessment_id, position, json_extract(object, '$.service') AS service,
       CASE WHEN json_type(object, '$.height_ft') IN ('integer', 'real')
            THEN json_extract(object, '$.height_ft') END AS height_ft,
       CASE WHEN json_type(object, '$.canopy_radius_ft') IN ('integer', 'real')
            THEN json_extract(object, '$.canopy_radius_ft') END AS canopy_radius_ft,
       CASE WHEN json_type(object, '$.dbh_in') IN ('integer', 'real')
            THEN json_extract(object, '$.dbh_in') END AS dbh_in,
       CASE WHEN json_type(object, '$.height_above_grade_in') IN ('integer', 'real')
            THEN json_extract(object, '$.height_above_grade_in') END AS height_above_grade_in,
       CASE WHEN json_type(object, '$.grind_depth_in') IN ('integer', 'real')
            THEN json_extract(object, '$.grind_depth_in') END AS grind_depth_in,
       CASE WHEN json_type(object, '$.diameter_in') IN ('integer', 'real')
            THEN json_extract(object, '$.diameter_in') END AS diameter_in
FROM assessment_tree_elements;

CREATE VIEW assessment_factor_facts AS
SELECT a.id AS assessment_id, f.key AS position,
       CASE WHEN f.type = 'object' THEN json_extract(f.value, '$.code') END AS code
FROM assessments a,
     json_each(CASE WHEN json_valid(a.input_json) AND json_type(a.input_json, '$.factors') = 'array'
                    THEN a.input_json ELSE '{}' END, '$.factors') f;

INSERT INTO assessment_trees SELECT * FROM assessment_tree_facts;
INSERT INTO assessment_factors SELECT * FROM assessment_factor_facts;

CREATE TRIGGER assessment_facts_inserted AFTER INSERT ON assessments BEGIN
    INSERT INTO assessment_trees SELECT * FROM assessment_tree_facts WHERE assessment_id = NEW.id;
    INSERT INTO assessment_factors SELECT * FROM assessment_factor_facts WHERE assessment_id = NEW.id;
END;
CREATE TRIGGER assessment_facts_updated AFTER UPDATE OF id, input_json ON assessments BEGIN
    DELETE FROM assessment_trees WHERE assessment_id = OLD.id;
    DELETE FROM assessment_factors WHERE assessment_id = OLD.id;
    INSERT INTO assessment_trees SELECT * FROM assessment_tree_facts WHERE assessment_id = NEW.id;
    INSERT INTO assessment_factors SELECT * FROM assessment_factor_facts WHERE assessment_id = NEW.id;
END;
CREATE TRIGGER assessment_facts_deleted AFTER DELETE ON assessments BEGIN
    DELETE FROM assessment_trees WHERE assessment_id = OLD.id;
    DELETE FROM assessment_factors WHERE assessment_id = OLD.id;
END;
)sql"_L1;

// The quotes a data-quality run priced again and found right, by a digest of everything their
// price follows from (see QuoteRecomputeRule): the next run prices only what changed. Deleting
// an assessment forgets its digest.
constexpr auto VerifiedQuotes = R"sql(
CREATE TABLE verified_quotes (
    assessment_id TEXT PRIMARY KEY,
    digest        INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER verified_quotes_forgotten AFTER DELETE ON assessments BEGIN
    DELETE FROM verified_quotes WHERE assessment_id = OLD.id;
END;
)sql"_L1;

// What each assessment's latest quote is priced from changes under a revision, numbered from a
// counter that never goes back, so a number once read stands for one content of one assessment
// for good: a run that read revision 7 and keeps it after the document changed (or the
// assessment was deleted and made again) keeps a number that no longer matches. Every write
// that can change a price moves the revision on, whoever writes it: a quote added, changed or
// deleted, an assessment added, or its id or document changed. A run keeps beside it the
// revision it priced again and found right, and the build that priced it; the next run prices
// only the assessments where these differ. The verified digests of migration 8 are forgotten:
// the first run after this prices every quote once more.
constexpr auto QuoteRevisions = R"sql(
DROP TRIGGER verified_quotes_forgotten;
DROP TABLE verified_quotes;

CREATE TABLE quote_revision_counter (value INTEGER NOT NULL);
INSERT INTO quote_revision_counter VALUES (0);
CREATE TABLE quote_revisions (
    assessment_id     TEXT PRIMARY KEY,
    revision          INTEGER NOT NULL,
    verified_revision INTEGER,
    verified_engine   TEXT
) WITHOUT ROWID;
INSERT INTO quote_revisions (assessment_id, revision) SELECT DISTINCT assessment_id, 0 FROM quotes;

-- Inserting here moves the assessment's revision on (SQLite has no functions to share this).
CREATE VIEW quote_revision_changes (assessment_id) AS SELECT NULL WHERE 0;
CREATE TRIGGER quote_revision_changed INSTEAD OF INSERT ON quote_revision_changes BEGIN
    UPDATE quote_revision_counter SET value = value + 1;
    UPDATE quote_revisions SET revision = (SELECT value FROM quote_revision_counter)
        WHERE assessment_id = NEW.assessment_id;
END;

CREATE TRIGGER quote_revision_quote_inserted AFTER INSERT ON quotes BEGIN
    INSERT OR IGNORE INTO quote_revisions (assessment_id, revision) VALUES (NEW.assessment_id, 0);
    INSERT INTO quote_revision_changes VALUES (NEW.assessment_id);
END;
CREATE TRIGGER quote_revision_quote_updated AFTER UPDATE ON quotes BEGIN
    INSERT INTO quote_revision_changes VALUES (OLD.assessment_id);
    INSERT INTO quote_revision_changes SELECT NEW.assessment_id
        WHERE NEW.assessment_id IS NOT OLD.assessment_id;
END;
CREATE TRIGGER quote_revision_quote_deleted AFTER DELETE ON quotes BEGIN
    INSERT INTO quote_revision_changes VALUES (OLD.assessment_id);
END;
CREATE TRIGGER quote_revision_assessment_inserted AFTER INSERT ON assessments BEGIN
    INSERT INTO quote_revision_changes VALUES (NEW.id);
END;
CREATE TRIGGER quote_revision_assessment_updated AFTER UPDATE OF id, input_json ON assessments BEGIN
    INSERT INTO quote_revision_changes VALUES (OLD.id);
    INSERT INTO quote_revision_changes SELECT NEW.id WHERE NEW.id IS NOT OLD.id;
END;
CREATE TRIGGER quote_revision_assessment_deleted AFTER DELETE ON assessments BEGIN
    DELETE FROM quote_revisions WHERE assessment_id = OLD.id;
END;
)sql"_L1;

// The duplicate check's partition (customer, address as compared, day of creation) and the id
// it reports, in order: the check reads this index alone, where it read the table (documents
// and all) and sorted a million rows (1.1 s against 3.0 s).
constexpr auto DuplicatesIndex = R"sql(
CREATE INDEX assessments_duplicates
    ON assessments (customer_id, lower(trim(address)), substr(created_at, 1, 10), id);
)sql"_L1;

constexpr std::array Migrations{
    Migration{1, "catalog and rates versions, customers, assessments, quotes"_L1,
              QLatin1StringView(Initial)},
    Migration{2, "record of deleted assessments"_L1, QLatin1StringView(DeletionRecord)},
    Migration{3, "idempotency keys of applied writes"_L1, QLatin1StringView(AppliedWrites)},
    Migration{4, "ids of archived assessments and their yearly archive files"_L1,
              QLatin1StringView(ArchivedIds)},
    Migration{5, "data-quality runs, results and custom rules"_L1, QLatin1StringView(Quality)},
    Migration{6, "latest quotes read from an index"_L1, QLatin1StringView(LatestQuotes)},
    Migration{7, "trees and factors of each document, kept as rows"_L1,
              QLatin1StringView(DocumentFacts)},
    Migration{8, "quotes verified by data-quality runs"_L1, QLatin1StringView(VerifiedQuotes)},
    Migration{9, "revisions of what each latest quote is priced from"_L1,
              QLatin1StringView(QuoteRevisions)},
    Migration{10, "duplicate check read from an index"_L1, QLatin1StringView(DuplicatesIndex)},
};

} // namespace

std::span<const Migration> sqliteMigrations() {
    return Migrations;
}

} // namespace treeops::storage

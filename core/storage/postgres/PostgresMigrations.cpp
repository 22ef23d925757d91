#include "storage/postgres/PostgresMigrations.h"

#include <array>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

// Text that is sorted or compared uses COLLATE "C" so lists order exactly as in SQLite (bytewise)
// whatever the database's locale; lower() under "C" folds ASCII only, as SQLite's NOCASE does.
//
// Ids of partitioned rows. A partitioned table can only enforce uniqueness on keys that contain
// the partition key, so `assessments` is unique on (id, created_at), and this small unpartitioned
// table keeps ids unique across months and says in which month an id lives: reading one
// assessment is one primary-key probe here and one in a single partition (pruned at run time),
// instead of a probe in every month.
//
// Quotes are partitioned by the month of their assessment, not their own date, so one month's
// assessments and all their quotes sit in two partitions that can be detached together when the
// month moves to the archive tier.
//
// The partitioned tables carry no foreign keys to `assessment_ids` or `customers`: the store
// writes them in the same transaction as the id, customers are never deleted, and per-row
// referential checks would cost bulk imports (COPY) most of their speed. Quotes keep their
// foreign keys to the published catalog and rates versions, which pin every price.
constexpr auto Initial = R"sql(
CREATE FUNCTION treeops_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TABLE catalog_versions (
    version      text COLLATE "C" PRIMARY KEY,
    published_at timestamptz NOT NULL,
    active       boolean NOT NULL DEFAULT false,
    sha256       text NOT NULL,
    content      text NOT NULL
);
CREATE UNIQUE INDEX catalog_versions_one_active ON catalog_versions (active) WHERE active;
CREATE TRIGGER catalog_versions_immutable
    BEFORE UPDATE OF version, published_at, sha256, content ON catalog_versions
    FOR EACH ROW EXECUTE FUNCTION treeops_refuse_change('published catalog versions are immutable');
CREATE TRIGGER catalog_versions_kept BEFORE DELETE ON catalog_versions
    FOR EACH ROW EXECUTE FUNCTION treeops_refuse_change('published catalog versions are kept');
CREATE TRIGGER catalog_versions_not_truncated BEFORE TRUNCATE ON catalog_versions
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_refuse_change('published catalog versions are kept');

CREATE TABLE rates_versions (
    version      text COLLATE "C" PRIMARY KEY,
    published_at timestamptz NOT NULL,
    active       boolean NOT NULL DEFAULT false,
    sha256       text NOT NULL,
    content      text NOT NULL
);
CREATE UNIQUE INDEX rates_versions_one_active ON rates_versions (active) WHERE active;
CREATE TRIGGER rates_versions_immutable
    BEFORE UPDATE OF version, published_at, sha256, content ON rates_versions
    FOR EACH ROW EXECUTE FUNCTION treeops_refuse_change('published rates versions are immutable');
CREATE TRIGGER rates_versions_kept BEFORE DELETE ON rates_versions
    FOR EACH ROW EXECUTE FUNCTION treeops_refuse_change('published rates versions are kept');
CREATE TRIGGER rates_versions_not_truncated BEFORE TRUNCATE ON rates_versions
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_refuse_change('published rates versions are kept');

CREATE TABLE customers (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name  text COLLATE "C" NOT NULL,
    phone text COLLATE "C" NOT NULL DEFAULT '',
    email text COLLATE "C" NOT NULL DEFAULT '',
    UNIQUE (name, phone, email)
);

CREATE TABLE assessment_ids (
    id         text COLLATE "C" PRIMARY KEY,
    created_at timestamptz NOT NULL
);

-- customer_name copies customers.name: customer rows never change (a different name, phone or
-- email is another row), so the copy cannot go stale, and lists sort and search by customer
-- without a join.
CREATE TABLE assessments (
    id            text COLLATE "C" NOT NULL,
    customer_id   bigint NOT NULL,
    customer_name text COLLATE "C" NOT NULL,
    address       text COLLATE "C" NOT NULL DEFAULT '',
    state         text COLLATE "C" NOT NULL,
    services      text NOT NULL,
    tree_count    integer NOT NULL CHECK (tree_count >= 1),
    status        text COLLATE "C" NOT NULL
                  CHECK (status IN ('draft', 'quoted', 'accepted', 'completed')),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    row_version   bigint NOT NULL DEFAULT 1,
    composite     double precision,
    band          text,
    price         double precision,
    input_json    text NOT NULL,
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

-- One index per list order (AssessmentSort), each ending in id, the tie-breaker, so a page is
-- an index range read in either direction; NULLS FIRST matches SQLite, where NULL is smallest.
-- The status and state filters also have an index in the default order (updated). Substring
-- search (customer, address, id) cannot use a b-tree on stock PostgreSQL without pg_trgm; it
-- scans, narrowed by the other filters.
CREATE INDEX assessments_updated ON assessments (updated_at, id);
CREATE INDEX assessments_created ON assessments (created_at, id);
CREATE INDEX assessments_customer ON assessments (lower(customer_name), id);
CREATE INDEX assessments_address ON assessments (lower(address), id);
CREATE INDEX assessments_state ON assessments (state, id);
CREATE INDEX assessments_status ON assessments (status, id);
CREATE INDEX assessments_price ON assessments (price NULLS FIRST, id);
CREATE INDEX assessments_trees ON assessments (tree_count, id);
CREATE INDEX assessments_composite ON assessments (composite NULLS FIRST, id);
CREATE INDEX assessments_status_updated ON assessments (status, updated_at, id);
CREATE INDEX assessments_state_updated ON assessments (state, updated_at, id);

CREATE TABLE quotes (
    id                    bigint GENERATED ALWAYS AS IDENTITY (CACHE 1000),
    assessment_id         text COLLATE "C" NOT NULL,
    assessment_created_at timestamptz NOT NULL,
    catalog_version       text COLLATE "C" NOT NULL REFERENCES catalog_versions (version),
    rates_version         text COLLATE "C" NOT NULL REFERENCES rates_versions (version),
    created_at            timestamptz NOT NULL,
    composite             double precision NOT NULL,
    band                  text NOT NULL,
    price                 double precision NOT NULL,
    total_cost            double precision NOT NULL,
    billable_hours        double precision NOT NULL,
    quote_json            text NOT NULL,
    PRIMARY KEY (id, assessment_created_at)
) PARTITION BY RANGE (assessment_created_at);
CREATE INDEX quotes_assessment ON quotes (assessment_id, id);
)sql"_L1;

// Deleting an assessment moves it here with its latest quote, so a delete is never silent and
// can be looked into (or undone by hand) later.
constexpr auto DeletionRecord = R"sql(
CREATE TABLE assessment_deletions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment  text COLLATE "C" NOT NULL,
    deleted_at  timestamptz NOT NULL,
    customer    text NOT NULL,
    address     text NOT NULL,
    status      text NOT NULL,
    row_version bigint NOT NULL,
    input_json  text NOT NULL,
    quote_json  text
);
CREATE INDEX assessment_deletions_assessment ON assessment_deletions (assessment);
)sql"_L1;

// Writes replayed from a console's offline outbox carry a key; a key seen again returns the
// first result instead of applying twice. No foreign key: the record outlives a deleted
// assessment, so a retried delete is recognised too.
constexpr auto AppliedWrites = R"sql(
CREATE TABLE applied_writes (
    idempotency_key text COLLATE "C" PRIMARY KEY,
    assessment_id   text COLLATE "C" NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('save', 'status', 'delete')),
    row_version     bigint NOT NULL,
    applied_at      timestamptz NOT NULL
);
)sql";

// The cold tier (see PostgresArchive): old assessments and all their quotes, moved in verified
// batches. Unpartitioned: archived rows are read one id at a time, by primary key. LIKE keeps
// the columns (and their COLLATE "C") those of the warm tables; quote ids are copied, not
// generated. No foreign keys, as on the partitions; the pinned catalog and rates versions are
// never deleted.
constexpr auto Archive = R"sql(
CREATE SCHEMA archive;
CREATE TABLE archive.assessments (
    LIKE assessments INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
    archived_at timestamptz NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE archive.quotes (
    LIKE quotes INCLUDING CONSTRAINTS,
    PRIMARY KEY (id)
);
CREATE INDEX quotes_assessment ON archive.quotes (assessment_id, id);
)sql";

// Quote documents (about 2 KB) cross the 2 KB threshold above which PostgreSQL compresses a
// row's long values. With its default, pglz, a bare COPY of 100,000 quotes took 5.8 s against
// 3.3 s with lz4 (3.0 to 3.5 s not compressed at all), and lz4 stores them about as small
// (160 MB against 155 MB; 425 MB uncompressed). Existing values stay as they are; partitions
// created later inherit the setting from the parent, existing ones are set here. A server
// built without lz4 keeps pglz.
constexpr auto Lz4Documents = R"sql(
DO $$
DECLARE
    part regclass;
BEGIN
    BEGIN
        ALTER TABLE assessments ALTER COLUMN input_json SET COMPRESSION lz4;
    EXCEPTION WHEN feature_not_supported THEN
        RAISE NOTICE 'lz4 is not available on this server; documents stay compressed with pglz';
        RETURN;
    END;
    ALTER TABLE quotes ALTER COLUMN quote_json SET COMPRESSION lz4;
    FOR part IN SELECT inhrelid::regclass FROM pg_inherits
                WHERE inhparent = 'assessments'::regclass LOOP
        EXECUTE format('ALTER TABLE %s ALTER COLUMN input_json SET COMPRESSION lz4', part);
    END LOOP;
    FOR part IN SELECT inhrelid::regclass FROM pg_inherits
                WHERE inhparent = 'quotes'::regclass LOOP
        EXECUTE format('ALTER TABLE %s ALTER COLUMN quote_json SET COMPRESSION lz4', part);
    END LOOP;
END
$$;
)sql";

// Data-quality runs with every rule's result and failing samples, and the custom rules data
// engineers write, every version kept. Definitions and samples are JSON (see QualityJson).
constexpr auto Quality = R"sql(
CREATE TABLE quality_custom_rules (
    id         text COLLATE "C" NOT NULL,
    version    integer NOT NULL CHECK (version >= 1),
    saved_at   timestamptz NOT NULL,
    definition text NOT NULL,
    sql        text NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE TABLE quality_runs (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at     timestamptz NOT NULL,
    finished_at    timestamptz NOT NULL,
    passed         integer NOT NULL,
    warned         integer NOT NULL,
    failed         integer NOT NULL,
    errors         integer NOT NULL,
    not_applicable integer NOT NULL
);
CREATE TABLE quality_results (
    run_id   bigint NOT NULL REFERENCES quality_runs (id) ON DELETE CASCADE,
    position integer NOT NULL,
    rule_id  text COLLATE "C" NOT NULL,
    status   text NOT NULL,
    examined bigint NOT NULL,
    failing  bigint NOT NULL,
    result   text NOT NULL,
    PRIMARY KEY (run_id, position)
);
CREATE INDEX quality_results_rule ON quality_results (rule_id, run_id);
)sql";

// Each assessment's latest quote, as data-quality rules read it ({latest_quotes}): an
// index-only scan in (assessment, newest first) order, instead of reading every quote
// document's row. It serves every lookup the index it replaces did.
constexpr auto LatestQuotes = R"sql(
CREATE INDEX quotes_latest ON quotes (assessment_id, id DESC)
    INCLUDE (catalog_version, rates_version, band, price);
DROP INDEX quotes_assessment;
)sql";

// The archive lists with the warm tier (AssessmentFilter::includeArchived): the same indexes,
// so a page of the union is a merge of two index range reads instead of a sort of every
// archived row.
constexpr auto ArchiveListIndexes = R"sql(
CREATE INDEX assessments_updated ON archive.assessments (updated_at, id);
CREATE INDEX assessments_created ON archive.assessments (created_at, id);
CREATE INDEX assessments_customer ON archive.assessments (lower(customer_name), id);
CREATE INDEX assessments_address ON archive.assessments (lower(address), id);
CREATE INDEX assessments_state ON archive.assessments (state, id);
CREATE INDEX assessments_status ON archive.assessments (status, id);
CREATE INDEX assessments_price ON archive.assessments (price NULLS FIRST, id);
CREATE INDEX assessments_trees ON archive.assessments (tree_count, id);
CREATE INDEX assessments_composite ON archive.assessments (composite NULLS FIRST, id);
CREATE INDEX assessments_status_updated ON archive.assessments (status, updated_at, id);
CREATE INDEX assessments_state_updated ON archive.assessments (state, updated_at, id);
)sql";

// The list's substring search (id, customer, address) through a trigram index of the three
// fields together: one index to build and keep instead of three, and a search for "oak" reads
// the rows holding that trigram instead of every row. The list's query tests the joined text
// first (see PostgresListQuery; the expression must stay the same as here) and then each field,
// so a match across two fields is not one. pg_trgm ships with PostgreSQL and is a
// trusted extension; a server without it, or a role that may not create it, keeps scanning.
constexpr auto SearchIndex = R"sql(
DO $$
DECLARE
    trgm_schema name;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN undefined_file OR insufficient_privilege THEN
        RAISE NOTICE 'pg_trgm is not available (%); the list search scans', SQLERRM;
        RETURN;
    END;
    -- Installed earlier, the extension may live in a schema outside the search path.
    SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX assessments_search ON assessments USING gin '
                   '((lower(id) || '' '' || lower(customer_name) || '' '' || lower(address)) '
                   '%I.gin_trgm_ops)', trgm_schema);
    EXECUTE format('CREATE INDEX assessments_search ON archive.assessments USING gin '
                   '((lower(id) || '' '' || lower(customer_name) || '' '' || lower(address)) '
                   '%I.gin_trgm_ops)', trgm_schema);
END
$$;
)sql";

// The trees and AFISS factors of each assessment's document as rows, kept by the database from
// the document itself whoever writes it (TreeOps, a script, a hand edit), in the statement that
// writes it. Data-quality rules read these instead of parsing a million documents at every run.
// An element that is not an object gives a row of NULLs, and a measurement that is not a number
// a NULL, so a rule sees what is wrong; a document that is not JSON, or holds no such array,
// gives no rows (assessments.required_fields is about the document). Measurements are numeric,
// as JSON numbers are: a value too large for a double is still read.
//
// The functions say how a document reads; the triggers, the first fill and a bulk load into a
// month's table before it becomes a partition (PostgresStore::saveAssessments) use them. The
// triggers are per statement, with the changed rows as transition tables: a COPY of a million
// assessments, or an archive batch deleting thousands, fills or empties the facts in one
// set-based statement each. No foreign key: the partitioned assessments are unique on
// (id, created_at) only, and the triggers are what ties the rows to them.
constexpr auto DocumentFacts = R"sql(
CREATE TABLE assessment_trees (
    assessment_id         text COLLATE "C" NOT NULL,
    position              integer NOT NULL,
    service               text COLLATE "C",
    height_ft             numeric,
    canopy_radius_ft      numeric,
    dbh_in                numeric,
    height_above_grade_in numeric,
    grind_depth_in        numeric,
    diameter_in           numeric,
    PRIMARY KEY (assessment_id, position)
);
CREATE TABLE assessment_factors (
    assessment_id text COLLATE "C" NOT NULL,
    position      integer NOT NULL,
    code          text COLLATE "C",
    PRIMARY KEY (assessment_id, position)
);

-- A stored document as jsonb, or NULL when it is not JSON. Not parallel safe: the exception
-- handler is a subtransaction.
CREATE FUNCTION treeops_document(doc text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    RETURN doc::jsonb;
EXCEPTION WHEN invalid_text_representation OR untranslatable_character THEN
    RETURN NULL;
END
$$;

-- The elements of the array `key` of a document, numbered from 0; none when it is not an array.
CREATE FUNCTION treeops_document_array(doc text, key text)
RETURNS TABLE (item integer, element jsonb)
LANGUAGE sql IMMUTABLE AS $$
    SELECT (e.ordinal - 1)::integer, e.element
    FROM (SELECT treeops_document(doc) -> key AS items) d,
         jsonb_array_elements(CASE WHEN jsonb_typeof(d.items) = 'array' THEN d.items END)
             WITH ORDINALITY AS e(element, ordinal)
$$;

CREATE FUNCTION treeops_measurement(element jsonb, key text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN jsonb_typeof(element -> key) = 'number' THEN (element ->> key)::numeric END
$$;

CREATE FUNCTION treeops_tree_facts(doc text)
RETURNS TABLE (item integer, service text, height_ft numeric, canopy_radius_ft numeric,
               dbh_in numeric, height_above_grade_in numeric, grind_depth_in numeric,
               diameter_in numeric)
LANGUAGE sql IMMUTABLE AS $$
    SELECT t.item, t.element ->> 'service', treeops_measurement(t.element, 'height_ft'),
           treeops_measurement(t.element, 'canopy_radius_ft'),
           treeops_measurement(t.element, 'dbh_in'),
           treeops_measurement(t.element, 'height_above_grade_in'),
           treeops_measurement(t.element, 'grind_depth_in'),
           treeops_measurement(t.element, 'diameter_in')
    FROM treeops_document_array(doc, 'trees') t
$$;

CREATE FUNCTION treeops_factor_facts(doc text) RETURNS TABLE (item integer, code text)
LANGUAGE sql IMMUTABLE AS $$
    SELECT f.item, CASE WHEN jsonb_typeof(f.element) = 'object' THEN f.element ->> 'code' END
    FROM treeops_document_array(doc, 'factors') f
$$;

CREATE FUNCTION treeops_keep_document_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM assessment_trees t USING old_rows o WHERE t.assessment_id = o.id;
        DELETE FROM assessment_factors f USING old_rows o WHERE f.assessment_id = o.id;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- Only the rows whose document changed: a status change leaves the facts alone.
        DELETE FROM assessment_trees t USING old_rows o LEFT JOIN new_rows n ON n.id = o.id
            WHERE t.assessment_id = o.id AND n.input_json IS DISTINCT FROM o.input_json;
        DELETE FROM assessment_factors f USING old_rows o LEFT JOIN new_rows n ON n.id = o.id
            WHERE f.assessment_id = o.id AND n.input_json IS DISTINCT FROM o.input_json;
        INSERT INTO assessment_trees SELECT n.id, t.* FROM new_rows n
            LEFT JOIN old_rows o ON o.id = n.id, treeops_tree_facts(n.input_json) t
            WHERE o.input_json IS DISTINCT FROM n.input_json;
        INSERT INTO assessment_factors SELECT n.id, f.* FROM new_rows n
            LEFT JOIN old_rows o ON o.id = n.id, treeops_factor_facts(n.input_json) f
            WHERE o.input_json IS DISTINCT FROM n.input_json;
        RETURN NULL;
    END IF;
    INSERT INTO assessment_trees SELECT n.id, t.* FROM new_rows n, treeops_tree_facts(n.input_json) t;
    INSERT INTO assessment_factors SELECT n.id, f.* FROM new_rows n, treeops_factor_facts(n.input_json) f;
    RETURN NULL;
END
$$;

CREATE TRIGGER assessment_facts_inserted AFTER INSERT ON assessments
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_keep_document_facts();
CREATE TRIGGER assessment_facts_updated AFTER UPDATE ON assessments
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_keep_document_facts();
CREATE TRIGGER assessment_facts_deleted AFTER DELETE ON assessments
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_keep_document_facts();

INSERT INTO assessment_trees SELECT a.id, t.* FROM assessments a, treeops_tree_facts(a.input_json) t;
INSERT INTO assessment_factors SELECT a.id, f.* FROM assessments a, treeops_factor_facts(a.input_json) f;
)sql";

// The quotes a data-quality run priced again and found right, by a digest of everything their
// price follows from (see QuoteRecomputeRule): the next run prices only what changed. Deleting
// an assessment forgets its digest; an archive batch forgets its digests in one statement.
constexpr auto VerifiedQuotes = R"sql(
CREATE TABLE verified_quotes (
    assessment_id text COLLATE "C" PRIMARY KEY,
    digest        bigint NOT NULL
);
CREATE FUNCTION treeops_forget_verified_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM verified_quotes v USING old_rows o WHERE v.assessment_id = o.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER verified_quotes_forgotten AFTER DELETE ON assessments
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_forget_verified_quotes();
)sql";

// What each assessment's latest quote is priced from changes under a revision, numbered from a
// sequence, so a number once read stands for one content of one assessment for good: a run that
// read revision 7 and keeps it after the document changed (or the assessment was deleted and
// made again) keeps a number that no longer matches. Every write that can change a price moves
// the revision on, whoever writes it: a quote added, changed or deleted, an assessment added, or
// its id or document changed. A run keeps beside it the revision it priced again and found
// right, and the build that priced it; the next run prices only the assessments where these
// differ. The verified digests of migration 11 are forgotten: the first run after this prices
// every quote once more.
constexpr auto QuoteRevisions = R"sql(
DROP TRIGGER verified_quotes_forgotten ON assessments;
DROP FUNCTION treeops_forget_verified_quotes();
DROP TABLE verified_quotes;

-- Half of each page is left free: a run marks a million rows verified, and writes move
-- revisions on, each an update whose new version then fits beside the old one and leaves the
-- index alone (1.5 s instead of 4.1 s for a million rows).
CREATE SEQUENCE quote_revision_numbers;
CREATE TABLE quote_revisions (
    assessment_id     text COLLATE "C" PRIMARY KEY,
    revision          bigint NOT NULL,
    verified_revision bigint,
    verified_engine   text
) WITH (fillfactor = 50);
INSERT INTO quote_revisions (assessment_id, revision) SELECT DISTINCT assessment_id, 0 FROM quotes;

CREATE FUNCTION treeops_revise_quotes(ids text[]) RETURNS void LANGUAGE sql AS $$
    UPDATE quote_revisions r SET revision = nextval('quote_revision_numbers')
    FROM (SELECT DISTINCT unnest(ids) AS id) c WHERE r.assessment_id = c.id
$$;

-- Also called by a bulk load, whose quotes reach the table as a partition, past the triggers.
CREATE FUNCTION treeops_quotes_added(ids text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO quote_revisions (assessment_id, revision)
    SELECT id, nextval('quote_revision_numbers') FROM (SELECT DISTINCT unnest(ids) AS id) n
    ON CONFLICT (assessment_id) DO UPDATE SET revision = excluded.revision
$$;

CREATE FUNCTION treeops_quotes_revised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM treeops_quotes_added(ARRAY(SELECT assessment_id FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM treeops_revise_quotes(ARRAY(SELECT assessment_id FROM old_rows
                                            UNION SELECT assessment_id FROM new_rows));
    ELSE
        PERFORM treeops_revise_quotes(ARRAY(SELECT assessment_id FROM old_rows));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER quote_revisions_quote_inserted AFTER INSERT ON quotes
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_quotes_revised();
CREATE TRIGGER quote_revisions_quote_updated AFTER UPDATE ON quotes
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_quotes_revised();
CREATE TRIGGER quote_revisions_quote_deleted AFTER DELETE ON quotes
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_quotes_revised();

CREATE FUNCTION treeops_assessments_revised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM treeops_revise_quotes(ARRAY(SELECT id FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        -- Only the rows whose document or id changed: a status change prices nothing again.
        PERFORM treeops_revise_quotes(ARRAY(
            SELECT o.id FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
                WHERE n.input_json IS DISTINCT FROM o.input_json
            UNION SELECT n.id FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id
                WHERE o.input_json IS DISTINCT FROM n.input_json));
    ELSE
        DELETE FROM quote_revisions r USING old_rows o WHERE r.assessment_id = o.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER quote_revisions_assessment_inserted AFTER INSERT ON assessments
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_assessments_revised();
CREATE TRIGGER quote_revisions_assessment_updated AFTER UPDATE ON assessments
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_assessments_revised();
CREATE TRIGGER quote_revisions_assessment_deleted AFTER DELETE ON assessments
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION treeops_assessments_revised();
)sql";

// Each revision keeps the transaction that last moved it on, so that a run can keep, in one
// update, every revision its quote check read and found right instead of joining a list of a
// million (see PostgresQualityHistory): a revision whose transaction the check's snapshot saw has
// not moved on since. The top-level transaction, as snapshots list only those. None for
// revisions moved on before this column, which every snapshot taken since sees.
constexpr auto RevisedBy = R"sql(
ALTER TABLE quote_revisions ADD COLUMN revised_by xid8;

CREATE OR REPLACE FUNCTION treeops_revise_quotes(ids text[]) RETURNS void LANGUAGE sql AS $$
    UPDATE quote_revisions r
    SET revision = nextval('quote_revision_numbers'), revised_by = pg_current_xact_id()
    FROM (SELECT DISTINCT unnest(ids) AS id) c WHERE r.assessment_id = c.id
$$;

CREATE OR REPLACE FUNCTION treeops_quotes_added(ids text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO quote_revisions (assessment_id, revision, revised_by)
    SELECT id, nextval('quote_revision_numbers'), pg_current_xact_id()
    FROM (SELECT DISTINCT unnest(ids) AS id) n
    ON CONFLICT (assessment_id) DO UPDATE
    SET revision = excluded.revision, revised_by = excluded.revised_by
$$;
)sql";

// The duplicate check counts the assessments of each customer, address and UTC day: read in that
// order from this index, without the table and its documents, rather than sorted (over
// 1,000,000 assessments 1.1 s instead of 2.3 s in `psql`). The address and the time are kept in
// it too, so that the index alone answers. Its expressions are those of the check's query.
constexpr auto DuplicatesIndex = R"sql(
CREATE INDEX assessments_duplicates ON assessments
    (customer_id, lower(trim(address)), ((created_at AT TIME ZONE 'UTC')::date), id)
    INCLUDE (address, created_at);
)sql";

// A run whose quote check read every revision in one snapshot, and found more of them right
// than wrong, keeps that snapshot instead of marking each revision (a first run over a million:
// an update of as many rows took 1.7 s, one core busy, after the check). A revision is then
// verified if the snapshot saw its last move and the run did not leave it out: those it left
// out are marked with the record's id. One record at most, of the build that kept it. The
// revision sequence as the check read it bounds the record to the revisions numbered then, so
// that a copy of the store into another cluster, whose transactions are numbered afresh,
// verifies none of those written there.
constexpr auto VerifiedSnapshots = R"sql(
CREATE TABLE quote_verifications (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    engine  text NOT NULL,
    read_in pg_snapshot NOT NULL,
    through bigint NOT NULL
);
ALTER TABLE quote_revisions ADD COLUMN left_unverified_by bigint;
)sql";

constexpr std::array Migrations{
    Migration{1, "catalog and rates versions, customers, assessments and quotes by month"_L1,
              QLatin1StringView(Initial)},
    Migration{2, "record of deleted assessments"_L1, QLatin1StringView(DeletionRecord)},
    Migration{3, "record of applied writes by idempotency key"_L1,
              QLatin1StringView(AppliedWrites)},
    Migration{4, "archive schema: the cold tier of old assessments and their quotes"_L1,
              QLatin1StringView(Archive)},
    Migration{5, "lz4 compression of the assessment and quote documents"_L1,
              QLatin1StringView(Lz4Documents)},
    Migration{6, "data-quality runs, results and custom rules"_L1, QLatin1StringView(Quality)},
    Migration{7, "latest quotes read from an index"_L1, QLatin1StringView(LatestQuotes)},
    Migration{8, "list indexes on the archive"_L1, QLatin1StringView(ArchiveListIndexes)},
    Migration{9, "substring search through a trigram index"_L1, QLatin1StringView(SearchIndex)},
    Migration{10, "trees and factors of each document, kept as rows"_L1,
              QLatin1StringView(DocumentFacts)},
    Migration{11, "quotes verified by data-quality runs"_L1, QLatin1StringView(VerifiedQuotes)},
    Migration{12, "revisions of what each latest quote is priced from"_L1,
              QLatin1StringView(QuoteRevisions)},
    Migration{13, "the transaction that last moved each quote revision on"_L1,
              QLatin1StringView(RevisedBy)},
    Migration{14, "duplicate assessments found from an index"_L1,
              QLatin1StringView(DuplicatesIndex)},
    Migration{15, "quotes verified as the snapshot a run read them in"_L1,
              QLatin1StringView(VerifiedSnapshots)},
};

} // namespace

std::span<const Migration> postgresMigrations() {
    return Migrations;
}

} // namespace treeops::storage

-- The catalog as SQLite's schema 11 holds it: the same tables, columns (in the same order) and keys, so the stores'
-- statements and row mapping serve both engines. Dates and times are ISO 8601 text, as in SQLite. Text compares and
-- sorts by code point (COLLATE "C"), as SQLite's does, whatever the database's locale, so lists come in the same order
-- and lower(), ILIKE and SQLite's NOCASE and LIKE fold the same (ASCII) letters.
CREATE TABLE documents (
    document_id text COLLATE "C" PRIMARY KEY,
    sha256 text COLLATE "C" NOT NULL UNIQUE,
    file_name text COLLATE "C" NOT NULL,
    format text COLLATE "C" NOT NULL,
    size_bytes bigint NOT NULL,
    ingested_at text COLLATE "C" NOT NULL,
    status text COLLATE "C" NOT NULL,
    quarantine_code text COLLATE "C",
    quarantine_message text COLLATE "C",
    title text COLLATE "C" NOT NULL DEFAULT '',
    page_count integer NOT NULL DEFAULT 0,
    document_type text COLLATE "C" NOT NULL DEFAULT 'other',
    ccg text COLLATE "C",
    icb text COLLATE "C",
    body text COLLATE "C",
    date text COLLATE "C",
    session text COLLATE "C",
    sensitivity text COLLATE "C" NOT NULL DEFAULT 'public',
    source text COLLATE "C" NOT NULL DEFAULT '',
    original_path text COLLATE "C",
    extractor_version text COLLATE "C",
    description text COLLATE "C",
    unknown_organisations text COLLATE "C",
    batch_id text COLLATE "C",
    entry_path text COLLATE "C",
    archive_sha256 text COLLATE "C",
    sensitivity_basis text COLLATE "C",
    organisation text COLLATE "C"
);
CREATE INDEX ix_documents_status ON documents(status);
CREATE INDEX ix_documents_file_name ON documents(lower(file_name));
CREATE INDEX ix_documents_ingested_at ON documents(ingested_at);
CREATE INDEX ix_documents_meeting ON documents(date, body);

CREATE TABLE pages (
    document_id text COLLATE "C" NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    page_number integer NOT NULL,
    text text COLLATE "C" NOT NULL,
    ocr_confidence double precision,
    ocr_words integer,
    ocr_dpi integer,
    ocr_failure text COLLATE "C",
    PRIMARY KEY (document_id, page_number)
);

CREATE TABLE decisions (
    decision_id text COLLATE "C" PRIMARY KEY,
    document_id text COLLATE "C" NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    ordinal integer NOT NULL,
    reference text COLLATE "C",
    canonical_reference text COLLATE "C",
    page_number integer NOT NULL,
    date text COLLATE "C",
    body text COLLATE "C",
    ccg text COLLATE "C",
    icb text COLLATE "C",
    outcome text COLLATE "C" NOT NULL,
    subject text COLLATE "C",
    text text COLLATE "C" NOT NULL,
    item_label text COLLATE "C",
    text_offset integer,
    confidence double precision NOT NULL DEFAULT 1,
    reason text COLLATE "C",
    needs_review integer NOT NULL DEFAULT 0,
    qualifier text COLLATE "C"
);
CREATE INDEX ix_decisions_document ON decisions(document_id, ordinal);
CREATE INDEX ix_decisions_reference ON decisions(canonical_reference);
CREATE INDEX ix_decisions_date ON decisions(date);
CREATE INDEX ix_decisions_review ON decisions(needs_review) WHERE needs_review = 1;

CREATE TABLE citations (
    document_id text COLLATE "C" NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    ordinal integer NOT NULL,
    page_number integer NOT NULL,
    text text COLLATE "C" NOT NULL,
    from_decision_id text COLLATE "C",
    relation text COLLATE "C" NOT NULL,
    method text COLLATE "C" NOT NULL,
    cited_reference text COLLATE "C",
    cited_policy_reference text COLLATE "C",
    cited_policy_version text COLLATE "C",
    cited_body text COLLATE "C",
    cited_organisation text COLLATE "C",
    cited_date_from text COLLATE "C",
    cited_date_to text COLLATE "C",
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE policies (
    document_id text COLLATE "C" PRIMARY KEY REFERENCES documents(document_id) ON DELETE CASCADE,
    reference text COLLATE "C",
    version text COLLATE "C",
    approved_on text COLLATE "C",
    review_date text COLLATE "C",
    approved_by text COLLATE "C",
    history text COLLATE "C" NOT NULL,
    title text COLLATE "C",
    ratified_by text COLLATE "C"
);
CREATE INDEX ix_policies_reference ON policies(reference);

CREATE TABLE lineage_edges (
    from_decision_id text COLLATE "C" NOT NULL,
    to_decision_id text COLLATE "C" NOT NULL,
    type text COLLATE "C" NOT NULL,
    method text COLLATE "C" NOT NULL,
    confidence double precision NOT NULL,
    evidence_document_id text COLLATE "C" NOT NULL,
    evidence_page integer NOT NULL,
    evidence_text text COLLATE "C" NOT NULL,
    evidence_sha256 text COLLATE "C" NOT NULL,
    PRIMARY KEY (from_decision_id, to_decision_id, type)
);
CREATE INDEX ix_lineage_to ON lineage_edges(to_decision_id);

CREATE TABLE unresolved_citations (
    ordinal integer PRIMARY KEY,
    document_id text COLLATE "C" NOT NULL,
    page_number integer NOT NULL,
    text text COLLATE "C" NOT NULL,
    from_decision_id text COLLATE "C",
    relation text COLLATE "C" NOT NULL,
    method text COLLATE "C" NOT NULL,
    cited_reference text COLLATE "C",
    cited_body text COLLATE "C",
    cited_date_from text COLLATE "C",
    cited_date_to text COLLATE "C",
    candidates text COLLATE "C" NOT NULL
);

CREATE TABLE cited_decisions (
    decision_id text COLLATE "C" PRIMARY KEY,
    document_id text COLLATE "C" NOT NULL,
    reference text COLLATE "C",
    canonical_reference text COLLATE "C",
    page_number integer NOT NULL,
    date text COLLATE "C",
    body text COLLATE "C",
    ccg text COLLATE "C",
    outcome text COLLATE "C" NOT NULL,
    subject text COLLATE "C",
    text text COLLATE "C" NOT NULL,
    icb text COLLATE "C",
    item_label text COLLATE "C",
    text_offset integer,
    confidence double precision NOT NULL DEFAULT 1,
    reason text COLLATE "C",
    needs_review integer NOT NULL DEFAULT 0,
    qualifier text COLLATE "C"
);

CREATE TABLE ingest_batches (
    batch_id text COLLATE "C" PRIMARY KEY,
    source text COLLATE "C" NOT NULL,
    input_path text COLLATE "C" NOT NULL,
    created_at text COLLATE "C" NOT NULL,
    listed integer NOT NULL DEFAULT 0
);
CREATE INDEX ix_ingest_batches_created ON ingest_batches(created_at);

CREATE TABLE ingest_files (
    batch_id text COLLATE "C" NOT NULL REFERENCES ingest_batches(batch_id) ON DELETE CASCADE,
    ordinal bigint NOT NULL,
    parent_ordinal bigint,
    path text COLLATE "C" NOT NULL,
    disk_path text COLLATE "C" NOT NULL,
    entry_chain text COLLATE "C" NOT NULL DEFAULT '[]',
    archive_sha256 text COLLATE "C",
    entry_path text COLLATE "C",
    state text COLLATE "C" NOT NULL,
    reason_code text COLLATE "C",
    reason text COLLATE "C",
    sha256 text COLLATE "C",
    size_bytes bigint,
    document_id text COLLATE "C",
    duplicate_of text COLLATE "C",
    PRIMARY KEY (batch_id, ordinal)
);
CREATE INDEX ix_ingest_files_state ON ingest_files(batch_id, state, ordinal);
CREATE INDEX ix_ingest_files_document ON ingest_files(document_id);

CREATE TABLE organisation_facts (
    document_id text COLLATE "C" NOT NULL,
    ordinal integer NOT NULL,
    organisation text COLLATE "C" NOT NULL,
    organisation_kind text COLLATE "C" NOT NULL,
    successor text COLLATE "C" NOT NULL,
    successor_kind text COLLATE "C" NOT NULL,
    "on" text COLLATE "C",
    page_number integer NOT NULL,
    text text COLLATE "C" NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE page_images (
    document_id text COLLATE "C" NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    page_number integer NOT NULL,
    media_type text COLLATE "C" NOT NULL,
    content bytea NOT NULL,
    PRIMARY KEY (document_id, page_number)
);

-- No foreign key: an email's row is replaced each time it is read, after its attachments are recorded.
CREATE TABLE attachments (
    parent_document_id text COLLATE "C" NOT NULL,
    ordinal integer NOT NULL,
    file_name text COLLATE "C" NOT NULL,
    child_document_id text COLLATE "C",
    batch_id text COLLATE "C",
    PRIMARY KEY (parent_document_id, ordinal)
);
CREATE INDEX ix_attachments_child ON attachments(child_document_id);

-- No foreign key: a document's row is replaced each time it is read, and its review must outlive that.
CREATE TABLE quarantine_reviews (
    document_id text COLLATE "C" PRIMARY KEY,
    reviewed_by text COLLATE "C" NOT NULL,
    reviewer_key_id text COLLATE "C",
    reviewed_at text COLLATE "C" NOT NULL,
    note text COLLATE "C" NOT NULL
);

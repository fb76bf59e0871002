-- The catalog as SQLite's schema 11 holds it: the same tables, columns (in the same order) and keys, so the stores'
-- statements and row mapping serve both engines. Dates and times are ISO 8601 text, as in SQLite.
CREATE TABLE documents (
    document_id text PRIMARY KEY,
    sha256 text NOT NULL UNIQUE,
    file_name text NOT NULL,
    format text NOT NULL,
    size_bytes bigint NOT NULL,
    ingested_at text NOT NULL,
    status text NOT NULL,
    quarantine_code text,
    quarantine_message text,
    title text NOT NULL DEFAULT '',
    page_count integer NOT NULL DEFAULT 0,
    document_type text NOT NULL DEFAULT 'other',
    ccg text,
    icb text,
    body text,
    date text,
    session text,
    sensitivity text NOT NULL DEFAULT 'public',
    source text NOT NULL DEFAULT '',
    original_path text,
    extractor_version text,
    description text,
    unknown_organisations text,
    batch_id text,
    entry_path text,
    archive_sha256 text,
    sensitivity_basis text,
    organisation text
);
CREATE INDEX ix_documents_status ON documents(status);
CREATE INDEX ix_documents_file_name ON documents(lower(file_name));
CREATE INDEX ix_documents_ingested_at ON documents(ingested_at);
CREATE INDEX ix_documents_meeting ON documents(date, body);

CREATE TABLE pages (
    document_id text NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    page_number integer NOT NULL,
    text text NOT NULL,
    ocr_confidence double precision,
    ocr_words integer,
    ocr_dpi integer,
    ocr_failure text,
    PRIMARY KEY (document_id, page_number)
);

CREATE TABLE decisions (
    decision_id text PRIMARY KEY,
    document_id text NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    ordinal integer NOT NULL,
    reference text,
    canonical_reference text,
    page_number integer NOT NULL,
    date text,
    body text,
    ccg text,
    icb text,
    outcome text NOT NULL,
    subject text,
    text text NOT NULL,
    item_label text,
    text_offset integer,
    confidence double precision NOT NULL DEFAULT 1,
    reason text,
    needs_review integer NOT NULL DEFAULT 0,
    qualifier text
);
CREATE INDEX ix_decisions_document ON decisions(document_id, ordinal);
CREATE INDEX ix_decisions_reference ON decisions(canonical_reference);
CREATE INDEX ix_decisions_date ON decisions(date);
CREATE INDEX ix_decisions_review ON decisions(needs_review) WHERE needs_review = 1;

CREATE TABLE citations (
    document_id text NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    ordinal integer NOT NULL,
    page_number integer NOT NULL,
    text text NOT NULL,
    from_decision_id text,
    relation text NOT NULL,
    method text NOT NULL,
    cited_reference text,
    cited_policy_reference text,
    cited_policy_version text,
    cited_body text,
    cited_organisation text,
    cited_date_from text,
    cited_date_to text,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE policies (
    document_id text PRIMARY KEY REFERENCES documents(document_id) ON DELETE CASCADE,
    reference text,
    version text,
    approved_on text,
    review_date text,
    approved_by text,
    history text NOT NULL,
    title text,
    ratified_by text
);
CREATE INDEX ix_policies_reference ON policies(reference);

CREATE TABLE lineage_edges (
    from_decision_id text NOT NULL,
    to_decision_id text NOT NULL,
    type text NOT NULL,
    method text NOT NULL,
    confidence double precision NOT NULL,
    evidence_document_id text NOT NULL,
    evidence_page integer NOT NULL,
    evidence_text text NOT NULL,
    evidence_sha256 text NOT NULL,
    PRIMARY KEY (from_decision_id, to_decision_id, type)
);
CREATE INDEX ix_lineage_to ON lineage_edges(to_decision_id);

CREATE TABLE unresolved_citations (
    ordinal integer PRIMARY KEY,
    document_id text NOT NULL,
    page_number integer NOT NULL,
    text text NOT NULL,
    from_decision_id text,
    relation text NOT NULL,
    method text NOT NULL,
    cited_reference text,
    cited_body text,
    cited_date_from text,
    cited_date_to text,
    candidates text NOT NULL
);

CREATE TABLE cited_decisions (
    decision_id text PRIMARY KEY,
    document_id text NOT NULL,
    reference text,
    canonical_reference text,
    page_number integer NOT NULL,
    date text,
    body text,
    ccg text,
    outcome text NOT NULL,
    subject text,
    text text NOT NULL,
    icb text,
    item_label text,
    text_offset integer,
    confidence double precision NOT NULL DEFAULT 1,
    reason text,
    needs_review integer NOT NULL DEFAULT 0,
    qualifier text
);

CREATE TABLE ingest_batches (
    batch_id text PRIMARY KEY,
    source text NOT NULL,
    input_path text NOT NULL,
    created_at text NOT NULL,
    listed integer NOT NULL DEFAULT 0
);
CREATE INDEX ix_ingest_batches_created ON ingest_batches(created_at);

CREATE TABLE ingest_files (
    batch_id text NOT NULL REFERENCES ingest_batches(batch_id) ON DELETE CASCADE,
    ordinal bigint NOT NULL,
    parent_ordinal bigint,
    path text NOT NULL,
    disk_path text NOT NULL,
    entry_chain text NOT NULL DEFAULT '[]',
    archive_sha256 text,
    entry_path text,
    state text NOT NULL,
    reason_code text,
    reason text,
    sha256 text,
    size_bytes bigint,
    document_id text,
    duplicate_of text,
    PRIMARY KEY (batch_id, ordinal)
);
CREATE INDEX ix_ingest_files_state ON ingest_files(batch_id, state, ordinal);
CREATE INDEX ix_ingest_files_document ON ingest_files(document_id);

CREATE TABLE organisation_facts (
    document_id text NOT NULL,
    ordinal integer NOT NULL,
    organisation text NOT NULL,
    organisation_kind text NOT NULL,
    successor text NOT NULL,
    successor_kind text NOT NULL,
    "on" text,
    page_number integer NOT NULL,
    text text NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE page_images (
    document_id text NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    page_number integer NOT NULL,
    media_type text NOT NULL,
    content bytea NOT NULL,
    PRIMARY KEY (document_id, page_number)
);

-- No foreign key: an email's row is replaced each time it is read, after its attachments are recorded.
CREATE TABLE attachments (
    parent_document_id text NOT NULL,
    ordinal integer NOT NULL,
    file_name text NOT NULL,
    child_document_id text,
    batch_id text,
    PRIMARY KEY (parent_document_id, ordinal)
);
CREATE INDEX ix_attachments_child ON attachments(child_document_id);

-- No foreign key: a document's row is replaced each time it is read, and its review must outlive that.
CREATE TABLE quarantine_reviews (
    document_id text PRIMARY KEY,
    reviewed_by text NOT NULL,
    reviewer_key_id text,
    reviewed_at text NOT NULL,
    note text NOT NULL
);

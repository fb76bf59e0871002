-- The change feed: each document's latest change, numbered by one sequence that saves take in commit order (under an
-- advisory lock), so a search node that has applied every change up to N has missed none below it. Documents already
-- held enter it once, oldest first, so a new search node indexes them all.
CREATE TABLE document_changes (
    document_id text COLLATE "C" PRIMARY KEY,
    sequence bigint NOT NULL
);
CREATE UNIQUE INDEX ix_document_changes_sequence ON document_changes(sequence);
INSERT INTO document_changes (document_id, sequence)
    SELECT document_id, ROW_NUMBER() OVER (ORDER BY ingested_at, document_id) FROM documents;

using Microsoft.Data.Sqlite;

namespace KnowledgeArchive.Catalog;

/// <summary>Creates and migrates the catalog's tables; the version lives in SQLite's <c>user_version</c>.</summary>
internal static class CatalogSchema
{
    public const int CurrentVersion = 13;

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            document_id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            format TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            status TEXT NOT NULL,
            quarantine_code TEXT,
            quarantine_message TEXT,
            title TEXT NOT NULL DEFAULT '',
            page_count INTEGER NOT NULL DEFAULT 0,
            document_type TEXT NOT NULL DEFAULT 'other',
            ccg TEXT,
            icb TEXT,
            body TEXT,
            date TEXT,
            session TEXT,
            sensitivity TEXT NOT NULL DEFAULT 'public',
            source TEXT NOT NULL DEFAULT '',
            original_path TEXT,
            extractor_version TEXT
        );
        CREATE INDEX ix_documents_status ON documents(status);
        CREATE INDEX ix_documents_file_name ON documents(file_name COLLATE NOCASE);
        CREATE INDEX ix_documents_ingested_at ON documents(ingested_at);
        CREATE TABLE pages (
            document_id TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
            page_number INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (document_id, page_number)
        ) WITHOUT ROWID;
        """,
        """
        ALTER TABLE documents ADD COLUMN description TEXT;
        ALTER TABLE documents ADD COLUMN unknown_organisations TEXT;
        CREATE TABLE decisions (
            decision_id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            reference TEXT,
            canonical_reference TEXT,
            page_number INTEGER NOT NULL,
            date TEXT,
            body TEXT,
            ccg TEXT,
            icb TEXT,
            outcome TEXT NOT NULL,
            subject TEXT,
            text TEXT NOT NULL
        );
        CREATE INDEX ix_decisions_document ON decisions(document_id, ordinal);
        CREATE INDEX ix_decisions_reference ON decisions(canonical_reference);
        CREATE INDEX ix_decisions_date ON decisions(date);
        CREATE TABLE citations (
            document_id TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            page_number INTEGER NOT NULL,
            text TEXT NOT NULL,
            from_decision_id TEXT,
            relation TEXT NOT NULL,
            method TEXT NOT NULL,
            cited_reference TEXT,
            cited_policy_reference TEXT,
            cited_policy_version TEXT,
            cited_body TEXT,
            cited_organisation TEXT,
            cited_date_from TEXT,
            cited_date_to TEXT,
            PRIMARY KEY (document_id, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE policies (
            document_id TEXT PRIMARY KEY REFERENCES documents(document_id) ON DELETE CASCADE,
            reference TEXT,
            version TEXT,
            approved_on TEXT,
            review_date TEXT,
            approved_by TEXT,
            history TEXT NOT NULL
        );
        CREATE INDEX ix_policies_reference ON policies(reference);
        """,
        """
        CREATE TABLE lineage_edges (
            from_decision_id TEXT NOT NULL,
            to_decision_id TEXT NOT NULL,
            type TEXT NOT NULL,
            method TEXT NOT NULL,
            confidence REAL NOT NULL,
            evidence_document_id TEXT NOT NULL,
            evidence_page INTEGER NOT NULL,
            evidence_text TEXT NOT NULL,
            evidence_sha256 TEXT NOT NULL,
            PRIMARY KEY (from_decision_id, to_decision_id, type)
        ) WITHOUT ROWID;
        CREATE INDEX ix_lineage_to ON lineage_edges(to_decision_id);
        CREATE TABLE unresolved_citations (
            ordinal INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL,
            page_number INTEGER NOT NULL,
            text TEXT NOT NULL,
            from_decision_id TEXT,
            relation TEXT NOT NULL,
            method TEXT NOT NULL,
            cited_reference TEXT,
            cited_body TEXT,
            cited_date_from TEXT,
            cited_date_to TEXT,
            candidates TEXT NOT NULL
        );
        """,
        """
        ALTER TABLE policies ADD COLUMN title TEXT;
        """,
        """
        ALTER TABLE policies ADD COLUMN ratified_by TEXT;
        CREATE TABLE cited_decisions (
            decision_id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL,
            reference TEXT,
            canonical_reference TEXT,
            page_number INTEGER NOT NULL,
            date TEXT,
            body TEXT,
            ccg TEXT,
            outcome TEXT NOT NULL,
            subject TEXT,
            text TEXT NOT NULL,
            icb TEXT
        ) WITHOUT ROWID;
        """,
        """
        ALTER TABLE documents ADD COLUMN batch_id TEXT;
        ALTER TABLE documents ADD COLUMN entry_path TEXT;
        ALTER TABLE documents ADD COLUMN archive_sha256 TEXT;
        CREATE TABLE ingest_batches (
            batch_id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            input_path TEXT NOT NULL,
            created_at TEXT NOT NULL,
            listed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ix_ingest_batches_created ON ingest_batches(created_at);
        CREATE TABLE ingest_files (
            batch_id TEXT NOT NULL REFERENCES ingest_batches(batch_id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            parent_ordinal INTEGER,
            path TEXT NOT NULL,
            disk_path TEXT NOT NULL,
            entry_chain TEXT NOT NULL DEFAULT '[]',
            archive_sha256 TEXT,
            entry_path TEXT,
            state TEXT NOT NULL,
            reason_code TEXT,
            reason TEXT,
            sha256 TEXT,
            size_bytes INTEGER,
            document_id TEXT,
            duplicate_of TEXT,
            PRIMARY KEY (batch_id, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX ix_ingest_files_state ON ingest_files(batch_id, state, ordinal);
        CREATE INDEX ix_ingest_files_document ON ingest_files(document_id);
        """,
        """
        ALTER TABLE documents ADD COLUMN sensitivity_basis TEXT;
        CREATE INDEX ix_documents_meeting ON documents(date, body);
        """,
        """
        ALTER TABLE documents ADD COLUMN organisation TEXT;
        ALTER TABLE decisions ADD COLUMN item_label TEXT;
        ALTER TABLE decisions ADD COLUMN text_offset INTEGER;
        ALTER TABLE decisions ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
        ALTER TABLE decisions ADD COLUMN reason TEXT;
        ALTER TABLE decisions ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE decisions ADD COLUMN qualifier TEXT;
        ALTER TABLE cited_decisions ADD COLUMN item_label TEXT;
        ALTER TABLE cited_decisions ADD COLUMN text_offset INTEGER;
        ALTER TABLE cited_decisions ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
        ALTER TABLE cited_decisions ADD COLUMN reason TEXT;
        ALTER TABLE cited_decisions ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cited_decisions ADD COLUMN qualifier TEXT;
        CREATE INDEX ix_decisions_review ON decisions(needs_review) WHERE needs_review = 1;
        CREATE TABLE organisation_facts (
            document_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            organisation TEXT NOT NULL,
            organisation_kind TEXT NOT NULL,
            successor TEXT NOT NULL,
            successor_kind TEXT NOT NULL,
            "on" TEXT,
            page_number INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (document_id, ordinal)
        ) WITHOUT ROWID;
        """,
        """
        ALTER TABLE pages ADD COLUMN ocr_confidence REAL;
        ALTER TABLE pages ADD COLUMN ocr_words INTEGER;
        ALTER TABLE pages ADD COLUMN ocr_dpi INTEGER;
        ALTER TABLE pages ADD COLUMN ocr_failure TEXT;
        CREATE TABLE page_images (
            document_id TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
            page_number INTEGER NOT NULL,
            media_type TEXT NOT NULL,
            content BLOB NOT NULL,
            PRIMARY KEY (document_id, page_number)
        ) WITHOUT ROWID;
        """,
        // No foreign key: an email's row is replaced each time it is read, after its attachments are recorded.
        """
        CREATE TABLE attachments (
            parent_document_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            child_document_id TEXT,
            batch_id TEXT,
            PRIMARY KEY (parent_document_id, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX ix_attachments_child ON attachments(child_document_id);
        """,
        // No foreign key: a document's row is replaced each time it is read, and its review must outlive that.
        """
        CREATE TABLE quarantine_reviews (
            document_id TEXT PRIMARY KEY,
            reviewed_by TEXT NOT NULL,
            reviewer_key_id TEXT,
            reviewed_at TEXT NOT NULL,
            note TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
        """
        ALTER TABLE lineage_edges ADD COLUMN rule TEXT NOT NULL DEFAULT '';
        ALTER TABLE decisions ADD COLUMN month_only INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cited_decisions ADD COLUMN month_only INTEGER NOT NULL DEFAULT 0;
        """,
        // The change feed: each document's latest change. Documents already held enter it once, oldest first.
        """
        CREATE TABLE document_changes (
            document_id TEXT PRIMARY KEY,
            sequence INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX ix_document_changes_sequence ON document_changes(sequence);
        INSERT INTO document_changes (document_id, sequence)
            SELECT document_id, ROW_NUMBER() OVER (ORDER BY ingested_at, document_id) FROM documents;
        """,
    ];

    public static void Migrate(SqliteConnection connection)
    {
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        var version = ReadVersion(connection);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The catalog was written by a newer version of KnowledgeArchive (schema {version}; this build knows {CurrentVersion}). Upgrade the service.");
        }

        for (var next = version; next < CurrentVersion; next++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[next] + $"\nPRAGMA user_version = {next + 1};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static long ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return (long)command.ExecuteScalar()!;
    }
}

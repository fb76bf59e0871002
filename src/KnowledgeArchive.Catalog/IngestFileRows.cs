using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;

namespace KnowledgeArchive.Catalog;

/// <summary>Reading ledger rows, with each file's outcome resolved from the document it became.</summary>
internal static class IngestFileRows
{
    // A file accepted as a new document has that document's outcome; the ledger's own states stand otherwise.
    public const string Select = """
        SELECT f.batch_id, f.ordinal, f.parent_ordinal, f.path, f.disk_path, f.entry_chain, f.archive_sha256, f.entry_path,
               f.state, f.reason_code, f.reason, f.sha256, f.size_bytes, f.document_id, f.duplicate_of,
               d.status, d.quarantine_code, d.quarantine_message
        FROM ingest_files f LEFT JOIN documents d ON d.document_id = f.document_id AND f.state = 'accepted'
        """;

    public const string Counts = """
        SELECT
            COALESCE(SUM(CASE WHEN f.state = 'accepted' AND d.status = 'indexed' THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN f.state = 'duplicate' THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN f.state = 'quarantined' OR (f.state = 'accepted' AND d.status = 'quarantined') THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN f.state = 'skipped' THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN f.state = 'pending' OR (f.state = 'accepted' AND (d.status IS NULL OR d.status = 'pending')) THEN 1 ELSE 0 END), 0)
        FROM ingest_files f LEFT JOIN documents d ON d.document_id = f.document_id AND f.state = 'accepted'
        WHERE f.batch_id = @batch AND f.state <> 'expanded'
        """;

    public static IngestFile Read(DbDataReader r)
    {
        var state = ParseState(r.GetString(8));
        var documentStatus = r.Text(15);
        var reason = r.Text(9) is { } code ? new QuarantineReason(code, r.Text(10) ?? string.Empty)
            : r.Text(16) is { } documentCode ? new QuarantineReason(documentCode, r.Text(17) ?? string.Empty)
            : null;
        return new IngestFile
        {
            BatchId = r.GetString(0),
            Ordinal = r.GetInt64(1),
            ParentOrdinal = r.IsDBNull(2) ? null : r.GetInt64(2),
            Path = r.GetString(3),
            Location = new IngestFileLocation(r.GetString(4), JsonSerializer.Deserialize<string[]>(r.GetString(5)) ?? []),
            ArchiveSha256 = r.Text(6),
            EntryPath = r.Text(7),
            State = state,
            Outcome = OutcomeOf(state, documentStatus),
            Reason = reason,
            Sha256 = r.Text(11),
            SizeBytes = r.IsDBNull(12) ? null : r.GetInt64(12),
            DocumentId = r.Text(13),
            DuplicateOf = r.Text(14),
        };
    }

    public static IngestCounts ReadCounts(DbDataReader r) =>
        new(Int(r, 0), Int(r, 1), Int(r, 2), Int(r, 3), Int(r, 4));

    public static string StateText(IngestFileState state) => state.ToString().ToLowerInvariant();

    public static string Chain(IngestFileLocation location) => JsonSerializer.Serialize(location.EntryChain.ToArray());

    private static IngestFileState ParseState(string text) => Enum.Parse<IngestFileState>(text, ignoreCase: true);

    private static IngestStatus? OutcomeOf(IngestFileState state, string? documentStatus) => state switch
    {
        IngestFileState.Pending => IngestStatus.Pending,
        IngestFileState.Duplicate => IngestStatus.Duplicate,
        IngestFileState.Quarantined => IngestStatus.Quarantined,
        IngestFileState.Skipped => IngestStatus.Skipped,
        IngestFileState.Accepted => documentStatus switch
        {
            "indexed" => IngestStatus.Indexed,
            "quarantined" => IngestStatus.Quarantined,
            _ => IngestStatus.Pending,
        },
        _ => null,
    };

    private static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
}

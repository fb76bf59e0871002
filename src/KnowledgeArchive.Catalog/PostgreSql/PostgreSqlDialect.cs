using KnowledgeArchive.Catalog.Sql;

namespace KnowledgeArchive.Catalog.PostgreSql;

/// <summary>PostgreSQL: many writers from many processes, so appends that number rows take turns by lock.</summary>
public sealed class PostgreSqlDialect : SqlDialect
{
    /// <summary>The advisory lock audit appends take in their transaction (the chain needs one writer at a time).</summary>
    public const long AuditLockKey = 0x4B41_4155_4449_54; // "KAAUDIT"

    /// <summary>The advisory lock a save takes in its transaction before numbering its changes (<see cref="SerializeFeed"/>).</summary>
    public const long FeedLockKey = 0x4B41_4645_4544; // "KAFEED"

    public static PostgreSqlDialect Instance { get; } = new();

    public override string EqualsIgnoringCase(string column, string parameter) => $"lower({column}) = lower({parameter})";

    public override string LikeIgnoringCase => "ILIKE";

    public override string SerializeAuditAppends => $"SELECT pg_advisory_xact_lock({AuditLockKey});";

    // Held to commit: a save that numbers its changes after another commits after it, so a reader who sees change N
    // sees every change before N.
    public override string SerializeFeed => $"SELECT pg_advisory_xact_lock({FeedLockKey});";

    public override string SerializeBatchFiles => "SELECT 1 FROM ingest_batches WHERE batch_id = @batch FOR UPDATE;";
}

namespace KnowledgeArchive.Core.Security;

/// <summary>An append-only, hash-chained record of what users did (ISO 15489: every action traceable).</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry, durably, and returns it with its sequence number and hashes.</summary>
    Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>Entries, newest first, optionally of one actor or action.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string? actor, string? action, int limit, long? before, CancellationToken cancellationToken);

    /// <summary>Re-computes every hash from the first entry and reports the first entry that does not fit.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}

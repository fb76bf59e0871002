namespace KnowledgeArchive.Core.Security;

/// <summary>
/// One entry of the audit log: who did what to what, and when. Each entry carries the hash of the one before it
/// (<see cref="PreviousHash"/>) and its own <see cref="Hash"/> over both, so an entry changed, removed or slipped in
/// afterwards breaks the chain at that point.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string? Role,
    string Action,
    string? Target,
    string? Detail,
    string PreviousHash,
    string Hash);

/// <summary>What to record: the log adds the time, the sequence number and the hashes.</summary>
public sealed record AuditEvent(string Actor, string? Role, string Action, string? Target = null, string? Detail = null);

/// <summary>The result of re-computing the chain: how many entries were checked and the first that does not fit, if any.</summary>
public sealed record AuditVerification(long Checked, long? FirstBrokenSequence, string? Problem)
{
    public bool Intact => FirstBrokenSequence is null;
}

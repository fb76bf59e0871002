namespace KnowledgeArchive.Client.Contracts;

/// <summary>One audit entry: who (key id and role) did what (action) to what (target), and when; with its place in the hash chain.</summary>
public sealed record AuditEntryDto(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string? Role,
    string Action,
    string? Target,
    string? Detail,
    string PreviousHash,
    string Hash);

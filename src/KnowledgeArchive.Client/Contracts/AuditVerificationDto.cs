namespace KnowledgeArchive.Client.Contracts;

/// <summary>
/// The audit log's hash chain re-computed: <see cref="Ok"/> when every entry fits; otherwise the first entry that
/// does not (<see cref="FirstBrokenSequence"/>) and why.
/// </summary>
public sealed record AuditVerificationDto(bool Ok, long Entries, long? FirstBrokenSequence, string? Reason);

namespace KnowledgeArchive.Client.Contracts;

/// <summary>Audit entries, newest first; ask for the next page with <c>before</c> set to the last sequence number.</summary>
public sealed record AuditEntryListDto(IReadOnlyList<AuditEntryDto> Items);

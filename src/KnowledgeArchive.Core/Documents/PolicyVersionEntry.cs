namespace KnowledgeArchive.Core.Documents;

/// <summary>One row of a policy's document control table.</summary>
public sealed record PolicyVersionEntry(
    string? Version,
    DateOnly? Date,
    string? ApprovedBy,
    string? DecisionReference,
    string? Supersedes,
    string? Summary);

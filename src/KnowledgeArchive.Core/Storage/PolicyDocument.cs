using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Storage;

/// <summary>A policy document: its id, title, organisation, date and document control.</summary>
public sealed record PolicyDocument(string DocumentId, string Title, string? Ccg, string? Icb, DateOnly? Date, PolicyInfo Policy)
{
    /// <summary>The file's SHA-256, for evidence.</summary>
    public string Sha256 { get; init; } = string.Empty;
}

namespace KnowledgeArchive.Core.Storage;

/// <summary>A paper to be made restricted, and taken as of the private session, because of what another document says.</summary>
/// <param name="DocumentId">The record to restrict.</param>
/// <param name="Basis">The evidence, in words: which document, page and line.</param>
public sealed record Restriction(string DocumentId, string Basis);

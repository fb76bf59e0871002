namespace KnowledgeArchive.Core.Decisions;

/// <summary>A citation with what lineage needs to know of the document it is in: the file's hash and the organisation that wrote it.</summary>
public sealed record SourcedCitation(Citation Citation, string Sha256, string? Ccg, string? Icb);

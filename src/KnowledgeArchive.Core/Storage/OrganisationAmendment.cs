namespace KnowledgeArchive.Core.Storage;

/// <summary>A document's CCG and ICB (and its decisions'), as the archive now knows them from what its documents say.</summary>
public sealed record OrganisationAmendment(string DocumentId, string? Ccg, string? Icb);

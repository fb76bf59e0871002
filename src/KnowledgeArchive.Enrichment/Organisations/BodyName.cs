namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>A governing body or committee name from the gazetteer, with its abbreviations.</summary>
public sealed record BodyName(string Name, IReadOnlyList<string>? Aliases = null);

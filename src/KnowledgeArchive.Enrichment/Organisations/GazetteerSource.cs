namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>A source of the gazetteer's facts: its key, where it is (repository and path, or address), its version, and what was taken from it.</summary>
public sealed record GazetteerSource(string Key, string Location, string? Version = null, string? UsedFor = null);

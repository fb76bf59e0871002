namespace KnowledgeArchive.Language.Words;

/// <summary>A governing body or committee's name as the archive shows it, with the other names and abbreviations minutes use.</summary>
public sealed record BodyName(string Name, IReadOnlyList<string>? Aliases = null);

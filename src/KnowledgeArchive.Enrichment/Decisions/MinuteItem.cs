using KnowledgeArchive.Enrichment.Text;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>An item of a meeting: its printed reference (or none), its title, and its text in order.</summary>
public sealed record MinuteItem(string? Reference, string? Title, int Ordinal, IReadOnlyList<TextUnit> Units);

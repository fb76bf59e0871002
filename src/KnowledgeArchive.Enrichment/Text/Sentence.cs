namespace KnowledgeArchive.Enrichment.Text;

/// <summary>A sentence of a unit, with its page.</summary>
public sealed record Sentence(string Text, int Page);

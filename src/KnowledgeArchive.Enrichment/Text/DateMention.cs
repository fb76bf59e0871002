namespace KnowledgeArchive.Enrichment.Text;

/// <summary>A date written in a text, where it was found, and whether it named a day or only a month.</summary>
public sealed record DateMention(DateOnly Date, int Index, int Length, bool MonthOnly = false);

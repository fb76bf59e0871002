namespace KnowledgeArchive.Language.Words;

/// <summary>Month and weekday names with their abbreviations, ordinal suffixes, and the contexts in which numbers are not dates.</summary>
public sealed record DateWords
{
    /// <summary>Twelve lists, January first: the full name, then its abbreviations.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Months { get; init; } = [];

    /// <summary>Seven lists, Monday first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Weekdays { get; init; } = [];

    public IReadOnlyList<string> OrdinalSuffixes { get; init; } = [];

    public IReadOnlyList<string> DayOf { get; init; } = [];

    public IReadOnlyList<string> NotDateContexts { get; init; } = [];

    /// <summary>Words before a date that make it the date something takes effect or is reviewed, not the document's own.</summary>
    public IReadOnlyList<string> EffectiveDateCues { get; init; } = [];

    public int EarliestYear { get; init; } = 1990;
}

namespace KnowledgeArchive.Language.Decisions;

/// <summary>What the text around a sentence says about it: a lead-in it continues ("The Committee:"), a resolution marker, a log's decision column.</summary>
public sealed record ReadingContext
{
    public static ReadingContext None { get; } = new();

    /// <summary>The entries of a list that sets out content ("The key provisions of the policy are:", "with the following suggestions:").</summary>
    public static ReadingContext ContentList { get; } = new() { Content = true };

    /// <summary>The subject a lead-in gives the sentences that continue it ("The Governing Body:" then "APPROVED the …").</summary>
    public SubjectKind Subject { get; init; } = SubjectKind.None;

    /// <summary>The text follows a resolution marker ("RESOLVED that:", a "Decision" label).</summary>
    public bool MarkerLed { get; init; }

    /// <summary>The lead-in puts a question rather than records an answer ("The Board is asked to:").</summary>
    public bool Ask { get; init; }

    /// <summary>The text is an entry of a list of content: it records a decision only with a marker or a deciding subject of its own.</summary>
    public bool Content { get; init; }

    /// <summary>The text continues a list item or table cell that has no subject of its own.</summary>
    public bool Elliptical { get; init; }
}

namespace KnowledgeArchive.Lineage.Questions;

/// <summary>
/// What the user corrects of how a question was read: each part given replaces the part read from the words (an
/// empty subject or organisation clears it). Parts left null keep what was read.
/// </summary>
public sealed record QuestionCorrection
{
    public LineageIntent? Intent { get; init; }

    /// <summary>An organisation's name, code or place ("Hollin Vale", "05X"); empty to ask about every organisation.</summary>
    public string? Organisation { get; init; }

    /// <summary>A body's name or abbreviation; empty for any body.</summary>
    public string? Body { get; init; }

    public int? Year { get; init; }

    /// <summary>The subject in words ("gluten-free prescribing"); empty for none.</summary>
    public string? Subject { get; init; }

    public static QuestionCorrection None { get; } = new();

    public bool IsEmpty => Intent is null && Organisation is null && Body is null && Year is null && Subject is null;
}

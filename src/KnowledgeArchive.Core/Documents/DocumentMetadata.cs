namespace KnowledgeArchive.Core.Documents;

/// <summary>What a document is: its kind, the organisation and body it comes from, and its date.</summary>
/// <remarks>Values are lower-case API words (<see cref="DocumentTypes"/>, <see cref="Sessions"/>, <see cref="Sensitivities"/>); unknown facts stay null rather than guessed.</remarks>
public sealed record DocumentMetadata
{
    public string DocumentType { get; init; } = DocumentTypes.Other;

    /// <summary>The organisation the document comes from, as the archive names it (a CCG, an ICB or a joint committee), or null.</summary>
    public string? Organisation { get; init; }

    public string? Ccg { get; init; }

    public string? Icb { get; init; }

    public string? Body { get; init; }

    public DateOnly? Date { get; init; }

    public string? Session { get; init; }

    public string Sensitivity { get; init; } = Sensitivities.Public;

    /// <summary>
    /// Why the record is restricted when another document says so rather than its own text or its source (a paper
    /// minuted in a private session: which minutes, page and heading); null otherwise.
    /// </summary>
    public string? SensitivityBasis { get; init; }

    public static DocumentMetadata Unknown { get; } = new();
}

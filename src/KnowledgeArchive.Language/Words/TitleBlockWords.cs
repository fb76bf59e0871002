namespace KnowledgeArchive.Language.Words;

/// <summary>Cues in a document's title block: before a meeting's date, before a paper's own date, a document's status words, and before a venue.</summary>
public sealed record TitleBlockWords
{
    public IReadOnlyList<string> MeetingDateCues { get; init; } = [];

    public IReadOnlyList<string> StatedDateCues { get; init; } = [];

    public IReadOnlyList<string> DocumentStatusWords { get; init; } = [];

    public IReadOnlyList<string> VenueCues { get; init; } = [];

    /// <summary>Labels of a cover sheet's title field ("Report title", "Subject").</summary>
    public IReadOnlyList<string> PaperSubjectLabels { get; init; } = [];

    /// <summary>Words of a title that names a template or a draft rather than the document ("Agenda item cover sheet").</summary>
    public IReadOnlyList<string> TemplateWords { get; init; } = [];
}

namespace KnowledgeArchive.Core.Search;

/// <summary>
/// How a search typed as a question in words is read (the phrasebook's <c>searchQuestions</c>): the words that mark a
/// question, and the words of minutes and meetings that a question carries but that would match almost every
/// document ("governing body", "decide", "meeting"), so they are left out of what is searched for.
/// </summary>
public sealed record QuestionWords
{
    /// <summary>Words that, first in the text, make it a question ("what", "which", "did"); text ending in "?" is one too.</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>Words and phrases left out of a question's search; compared after the archive's analysis, so word endings do not matter.</summary>
    public IReadOnlyList<string> Fillers { get; init; } = [];

    public static QuestionWords None { get; } = new();
}

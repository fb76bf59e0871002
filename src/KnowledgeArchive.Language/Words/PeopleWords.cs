namespace KnowledgeArchive.Language.Words;

/// <summary>Signs that a subject is a person, whose undertakings are actions rather than decisions: honorifics and roles.</summary>
public sealed record PeopleWords
{
    public IReadOnlyList<string> Honorifics { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];
}

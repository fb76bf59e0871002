namespace KnowledgeArchive.Core.Search;

/// <summary>A question in words as the search read it: the words searched for and the words left out.</summary>
/// <param name="Asked">The text as typed.</param>
/// <param name="SearchedFor">The content words that were searched for.</param>
/// <param name="LeftOut">The question and meeting words left out, as typed.</param>
public sealed record QueryReading(string Asked, string SearchedFor, IReadOnlyList<string> LeftOut);

namespace KnowledgeArchive.Core.Search;

/// <summary>A page of a document with a query's words marked, for reading a document at its hits.</summary>
/// <param name="Html">The page text HTML-escaped, each match wrapped in <c>&lt;mark&gt;</c> and nothing else added.</param>
/// <param name="Hits">How many matches the page has.</param>
public sealed record MarkedPage(int Number, string Html, int Hits);

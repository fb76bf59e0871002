using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// What a search collects depends on: the request without its page. Values are normalised as the query builder
/// reads them (blank means none, keywords trimmed and lower-cased), so requests that run the same Lucene query share
/// an entry; the text is kept exactly as typed, since the query language gives meaning to every character. The scope
/// is kept as asked, so a search that may see restricted records never answers one that may not. Whether a question
/// is read down to its content words is kept too, though a reading already shows in the text searched for.
/// </summary>
internal sealed record SearchCacheKey(
    string Text,
    string? Ccg,
    string? Icb,
    string? DocumentType,
    string? Body,
    string? Outcome,
    string? Sensitivity,
    DateOnly? From,
    DateOnly? To,
    SearchSort Sort,
    bool ReadQuestion,
    RecordScope Scope)
{
    public static SearchCacheKey Of(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new SearchCacheKey(
            string.IsNullOrWhiteSpace(query.Text) ? string.Empty : query.Text,
            Keyword(query.Ccg),
            Keyword(query.Icb),
            Keyword(query.DocumentType),
            Keyword(query.Body),
            Keyword(query.Outcome),
            Keyword(query.Sensitivity),
            query.From,
            query.To,
            query.Sort,
            query.ReadQuestion,
            query.Scope);
    }

    private static string? Keyword(string? value) => string.IsNullOrWhiteSpace(value) ? null : PageEntries.Key(value);
}

using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Indexing.Questions;
using Lucene.Net.Search;

namespace KnowledgeArchive.Indexing.Suggestions;

/// <summary>
/// What a search adds to its results to help the person who typed it: a question in words read down to its content
/// words before the search runs, then "did you mean" and the searched words' other names.
/// </summary>
internal sealed class SearchAdvisor(QuestionReader questions, SpellingSuggester spelling, RelatedWords related)
{
    /// <summary>The query to run: the question's content words when the text was read as a question.</summary>
    public (SearchQuery Query, QueryReading? Reading) Read(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reading = query.ReadQuestion ? questions.Read(query.Text) : null;
        return (reading is null ? query : query with { Text = reading.SearchedFor }, reading);
    }

    /// <summary>
    /// The advice for <paramref name="searched"/> on <paramref name="searcher"/>. It depends only on the searched text,
    /// the scope and the reader, as the collected search does, so it is worked out once per collected search.
    /// </summary>
    public SearchAdvice Advise(IndexSearcher searcher, SearchQuery searched)
    {
        ArgumentNullException.ThrowIfNull(searched);
        return string.IsNullOrWhiteSpace(searched.Text)
            ? SearchAdvice.None
            : new SearchAdvice(spelling.Suggest(searcher, searched.Text, searched.Scope), related.Of(searched.Text));
    }
}

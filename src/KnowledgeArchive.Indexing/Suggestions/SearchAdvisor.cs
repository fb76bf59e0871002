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

    public SearchResults Advise(IndexSearcher searcher, SearchQuery searched, SearchResults results, QueryReading? reading)
    {
        ArgumentNullException.ThrowIfNull(searched);
        ArgumentNullException.ThrowIfNull(results);
        if (string.IsNullOrWhiteSpace(searched.Text))
        {
            return results;
        }

        return results with
        {
            Reading = reading,
            DidYouMean = spelling.Suggest(searcher, searched.Text, searched.Scope),
            Related = related.Of(searched.Text),
        };
    }
}

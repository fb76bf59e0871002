using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeArchive.Indexing;

/// <summary>The words of a query that snippets and marked pages show, as the index's analysis wrote them.</summary>
internal static class QueryTerms
{
    /// <summary>The query's words in the text and title, by the field whose analysis finds them in page text.</summary>
    public static Dictionary<string, HashSet<string>> Of(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(query).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Some rewritten multi-term queries cannot list their terms; the snippet is then unmarked.
        }

        return terms
            .Where(t => t.Field is IndexFields.Text or IndexFields.Title or IndexFields.TextPlain or IndexFields.TitlePlain)
            .GroupBy(t => t.Field.EndsWith(IndexFields.PlainSuffix, StringComparison.Ordinal) ? IndexFields.TextPlain : IndexFields.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Text).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}

using Lucene.Net.QueryParsers.Classic;

namespace KnowledgeArchive.Indexing;

/// <summary>Helpers for writing query text in the product's query language.</summary>
public static class QueryText
{
    /// <summary>
    /// Text to search for as plain words: characters the query language gives a meaning to are escaped and words
    /// that would be operators (AND, OR, NOT) are lower-cased, so any text can be searched for as it is.
    /// </summary>
    public static string Literal(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return QueryParserBase.Escape(words.ToLowerInvariant());
    }
}

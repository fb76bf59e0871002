using KnowledgeArchive.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Translates a <see cref="SearchQuery"/> into a Lucene query: the user's text through the classic query parser
/// (all words required by default, or any of them for the second tier of results; quotes, AND/OR/NOT, field:value and trailing wildcards allowed), filters as
/// keyword and date-range clauses. Text the parser cannot read becomes an <see cref="InvalidQueryException"/>.
/// </summary>
internal sealed class SearchQueryBuilder(Analyzer analyzer)
{
    public const int MaxQueryLength = 1000;

    // Field weights: a title is usually on its first page too, so its own field adds a little, not a second full count;
    // what enrichment read about the document (organisation, body, type, description) counts as much as page text.
    private static readonly Dictionary<string, float> Boosts = new()
    {
        [IndexFields.Title] = 0.4f,
        [IndexFields.Text] = 1f,
        [IndexFields.About] = 1f,
    };

    public Query? ParseText(string text, Operator defaultOperator)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxQueryLength)
        {
            throw new InvalidQueryException($"The query is {text.Length} characters long; the limit is {MaxQueryLength}.");
        }

        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, [.. Boosts.Keys], analyzer, Boosts)
        {
            DefaultOperator = defaultOperator,
            AllowLeadingWildcard = false,
            AutoGeneratePhraseQueries = true,
        };
        try
        {
            return parser.Parse(text);
        }
        catch (ParseException ex)
        {
            throw new InvalidQueryException(Explain(text, ex), ex);
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new InvalidQueryException("The query expands to too many terms; make wildcards more specific.", ex);
        }
    }

    public static Query Build(SearchQuery query, Query? text)
    {
        var filters = new List<Query>();
        AddKeyword(filters, IndexFields.Ccg, query.Ccg);
        AddKeyword(filters, IndexFields.Icb, query.Icb);
        AddKeyword(filters, IndexFields.DocumentType, query.DocumentType);
        AddKeyword(filters, IndexFields.Body, query.Body);
        if (query.From is not null || query.To is not null)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(
                IndexFields.Date,
                query.From is { } from ? PageEntries.DateValue(from) : null,
                query.To is { } to ? PageEntries.DateValue(to) : null,
                minInclusive: true,
                maxInclusive: true));
        }

        if (filters.Count == 0)
        {
            return text ?? new MatchAllDocsQuery();
        }

        var combined = new BooleanQuery { { text ?? new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var filter in filters)
        {
            // Filters constrain without scoring.
            combined.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        return combined;
    }

    private static void AddKeyword(List<Query> filters, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filters.Add(new TermQuery(new Term(field + IndexFields.FilterSuffix, PageEntries.Key(value))));
        }
    }

    private static string Explain(string text, ParseException ex)
    {
        var quotes = text.Count(c => c == '"');
        if (quotes % 2 == 1)
        {
            return "The query has an unmatched double quote (\"). Close the phrase or remove the quote.";
        }

        if (text.Count(c => c == '(') != text.Count(c => c == ')'))
        {
            return "The query's brackets do not match. Close each '(' with ')'.";
        }

        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('*') || trimmed.StartsWith('?'))
        {
            return "A query cannot start with a wildcard (* or ?). Put at least one letter before it.";
        }

        var first = ex.Message.Split('\n')[0].Trim();
        return $"The query could not be read: {first}. Put phrases in double quotes and escape special characters (+ - && || ! ( ) {{ }} [ ] ^ \" ~ * ? : \\ /) with a backslash.";
    }
}

using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Indexing.Queries;
using KnowledgeArchive.Indexing.Synonyms;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Translates a <see cref="SearchQuery"/> into Lucene queries: the user's text, with synonyms added, through the
/// product's query language (<see cref="ArchiveQueryParser"/>), once with every word required and once with some
/// of them, and the request's filters as keyword and date-range clauses. Text that cannot be run becomes an
/// <see cref="InvalidQueryException"/> that says what to change.
/// </summary>
internal sealed class SearchQueryBuilder(Analyzer analyzer, SynonymExpander synonyms)
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

    public ParsedText? ParseText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxQueryLength)
        {
            throw new InvalidQueryException($"The query is {text.Length} characters long; the limit is {MaxQueryLength}.");
        }

        var parser = new ArchiveQueryParser(analyzer, Boosts) { DefaultOperator = Operator.AND };
        try
        {
            var every = WithAllIfOnlyExcluding(parser.Parse(synonyms.Expand(SlashesAsText(text))));
            return new ParsedText(every, Relax(every, parser));
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
        if (!string.IsNullOrWhiteSpace(query.Sensitivity))
        {
            // Narrows within the scope's filter below: asking for restricted records never widens what a caller sees.
            filters.Add(new TermQuery(new Term(IndexFields.Sensitivity, query.Sensitivity.Trim().ToLowerInvariant())));
        }
        if (!string.IsNullOrWhiteSpace(query.Outcome))
        {
            // A document-level keyword: the page that matches the words need not be the one recording the decision.
            filters.Add(new TermQuery(new Term(IndexFields.DocumentOutcomes, PageEntries.Key(query.Outcome))));
        }

        if (query.Scope != RecordScope.All)
        {
            // Only entries marked public: an entry without the field (or with a value not known here) stays hidden.
            filters.Add(new TermQuery(new Term(IndexFields.Sensitivity, Sensitivities.Public)));
        }

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

    /// <summary>The second tier: words the user did not mark required become optional (at least one must match); filters, + and AND stay required.</summary>
    private static Query Relax(Query every, ArchiveQueryParser parser)
    {
        if (every is not BooleanQuery strict)
        {
            return every;
        }

        var relaxed = new BooleanQuery(strict.CoordDisabled) { Boost = strict.Boost };
        var optional = 0;
        foreach (var clause in strict.Clauses)
        {
            var loosen = clause.Occur == Occur.MUST && !parser.Filters.Contains(clause.Query) && !parser.Required.Contains(clause.Query);
            relaxed.Add(clause.Query, loosen ? Occur.SHOULD : clause.Occur);
            optional += loosen || clause.Occur == Occur.SHOULD ? 1 : 0;
        }

        if (optional == 0 || relaxed.Clauses.All(c => c.Occur == Occur.SHOULD) && strict.Clauses.All(c => c.Occur == Occur.SHOULD))
        {
            return every;
        }

        relaxed.MinimumNumberShouldMatch = 1;
        return relaxed;
    }

    /// <summary>
    /// Minute references are written with slashes (GB19/023), which Lucene's syntax would read as the start of a
    /// regular expression: a slash is searched for as text.
    /// </summary>
    private static string SlashesAsText(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                escaped.Append(text[i]).Append(text[++i]);
                continue;
            }

            escaped.Append(text[i] == '/' ? "\\/" : text[i].ToString());
        }

        return escaped.ToString();
    }

    /// <summary>A query that only excludes ("-draft") means everything but those.</summary>
    private static Query WithAllIfOnlyExcluding(Query query)
    {
        if (query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
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

/// <summary>Query text parsed twice over: with every word required, and with some of them (the second tier of results).</summary>
internal sealed record ParsedText(Query Every, Query Some);

using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing.Queries;

/// <summary>
/// The product's query language on top of Lucene's classic syntax: plain words over the searchable fields, and
/// <c>field:value</c> for title, text, ccg, icb, body (words of the name), type, outcome, ref (any printed form of a
/// reference) and date (a year, month or day, or <c>[from TO to]</c>). Limits keep a query cheap: at most
/// <see cref="MaxClauses"/> words, phrases and filters, at least <see cref="MinPrefixLetters"/> letters before a
/// wildcard, and at most <see cref="MaxExpansions"/> words for each wildcard.
/// </summary>
internal sealed class ArchiveQueryParser : MultiFieldQueryParser
{
    public const int MaxClauses = 100;
    public const int MinPrefixLetters = 2;
    public const int MaxExpansions = 256;

    /// <summary>What recording a decision of the kind a query's word asks for adds to a page's score.</summary>
    public const float DecisionBoost = 1f;

    public static readonly string[] FieldNames = ["title", "text", "ccg", "icb", "type", "body", "outcome", "ref", "date"];

    private static readonly string[] Types = [DocumentTypes.Minutes, DocumentTypes.Policy, DocumentTypes.Handover, DocumentTypes.Report, DocumentTypes.Other];
    private static readonly string[] Outcomes = [DecisionOutcomes.Approved, DecisionOutcomes.Ratified, DecisionOutcomes.Adopted, DecisionOutcomes.Noted, DecisionOutcomes.Deferred, DecisionOutcomes.Rejected];

    private readonly IDictionary<string, float> boosts;
    private int clauses;

    public ArchiveQueryParser(Analyzer analyzer, IDictionary<string, float> boosts)
        : base(LuceneVersion.LUCENE_48, [.. boosts.Keys], analyzer, boosts)
    {
        this.boosts = boosts;
        AllowLeadingWildcard = false;
        AutoGeneratePhraseQueries = true;
        MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpansions);
    }

    /// <summary>Clauses that filter (a field other than title and text): required in every tier of results.</summary>
    public HashSet<Query> Filters { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Clauses the user made required with <c>+</c> or <c>AND</c>.</summary>
    public HashSet<Query> Required { get; } = new(ReferenceEqualityComparer.Instance);

    protected override void AddClause(IList<BooleanClause> clauses, int conj, int mods, Query q)
    {
        if (conj == CONJ_AND && clauses.Count > 0)
        {
            Required.Add(clauses[^1].Query);
        }

        if (q is not null && (mods == MOD_REQ || conj == CONJ_AND))
        {
            Required.Add(q);
        }

        base.AddClause(clauses, conj, mods, q);
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) => Count(field switch
    {
        null when !quoted && DecisionWords.OutcomesFor(queryText) is { } outcomes => WordOrDecision(base.GetFieldQuery(field, queryText, quoted), outcomes),
        null or IndexFields.Title or IndexFields.Text => base.GetFieldQuery(field, queryText, quoted),
        _ => Filter(field, queryText),
    });

    protected override Query GetFieldQuery(string field, string queryText, int slop) => Count(field switch
    {
        null or IndexFields.Title or IndexFields.Text => base.GetFieldQuery(field, queryText, slop),
        _ => Filter(field, queryText),
    });

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field != IndexFields.Date)
        {
            throw new InvalidQueryException($"Ranges in [ ] work on dates only, as in date:[2018-01-01 TO 2019-12-31]; '{field ?? "words"}' cannot take one.");
        }

        var from = IsOpen(part1) ? (DateOnly?)null : QueryDates.Parse(part1).From;
        var to = IsOpen(part2) ? (DateOnly?)null : QueryDates.Parse(part2).To;
        return Count(Remember(DateRange(from, to)));
    }

    protected override Query GetPrefixQuery(string field, string termStr) => Wildcard(field, termStr, termStr.Length, prefix: true);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        Wildcard(field, termStr, termStr.IndexOfAny(['*', '?']), prefix: false);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        Count(base.GetFuzzyQuery(field, termStr, minSimilarity));

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new InvalidQueryException("Regular expressions (/.../) are not supported; use a prefix such as polic* instead.");

    private Query Wildcard(string field, string termStr, int letters, bool prefix)
    {
        if (letters < MinPrefixLetters)
        {
            throw new InvalidQueryException($"Put at least {MinPrefixLetters} letters before a wildcard (* or ?), as in polic*.");
        }

        string[] plainFields = field switch
        {
            null => [IndexFields.Title, IndexFields.Text],
            IndexFields.Title or IndexFields.Text => [field],
            _ => throw new InvalidQueryException($"Wildcards work on words of the title and text, not on '{field}'."),
        };
        var term = termStr.ToLowerInvariant();
        var any = new BooleanQuery(disableCoord: true);
        foreach (var name in plainFields)
        {
            var plainField = name + IndexFields.PlainSuffix;
            var query = prefix ? NewPrefixQuery(new Term(plainField, term)) : NewWildcardQuery(new Term(plainField, term));
            query.Boost = boosts.TryGetValue(name, out var boost) ? boost : 1f;
            any.Add(query, Occur.SHOULD);
        }

        return Count(any);
    }

    /// <summary>
    /// A word asking for a decision ("gluten free decision 2016", "IVF policy approved") matches a page that has the
    /// word or records a decision with an outcome it names, scoring that as a word of weight <see cref="DecisionBoost"/>:
    /// the minutes that took the decision answer such a query better than papers that only use the word.
    /// </summary>
    private static BooleanQuery WordOrDecision(Query? word, IReadOnlyList<string> outcomes)
    {
        var recorded = new BooleanQuery(disableCoord: true);
        foreach (var outcome in outcomes)
        {
            recorded.Add(new TermQuery(new Term(IndexFields.Outcome, outcome)), Occur.SHOULD);
        }

        var either = new BooleanQuery(disableCoord: true) { { new ConstantScoreQuery(recorded) { Boost = DecisionBoost }, Occur.SHOULD } };
        if (word is not null)
        {
            either.Add(word, Occur.SHOULD);
        }

        return either;
    }

    private Query Filter(string field, string value)
    {
        var trimmed = value.Trim();
        Query query = field switch
        {
            "ccg" or "icb" or "body" => base.GetFieldQuery(field + IndexFields.WordsSuffix, trimmed, quoted: true)
                ?? throw new InvalidQueryException($"{field}: needs a name, as in {field}:\"Hollin Vale\"."),
            "type" => new TermQuery(new Term(IndexFields.DocumentType + IndexFields.FilterSuffix, OneOf(field, trimmed, Types))),
            "outcome" => new TermQuery(new Term(IndexFields.Outcome, OneOf(field, trimmed, Outcomes))),
            "ref" => new TermQuery(new Term(IndexFields.Reference, DecisionReferences.Canonical(trimmed))),
            "date" => DateRange(QueryDates.Parse(trimmed).From, QueryDates.Parse(trimmed).To),
            _ => throw new InvalidQueryException(
                $"'{field}:' is not a field that can be searched. Fields: {string.Join(", ", FieldNames)}. To search for the text itself, put it in double quotes."),
        };
        return Remember(query);
    }

    private static string OneOf(string field, string value, string[] allowed)
    {
        var lower = value.ToLowerInvariant();
        return allowed.Contains(lower, StringComparer.Ordinal)
            ? lower
            : throw new InvalidQueryException($"{field}: must be one of {string.Join(", ", allowed)}, not '{value}'.");
    }

    private static NumericRangeQuery<int> DateRange(DateOnly? from, DateOnly? to) =>
        NumericRangeQuery.NewInt32Range(
            IndexFields.Date,
            from is { } f ? PageEntries.DateValue(f) : null,
            to is { } t ? PageEntries.DateValue(t) : null,
            minInclusive: true,
            maxInclusive: true);

    private Query Remember(Query query)
    {
        Filters.Add(query);
        return query;
    }

    private static bool IsOpen(string? part) => part is null or "*" or "";

    /// <summary>Counts a clause the query will run (stop words make none).</summary>
    private Query Count(Query? query)
    {
        if (query is not null && ++clauses > MaxClauses)
        {
            throw new InvalidQueryException($"The query has more than {MaxClauses} words, phrases and filters (synonyms count too); make it shorter.");
        }

        return query!;
    }
}

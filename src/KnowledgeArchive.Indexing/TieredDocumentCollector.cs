using KnowledgeArchive.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Collects the page hits of the query with some of the words into documents in one pass, and tells apart the pages
/// that have every word by stepping the every-word query's scorer alongside (pages arrive in order, so it only moves
/// forward). Per document it keeps the best page, preferring one with every word; facets and the year are counted the
/// first time a document is seen, from segment ordinals, so nothing is read as text until the counts are reported.
/// Every facet counts matched documents; in the outcome facet a document counts once under each distinct outcome it records.
/// </summary>
internal sealed class TieredDocumentCollector(Weight? everyWord, SearchDeadline deadline) : ICollector, IDisposable
{
    // Pages collected between two looks at the clock.
    private const int DeadlineStride = 1024;

    /// <summary>Facet of meeting or document years, counted from the date doc values.</summary>
    public const string YearFacet = "year";

    /// <summary>Facet of decision outcomes: a document counts once for each outcome among the decisions it records.</summary>
    public const string OutcomeFacet = "outcome";

    private readonly List<SegmentDocuments> segments = [];
    private readonly Dictionary<long, int> years = [];
    private SegmentDocuments? current;
    private Scorer? scorer;
    private Scorer? every;
    private int everyDoc;
    private int collected;

    /// <summary>How many documents matched.</summary>
    public int Total => segments.Sum(s => s.Count);

    public IReadOnlyList<SegmentDocuments> Segments => segments;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        current = new SegmentDocuments(context);
        segments.Add(current);
        every = everyWord?.GetScorer(context, context.AtomicReader.LiveDocs);
        everyDoc = every is null ? DocIdSetIterator.NO_MORE_DOCS : -1;
    }

    public void Collect(int doc)
    {
        if (collected++ % DeadlineStride == 0)
        {
            deadline.Check();
        }

        if (current?.Columns.Ids is not { } ids)
        {
            return;
        }

        var hasEveryWord = everyWord is null;
        float score;
        if (every is not null && everyDoc < doc)
        {
            everyDoc = every.Advance(doc);
        }

        if (everyDoc == doc)
        {
            hasEveryWord = true;
            score = every!.GetScore();
        }
        else
        {
            score = scorer!.GetScore();
        }

        if (current.Add(ids[doc], doc, score, hasEveryWord))
        {
            CountFacets(current, doc);
        }
    }

    /// <summary>Facet counts over the matched documents, most frequent value first; years newest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> CountFacets()
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        var scratch = new BytesRef();
        for (var i = 0; i < IndexFields.Facets.Length; i++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var segment in segments)
            {
                var values = segment.Facets[i];
                AddCounts(counts, segment.FacetCounts[i], (ordinal, into) => values!.LookupOrd(ordinal, into), scratch);
            }

            result[IndexFields.Facets[i]] = MostFrequentFirst(counts);
        }

        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            var values = segment.Outcomes;
            AddCounts(outcomes, segment.OutcomeCounts, (ordinal, into) => values!.LookupOrd(ordinal, into), scratch);
        }

        result[OutcomeFacet] = MostFrequentFirst(outcomes);
        result[YearFacet] = years
            .Select(y => (Year: y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Count: y.Value))
            .OrderByDescending(y => y.Year, StringComparer.Ordinal)
            .Select(y => new FacetValue(y.Year, y.Count))
            .ToList();
        return result;
    }

    public void Dispose()
    {
        foreach (var segment in segments)
        {
            segment.Dispose();
        }

        segments.Clear();
    }

    /// <summary>Adds a segment's per-ordinal counts to <paramref name="counts"/> by value: ordinals differ between segments, values do not.</summary>
    private static void AddCounts(Dictionary<string, int> counts, int[] perOrdinal, Action<int, BytesRef> lookup, BytesRef scratch)
    {
        for (var ordinal = 0; ordinal < perOrdinal.Length; ordinal++)
        {
            if (perOrdinal[ordinal] > 0)
            {
                lookup(ordinal, scratch);
                var value = scratch.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + perOrdinal[ordinal];
            }
        }
    }

    private static List<FacetValue> MostFrequentFirst(Dictionary<string, int> counts) => counts
        .OrderByDescending(c => c.Value)
        .ThenBy(c => c.Key, StringComparer.OrdinalIgnoreCase)
        .Select(c => new FacetValue(c.Key, c.Value))
        .ToList();

    private void CountFacets(SegmentDocuments segment, int doc)
    {
        var columns = segment.Columns;
        for (var i = 0; i < columns.Facets.Length; i++)
        {
            if (columns.Facets[i]?[doc] is >= 0 and var ordinal)
            {
                segment.FacetCounts[i][ordinal]++;
            }
        }

        // Every entry of a document carries all of the document's outcomes, so the first entry seen counts them.
        if (segment.Outcomes is { } outcomes)
        {
            outcomes.SetDocument(doc);
            for (var ordinal = outcomes.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = outcomes.NextOrd())
            {
                segment.OutcomeCounts[ordinal]++;
            }
        }

        if (columns.Dates[doc] is > 0 and var date)
        {
            var year = date / 10000;
            years[year] = years.GetValueOrDefault(year) + 1;
        }
    }
}

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
/// </summary>
internal sealed class TieredDocumentCollector(Weight? everyWord) : ICollector, IDisposable
{
    /// <summary>Facet of meeting or document years, counted from the date doc values.</summary>
    public const string YearFacet = "year";

    private readonly List<SegmentDocuments> segments = [];
    private readonly Dictionary<long, int> years = [];
    private SegmentDocuments? current;
    private Scorer? scorer;
    private Scorer? every;
    private int everyDoc;

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
        if (current?.Ids is not { } ids)
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

        if (current.Add(ids.GetOrd(doc), doc, score, hasEveryWord))
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
                var perOrdinal = segment.FacetCounts[i];
                for (var ordinal = 0; ordinal < perOrdinal.Length; ordinal++)
                {
                    if (perOrdinal[ordinal] > 0)
                    {
                        segment.Facets[i]!.LookupOrd(ordinal, scratch);
                        var value = scratch.Utf8ToString();
                        counts[value] = counts.GetValueOrDefault(value) + perOrdinal[ordinal];
                    }
                }
            }

            result[IndexFields.Facets[i]] = counts
                .OrderByDescending(c => c.Value)
                .ThenBy(c => c.Key, StringComparer.OrdinalIgnoreCase)
                .Select(c => new FacetValue(c.Key, c.Value))
                .ToList();
        }

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

    private void CountFacets(SegmentDocuments segment, int doc)
    {
        for (var i = 0; i < segment.Facets.Length; i++)
        {
            if (segment.Facets[i]?.GetOrd(doc) is >= 0 and var ordinal)
            {
                segment.FacetCounts[i][ordinal]++;
            }
        }

        if (segment.HasDate?.Get(doc) == true && segment.Dates!.Get(doc) is > 0 and var date)
        {
            var year = date / 10000;
            years[year] = years.GetValueOrDefault(year) + 1;
        }
    }
}

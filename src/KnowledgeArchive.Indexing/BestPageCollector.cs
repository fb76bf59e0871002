using KnowledgeArchive.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Collects page hits into documents: for each document the best-scoring page (ties go to the earlier page),
/// its date for sorting, and its facet values, read from doc values so no stored fields are loaded. Facet values are
/// kept as ordinals of their segment and turned into text once per distinct value when counted.
/// </summary>
internal sealed class BestPageCollector : ICollector
{
    /// <summary>Facet of meeting or document years, counted from the date doc values.</summary>
    public const string YearFacet = "year";

    // A document's pages are indexed together, so they lie in one segment: keyed by segment and id ordinal, the id's
    // text is read once per document rather than once per page.
    private readonly Dictionary<long, DocumentHit> hits = [];
    private readonly BytesRef scratch = new();
    private SortedDocValues? ids;
    private NumericDocValues? dates;
    private IBits? hasDate;
    private readonly List<SortedDocValues?[]> segmentFacets = [];
    private SortedDocValues?[] facets = [];
    private Scorer? scorer;
    private int docBase;

    public IReadOnlyCollection<DocumentHit> Hits => hits.Values;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        docBase = context.DocBase;
        ids = reader.GetSortedDocValues(IndexFields.DocumentId);
        dates = reader.GetNumericDocValues(IndexFields.Date);
        hasDate = reader.GetDocsWithField(IndexFields.Date);
        facets = IndexFields.Facets.Select(reader.GetSortedDocValues).ToArray();
        segmentFacets.Add(facets);
    }

    public void Collect(int doc)
    {
        if (ids is null)
        {
            return;
        }

        var key = ((long)(segmentFacets.Count - 1) << 32) | (uint)ids.GetOrd(doc);
        var score = scorer!.GetScore();
        var global = docBase + doc;
        if (hits.TryGetValue(key, out var existing))
        {
            if (score > existing.Score || (score.Equals(existing.Score) && global < existing.LuceneDoc))
            {
                existing.Score = score;
                existing.LuceneDoc = global;
            }

            return;
        }

        ids.Get(doc, scratch);
        hits[key] = new DocumentHit(scratch.Utf8ToString())
        {
            Score = score,
            LuceneDoc = global,
            Date = hasDate?.Get(doc) == true ? dates!.Get(doc) : 0,
            Segment = segmentFacets.Count - 1,
            FacetOrdinals = ReadFacets(doc),
        };
    }

    /// <summary>Facet counts over the collected documents.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> CountFacets()
    {
        var documents = Hits;
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var i = 0; i < IndexFields.Facets.Length; i++)
        {
            var byOrdinal = new Dictionary<(int Segment, int Ordinal), int>();
            foreach (var hit in documents)
            {
                if (hit.FacetOrdinals[i] >= 0)
                {
                    var key = (hit.Segment, hit.FacetOrdinals[i]);
                    byOrdinal[key] = byOrdinal.GetValueOrDefault(key) + 1;
                }
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var ((segment, ordinal), count) in byOrdinal)
            {
                segmentFacets[segment][i]!.LookupOrd(ordinal, scratch);
                var value = scratch.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + count;
            }

            result[IndexFields.Facets[i]] = counts
                .OrderByDescending(c => c.Value)
                .ThenBy(c => c.Key, StringComparer.OrdinalIgnoreCase)
                .Select(c => new FacetValue(c.Key, c.Value))
                .ToList();
        }

        result[YearFacet] = documents
            .Where(h => h.Date > 0)
            .GroupBy(h => (h.Date / 10000).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Count()))
            .ToList();
        return result;
    }

    private int[] ReadFacets(int doc)
    {
        var ordinals = new int[facets.Length];
        for (var i = 0; i < facets.Length; i++)
        {
            ordinals[i] = facets[i]?.GetOrd(doc) ?? -1;
        }

        return ordinals;
    }
}

/// <summary>A matching document: its best page entry and the values it is sorted and faceted by.</summary>
internal sealed class DocumentHit(string documentId)
{
    public string DocumentId { get; } = documentId;

    public float Score { get; set; }

    public int LuceneDoc { get; set; }

    public long Date { get; init; }

    /// <summary>The segment the document's facet ordinals belong to.</summary>
    public int Segment { get; init; }

    /// <summary>For each of <see cref="IndexFields.Facets"/>, the value's ordinal in its segment, or -1 for none.</summary>
    public int[] FacetOrdinals { get; init; } = [];
}

using KnowledgeArchive.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Collects page hits into documents: for each document the best-scoring page (ties go to the earlier page),
/// its date for sorting, and its facet values, read from doc values so no stored fields are loaded.
/// </summary>
internal sealed class BestPageCollector : ICollector
{
    /// <summary>Facet of meeting or document years, counted from the date doc values.</summary>
    public const string YearFacet = "year";

    private readonly Dictionary<string, DocumentHit> hits = new(StringComparer.Ordinal);
    private readonly BytesRef scratch = new();
    private SortedDocValues? ids;
    private NumericDocValues? dates;
    private IBits? hasDate;
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
    }

    public void Collect(int doc)
    {
        if (ids is null)
        {
            return;
        }

        ids.Get(doc, scratch);
        var id = scratch.Utf8ToString();
        var score = scorer!.GetScore();
        var global = docBase + doc;
        if (hits.TryGetValue(id, out var existing))
        {
            if (score > existing.Score || (score.Equals(existing.Score) && global < existing.LuceneDoc))
            {
                existing.Score = score;
                existing.LuceneDoc = global;
            }

            return;
        }

        hits[id] = new DocumentHit(id)
        {
            Score = score,
            LuceneDoc = global,
            Date = hasDate?.Get(doc) == true ? dates!.Get(doc) : 0,
            Facets = ReadFacets(doc),
        };
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> CountFacets(IReadOnlyCollection<DocumentHit> documents)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var i = 0; i < IndexFields.Facets.Length; i++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var hit in documents)
            {
                if (hit.Facets[i] is { } value)
                {
                    counts[value] = counts.GetValueOrDefault(value) + 1;
                }
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

    private string?[] ReadFacets(int doc)
    {
        var values = new string?[facets.Length];
        for (var i = 0; i < facets.Length; i++)
        {
            var field = facets[i];
            if (field is not null && field.GetOrd(doc) >= 0)
            {
                field.Get(doc, scratch);
                values[i] = scratch.Utf8ToString();
            }
        }

        return values;
    }
}

/// <summary>A matching document: its best page entry and the values it is sorted and faceted by.</summary>
internal sealed class DocumentHit(string documentId)
{
    public string DocumentId { get; } = documentId;

    public float Score { get; set; }

    public int LuceneDoc { get; set; }

    public long Date { get; init; }

    public string?[] Facets { get; init; } = [];
}

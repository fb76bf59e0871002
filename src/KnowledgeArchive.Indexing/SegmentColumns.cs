using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// The per-entry doc values a search reads for every matching page (the document id's ordinal, the facet values'
/// ordinals and the date), read once per segment into arrays and shared by every search on that segment: reading them
/// from the index for each page is much of a search's cost. A segment never changes once written, so its columns hold
/// for its life (deletions are the searches' concern) and are dropped with it. About 24 bytes per page entry.
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Segments = new();

    private SegmentColumns(int[]? ids, int[]?[] facets, int[] dates)
    {
        Ids = ids;
        Facets = facets;
        Dates = dates;
    }

    /// <summary>Each entry's id ordinal; null when the segment has no ids.</summary>
    public int[]? Ids { get; }

    /// <summary>For each of <see cref="IndexFields.Facets"/>, each entry's value ordinal (-1 for none); null when no entry has one.</summary>
    public int[]?[] Facets { get; }

    /// <summary>Each entry's date as yyyyMMdd, or 0 when it has none.</summary>
    public int[] Dates { get; }

    /// <summary>The columns of <paramref name="reader"/>'s segment, read on first use.</summary>
    public static SegmentColumns Of(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Segments.GetValue(reader.CoreCacheKey, _ => Read(reader));
    }

    private static SegmentColumns Read(AtomicReader reader)
    {
        var entries = reader.MaxDoc;
        var dates = new int[entries];
        if (reader.GetNumericDocValues(IndexFields.Date) is { } values && reader.GetDocsWithField(IndexFields.Date) is { } has)
        {
            for (var doc = 0; doc < entries; doc++)
            {
                dates[doc] = has.Get(doc) ? (int)values.Get(doc) : 0;
            }
        }

        return new SegmentColumns(
            Ordinals(reader.GetSortedDocValues(IndexFields.DocumentId), entries),
            [.. IndexFields.Facets.Select(f => Ordinals(reader.GetSortedDocValues(f), entries))],
            dates);
    }

    private static int[]? Ordinals(SortedDocValues? values, int entries)
    {
        if (values is null)
        {
            return null;
        }

        var ordinals = new int[entries];
        for (var doc = 0; doc < entries; doc++)
        {
            ordinals[doc] = values.GetOrd(doc);
        }

        return ordinals;
    }
}

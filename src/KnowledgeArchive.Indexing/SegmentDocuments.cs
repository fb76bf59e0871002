using System.Buffers;
using Lucene.Net.Index;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// The documents matched in one segment, indexed by the ordinal of their id: a document's pages are indexed together,
/// so they lie in one segment and share the ordinal. Arrays are rented, so a search allocates little however many
/// documents it matches; <see cref="Dispose"/> returns them.
/// </summary>
internal sealed class SegmentDocuments : IDisposable
{
    private readonly float[] scores;
    private readonly int[] pages;
    private readonly bool[] everyWord;
    private readonly int[] seen;

    public SegmentDocuments(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        DocBase = context.DocBase;
        Columns = SegmentColumns.Of(reader);
        Ids = reader.GetSortedDocValues(IndexFields.DocumentId);
        Facets = [.. IndexFields.Facets.Select(reader.GetSortedDocValues)];
        FacetCounts = [.. Facets.Select(f => f is null ? [] : new int[f.ValueCount])];
        Outcomes = reader.GetSortedSetDocValues(IndexFields.DocumentOutcomes);
        OutcomeCounts = Outcomes is null ? [] : new int[Outcomes.ValueCount];
        var size = Math.Max(1, Ids?.ValueCount ?? 0);
        scores = ArrayPool<float>.Shared.Rent(size);
        pages = ArrayPool<int>.Shared.Rent(size);
        everyWord = ArrayPool<bool>.Shared.Rent(size);
        seen = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(pages, 0, size);
        Array.Clear(everyWord, 0, size);
    }

    public int DocBase { get; }

    /// <summary>Each entry's id ordinal, facet ordinals and date, as arrays.</summary>
    public SegmentColumns Columns { get; }

    /// <summary>The ids, to read an ordinal's id as text (entries' ordinals come from <see cref="Columns"/>).</summary>
    public SortedDocValues? Ids { get; }

    /// <summary>For each of <see cref="IndexFields.Facets"/>, its values, to read an ordinal's value as text.</summary>
    public SortedDocValues?[] Facets { get; }

    /// <summary>For each of <see cref="IndexFields.Facets"/>, matched documents per value ordinal of this segment.</summary>
    public int[][] FacetCounts { get; }

    /// <summary>The outcomes of the decisions each entry's document records (several per entry, or none).</summary>
    public SortedSetDocValues? Outcomes { get; }

    /// <summary>Matched documents per outcome ordinal of this segment.</summary>
    public int[] OutcomeCounts { get; }

    /// <summary>How many documents matched.</summary>
    public int Count { get; private set; }

    /// <summary>The id ordinals of the matched documents, in the order first seen.</summary>
    public ReadOnlySpan<int> Seen => seen.AsSpan(0, Count);

    /// <summary>Records a matching page; returns true the first time the page's document is seen.</summary>
    /// <remarks>Pages come in index order, so on equal scores the earlier page is kept.</remarks>
    public bool Add(int ordinal, int doc, float score, bool hasEveryWord)
    {
        if (pages[ordinal] == 0)
        {
            seen[Count++] = ordinal;
            Keep(ordinal, doc, score, hasEveryWord);
            return true;
        }

        if (hasEveryWord && !everyWord[ordinal])
        {
            Keep(ordinal, doc, score, hasEveryWord);
        }
        else if (hasEveryWord == everyWord[ordinal] && score > scores[ordinal])
        {
            Keep(ordinal, doc, score, hasEveryWord);
        }

        return false;
    }

    public DocumentCandidate Candidate(int segment, int ordinal)
    {
        var doc = pages[ordinal] - 1;
        return new DocumentCandidate(segment, ordinal, DocBase + doc, everyWord[ordinal], scores[ordinal], Columns.Dates[doc]);
    }

    public void Dispose()
    {
        ArrayPool<float>.Shared.Return(scores);
        ArrayPool<int>.Shared.Return(pages);
        ArrayPool<bool>.Shared.Return(everyWord);
        ArrayPool<int>.Shared.Return(seen);
    }

    private void Keep(int ordinal, int doc, float score, bool hasEveryWord)
    {
        pages[ordinal] = doc + 1;
        scores[ordinal] = score;
        everyWord[ordinal] = hasEveryWord;
    }
}

using KnowledgeArchive.Core.Search;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// The first documents of the ranking, without sorting them all: documents with every word on one page first, then
/// by score or date as asked, ties to the newer document and then the lower id. Only the ids of tied documents are
/// read as text.
/// </summary>
internal sealed class TopDocuments : IComparer<DocumentCandidate>
{
    private readonly IReadOnlyList<SegmentDocuments> segments;
    private readonly SearchSort sort;
    private readonly BytesRef scratch = new();

    private TopDocuments(IReadOnlyList<SegmentDocuments> segments, SearchSort sort)
    {
        this.segments = segments;
        this.sort = sort;
    }

    /// <summary>The candidates ranked <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/>, best first.</summary>
    public static List<DocumentCandidate> Select(IReadOnlyList<SegmentDocuments> segments, SearchSort sort, int skip, int take)
    {
        var order = new TopDocuments(segments, sort);
        var wanted = (long)skip + take;
        if (take <= 0 || wanted > int.MaxValue)
        {
            return [];
        }

        // A heap of the best so far whose top is the worst of them: a candidate enters only if it beats that one.
        var worstFirst = Comparer<DocumentCandidate>.Create((a, b) => order.Compare(b, a));
        var best = new PriorityQueue<DocumentCandidate, DocumentCandidate>((int)Math.Min(wanted, 1024), worstFirst);
        for (var s = 0; s < segments.Count; s++)
        {
            foreach (var ordinal in segments[s].Seen)
            {
                var candidate = segments[s].Candidate(s, ordinal);
                if (best.Count < wanted)
                {
                    best.Enqueue(candidate, candidate);
                }
                else if (order.Compare(candidate, best.Peek()) < 0)
                {
                    best.EnqueueDequeue(candidate, candidate);
                }
            }
        }

        var ranked = new List<DocumentCandidate>(best.Count);
        while (best.TryDequeue(out var candidate, out _))
        {
            ranked.Add(candidate);
        }

        ranked.Reverse();
        return ranked.Count > skip ? ranked.GetRange(skip, ranked.Count - skip) : [];
    }

    /// <summary>Negative when <paramref name="x"/> ranks before <paramref name="y"/>.</summary>
    public int Compare(DocumentCandidate x, DocumentCandidate y)
    {
        if (x.EveryWord != y.EveryWord)
        {
            return x.EveryWord ? -1 : 1;
        }

        var order = sort == SearchSort.Date
            ? Chain(y.Date.CompareTo(x.Date), y.Score.CompareTo(x.Score))
            : Chain(y.Score.CompareTo(x.Score), y.Date.CompareTo(x.Date));
        return order != 0 ? order : string.CompareOrdinal(Id(x), Id(y));
    }

    private string Id(DocumentCandidate candidate)
    {
        segments[candidate.Segment].Ids!.LookupOrd(candidate.Ordinal, scratch);
        return scratch.Utf8ToString();
    }

    private static int Chain(int first, int second) => first != 0 ? first : second;
}

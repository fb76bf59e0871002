using System.Collections.Concurrent;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Indexing.Suggestions;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// What one pass over the matching pages found, before any stored field is read: how many documents matched, the
/// facet counts, the first documents of the ranking, and the query's words for marking snippets. Doc ids in
/// <see cref="Ranked"/> belong to the reader the search ran on and mean nothing to another.
/// </summary>
/// <param name="Total">How many documents matched.</param>
/// <param name="Facets">Facet counts over all of them.</param>
/// <param name="Ranked">The best documents, best first: all of them, or the first so many.</param>
/// <param name="Terms">The query's words by the field whose analysis finds them in page text.</param>
internal sealed record CollectedSearch(
    int Total,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    IReadOnlyList<DocumentCandidate> Ranked,
    IReadOnlyDictionary<string, HashSet<string>> Terms)
{
    // Pages of hits kept with a cached search, so asking again does not re-read stored fields or re-mark snippets.
    private const int KeptPages = 4;
    private readonly ConcurrentDictionary<(long Skip, int Take), IReadOnlyList<SearchHit>> pages = new();
    private SearchAdvice? advice;

    /// <summary>True when the documents ranked <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> are all known.</summary>
    public bool Covers(long skip, int take) => skip + take <= Ranked.Count || Ranked.Count == Total;

    /// <summary>The documents ranked <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/>, best first.</summary>
    public IEnumerable<DocumentCandidate> Page(long skip, int take) =>
        skip < 0 || take <= 0 || skip >= Ranked.Count ? [] : Ranked.Skip((int)skip).Take(take);

    /// <summary>
    /// What the search suggests, worked out with <paramref name="advise"/> the first time and kept: looking up each
    /// word in every segment costs more than answering a repeated search from the cache.
    /// </summary>
    public SearchAdvice Advice(Func<SearchAdvice> advise)
    {
        ArgumentNullException.ThrowIfNull(advise);

        if (Volatile.Read(ref advice) is { } kept)
        {
            return kept;
        }

        // Two callers at once may both work it out; both get the first answer kept.
        var worked = advise();
        return Interlocked.CompareExchange(ref advice, worked, null) ?? worked;
    }

    /// <summary>
    /// The hits of a page, built with <paramref name="hitOf"/> the first time and kept for the first few pages asked
    /// (a cached search is asked again for the pages people look at).
    /// </summary>
    public IReadOnlyList<SearchHit> Hits(long skip, int take, Func<DocumentCandidate, SearchHit> hitOf)
    {
        ArgumentNullException.ThrowIfNull(hitOf);
        if (pages.TryGetValue((skip, take), out var kept))
        {
            return kept;
        }

        var hits = Page(skip, take).Select(hitOf).ToList();
        if (pages.Count < KeptPages)
        {
            pages.TryAdd((skip, take), hits);
        }

        return hits;
    }
}

using Lucene.Net.Search.Similarities;

namespace KnowledgeArchive.Indexing;

/// <summary>How page entries are scored: BM25 with the parameters that public Lucene baselines use.</summary>
/// <remarks>
/// k1 = 0.9 and b = 0.4 (Anserini's defaults) rather than Lucene's 1.2 and 0.75: pages vary a lot in length, and a
/// milder length normalisation keeps long pages of minutes from being pushed down for being long.
/// </remarks>
internal static class Ranking
{
    public static Similarity Similarity { get; } = new BM25Similarity(k1: 0.9f, b: 0.4f);
}

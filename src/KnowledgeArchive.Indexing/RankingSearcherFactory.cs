using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeArchive.Indexing;

/// <summary>Searchers that score with the similarity the index was written with.</summary>
internal sealed class RankingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Ranking.Similarity };
}

using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Security;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeArchive.Indexing.Suggestions;

/// <summary>
/// Whether a word is on a page the caller may see: a word found only in restricted records counts as absent for
/// everyone else, so a suggestion never tells a reader what those records say.
/// </summary>
internal static class VisibleTerms
{
    public static bool Contains(IndexSearcher searcher, string field, string word, RecordScope scope)
    {
        var term = new TermQuery(new Term(field, word));
        Query query = scope == RecordScope.All
            ? term
            : new BooleanQuery { { term, Occur.MUST }, { new TermQuery(new Term(IndexFields.Sensitivity, Sensitivities.Public)), Occur.MUST } };
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            // The first live page that matches is enough: no counting, no scoring.
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is not null && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                return true;
            }
        }

        return false;
    }
}

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
    private static readonly Term PublicPages = new(IndexFields.Sensitivity, Sensitivities.Public);

    public static bool Contains(IndexSearcher searcher, string field, string word, RecordScope scope)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var term = new Term(field, word);

        // Segment by segment, stopping at the first live page that may be seen: a word of the archive is usually in
        // the first, largest segment, so most words cost one look-up, with no weights or statistics to compute.
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var pages = leaf.AtomicReader.GetTermDocsEnum(term);
            if (pages is null)
            {
                continue;
            }

            if (scope == RecordScope.All
                ? pages.NextDoc() != DocIdSetIterator.NO_MORE_DOCS
                : leaf.AtomicReader.GetTermDocsEnum(PublicPages) is { } visible && InBoth(pages, visible))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the two lists of pages, each in order, share one.</summary>
    private static bool InBoth(DocsEnum first, DocsEnum second)
    {
        var doc = first.NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            var other = second.Advance(doc);
            if (other == doc)
            {
                return true;
            }

            doc = other == DocIdSetIterator.NO_MORE_DOCS ? other : first.Advance(other);
        }

        return false;
    }
}

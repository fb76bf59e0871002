using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Security;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// "More like this": a query made of a document's most telling words (frequent in it, rare in the archive), which
/// finds other documents about the same things. The document itself is excluded, and so are records the scope may not see.
/// </summary>
internal static class SimilarDocuments
{
    private const int TermsUsed = 25;

    /// <returns>The query, or null when the text has no word telling enough to search for.</returns>
    public static Query? Query(IndexReader reader, Analyzer analyzer, string documentId, string text, RecordScope scope)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var mlt = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [IndexFields.Text],
            MinTermFreq = 2,
            MinDocFreq = 2,
            MinWordLen = 3,
            MaxQueryTerms = TermsUsed,
        };
        // Words on more than a quarter of all pages ("committee", "meeting") say nothing about a document.
        mlt.SetMaxDocFreqPct(25);
        using var like = new StringReader(text);
        var query = mlt.Like(like, IndexFields.Text);
        if (query is BooleanQuery { Clauses.Count: 0 })
        {
            return null;
        }

        var similar = new BooleanQuery
        {
            { query, Occur.MUST },
            { new TermQuery(new Term(IndexFields.DocumentId, documentId)), Occur.MUST_NOT },
        };
        if (scope != RecordScope.All)
        {
            similar.Add(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.Sensitivity, Sensitivities.Public))) { Boost = 0f }, Occur.MUST);
        }

        return similar;
    }
}

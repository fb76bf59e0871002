using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeArchive.Indexing;

/// <summary>Where query terms occur in a text: the text is analysed as the field was, and each matching token's offsets kept.</summary>
internal static class TermMatches
{
    /// <param name="terms">Query terms by the field whose analysis produces them from page text.</param>
    /// <returns>Matches in text order, without overlaps (two analyses can find the same word: the first is kept).</returns>
    public static List<TermMatch> Find(Analyzer analyzer, string text, IReadOnlyDictionary<string, HashSet<string>> terms) =>
        terms
            .Where(t => t.Value.Count > 0)
            .SelectMany(t => InField(analyzer, t.Key, text, t.Value))
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.End)
            .Aggregate(new List<TermMatch>(), (kept, m) =>
            {
                if (kept.Count == 0 || m.Start >= kept[^1].End)
                {
                    kept.Add(m);
                }

                return kept;
            });

    private static List<TermMatch> InField(Analyzer analyzer, string field, string text, HashSet<string> terms)
    {
        var matches = new List<TermMatch>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (terms.Contains(term.ToString()) && offset.EndOffset <= text.Length)
            {
                matches.Add(new TermMatch(offset.StartOffset, offset.EndOffset, term.ToString()));
            }
        }

        stream.End();
        return matches;
    }
}

/// <summary>A query term found in a text, by its offsets.</summary>
internal sealed record TermMatch(int Start, int End, string Term);

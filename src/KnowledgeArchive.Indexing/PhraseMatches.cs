using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Keeps a phrase's words marked only where the phrase occurs: <c>"gluten-free prescribing"</c> marks those words
/// together, never a lone "prescribing" elsewhere on the page. Words the query also asks for on their own stay marked
/// wherever they are.
/// </summary>
internal sealed partial class PhraseMatches
{
    public static readonly PhraseMatches None = new([], []);

    private readonly List<(string[] Terms, int[] Positions)> phrases;
    private readonly HashSet<string> loose;

    private PhraseMatches(List<(string[] Terms, int[] Positions)> phrases, HashSet<string> loose)
    {
        this.phrases = phrases;
        this.loose = loose;
    }

    /// <summary>The phrases of <paramref name="query"/> (rewritten on <paramref name="searcher"/>) and its other words.</summary>
    public static PhraseMatches Of(IndexSearcher searcher, Query query)
    {
        var found = new PhraseMatches([], new HashSet<string>(StringComparer.Ordinal));
        found.Walk(searcher.Rewrite(query));
        return found.phrases.Count == 0 ? None : found;
    }

    /// <summary>The matches that are a word asked for on its own or part of an occurrence of a phrase.</summary>
    public List<TermMatch> Filter(string text, List<TermMatch> matches)
    {
        if (phrases.Count == 0)
        {
            return matches;
        }

        var keep = matches.Select(m => loose.Contains(m.Term)).ToArray();
        foreach (var (terms, positions) in phrases)
        {
            for (var start = 0; start + terms.Length <= matches.Count; start++)
            {
                if (Occurs(text, matches, start, terms, positions))
                {
                    Array.Fill(keep, true, start, terms.Length);
                }
            }
        }

        return [.. matches.Where((_, i) => keep[i])];
    }

    // The phrase's words as consecutive matches, with no more words between two of them than the phrase's positions
    // leave room for (a stop word the index dropped).
    private static bool Occurs(string text, List<TermMatch> matches, int start, string[] terms, int[] positions)
    {
        for (var k = 0; k < terms.Length; k++)
        {
            var match = matches[start + k];
            if (!string.Equals(match.Term, terms[k], StringComparison.Ordinal))
            {
                return false;
            }

            if (k > 0 && Word().Count(text.AsSpan(matches[start + k - 1].End, match.Start - matches[start + k - 1].End)) > positions[k] - positions[k - 1] - 1)
            {
                return false;
            }
        }

        return true;
    }

    private void Walk(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Walk(clause.Query);
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction)
                {
                    Walk(disjunct);
                }

                break;
            case PhraseQuery phrase when phrase.GetTerms().Length > 1:
                phrases.Add(([.. phrase.GetTerms().Select(t => t.Text)], phrase.GetPositions()));
                break;
            default:
                var terms = new HashSet<Term>();
                try
                {
                    query.ExtractTerms(terms);
                }
                catch (NotSupportedException)
                {
                    // A query that cannot list its words marks nothing of its own.
                }

                loose.UnionWith(terms.Select(t => t.Text));
                break;
        }
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}

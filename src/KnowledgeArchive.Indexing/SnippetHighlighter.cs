using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Picks the passage of a page with the most distinct query terms and marks them. The text is HTML-escaped and
/// each match wrapped in <c>&lt;mark&gt;</c>, so the snippet can be shown as HTML as it is. Analysis stops once a
/// passage holds every term and has been read to its end, and never reads past <see cref="MaxAnalysedLength"/>
/// characters: a long page costs no more than its opening.
/// </summary>
internal sealed class SnippetHighlighter(Analyzer analyzer, int maxLength = 240)
{
    /// <summary>How much of a page is analysed at most; a match further on is not shown.</summary>
    public const int MaxAnalysedLength = 20_000;

    /// <param name="terms">Query terms by the field whose analysis produces them from page text.</param>
    public string Highlight(string text, IReadOnlyDictionary<string, HashSet<string>> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var matches = terms
            .Where(t => t.Value.Count > 0)
            .SelectMany(t => FindMatches(t.Key, text, t.Value))
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.End)
            .Aggregate(new List<Match>(), (kept, m) =>
            {
                // Two analyses can find the same word: keep the first, drop overlaps.
                if (kept.Count == 0 || m.Start >= kept[^1].End)
                {
                    kept.Add(m);
                }

                return kept;
            });
        var (start, end) = ChooseWindow(text, matches);
        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append('…');
        }

        var position = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            builder.Append(WebUtility.HtmlEncode(text[position..match.Start]));
            builder.Append("<mark>").Append(WebUtility.HtmlEncode(text[match.Start..match.End])).Append("</mark>");
            position = match.End;
        }

        builder.Append(WebUtility.HtmlEncode(text[position..end]));
        if (end < text.Length)
        {
            builder.Append('…');
        }

        return Collapse(builder.ToString());
    }

    private List<Match> FindMatches(string field, string text, HashSet<string> terms)
    {
        var matches = new List<Match>();
        var lastSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var readUntil = int.MaxValue;
        using var stream = analyzer.GetTokenStream(field, text.Length > MaxAnalysedLength ? text[..MaxAnalysedLength] : text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && offset.StartOffset <= readUntil)
        {
            var value = term.ToString();
            if (!terms.Contains(value) || offset.EndOffset > text.Length)
            {
                continue;
            }

            matches.Add(new Match(offset.StartOffset, offset.EndOffset, value));
            lastSeen[value] = offset.StartOffset;
            if (readUntil == int.MaxValue && lastSeen.Count == terms.Count)
            {
                // Every term lies in a passage no window can better: read on to the end of the widest window from it.
                var first = lastSeen.Values.Min();
                if (offset.EndOffset - first <= maxLength - (maxLength / 4))
                {
                    readUntil = first + maxLength;
                }
            }
        }

        stream.End();
        return matches;
    }

    private (int Start, int End) ChooseWindow(string text, List<Match> matches)
    {
        if (text.Length <= maxLength)
        {
            return (0, text.Length);
        }

        var bestStart = 0;
        var bestScore = -1;
        foreach (var anchor in matches)
        {
            var start = Math.Max(0, anchor.Start - (maxLength / 4));
            var end = Math.Min(text.Length, start + maxLength);
            var score = matches.Where(m => m.Start >= start && m.End <= end).Select(m => m.Term).Distinct(StringComparer.Ordinal).Count();
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = start;
            }
        }

        var windowStart = AlignToWord(text, bestStart, backwards: true);
        var windowEnd = AlignToWord(text, Math.Min(text.Length, windowStart + maxLength), backwards: true);
        if (windowEnd <= windowStart)
        {
            windowEnd = Math.Min(text.Length, windowStart + maxLength);
        }

        return (windowStart, windowEnd);
    }

    private static int AlignToWord(string text, int index, bool backwards)
    {
        if (index <= 0 || index >= text.Length)
        {
            return Math.Clamp(index, 0, text.Length);
        }

        var i = index;
        while (backwards && i > 0 && !char.IsWhiteSpace(text[i - 1]) && index - i < 20)
        {
            i--;
        }

        return index - i >= 20 ? index : i;
    }

    private static string Collapse(string snippet) =>
        string.Join(' ', snippet.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    private sealed record Match(int Start, int End, string Term);
}

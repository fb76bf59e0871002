using System.Net;
using System.Text;
using Lucene.Net.Analysis;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Picks the passage of a page with the most distinct query terms and marks them. The text is HTML-escaped and
/// each match wrapped in <c>&lt;mark&gt;</c>, so the snippet can be shown as HTML as it is.
/// </summary>
internal sealed class SnippetHighlighter(Analyzer analyzer, int maxLength = 240)
{
    /// <param name="terms">Query terms by the field whose analysis produces them from page text.</param>
    public string Highlight(string text, IReadOnlyDictionary<string, HashSet<string>> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var matches = TermMatches.Find(analyzer, text, terms);
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

    private (int Start, int End) ChooseWindow(string text, List<TermMatch> matches)
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
}

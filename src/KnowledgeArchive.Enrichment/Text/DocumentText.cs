using System.Text;
using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Enrichment.Text;

/// <summary>
/// A document's text as enrichment reads it: lines rejoined into paragraphs where the PDF wrapped them, split into
/// sentences, each with its page; the title block (the top of page 1) and the running headers and footers apart.
/// </summary>
public sealed partial class DocumentText
{
    private const int TitleBlockUnits = 10;
    private const int WrapWidth = 55;

    /// <param name="startsBlock">Says whether a line starts something new (an item heading, say) rather than continuing a wrapped line.</param>
    public DocumentText(ExtractedDocument document, Func<string, bool>? startsBlock = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        Units = BuildUnits(document, startsBlock ?? (_ => false));
        var firstPage = Units.Count > 0 ? Units[0].Page : 0;
        TitleBlock = Units.Where(u => u.Page == firstPage).Take(TitleBlockUnits).ToList();
        Running = document.HeadersAndFooters;
        Properties = document.Properties;
        Headings = document.Headings;
    }

    public IReadOnlyList<TextUnit> Units { get; }

    public IReadOnlyList<TextUnit> TitleBlock { get; }

    public IReadOnlyList<string> Running { get; }

    public IReadOnlyList<string> Headings { get; }

    public FileProperties Properties { get; }

    public string TitleBlockText => string.Join('\n', TitleBlock.Select(u => u.Text));

    public static IReadOnlyList<Sentence> SentencesOf(TextUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match boundary in SentenceBoundary().Matches(unit.Text))
        {
            Add(start, boundary.Index);
            start = boundary.Index + boundary.Length;
        }

        Add(start, unit.Text.Length);
        return sentences;

        void Add(int from, int to)
        {
            var text = unit.Text[from..to].Trim();
            if (text.Length > 0)
            {
                sentences.Add(new Sentence(text, unit.PageAt(from)));
            }
        }
    }

    private static List<TextUnit> BuildUnits(ExtractedDocument document, Func<string, bool> startsBlock)
    {
        var units = new List<TextUnit>();
        var text = new StringBuilder();
        var breaks = new List<(int, int)>();
        var unitPage = 0;
        string? previous = null;
        var previousOpensBlock = false;

        void Flush()
        {
            if (text.Length > 0)
            {
                units.Add(new TextUnit(text.ToString(), unitPage, breaks.ToList()));
            }

            text.Clear();
            breaks.Clear();
            previous = null;
        }

        foreach (var page in document.Pages)
        {
            foreach (var raw in page.Text.Split('\n'))
            {
                var line = raw.Trim().TrimStart('•', '\uF0B7', '▪', '◦', '-', '*').Trim();
                if (line.Length == 0)
                {
                    Flush();
                    continue;
                }

                var isBullet = raw.TrimStart().Length > 0 && "•\uF0B7▪◦*".Contains(raw.TrimStart()[0], StringComparison.Ordinal);
                if (previous is not null && !isBullet && !startsBlock(line) && Continues(previous, line, previousOpensBlock))
                {
                    if (page.Number != unitPage && !breaks.Any(b => b.Item2 == page.Number))
                    {
                        breaks.Add((text.Length + 1, page.Number));
                    }

                    text.Append(previous.EndsWith('-') && char.IsLower(line[0]) ? string.Empty : " ").Append(line);
                    previousOpensBlock = false;
                }
                else
                {
                    Flush();
                    unitPage = page.Number;
                    text.Append(line);
                    previousOpensBlock = startsBlock(line);
                }

                previous = line;
            }
        }

        Flush();
        return units;
    }

    private static bool Continues(string previous, string line, bool previousOpensBlock)
    {
        if (previous.Contains(" | ", StringComparison.Ordinal) || line.Contains(" | ", StringComparison.Ordinal))
        {
            return false;
        }

        var last = previous[^1];
        if (last is '.' or ':' or ';' or '?' or '!')
        {
            return false;
        }

        if (previousOpensBlock)
        {
            // A heading continues only onto a line that plainly carries on its words.
            return char.IsLower(line[0]) || last is ',' or '(' or '-' or '–' || EndsWithJoiner().IsMatch(previous);
        }

        return char.IsLower(line[0]) || (previous.Length >= WrapWidth && !IsHeadingLike(line)) || last is ',' or '(' or '-' or '–' || EndsWithJoiner().IsMatch(previous);
    }

    private static bool IsHeadingLike(string line) => HeadingLike().IsMatch(line);

    [GeneratedRegex(@"(?<=[.!?][""”’)]?)\s+(?=[A-Z(“""‘'])")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\b(?:and|or|of|the|to|for|in|on|at|by|with|from|a|an)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithJoiner();

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*[a-z]?\.?\s+[A-Z]|[A-Z][A-Za-z]{0,6}\s?\d{1,4}[/.\-]\d)")]
    private static partial Regex HeadingLike();
}

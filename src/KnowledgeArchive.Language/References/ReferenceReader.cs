using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeArchive.Language.Text;
using KnowledgeArchive.Language.Words;

namespace KnowledgeArchive.Language.References;

/// <summary>
/// Reads item references in any of the shapes minutes use: an optional word from the phrasebook ("Minute No.",
/// "Item"), letters, numbers separated by "/", ".", "-" or a space, letters among the numbers ("GB19/P07"), a letter
/// or numeral in brackets ("7(b)"), the whole perhaps in brackets ("[14/026]"). No list of shapes is kept: the
/// shape of each reference is its series, and the series a document's item headings share is its numbering scheme.
/// </summary>
public sealed class ReferenceReader
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);
    private readonly Regex reference;
    private readonly Regex referenceAtStart;
    private readonly Regex numbers = new(@"\d+", RegexOptions.CultureInvariant, Limit);
    private readonly HashSet<string> notReferences;
    private readonly RecentTexts<PrintedReference[]> recent;
    private readonly string[] prefixStarts;

    public ReferenceReader(ReferenceWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        recent = new RecentTexts<PrintedReference[]>(Read);
        notReferences = new HashSet<string>(words.NotReferences, StringComparer.OrdinalIgnoreCase);
        prefixStarts = [.. words.PrefixWords.Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).Distinct(StringComparer.OrdinalIgnoreCase)];
        var prefix = string.Join('|', words.PrefixWords.OrderByDescending(w => w.Length).Select(w => string.Join(@"\.?\s*", w.Split(' ').Select(Regex.Escape)) + @"\.?"));
        const string Letters = @"[A-Za-z&]{1,8}";
        const string Group = @"[A-Za-z]{0,3}\d{1,4}[A-Za-z]?";
        const string Tail = @"(?:\s?\((?:[a-z]{1,2}|[ivx]{1,4}|\d{1,2})\)){0,2}";
        var core = $@"(?:{Letters}(?:[ \-/.]?)(?:[A-Za-z]{{1,3}}[/.\-])?{Group}(?:(?:\s?[/.\-]\s?|\s){Group}){{0,3}}|\d{{1,4}}[A-Za-z]?(?:[/.\-]{Group}){{0,3}}){Tail}";

        // After a prefix word a letter or numeral alone is enough ("Enclosure F", "Paper D", "Item iv").
        var lettered = @"(?:[A-Z]|[ivxIVX]{1,4})\b";
        var pattern = $@"(?<![\w/.\-])(?:(?<prefix>{prefix})[\s:#]*)?(?<open>[\[(])?(?<core>{core}|(?<=(?:{prefix})[\s:#]+){lettered})(?<close>[\])])?(?![\w/\-]|\.\d)";
        const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        reference = new Regex(pattern, Options, Limit);

        // The same, tried only where the text starts: a heading's reference without a search through its paragraph.
        referenceAtStart = new Regex(@"\G(?:" + pattern + ")", Options, Limit);
    }

    /// <summary>The reference a heading or label starts with, or null.</summary>
    public PrintedReference? AtStart(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        var offset = text.Length - trimmed.Length;
        try
        {
            // Matches do not overlap, so the first reference found starts the text only if the match there is kept.
            return referenceAtStart.Match(trimmed) is { Success: true } m && Kept(m) is { Index: 0 } found ? found with { Index = offset } : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Every reference-shaped run in a text, in order; a text read recently on this thread is not read again.</summary>
    public IReadOnlyList<PrintedReference> FindAll(string text) => recent.Get(text);

    private PrintedReference[] Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayHold(text))
        {
            return [];
        }

        var found = new List<PrintedReference>();
        try
        {
            foreach (Match m in reference.Matches(text))
            {
                if (Kept(m) is { } kept)
                {
                    found.Add(kept);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text: the references found so far are kept.
        }

        return [.. found];
    }

    /// <summary>
    /// Whether a reference could be in the text at all: every one has a digit or follows a prefix word ("Item", "Paper").
    /// Most sentences have neither, and the pattern would otherwise be tried at every word.
    /// </summary>
    private bool MayHold(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        foreach (var start in prefixStarts)
        {
            for (var at = text.IndexOf(start, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(start, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '/' or '.' or '-'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The reference a match stands for, or null when its shape is a word or a name rather than a reference.</summary>
    private PrintedReference? Kept(Match m)
    {
        var core = m.Groups["core"].Value;
        var letters = new string(core.TakeWhile(char.IsLetter).ToArray());
        if (!(core.Any(char.IsAsciiDigit) || m.Groups["prefix"].Success) || !Balanced(m)
            || (!m.Groups["prefix"].Success && letters.Length > 0 && letters.Count(char.IsUpper) < Math.Min(2, letters.Length)))
        {
            // Without a prefix word, leading letters are a series code ("GB", "PCCiC", "B"), not a word ("Level 2").
            return null;
        }

        if (!m.Groups["prefix"].Success && notReferences.Contains(core))
        {
            // A name in the shape of a reference ("COVID-19").
            return null;
        }

        // Square brackets are part of a numbering style ("[14/026]"); round ones around a reference are punctuation.
        var printed = m.Value.Trim().TrimEnd('.', ':');
        if (m.Groups["open"].Success != m.Groups["close"].Success || m.Groups["open"].Value == "(")
        {
            printed = printed.Replace(m.Groups["open"].Value + m.Groups["core"].Value + m.Groups["close"].Value, m.Groups["core"].Value, StringComparison.Ordinal).TrimEnd(']', ')');
        }

        var at = m.Value.IndexOf(printed, StringComparison.Ordinal);
        return new PrintedReference(printed, m.Index + Math.Max(0, at), Series(m))
        {
            NumbersOnly = !m.Groups["prefix"].Success && letters.Length == 0,
            Prefix = m.Groups["prefix"].Success && printed.StartsWith(m.Groups["prefix"].Value, StringComparison.Ordinal) ? m.Groups["prefix"].Value : null,
            Numbers = numbers.Matches(core).Select(n => int.Parse(n.Value.Length > 6 ? n.Value[..6] : n.Value, CultureInfo.InvariantCulture)).ToList(),
        };
    }

    /// <summary>The series of a reference: its prefix word, letters and separators, with every number as '#'.</summary>
    private static string Series(Match m)
    {
        var series = new StringBuilder();
        series.Append(m.Groups["prefix"].Success ? string.Join(' ', m.Groups["prefix"].Value.ToLowerInvariant().Split([' ', '.', ':'], StringSplitOptions.RemoveEmptyEntries)) + " " : string.Empty);
        series.Append(m.Groups["open"].Value);
        var core = m.Groups["core"].Value;
        var leading = true;
        for (var i = 0; i < core.Length; i++)
        {
            var c = core[i];
            if (char.IsAsciiDigit(c))
            {
                if (series.Length == 0 || series[^1] != '#')
                {
                    series.Append('#');
                }

                leading = false;
            }
            else if (char.IsLetter(c))
            {
                // The leading letters name the series; letters among the numbers ("P07", "23a") do not.
                if (leading)
                {
                    series.Append(char.ToUpperInvariant(c));
                }
            }
            else if (c is '/' or '.' or '-' or '(' or ')')
            {
                series.Append(c);
            }
        }

        return series.Append(m.Groups["close"].Value).ToString();
    }

    private static bool Balanced(Match m) => m.Groups["core"].Value.Count(c => c == '(') == m.Groups["core"].Value.Count(c => c == ')');
}

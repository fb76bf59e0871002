using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// What a paper put to a meeting is about, from its cover sheet ("Report title | Audiology (hearing aid) service",
/// "Title of paper: …", "Subject: …"), and where minutes open an item under that heading.
/// </summary>
public static partial class PaperSubject
{
    private const int CoverSheetLines = 40;
    private const int MaxSubject = 160;

    // Words a heading may carry after the subject ("… - contract award") and still be the same item.
    private const int MaxHeadingTail = 40;

    /// <summary>The subject a cover sheet names, or null when the text has no labelled title near its top.</summary>
    public static string? Read(string firstPageText)
    {
        ArgumentNullException.ThrowIfNull(firstPageText);
        foreach (var line in firstPageText.Split('\n').Take(CoverSheetLines))
        {
            var label = Label().Match(line);
            if (!label.Success)
            {
                continue;
            }

            var value = line[(label.Index + label.Length)..];
            var nextCell = value.IndexOf(" | ", StringComparison.Ordinal);
            value = (nextCell >= 0 ? value[..nextCell] : value).Trim(' ', '|', ':', '\t', '-', '–');
            if (value.Length >= 4 && value.Length <= MaxSubject)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The first line of <paramref name="pages"/> that heads an item on <paramref name="subject"/> ("Minute 5/19
    /// Audiology (hearing aid) service", "5. Audiology …", "GB19/023 | Audiology …"), with its page; null when none
    /// does. A subject of fewer than two words never matches: it would name too many items.
    /// </summary>
    public static (int Page, string Line)? FindHeading(IReadOnlyList<PageText> pages, string subject)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(subject);
        var wanted = Normalise(subject);
        if (wanted.Length < 8 || !wanted.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var page in pages)
        {
            foreach (var line in page.Text.Split('\n'))
            {
                if (line.Length <= MaxSubject + MaxHeadingTail && line.Split('|').Any(cell => Heads(Normalise(cell), wanted)))
                {
                    return (page.Number, line.Trim());
                }
            }
        }

        return null;
    }

    private static bool Heads(string cell, string subject) =>
        StartsWithSubject(cell, subject) || (ItemPrefix().Match(cell) is { Success: true } prefix && StartsWithSubject(cell[prefix.Length..], subject));

    private static bool StartsWithSubject(string text, string subject) =>
        text.StartsWith(subject, StringComparison.Ordinal)
        && (text.Length == subject.Length || (text[subject.Length] == ' ' && text.Length - subject.Length <= MaxHeadingTail));

    private static string Normalise(string text) => NotWord().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"^\s*(?:Report\s+title|Title\s+of\s+(?:the\s+)?(?:report|paper)|Paper\s+title|Subject|Title)\s*[:|]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // After normalising: "minute 5 19 ", "item 5 ", "gb19 023 ", "5 2 ".
    [GeneratedRegex(@"^(?:(?:minutes?|min|item|agenda item)\s+)?(?:[a-z]{1,6}\s?)?\d{1,4}(?:\s\d{1,4}){0,3}\s", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPrefix();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotWord();
}

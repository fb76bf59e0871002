using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// What a paper put to a meeting is about, from its cover sheet ("Report title | Audiology (hearing aid) service",
/// "Subject: …"; labels from the phrasebook), and where minutes open an item under that heading.
/// </summary>
public sealed class PaperSubject(Wording wording)
{
    private const int CoverSheetLines = 40;
    private const int MaxSubject = 160;

    // Words a heading may carry after the subject ("… - contract award") and still be the same item.
    private const int MaxHeadingTail = 40;
    private readonly PhraseSet labels = new(wording.Phrasebook.TitleBlock.PaperSubjectLabels);

    /// <summary>The subject a cover sheet names, or null when the text has no labelled title near its top.</summary>
    public string? Read(string firstPageText)
    {
        ArgumentNullException.ThrowIfNull(firstPageText);
        foreach (var line in firstPageText.Split('\n').Take(CoverSheetLines))
        {
            // "Report title | Audiology service" (a cover sheet's table) or "Title of paper: Wound care formulary | Author | …".
            var cells = line.Split(" | ");
            var colon = cells[0].IndexOf(':', StringComparison.Ordinal);
            var pairs = new List<(string Label, string Value)>();
            if (cells.Length > 1)
            {
                pairs.Add((cells[0], cells[1]));
            }

            if (colon > 0)
            {
                pairs.Add((cells[0][..colon], cells[0][(colon + 1)..]));
            }

            foreach (var (label, raw) in pairs)
            {
                var value = raw.Trim(' ', '|', ':', '\t', '-', '–');
                if (labels.IsWhole(label.Trim().TrimEnd(':')) && value.Length >= 4 && value.Length <= MaxSubject)
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The first line of <paramref name="pages"/> that heads an item on <paramref name="subject"/> ("Minute 5/19
    /// Audiology (hearing aid) service", "5. Audiology …", "GB19/023 | Audiology …"), with its page; null when none
    /// does. A subject of fewer than two words never matches: it would name too many items.
    /// </summary>
    public (int Page, string Line)? FindHeading(IReadOnlyList<PageText> pages, string subject)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(subject);
        var wanted = Tokenizer.Words(subject);
        if (wanted.Count < 2 || string.Join(' ', wanted).Length < 8)
        {
            return null;
        }

        foreach (var page in pages)
        {
            foreach (var line in page.Text.Split('\n'))
            {
                if (line.Length <= MaxSubject + MaxHeadingTail + 40 && line.Split(" | ").Any(cell => Heads(cell, wanted)))
                {
                    return (page.Number, line.Trim());
                }
            }
        }

        return null;
    }

    /// <summary>Whether a line heads with the subject, after any item reference or number before it.</summary>
    private bool Heads(string cell, IReadOnlyList<string> subject)
    {
        var reference = wording.References.AtStart(cell);
        var rest = reference is null ? cell : cell[(reference.Index + reference.Text.Length)..];
        var words = Tokenizer.Words(rest);
        var tail = string.Join(' ', words.Skip(subject.Count));
        return words.Count >= subject.Count && words.Take(subject.Count).SequenceEqual(subject) && tail.Length <= MaxHeadingTail;
    }
}

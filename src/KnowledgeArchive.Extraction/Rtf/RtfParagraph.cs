using System.Text;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// The paragraph being read: its text in order with the page breaks inside it (null entries), the label its list
/// prints, and how much of its text is bold.
/// </summary>
internal sealed class RtfParagraph
{
    private readonly List<string?> pieces = [];
    private readonly StringBuilder all = new();
    private readonly StringBuilder label = new();

    public IReadOnlyList<string?> Pieces => pieces;

    public string Text => all.ToString();

    public int BoldRuns { get; private set; }

    public int PlainRuns { get; private set; }

    /// <summary>Whether the paragraph has neither text nor label nor a page break.</summary>
    public bool IsEmpty => pieces.Count == 0 && label.Length == 0;

    /// <summary>The printed number or bullet, without the tab that follows it; null when there is none.</summary>
    public string? Label => label.ToString().Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Adds text; <paramref name="bold"/> is null for spacing, which counts neither way.</summary>
    public void Add(string text, bool? bold)
    {
        pieces.Add(text);
        all.Append(text);
        if (bold is null || string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (bold.Value)
        {
            BoldRuns++;
        }
        else
        {
            PlainRuns++;
        }
    }

    public void AddLabel(string text)
    {
        if (label.Length < 64)
        {
            label.Append(text);
        }
    }

    public void PageBreak() => pieces.Add(null);

    public void Clear()
    {
        pieces.Clear();
        all.Clear();
        label.Clear();
        BoldRuns = 0;
        PlainRuns = 0;
    }
}

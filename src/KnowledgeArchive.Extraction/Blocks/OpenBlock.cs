using System.Text;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Blocks;

/// <summary>A block being written by <see cref="DocumentAssembler"/>: the text of its current page, and what it has written before.</summary>
internal sealed class OpenBlock(BlockKind kind, int level, string label, bool emphasised)
{
    private readonly StringBuilder segment = new();
    private bool labelWritten;

    public BlockKind Kind { get; } = kind;

    public int Level { get; } = level;

    public string Label { get; } = label;

    public bool Emphasised { get; } = emphasised;

    public List<string> Texts { get; } = [];

    public List<PageSpan> Spans { get; } = [];

    public PageSpan? LabelSpan { get; set; }

    public bool HasText => segment.Length > 0 || Texts.Count > 0;

    public void Append(string text) => TextNormaliser.AppendInline(segment, text);

    /// <summary>The text gathered since the last page break, trimmed; the block then starts a new segment.</summary>
    public string TakeSegment()
    {
        var text = segment.ToString().Trim();
        segment.Clear();
        return text;
    }

    /// <summary>The label, the first time only: it is printed once, beside the block's start.</summary>
    public string TakeLabel()
    {
        if (labelWritten)
        {
            return string.Empty;
        }

        labelWritten = true;
        return Label;
    }
}

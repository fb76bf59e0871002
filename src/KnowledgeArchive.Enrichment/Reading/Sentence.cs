using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Enrichment.Reading;

/// <summary>A sentence of a unit: its text, where it starts in the unit, and where it is printed.</summary>
public sealed record Sentence(TextUnit Unit, string Text, int Start)
{
    /// <summary>The places the sentence is printed: one span a page it runs over, each exactly its text there.</summary>
    public IReadOnlyList<PageSpan> Spans => Unit.Block.Locate(Start, Text.Length);

    public int Page => Spans.Count > 0 ? Spans[0].Page : Unit.Page;
}

using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language.References;

namespace KnowledgeArchive.Enrichment.Items;

/// <summary>A unit that could head an item, with the reference it opens with (or its label) and the title after it.</summary>
internal sealed record ItemHead(TextUnit Unit, PrintedReference? Reference, string Title)
{
    /// <summary>For a minute kept as a table row: the units of the row after its title.</summary>
    public IReadOnlyList<TextUnit> RowBody { get; init; } = [];

    /// <summary>
    /// Which numbering the reference belongs to: its series, or one family for plain numbers ("7", "7(b)", "7.2"),
    /// or for numbers after one label word ("Item 3", "Item 5.1").
    /// </summary>
    public string? Family { get; init; }
}

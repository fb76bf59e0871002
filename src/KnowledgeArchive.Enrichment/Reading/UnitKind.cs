namespace KnowledgeArchive.Enrichment.Reading;

/// <summary>What a unit of text is in its document.</summary>
public enum UnitKind
{
    Heading,
    Paragraph,
    ListItem,

    /// <summary>A paragraph inside a table cell.</summary>
    Cell,
}

namespace KnowledgeArchive.Core.Extraction;

/// <summary>The kinds of block a document is read into.</summary>
public enum BlockKind
{
    /// <summary>A heading or title line; <see cref="DocumentBlock.Level"/> gives its depth (1 is the top).</summary>
    Heading,

    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>An item of a bulleted or numbered list; <see cref="DocumentBlock.Level"/> gives its nesting (1 is the outermost).</summary>
    ListItem,

    /// <summary>A table: <see cref="DocumentBlock.Rows"/> holds its rows of cells, each cell its own blocks.</summary>
    Table,
}

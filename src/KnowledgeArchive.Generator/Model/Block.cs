namespace KnowledgeArchive.Generator.Model;

/// <summary>A unit of page content.</summary>
public abstract record Block;

/// <summary>A heading; level 0 is the document title.</summary>
public sealed record HeadingBlock(string Text, int Level = 1) : Block;

/// <summary>A paragraph of running text.</summary>
public sealed record ParagraphBlock(string Text) : Block;

/// <summary>A table; the first row is the header row.</summary>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : Block
{
    public static TableBlock Of(params string[][] rows) => new(rows);
}

namespace KnowledgeArchive.Generator.Model;

/// <summary>A document to write as PDF or .docx: pages of blocks, optional running header and footer, and file properties.</summary>
public sealed record DocumentSpec(string Title, IReadOnlyList<PageSpec> Pages)
{
    /// <summary>Running header text, printed on every page.</summary>
    public string? Header { get; init; }

    /// <summary>Running footer text, printed on every page (a PDF adds "Page n of N").</summary>
    public string? Footer { get; init; }

    /// <summary>The title stored in the file's properties; null leaves it blank, as many real files do.</summary>
    public string? PropertiesTitle { get; init; }

    public string? Author { get; init; }
}

/// <summary>One page's content in order.</summary>
public sealed record PageSpec(IReadOnlyList<Block> Blocks)
{
    public static PageSpec Of(params Block[] blocks) => new(blocks);
}

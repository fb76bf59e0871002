namespace KnowledgeArchive.Core.Search;

/// <summary>One matching document, with the page that matches best and a snippet from it.</summary>
/// <remarks><see cref="Snippet"/> is HTML: the page text escaped, with matched words wrapped in <c>&lt;mark&gt;</c>.</remarks>
public sealed record SearchHit
{
    public required string DocumentId { get; init; }

    public required string Title { get; init; }

    public required string FileName { get; init; }

    public string? DocumentType { get; init; }

    public string? Ccg { get; init; }

    public string? Body { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary><c>public</c> or <c>restricted</c>: only callers who may see restricted records ever get the second.</summary>
    public string Sensitivity { get; init; } = "public";

    public int PageNumber { get; init; } = 1;

    public string Snippet { get; init; } = string.Empty;

    public float Score { get; init; }
}

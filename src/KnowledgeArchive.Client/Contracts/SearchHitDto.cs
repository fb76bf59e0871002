namespace KnowledgeArchive.Client.Contracts;

/// <summary>One matching document with the page that matches best.</summary>
public sealed record SearchHitDto
{
    public required string DocumentId { get; init; }

    public required string Title { get; init; }

    public required string FileName { get; init; }

    public string? DocumentType { get; init; }

    public string? Ccg { get; init; }

    public string? Body { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary><c>public</c> or <c>restricted</c> (only auditors and admins are ever shown a restricted record).</summary>
    public string Sensitivity { get; init; } = "public";

    /// <summary>Page of the best-matching text, from 1.</summary>
    public int PageNumber { get; init; }

    /// <summary>HTML: escaped page text with matches wrapped in <c>&lt;mark&gt;</c>.</summary>
    public string Snippet { get; init; } = string.Empty;

    public float Score { get; init; }
}

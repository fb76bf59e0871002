namespace KnowledgeArchive.Core.Decisions;

/// <summary>A place where a document cites an earlier decision or policy, kept for lineage resolution.</summary>
public sealed record Citation
{
    public required string DocumentId { get; init; }

    public int PageNumber { get; init; } = 1;

    /// <summary>The sentence (or table row) that carries the citation, as evidence.</summary>
    public required string Text { get; init; }

    /// <summary>The decision of this document that makes the citation, when known.</summary>
    public string? FromDecisionId { get; init; }

    /// <summary>One of <see cref="LineageEdgeTypes"/>: how the citing decision acts on the cited one.</summary>
    public required string Relation { get; init; }

    /// <summary>Reference of the cited decision as printed (<c>PCCC/19/11</c>), if any.</summary>
    public string? CitedReference { get; init; }

    /// <summary>Policy reference and/or version cited (<c>POL004</c>, <c>2.0</c>), if any.</summary>
    public string? CitedPolicyReference { get; init; }

    public string? CitedPolicyVersion { get; init; }

    /// <summary>Body, organisation and date the citation names, for description-only citations.</summary>
    public string? CitedBody { get; init; }

    public string? CitedOrganisation { get; init; }

    public DateOnly? CitedDateFrom { get; init; }

    public DateOnly? CitedDateTo { get; init; }

    /// <summary>How the citation was recognised: <c>reference</c>, <c>table</c> or <c>description</c>.</summary>
    public required string Method { get; init; }
}

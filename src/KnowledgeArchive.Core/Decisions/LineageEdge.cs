namespace KnowledgeArchive.Core.Decisions;

/// <summary>
/// A link between two decisions: <see cref="From"/> (the later decision) acts on <see cref="To"/> in the way
/// <see cref="Type"/> says, with the evidence an auditor needs: the citing document, page, sentence and file hash.
/// </summary>
public sealed record LineageEdge
{
    public required string From { get; init; }

    public required string To { get; init; }

    /// <summary>One of <see cref="LineageEdgeTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>How the link was found: <c>reference</c> (a printed minute reference) or <c>description</c> (body and date named in words).</summary>
    public required string Method { get; init; }

    /// <summary>The lineage rule that found the link (<c>document-control</c>, <c>reference</c>, <c>deferral</c>, …); empty for links stored before rules were named.</summary>
    public string Rule { get; init; } = string.Empty;

    /// <summary>1 for an explicit reference; less for a description that only one decision fits.</summary>
    public double Confidence { get; init; } = 1;

    public required string EvidenceDocumentId { get; init; }

    public int EvidencePage { get; init; } = 1;

    public required string EvidenceText { get; init; }

    public required string EvidenceSha256 { get; init; }
}

namespace KnowledgeArchive.Client.Contracts;

/// <summary><c>GET /api/decisions/{id}/lineage</c>: the decisions linked to <see cref="Root"/> and the links, each with its evidence.</summary>
public sealed record LineageDto(string Root, IReadOnlyList<DecisionDto> Nodes, IReadOnlyList<LineageEdgeDto> Edges);

/// <summary>
/// A link: <see cref="From"/> (the later decision) <see cref="Type"/> <see cref="To"/>. <see cref="Rule"/> names the
/// lineage rule that found it and <see cref="Explanation"/> says in words how (null for links stored before rules were named).
/// </summary>
public sealed record LineageEdgeDto(string From, string To, string Type, string Method, double Confidence, EvidenceDto Evidence, string? Rule = null, string? Explanation = null)
{
    private const string OrganisationPrefix = "organisation:";
    private const string DocumentPrefix = "document:";

    /// <summary>For an end of a <c>transfers_to</c> link that is an organisation (<c>organisation:NHS … Integrated Care Board</c>), its name; else null.</summary>
    public static string? OrganisationName(string nodeId) =>
        nodeId is not null && nodeId.StartsWith(OrganisationPrefix, StringComparison.Ordinal) ? nodeId[OrganisationPrefix.Length..] : null;

    /// <summary>For the start of a <c>references</c> link that is a document citing the decision (<c>document:doc-…</c>), its document id; else null.</summary>
    public static string? CitingDocumentId(string nodeId) =>
        nodeId is not null && nodeId.StartsWith(DocumentPrefix, StringComparison.Ordinal) ? nodeId[DocumentPrefix.Length..] : null;
}

/// <summary>Where the link is written: document, page, sentence, and the SHA-256 of the file.</summary>
public sealed record EvidenceDto(string DocumentId, int PageNumber, string Text, string Sha256);

/// <summary>
/// A gap in the record. <see cref="Reason"/>: <c>not_in_archive</c> or <c>ambiguous</c> (a citation that resolves to no
/// decision, or to several: <see cref="Candidates"/>), <c>deferred_never_decided</c> (a deferral nothing later took up),
/// <c>conflicting_policies</c> (two policies on one subject in force for one organisation; <see cref="Candidates"/> holds both documents).
/// <see cref="Organisation"/> is the CCG or ICB whose record has the gap (the citing document's, the deferring decision's,
/// the policies'), or null when not known.
/// </summary>
public sealed record LineageGapDto(
    string DocumentId, int PageNumber, string Text, string Relation, string? CitedReference, string? FromDecisionId, string Reason, IReadOnlyList<string> Candidates,
    string? Organisation = null);

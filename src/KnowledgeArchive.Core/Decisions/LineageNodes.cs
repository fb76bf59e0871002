namespace KnowledgeArchive.Core.Decisions;

/// <summary>
/// Lineage nodes that are not decisions: the organisation a decision was handed on to (<c>transfers_to</c> an ICB),
/// and a document that cites decisions without recording one itself (a policy's document control, a paper, a
/// handover report: <c>references</c>). Their ids carry the organisation's name or the document's id, so an edge can
/// be read without looking anything up.
/// </summary>
public static class LineageNodes
{
    private const string OrganisationPrefix = "organisation:";
    private const string DocumentPrefix = "document:";

    public static string Document(string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        return DocumentPrefix + documentId;
    }

    public static bool IsDocument(string id) =>
        id is not null && id.StartsWith(DocumentPrefix, StringComparison.Ordinal);

    /// <summary>The document's id for a document node, else null.</summary>
    public static string? DocumentId(string id) =>
        IsDocument(id) ? id[DocumentPrefix.Length..] : null;

    /// <summary>Whether a node is a decision (neither an organisation nor a document).</summary>
    public static bool IsDecision(string id) => !IsOrganisation(id) && !IsDocument(id);

    public static string Organisation(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return OrganisationPrefix + name;
    }

    public static bool IsOrganisation(string id) =>
        id is not null && id.StartsWith(OrganisationPrefix, StringComparison.Ordinal);

    /// <summary>The organisation's name for an organisation node, else null.</summary>
    public static string? OrganisationName(string id) =>
        IsOrganisation(id) ? id[OrganisationPrefix.Length..] : null;
}

namespace KnowledgeArchive.Core.Decisions;

/// <summary>
/// Lineage nodes that are not decisions: the organisation a decision was handed on to (<c>transfers_to</c> an ICB).
/// Their ids carry the organisation's name, so an edge can be read without looking anything up.
/// </summary>
public static class LineageNodes
{
    private const string OrganisationPrefix = "organisation:";

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

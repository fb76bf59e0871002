namespace KnowledgeArchive.Core.Storage;

/// <summary>
/// Changes to records already in the catalog that a commit makes because of what its documents say: papers the
/// private minutes of their meeting restrict, and documents whose CCG and ICB the archive now knows better.
/// </summary>
public sealed record CatalogAmendments(IReadOnlyList<Restriction> Restrictions, IReadOnlyList<OrganisationAmendment> Organisations)
{
    public static CatalogAmendments None { get; } = new([], []);

    public bool IsEmpty => Restrictions.Count == 0 && Organisations.Count == 0;
}

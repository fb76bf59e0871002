namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>Gives the organisation directory as the archive knows it now: the register and what its documents have said so far.</summary>
public interface IOrganisationDirectorySource
{
    OrganisationDirectory Current { get; }
}

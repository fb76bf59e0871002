namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>A directory that does not change: the register alone, or a register with the facts of a finished pass over an archive.</summary>
public sealed class FixedDirectory(OrganisationDirectory directory) : IOrganisationDirectorySource
{
    public FixedDirectory(Gazetteer register)
        : this(new OrganisationDirectory(register))
    {
    }

    public OrganisationDirectory Current { get; } = directory;
}

using KnowledgeArchive.Core.Enrichment;

namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>
/// The service's organisation directory: the register, with what the archive's documents have said so far of
/// organisations it lacks. <see cref="Learn"/> replaces the facts as documents come and go.
/// </summary>
public sealed class ArchiveDirectory(Gazetteer register) : IOrganisationDirectorySource
{
    private volatile OrganisationDirectory current = new(register);

    public OrganisationDirectory Current => current;

    public Gazetteer Register => register;

    /// <summary>Takes the archive's facts and named organisations, as they now stand, in place of the last.</summary>
    public void Learn(IEnumerable<OrganisationFact> facts, IEnumerable<Organisation> named) => current = new OrganisationDirectory(register, facts, named);
}

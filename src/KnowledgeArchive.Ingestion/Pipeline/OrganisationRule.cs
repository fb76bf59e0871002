using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>
/// After documents are read, the archive knows more than each did alone: a closedown report says which ICB a CCG's
/// duties went to, a merger paper which CCG a predecessor joined. This rule puts that into every document: its CCG
/// and ICB (and its decisions') from its organisation and the directory of everything the archive has said.
/// </summary>
public static class OrganisationRule
{
    /// <summary>The directory learned from the documents' facts and the organisations they name.</summary>
    public static OrganisationDirectory Learn(Gazetteer register, IEnumerable<EnrichmentResult> documents)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(documents);
        var all = documents.ToList();
        return Directory(register, all.SelectMany(d => d.OrganisationFacts), all.Select(d => d.Metadata));
    }

    /// <summary>The directory from facts and the metadata of the documents that name organisations.</summary>
    public static OrganisationDirectory Directory(Gazetteer register, IEnumerable<OrganisationFact> facts, IEnumerable<DocumentMetadata> documents)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(documents);
        return new OrganisationDirectory(register, facts.ToList(), documents.Where(m => m.Organisation is not null).Select(Named).OfType<Organisation>().ToList());
    }

    /// <summary>A document's metadata and decisions with its CCG and ICB as the directory now has them.</summary>
    public static EnrichmentResult Apply(EnrichmentResult enrichment, OrganisationDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(enrichment);
        ArgumentNullException.ThrowIfNull(directory);
        var metadata = Apply(enrichment.Metadata, directory);
        if (metadata == enrichment.Metadata)
        {
            return enrichment;
        }

        return enrichment with
        {
            Metadata = metadata,
            Decisions = [.. enrichment.Decisions.Select(d => d with { Ccg = metadata.Ccg, Icb = metadata.Icb })],
        };
    }

    public static DocumentMetadata Apply(DocumentMetadata metadata, OrganisationDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(directory);
        if (metadata.Organisation is not { } name || directory.Find(name) is not { } organisation)
        {
            return metadata;
        }

        var (ccg, icb) = MetadataReader.Fields(organisation, directory, DocumentMetadata.Unknown);
        return ccg == metadata.Ccg && (icb ?? metadata.Icb) == metadata.Icb ? metadata : metadata with { Ccg = ccg, Icb = icb ?? metadata.Icb };
    }

    private static Organisation? Named(DocumentMetadata metadata) =>
        metadata.Organisation is { } name
            ? new Organisation { Id = OrganisationNames.Normalise(name), Name = name, Kind = metadata.Ccg == name ? OrganisationKinds.Ccg : metadata.Icb == name ? OrganisationKinds.Icb : OrganisationKinds.JointCommittee }
            : null;
}

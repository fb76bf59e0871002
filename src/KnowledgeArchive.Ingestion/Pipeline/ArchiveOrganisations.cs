using System.Collections.Concurrent;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>
/// The organisation rule as the service applies it, commit by commit: what every document committed so far says of
/// organisations (their facts, the organisations they are by) makes the archive's directory; each document committed
/// gets its CCG and ICB from it, and documents committed before whose CCG or ICB the new facts change are amended.
/// So the catalog ends as <see cref="OrganisationRule"/> over the whole archive would leave it, whatever the order
/// documents came in. Applied by one commit at a time; documents may be withdrawn from any thread.
/// </summary>
public sealed class ArchiveOrganisations(IDocumentCatalog catalog, ArchiveDirectory directory)
{
    private readonly ConcurrentQueue<string> withdrawn = new();
    private Dictionary<string, DocumentOrganisation>? documents;
    private Dictionary<string, IReadOnlyList<OrganisationFact>>? facts;

    /// <summary>The group's entries with their CCG and ICB from the directory, and the earlier documents to amend.</summary>
    public async Task<(IReadOnlyList<CatalogEntry> Group, IReadOnlyList<OrganisationAmendment> Earlier)> ApplyAsync(IReadOnlyList<CatalogEntry> group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (documents is null || facts is null)
        {
            var known = await catalog.OrganisationKnowledgeAsync(cancellationToken);
            documents = known.Documents.ToDictionary(d => d.DocumentId, StringComparer.Ordinal);
            facts = known.Facts.GroupBy(f => f.DocumentId).ToDictionary(g => g.Key, g => (IReadOnlyList<OrganisationFact>)g.ToList(), StringComparer.Ordinal);
        }

        while (withdrawn.TryDequeue(out var gone))
        {
            facts.Remove(gone);
            documents.Remove(gone);
        }

        var before = Signature();
        foreach (var entry in group)
        {
            var id = entry.Record.DocumentId;
            facts.Remove(id);
            documents.Remove(id);
            if (entry.Record.Status == DocumentStatus.Indexed && entry.Enrichment is { } enrichment)
            {
                facts[id] = enrichment.OrganisationFacts;
                if (entry.Record.Metadata.Organisation is { } organisation)
                {
                    documents[id] = new DocumentOrganisation(id, organisation, entry.Record.Metadata.Ccg, entry.Record.Metadata.Icb);
                }
            }
        }

        var learned = OrganisationRule.Directory(directory.Register, facts.Values.SelectMany(f => f), documents.Values.Select(Metadata));
        directory.Learn(learned.Facts, learned.Learned);
        var amendedGroup = group.Select(entry => Apply(entry, learned)).ToList();
        var earlier = new List<OrganisationAmendment>();
        if (Signature() != before)
        {
            var inGroup = group.Select(e => e.Record.DocumentId).ToHashSet(StringComparer.Ordinal);
            foreach (var document in documents.Values.Where(d => !inGroup.Contains(d.DocumentId)).ToList())
            {
                var metadata = OrganisationRule.Apply(Metadata(document), learned);
                if (metadata.Ccg != document.Ccg || metadata.Icb != document.Icb)
                {
                    earlier.Add(new OrganisationAmendment(document.DocumentId, metadata.Ccg, metadata.Icb));
                    documents[document.DocumentId] = document with { Ccg = metadata.Ccg, Icb = metadata.Icb };
                }
            }
        }

        return (amendedGroup, earlier);
    }

    /// <summary>A document no longer indexed (quarantined on reprocessing): what it said of organisations stops counting.</summary>
    public void Withdraw(string documentId) => withdrawn.Enqueue(documentId);

    private CatalogEntry Apply(CatalogEntry entry, OrganisationDirectory learned)
    {
        if (entry.Enrichment is not { } enrichment || entry.Record.Status != DocumentStatus.Indexed)
        {
            return entry;
        }

        var applied = OrganisationRule.Apply(enrichment with { Metadata = entry.Record.Metadata }, learned);
        if (applied.Metadata == entry.Record.Metadata)
        {
            return entry;
        }

        if (applied.Metadata.Organisation is { } organisation)
        {
            documents![entry.Record.DocumentId] = new DocumentOrganisation(entry.Record.DocumentId, organisation, applied.Metadata.Ccg, applied.Metadata.Icb);
        }

        return entry with { Record = entry.Record with { Metadata = applied.Metadata }, Enrichment = applied };
    }

    private static DocumentMetadata Metadata(DocumentOrganisation document) =>
        DocumentMetadata.Unknown with { Organisation = document.Organisation, Ccg = document.Ccg, Icb = document.Icb };

    /// <summary>What the directory is made of: every fact and every organisation named, so a change in either is seen.</summary>
    private string Signature() =>
        string.Join('\n', facts!.Values.SelectMany(f => f).Select(f => $"{f.Organisation}>{f.Successor}").Order(StringComparer.Ordinal))
        + "\n#\n" + string.Join('\n', documents!.Values.Select(d => d.Organisation).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}

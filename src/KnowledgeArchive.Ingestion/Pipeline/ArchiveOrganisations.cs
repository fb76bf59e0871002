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
    private readonly Tally<string> factsHeld = new(StringComparer.Ordinal);
    private readonly Tally<(string Name, string Kind)> organisationsNamed = new();
    private Dictionary<string, DocumentOrganisation>? documents;
    private Dictionary<string, IReadOnlyList<OrganisationFact>>? facts;

    /// <summary>The group's entries with their CCG and ICB from the directory, and the earlier documents to amend.</summary>
    public async Task<(IReadOnlyList<CatalogEntry> Group, IReadOnlyList<OrganisationAmendment> Earlier)> ApplyAsync(IReadOnlyList<CatalogEntry> group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (documents is null || facts is null)
        {
            var known = await catalog.OrganisationKnowledgeAsync(cancellationToken);
            documents = [];
            facts = [];
            foreach (var document in known.Documents)
            {
                Put(document);
            }

            foreach (var held in known.Facts.GroupBy(f => f.DocumentId))
            {
                PutFacts(held.Key, [.. held]);
            }
        }

        while (withdrawn.TryDequeue(out var gone))
        {
            Drop(gone);
        }

        var before = Changes;
        foreach (var entry in group)
        {
            var id = entry.Record.DocumentId;
            Drop(id);
            if (entry.Record.Status == DocumentStatus.Indexed && entry.Enrichment is { } enrichment)
            {
                PutFacts(id, enrichment.OrganisationFacts);
                if (entry.Record.Metadata.Organisation is { } organisation)
                {
                    Put(new DocumentOrganisation(id, organisation, entry.Record.Metadata.Ccg, entry.Record.Metadata.Icb));
                }
            }
        }

        // The directory is made of the facts and of each organisation named once (which one document names it makes no difference).
        var learned = OrganisationRule.Directory(directory.Register, facts.Values.SelectMany(f => f), organisationsNamed.Keys.Select(Metadata));
        directory.Learn(learned.Facts, learned.Learned);
        var amendedGroup = group.Select(entry => Apply(entry, learned)).ToList();
        var earlier = new List<OrganisationAmendment>();
        if (Changes != before)
        {
            var inGroup = group.Select(e => e.Record.DocumentId).ToHashSet(StringComparer.Ordinal);
            foreach (var document in documents.Values.Where(d => !inGroup.Contains(d.DocumentId)).ToList())
            {
                var metadata = OrganisationRule.Apply(Metadata(document), learned);
                if (metadata.Ccg != document.Ccg || metadata.Icb != document.Icb)
                {
                    earlier.Add(new OrganisationAmendment(document.DocumentId, metadata.Ccg, metadata.Icb));
                    Put(document with { Ccg = metadata.Ccg, Icb = metadata.Icb });
                }
            }
        }

        return (amendedGroup, earlier);
    }

    /// <summary>A document no longer indexed (quarantined on reprocessing): what it said of organisations stops counting.</summary>
    public void Withdraw(string documentId) => withdrawn.Enqueue(documentId);

    /// <summary>Goes up whenever a fact or an organisation (by name and kind) comes into or goes out of the archive.</summary>
    private long Changes => factsHeld.Changes + organisationsNamed.Changes;

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
            Put(new DocumentOrganisation(entry.Record.DocumentId, organisation, applied.Metadata.Ccg, applied.Metadata.Icb));
        }

        return entry with { Record = entry.Record with { Metadata = applied.Metadata }, Enrichment = applied };
    }

    private void Put(DocumentOrganisation document)
    {
        if (documents!.Remove(document.DocumentId, out var before))
        {
            organisationsNamed.Remove(Named(before));
        }

        documents[document.DocumentId] = document;
        organisationsNamed.Add(Named(document));
    }

    private void PutFacts(string documentId, IReadOnlyList<OrganisationFact> held)
    {
        facts![documentId] = held;
        foreach (var fact in held)
        {
            factsHeld.Add(FactKey(fact));
        }
    }

    private void Drop(string documentId)
    {
        if (facts!.Remove(documentId, out var held))
        {
            foreach (var fact in held)
            {
                factsHeld.Remove(FactKey(fact));
            }
        }

        if (documents!.Remove(documentId, out var document))
        {
            organisationsNamed.Remove(Named(document));
        }
    }

    private static string FactKey(OrganisationFact fact) => $"{fact.Organisation}>{fact.Successor}";

    /// <summary>The organisation a document is by, with the kind its CCG and ICB give it (as <see cref="OrganisationRule"/> reads it).</summary>
    private static (string Name, string Kind) Named(DocumentOrganisation document) =>
        (document.Organisation, document.Ccg == document.Organisation ? OrganisationKinds.Ccg : document.Icb == document.Organisation ? OrganisationKinds.Icb : OrganisationKinds.JointCommittee);

    private static DocumentMetadata Metadata((string Name, string Kind) named) =>
        DocumentMetadata.Unknown with
        {
            Organisation = named.Name,
            Ccg = named.Kind == OrganisationKinds.Ccg ? named.Name : null,
            Icb = named.Kind == OrganisationKinds.Icb ? named.Name : null,
        };

    private static DocumentMetadata Metadata(DocumentOrganisation document) =>
        DocumentMetadata.Unknown with { Organisation = document.Organisation, Ccg = document.Ccg, Icb = document.Icb };
}

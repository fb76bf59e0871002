using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Enrichment.Tests;

/// <summary>Builds extracted documents in code and enriches them with a small gazetteer.</summary>
internal static class Minutes
{
    public static readonly Gazetteer Gazetteer = new(
        [
            new Organisation { Id = "TST", Name = "NHS Testford CCG", Kind = OrganisationKinds.Ccg, Aliases = ["TST"], Parent = "TICB", ValidTo = new DateOnly(2022, 6, 30) },
            new Organisation { Id = "TICB", Name = "NHS Testshire Integrated Care Board", Kind = OrganisationKinds.Icb },
            new Organisation { Id = "TJC", Name = "Testshire CCGs Joint Committee", Kind = OrganisationKinds.JointCommittee, Parent = "TICB" },
        ],
        [new BodyName("Governing Body", ["GB"]), new BodyName("Primary Care Commissioning Committee", ["PCCC"])]);

    public static EnrichmentResult Enrich(string fileName, params string[] pages) =>
        Enrich(fileName, [], pages);

    public static EnrichmentResult Enrich(string fileName, IReadOnlyList<string> running, params string[] pages) =>
        new DocumentEnricher(Gazetteer).Enrich(new EnrichmentInput(
            "doc-test",
            fileName,
            new ExtractedDocument([.. pages.Select((t, i) => new PageText(i + 1, t))], FileProperties.None, running, []),
            DocumentMetadata.Unknown));
}

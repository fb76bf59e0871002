using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Enrichment.Tests;

/// <summary>Builds extracted documents in code and enriches them with the shipped phrasebook and a small register.</summary>
internal static class Minutes
{
    public static readonly Wording Wording = Wording.LoadDefault();

    public static readonly Gazetteer Gazetteer = new(
        [
            new Organisation { Id = "TST", Name = "NHS Testford CCG", Kind = OrganisationKinds.Ccg, Aliases = ["TST"], Parent = "TICB", ValidTo = new DateOnly(2022, 6, 30) },
            new Organisation { Id = "TICB", Name = "NHS Testshire Integrated Care Board", Kind = OrganisationKinds.Icb },
            new Organisation { Id = "TJC", Name = "Testshire CCGs Joint Committee", Kind = OrganisationKinds.JointCommittee, Parent = "TICB" },
        ]);

    public static EnrichmentResult Enrich(string fileName, params string[] pages) =>
        Enrich(fileName, [], pages);

    public static EnrichmentResult Enrich(string fileName, IReadOnlyList<string> running, params string[] pages) =>
        new DocumentEnricher(Wording, new FixedDirectory(Gazetteer)).Enrich(new EnrichmentInput(
            "doc-test",
            fileName,
            TextDocuments.Build(pages, running),
            DocumentMetadata.Unknown));
}

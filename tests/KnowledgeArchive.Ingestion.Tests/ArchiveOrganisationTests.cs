using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Ingestion.Tests;

/// <summary>
/// A CCG the register does not hold gets its ICB from the archive's own papers, in the service as in the tools, and
/// whatever order the files arrive in: documents committed before the paper that says where its duties went are amended.
/// </summary>
public sealed class ArchiveOrganisationTests : IDisposable
{
    private const string Ccg = "NHS Eastmere CCG";
    private const string Icb = "NHS Westmere Integrated Care Board";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ka-orgs-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task MinutesCommittedBeforeTheClosedownReport_AreAmendedToTheIcbItNames()
    {
        await using var archive = await ArchiveHost.StartAsync(_root);
        await DropMinutesAsync(archive);
        var minutes = await archive.WaitForFileAsync("gb.pdf");
        Assert.Equal((Ccg, null), (minutes.Metadata.Ccg, minutes.Metadata.Icb));

        await DropClosedownAsync(archive, ", which takes on its commissioning duties");
        var closedown = await archive.WaitForFileAsync("closedown.pdf");
        Assert.Equal((Ccg, Icb), (closedown.Metadata.Ccg, closedown.Metadata.Icb));

        var amended = await archive.Catalog.FindAsync(minutes.DocumentId, CancellationToken.None);
        Assert.Equal((Ccg, Icb), (amended!.Metadata.Ccg, amended.Metadata.Icb));
        var decision = Assert.Single(await archive.Decisions.ForDocumentAsync(minutes.DocumentId, CancellationToken.None));
        Assert.Equal(Icb, decision.Icb);
        var hits = archive.Index.Search(new SearchQuery { Text = "falls prevention", Icb = Icb }).Hits;
        Assert.Equal(minutes.DocumentId, Assert.Single(hits).DocumentId);
    }

    [Fact]
    public async Task MinutesCommittedAfterTheClosedownReport_TakeTheIcbAtOnce()
    {
        await using var archive = await ArchiveHost.StartAsync(_root);
        await DropClosedownAsync(archive);
        await archive.WaitForFileAsync("closedown.pdf");

        await DropMinutesAsync(archive);
        var minutes = await archive.WaitForFileAsync("gb.pdf");

        Assert.Equal((Ccg, Icb), (minutes.Metadata.Ccg, minutes.Metadata.Icb));
    }

    [Fact]
    public async Task AfterARestart_WhatTheCatalogHoldsStillPlacesNewMinutes()
    {
        await using (var first = await ArchiveHost.StartAsync(_root))
        {
            await DropClosedownAsync(first);
            await first.WaitForFileAsync("closedown.pdf");
        }

        await using var archive = await ArchiveHost.StartAsync(_root);
        await DropMinutesAsync(archive);
        var minutes = await archive.WaitForFileAsync("gb.pdf");

        Assert.Equal((Ccg, Icb), (minutes.Metadata.Ccg, minutes.Metadata.Icb));
    }

    /// <summary>Governing Body minutes of the CCG, recording one decision.</summary>
    private static Task DropMinutesAsync(ArchiveHost archive) =>
        DropAsync(archive, "gb.pdf",
            new HeadingBlock(Ccg, 0),
            new HeadingBlock("Minutes of the Governing Body meeting held in public on 12 March 2020"),
            new HeadingBlock("GB20/031 Falls Prevention Service", 2),
            new ParagraphBlock("The Governing Body approved the falls prevention service specification."));

    /// <summary>The CCG's closedown report, saying its functions transfer to the ICB.</summary>
    private static Task DropClosedownAsync(ArchiveHost archive, string more = "") =>
        DropAsync(archive, "closedown.pdf",
            new HeadingBlock(Ccg, 0),
            new HeadingBlock("Closedown report, June 2022"),
            new ParagraphBlock($"On 1 July 2022 the functions of the CCG transfer to {Icb}{more}."));

    private static Task DropAsync(ArchiveHost archive, string name, params Block[] blocks) =>
        File.WriteAllBytesAsync(
            Path.Combine(archive.Paths.InboxDirectory, name),
            new PdfDocumentWriter().ToBytes(new DocumentSpec(Path.GetFileNameWithoutExtension(name), [PageSpec.Of(blocks)])));
}

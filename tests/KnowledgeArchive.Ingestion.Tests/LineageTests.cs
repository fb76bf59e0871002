using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Ingestion.Tests;

/// <summary>The lineage graph built by the real pipeline from generated minutes, whatever order they arrive in.</summary>
public sealed class LineageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ka-lineage-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Graph_IsTheSame_WhateverOrderTheDocumentsArrive()
    {
        var files = Archive();
        var forwards = await EdgesAfterIngestingAsync("forwards", files);
        var backwards = await EdgesAfterIngestingAsync("backwards", [.. files.AsEnumerable().Reverse()]);
        var shuffled = await EdgesAfterIngestingAsync("shuffled", [files[1], files[3], files[0], files[2]]);

        Assert.Equal(
            [
                "GB/19/24 ratifies PCCC/19/11 (reference)",
                "GB/19/40 amends GB/19/24 (reference)",
                "GB/19/41 adopts PCCC/19/15 (description)",
            ],
            forwards);
        Assert.Equal(forwards, backwards);
        Assert.Equal(forwards, shuffled);
    }

    [Fact]
    public async Task CitationOfADecisionNotInTheArchive_IsAGap_WithWhereItOccurs()
    {
        await using var archive = await ArchiveHost.StartAsync(Path.Combine(_root, "gap"));
        await File.WriteAllBytesAsync(Path.Combine(archive.Paths.InboxDirectory, "gb.pdf"), Minutes("26 March 2019", "GB19/024 Practice Merger", "The Governing Body ratified the decision of the Primary Care Commissioning Committee (minute PCCC/19/11) on the merger."));
        var document = await archive.WaitForFileAsync("gb.pdf");
        await archive.UpdateLineageAsync();

        var gap = Assert.Single(await archive.Lineage.UnresolvedAsync(RecordScope.All, CancellationToken.None));
        Assert.Equal("not_in_archive", gap.Reason);
        Assert.Equal(document.DocumentId, gap.Citation.DocumentId);
        Assert.Equal("PCCC/19/11", gap.Citation.CitedReference);
    }

    [Fact]
    public async Task SameReferenceInAnotherCcg_IsNotALink()
    {
        await using var archive = await ArchiveHost.StartAsync(Path.Combine(_root, "other-ccg"));
        await File.WriteAllBytesAsync(Path.Combine(archive.Paths.InboxDirectory, "other.pdf"), Minutes("12 February 2019", "PCCC/19/11 Practice Merger", "RESOLVED: The Committee APPROVED the merger.", ccg: "NHS Loamshire Downs CCG", body: "Primary Care Commissioning Committee"));
        await File.WriteAllBytesAsync(Path.Combine(archive.Paths.InboxDirectory, "gb.pdf"), Minutes("26 March 2019", "GB19/024 Practice Merger", "The Governing Body ratified the decision of the Primary Care Commissioning Committee (minute PCCC/19/11) on the merger."));
        await archive.WaitForFileAsync("other.pdf");
        await archive.WaitForFileAsync("gb.pdf");
        await archive.UpdateLineageAsync();

        var decision = (await archive.Decisions.SearchAsync(new Core.Storage.DecisionQuery { Reference = "GB19/024" }, CancellationToken.None)).Items.Single();
        var graph = await archive.Lineage.WalkAsync(decision.DecisionId, 3, RecordScope.All, CancellationToken.None);
        Assert.Empty(graph!.Edges);
    }

    private async Task<List<string>> EdgesAfterIngestingAsync(string name, IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        await using var archive = await ArchiveHost.StartAsync(Path.Combine(_root, name));
        foreach (var (file, bytes) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(archive.Paths.InboxDirectory, file), bytes);
            Assert.Equal(DocumentStatus.Indexed, (await archive.WaitForFileAsync(file)).Status);
        }

        await archive.UpdateLineageAsync();
        var decisions = await archive.Decisions.AllDecisionsAsync(RecordScope.All, CancellationToken.None);
        var references = decisions.ToDictionary(d => d.DecisionId, d => d.CanonicalReference ?? d.DecisionId);
        var edges = new List<string>();
        foreach (var decision in decisions)
        {
            var graph = await archive.Lineage.WalkAsync(decision.DecisionId, 1, RecordScope.All, CancellationToken.None);
            edges.AddRange(graph!.Edges.Select(e => $"{references[e.From]} {e.Type} {references[e.To]} ({e.Method})"));
        }

        return edges.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static List<(string Name, byte[] Bytes)> Archive() =>
    [
        ("pccc-feb.pdf", Minutes("12 February 2019", "PCCC/19/11 Practice Merger", "RESOLVED: The Committee APPROVED the merger of the two practices, subject to ratification by the Governing Body.", body: "Primary Care Commissioning Committee")),
        ("gb-mar.pdf", Minutes("26 March 2019", "GB19/024 Practice Merger", "The Governing Body ratified the decision of the Primary Care Commissioning Committee (minute PCCC/19/11) on the merger.")),
        ("pccc-apr.pdf", Minutes("9 April 2019", "PCCC/19/15 Wheelchair Policy", "RESOLVED: The Committee APPROVED the Wheelchair Policy.", body: "Primary Care Commissioning Committee")),
        ("gb-may.pdf", MinutesWithTwoItems(
            "28 May 2019",
            ("GB19/040 Practice Merger Terms", "The Governing Body amended the merger terms agreed at minute GB19/024 to add a branch surgery."),
            ("GB19/041 Wheelchair Policy", "The Governing Body adopted the policy approved by the Primary Care Commissioning Committee in April 2019."))),
    ];

    private static byte[] Minutes(string date, string heading, string decision, string ccg = "NHS Hartwell CCG", string body = "Governing Body") =>
        MinutesWithTwoItems(date, (heading, decision), null, ccg, body);

    private static byte[] MinutesWithTwoItems(string date, (string Heading, string Decision) first, (string Heading, string Decision)? second, string ccg = "NHS Hartwell CCG", string body = "Governing Body")
    {
        var blocks = new List<Block>
        {
            new HeadingBlock(ccg, 0),
            new HeadingBlock($"Minutes of the {body} meeting held in public on {date}"),
            new HeadingBlock(first.Heading, 2),
            new ParagraphBlock(first.Decision),
        };
        if (second is { } s)
        {
            blocks.Add(new HeadingBlock(s.Heading, 2));
            blocks.Add(new ParagraphBlock(s.Decision));
        }

        return new PdfDocumentWriter().ToBytes(new DocumentSpec("Minutes", [new PageSpec(blocks)]));
    }
}

using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Lineage.Tests;

public sealed class EvidencePagesTests
{
    private static readonly IReadOnlyList<PageText> Pages =
    [
        new PageText(1, "Contents\nIntroduction"),
        new PageText(2, "Version | Date | Approval | Summary of changes\n1.1 | 09/2017 | Approved by the Executive Committee September 2017 | Added two criteria; supersedes v1.0\n2.0 | 01/2020 | Approved by Governing Body"),
    ];

    [Fact]
    public async Task EvidencePrintedOnAnotherPage_IsPlacedOnThatPage()
    {
        var placed = await PlaceAsync(Edge("2.0 | 01/2020 | Approved by Governing Body", page: 1));

        Assert.Equal((2, "2.0 | 01/2020 | Approved by Governing Body"), (placed.EvidencePage, placed.EvidenceText));
    }

    [Fact]
    public async Task RowWhoseCellsWereReadApart_IsQuotedAsThePagePrintsIt()
    {
        var placed = await PlaceAsync(Edge("1.1 | 09/2017 | Approved by the Executive Committee September 2017 | Added two criteria; | supersedes v1.0", page: 1));

        Assert.Equal(2, placed.EvidencePage);
        Assert.Equal("1.1 | 09/2017 | Approved by the Executive Committee September 2017 | Added two criteria; supersedes v1.0", placed.EvidenceText);
        Assert.Contains(placed.EvidenceText, Pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextPrintedNowhere_KeepsItsPageAndWords()
    {
        var edge = Edge("Approved by the Audit Committee in March 2015", page: 1);

        Assert.Equal(edge, await PlaceAsync(edge));
    }

    private static async Task<LineageEdge> PlaceAsync(LineageEdge edge) =>
        Assert.Single(await EvidencePages.PlaceAsync([edge], _ => Task.FromResult(Pages)));

    private static LineageEdge Edge(string text, int page) => new()
    {
        From = "d2",
        To = "d1",
        Type = LineageEdgeTypes.Supersedes,
        Method = "table",
        EvidenceDocumentId = "doc-policy",
        EvidencePage = page,
        EvidenceText = text,
        EvidenceSha256 = "sha",
    };
}

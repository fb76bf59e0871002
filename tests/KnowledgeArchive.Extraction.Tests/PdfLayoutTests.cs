using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Tests.Support;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>How PDF pages laid out as real minutes are become blocks: columns, margins, tables, lists, running lines, page breaks.</summary>
public sealed class PdfLayoutTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task DocumentWhoseOnlyLinesRepeatOnEveryPage_KeepsThemAsItsText_NotQuarantinedAsEmpty()
    {
        using var pdf = new LaidOutPdf();
        for (var page = 1; page <= 3; page++)
        {
            pdf.NewPage().Text(72, 100, $"This is a multi page document. Page {page}.");
        }

        var document = await Extract.SucceedingAsync(_folder.Write("repeated.pdf", pdf.Build()));

        Assert.Equal(3, document.Pages.Count);
        Assert.Contains("Page 2.", document.Pages[1].Text, StringComparison.Ordinal);
        Assert.Empty(document.HeadersAndFooters);
    }

    [Fact]
    public async Task TwoColumnPage_IsReadColumnByColumn()
    {
        using var pdf = new LaidOutPdf().NewPage();
        pdf.Text(56, 60, "Minutes of the Governing Body", 14, isBold: true);
        pdf.Lines(56, 100, ["The Governing Body noted the", "finance report for month 9 and", "the forecast outturn."]);
        pdf.Lines(56, 160, ["Members approved the estates", "strategy for 2019 to 2024."]);
        pdf.Lines(310, 100, ["The Committee deferred the", "wheelchair policy to its May", "meeting for more evidence."]);

        var document = await Read("two-column.pdf", pdf);

        var paragraphs = document.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
        Assert.Equal(
            [
                "The Governing Body noted the finance report for month 9 and the forecast outturn.",
                "Members approved the estates strategy for 2019 to 2024.",
                "The Committee deferred the wheelchair policy to its May meeting for more evidence.",
            ],
            paragraphs);
    }

    [Fact]
    public async Task ReferencesInAMarginColumn_LabelTheBlocksBesideThem()
    {
        using var pdf = new LaidOutPdf().NewPage();
        pdf.Text(56, 60, "Minutes of the Governing Body", 14, isBold: true);
        pdf.Text(56, 100, "GB19/023");
        pdf.Lines(150, 100, ["Wheelchair Policy"], isBold: true);
        pdf.Lines(150, 118, ["The Governing Body approved the wheelchair policy", "with effect from 1 May 2019."]);
        pdf.Text(56, 170, "GB19/024");
        pdf.Lines(150, 170, ["Finance Report"], isBold: true);
        pdf.Lines(150, 188, ["The Governing Body noted the finance report."]);

        var document = await Read("margin.pdf", pdf);

        var labelled = document.Blocks.Where(b => b.Label is not null).Select(b => (b.Label, b.Text)).ToList();
        Assert.Equal([("GB19/023", "Wheelchair Policy"), ("GB19/024", "Finance Report")], labelled);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("GB19/023", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RuledTable_IsATableOfRowsAndCells()
    {
        using var pdf = new LaidOutPdf().NewPage();
        pdf.Text(56, 60, "Decision log", 14, isBold: true);
        pdf.Table(56, 80, [90, 220, 120], 20, [["Ref", "Item", "Decision"], ["GB19/023", "Wheelchair Policy", "Approved"], ["GB19/024", "Finance Report", "Noted"]]);

        var document = await Read("table.pdf", pdf);

        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["GB19/023", "Wheelchair Policy", "Approved"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Contains("GB19/024 | Finance Report | Noted", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulletedLines_AreListItems_AfterTheirLeadIn()
    {
        using var pdf = new LaidOutPdf().NewPage();
        pdf.Lines(56, 80, ["The Committee:"]);
        pdf.Text(70, 94, "\u2022");
        pdf.Lines(84, 94, ["approved the revised terms of reference;"]);
        pdf.Text(70, 108, "\u2022");
        pdf.Lines(84, 108, ["noted the risk register."]);

        var document = await Read("bullets.pdf", pdf);

        var items = document.Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["approved the revised terms of reference;", "noted the risk register."], items.Select(i => i.Text));
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == "The Committee:");
    }

    [Fact]
    public async Task BoldResolutionUnderABoldHeading_IsItsOwnBlock()
    {
        using var pdf = new LaidOutPdf().NewPage();
        pdf.Lines(56, 80, ["GB17/017 Minutes of the Previous Meeting"], isBold: true);
        pdf.Lines(56, 94, ["The minutes of the meeting held on 9 January 2017 were APPROVED as an accurate and complete", "record."], isBold: true);

        var document = await Read("bold.pdf", pdf);

        Assert.Equal(
            ["GB17/017 Minutes of the Previous Meeting", "The minutes of the meeting held on 9 January 2017 were APPROVED as an accurate and complete record."],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task RepeatedHeaderAndFooter_AreKeptApart_AndAParagraphCutByAPageBreakIsOneBlock()
    {
        using var pdf = new LaidOutPdf();
        for (var page = 1; page <= 3; page++)
        {
            pdf.NewPage();
            pdf.Text(56, 30, "NHS Testford CCG", 8);
            pdf.Text(56, 815, $"Governing Body 26 March 2019 - Page {page} of 3", 8);
            if (page == 1)
            {
                pdf.Lines(56, 700, ["The Governing Body discussed the estates strategy at length and", "agreed that the options appraisal should"]);
            }
            else if (page == 2)
            {
                pdf.Lines(56, 80, ["be brought back to the May meeting with costs."]);
            }
            else
            {
                pdf.Lines(56, 80, ["The Governing Body noted the finance report."]);
            }
        }

        var document = await Read("running.pdf", pdf);

        Assert.Contains("NHS Testford CCG", document.HeadersAndFooters);
        Assert.All(document.Pages, p => Assert.DoesNotContain("NHS Testford CCG", p.Text, StringComparison.Ordinal));
        var cut = Assert.Single(document.Blocks, b => b.Text.StartsWith("The Governing Body discussed", StringComparison.Ordinal));
        Assert.EndsWith("should be brought back to the May meeting with costs.", cut.Text, StringComparison.Ordinal);
        Assert.Equal([1, 2], cut.Spans.Select(s => s.Page));
    }

    private async Task<ExtractedDocument> Read(string name, LaidOutPdf pdf) =>
        await Extract.SucceedingAsync(_folder.Write(name, pdf.Build()));
    [Fact]
    public async Task BulletedLinesInsideATableCell_AreListItems()
    {
        using var pdf = new LaidOutPdf().NewPage();
        pdf.Text(56, 60, "Minutes of the Board", 14, isBold: true);
        pdf.Table(56, 80, [60, 400], 90, [["5.", "Membership applications"]]);
        pdf.Text(120, 115, "-").Text(132, 115, "Eastmere branch: the application was agreed.");
        pdf.Text(120, 130, "-").Text(132, 130, "Lowmere branch: the application was agreed,");
        pdf.Text(132, 144, "subject to a signed constitution.");

        var document = await Read("cell-bullets.pdf", pdf);

        var items = document.Blocks.SelectMany(b => b.Descendants()).Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text).ToList();
        Assert.Equal(["Eastmere branch: the application was agreed.", "Lowmere branch: the application was agreed, subject to a signed constitution."], items);
    }

    [Fact]
    public async Task NumberedParagraphWithAHangingIndent_IsOneParagraph()
    {
        using var pdf = new LaidOutPdf().NewPage();
        pdf.Text(56, 60, "Minutes of the Data Group", 14, isBold: true);
        pdf.Text(56, 100, "10. It was agreed that the guidelines would be published on");
        pdf.Text(73.5, 114, "the first Monday of July, once the group had seen them.");
        pdf.Text(56, 140, "11. The next meeting will be held in September.");

        var document = await Read("hanging.pdf", pdf);

        var paragraphs = document.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem).Select(b => b.Text).ToList();
        Assert.Equal(
            [
                "10. It was agreed that the guidelines would be published on the first Monday of July, once the group had seen them.",
                "11. The next meeting will be held in September.",
            ],
            paragraphs);
    }

    [Fact]
    public async Task TableThatRunsOnToTheNextPage_IsOneTable_WithRowsOnBothPages()
    {
        using var pdf = new LaidOutPdf().NewPage();
        pdf.Text(56, 60, "Appendix 2: Policies adopted by the ICB", 12, isBold: true);
        pdf.Table(56, 700, [150, 200, 100], 20, [["CCG", "Policy", "Decision"], ["NHS Eastmere CCG", "Wheelchair Policy", "GB20/025"]]);
        pdf.NewPage();
        pdf.Table(56, 60, [150, 200, 100], 20, [["NHS Lowmere CCG", "Wheelchair Policy", "Minute 31/20"]]);

        var document = await Read("continued.pdf", pdf);

        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(["CCG", "NHS Eastmere CCG", "NHS Lowmere CCG"], table.Rows.Select(r => r.Cells[0].Text));
        Assert.Equal([1, 2], table.Spans.Select(s => s.Page).Distinct());
    }
}


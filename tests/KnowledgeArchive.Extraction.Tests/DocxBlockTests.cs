using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Tests.Support;
using static KnowledgeArchive.Extraction.Tests.Support.StructuredDocx;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>How Word's own structure becomes blocks: heading levels, list numbers as printed, margin-heading tables, tables.</summary>
public sealed class DocxBlockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WordListNumbers_AreThePrintedLabels_AndHeadingsKeepTheirLevel()
    {
        var bytes = Build(body =>
        {
            body.Append(Heading("Minutes of the Governing Body", 1));
            body.Append(Numbered("Welcome and apologies"));
            body.Append(Numbered("Finance report"));
            body.Append(Numbered("Month 9 position", level: 1));
            body.Append(Numbered("Month 10 forecast", level: 1));
            body.Append(Numbered("Estates strategy"));
        });

        var document = await Extract.SucceedingAsync(_folder.Write("numbered.docx", bytes));

        var heading = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Heading);
        Assert.Equal(1, heading.Level);
        Assert.Equal(
            [("1.", "Welcome and apologies"), ("2.", "Finance report"), ("2.1", "Month 9 position"), ("2.2", "Month 10 forecast"), ("3.", "Estates strategy")],
            document.Blocks.Where(b => b.Label is not null).Select(b => (b.Label!, b.Text)));
    }

    [Fact]
    public async Task OneRowTableOfAReferenceBesideATitle_IsALabelledHeading_AndOtherTablesStayTables()
    {
        var bytes = Build(body =>
        {
            body.Append(MarginHeading("GB19/023", "Wheelchair Policy"));
            body.Append(Plain("The Governing Body approved the wheelchair policy."));
            body.Append(Grid(["Ref", "Decision"], ["GB19/023", "Approved"]));
        });

        var document = await Extract.SucceedingAsync(_folder.Write("margin.docx", bytes));

        var heading = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Heading);
        Assert.Equal(("GB19/023", "Wheelchair Policy"), (heading.Label, heading.Text));
        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(["GB19/023", "Approved"], table.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public async Task BoldParagraph_IsMarkedEmphasised()
    {
        var bytes = Build(body =>
        {
            body.Append(Plain("GB19/024 Finance Report", bold: true));
            body.Append(Plain("The Governing Body noted the report."));
        });

        var document = await Extract.SucceedingAsync(_folder.Write("bold.docx", bytes));

        Assert.Equal([true, false], document.Blocks.Select(b => b.Emphasised));
    }
}

using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Tests.Support;
using static KnowledgeArchive.Extraction.Tests.Support.OpenDocumentSheet;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>Workbooks (.xlsx, .ods, .xls) read as registers: a page per sheet, a table per block of rows, cells as the sheet shows them.</summary>
public sealed class SpreadsheetExtractionTests : IDisposable
{
    private static readonly XCell?[] LogHeader = [.. new[] { "Ref", "Date", "Meeting", "Decision", "Outcome" }.Select(XCell.Shared)];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task XlsxDecisionLog_IsAPagePerSheet_WithTablesOfRowsAsShown()
    {
        var workbook = new ExcelWorkbook { Title = "PCCC decision log 2021/22", Author = "Corporate Governance Team" }
            .Sheet("Decision log",
            [
                (1, LogHeader),
                (2, [XCell.Shared("PC21/014"), XCell.Date(new DateTime(2021, 7, 14)), XCell.Shared("Primary Care Commissioning Committee"),
                    XCell.Shared("The committee approved the extension of the enhanced service for care homes"), XCell.Inline("Approved")]),
                (3, [XCell.Shared("PC21/015"), XCell.Date(new DateTime(2019, 3, 12), ExcelWorkbook.LongDate), XCell.Shared("Primary Care Commissioning Committee"),
                    XCell.Shared("The committee deferred the branch surgery closure pending engagement"), XCell.Shared("Deferred")]),
                (6, [XCell.Shared("Uplift"), XCell.Number(0.035, ExcelWorkbook.Percent), null, XCell.Number(12, formula: "SUM(D7:D8)"), XCell.Bool(true)]),
            ])
            .Sheet("Risks", [(2, [XCell.Shared("Risk"), null, XCell.Shared("Score")]), (3, [XCell.Shared("Workforce gaps in general practice"), null, XCell.Number(16)])])
            .Sheet("Empty", [])
            .Sheet("Lookups", [(1, [XCell.Shared("Outcomes"), XCell.Shared("Approved")])], hidden: true);

        var outcome = await Extract.FileAsync(_folder.Write("log.bin", workbook.Build()));

        Assert.Equal(FileFormat.Xlsx, outcome.Format);
        var document = outcome.Result.Document!;
        Assert.Equal(["Decision log", "Risks", "Lookups"], document.Headings);
        Assert.Equal(3, document.Pages.Count);
        var tables = document.Blocks.Where(b => b.Kind == BlockKind.Table).ToList();
        Assert.Equal(4, tables.Count);
        Assert.Equal(
            [
                ["Ref", "Date", "Meeting", "Decision", "Outcome"],
                ["PC21/014", "14/07/2021", "Primary Care Commissioning Committee", "The committee approved the extension of the enhanced service for care homes", "Approved"],
                ["PC21/015", "12 March 2019", "Primary Care Commissioning Committee", "The committee deferred the branch surgery closure pending engagement", "Deferred"],
            ],
            Cells(tables[0]));
        Assert.Equal([["Uplift", "3.5%", "12", "TRUE"]], Cells(tables[1]));
        Assert.Equal([["Risk", "Score"], ["Workforce gaps in general practice", "16"]], Cells(tables[2]));
        Assert.Equal([1, 1, 2, 3], tables.Select(t => t.Page));
        Assert.StartsWith("Decision log\nRef | Date | Meeting | Decision | Outcome\nPC21/014 | 14/07/2021 |", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Equal(("PCCC decision log 2021/22", "Corporate Governance Team"), (document.Properties.Title, document.Properties.Author));
        Assert.Equal(new DateTimeOffset(2021, 7, 15, 9, 30, 0, TimeSpan.Zero), document.Properties.Created);
    }

    [Fact]
    public async Task XlsxWithAMillionEmptyRows_IsRead_AndKeepsOnlyFilledRows()
    {
        var rows = Enumerable.Range(1, 1_000_000).Select(r => ((uint)r, r is 3 or 1_000_000 ? new XCell?[] { XCell.Shared($"Row {r}") } : []));
        var path = _folder.Write("empty-rows.xlsx", new ExcelWorkbook().Sheet("Log", rows).Build());

        var document = await Extract.SucceedingAsync(path);

        Assert.Equal([[["Row 3"]], [["Row 1000000"]]], document.Blocks.Where(b => b.Kind == BlockKind.Table).Select(Cells));
    }

    [Fact]
    public async Task XlsxPastTheCellLimit_IsRefusedAsTooLarge()
    {
        var row = Enumerable.Range(0, 100).Select(i => (XCell?)XCell.Number(i)).ToArray();
        var path = _folder.Write("huge.xlsx", new ExcelWorkbook().Sheet("Data", Enumerable.Range(1, 10_001).Select(r => ((uint)r, row))).Build());

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(QuarantineCodes.TooLarge, outcome.Result.Failure?.Code);
        Assert.Contains("1,000,000 filled cells", outcome.Result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XlsxWithNoFilledCell_IsEmpty()
    {
        var outcome = await Extract.FileAsync(_folder.Write("blank.xlsx", new ExcelWorkbook().Sheet("Sheet1", [(1, [null, null])]).Build()));

        Assert.Equal(FileFormat.Xlsx, outcome.Format);
        Assert.Equal(QuarantineCodes.Empty, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task XlsxWithABrokenZip_IsCorrupt()
    {
        var bytes = new ExcelWorkbook().Sheet("Log", ["Ref"], ["PC21/014"]).Build();

        var outcome = await Extract.FileAsync(_folder.Write("cut.xlsx", bytes[..(bytes.Length / 2)]));

        Assert.Equal(FileFormat.Xlsx, outcome.Format);
        Assert.Equal(QuarantineCodes.Corrupt, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task OdsRiskRegister_PrintsCellsAsShown_AndCostsNothingForRepeatedEmptyRows()
    {
        var register = Table("Risk register",
            Row("Ref", "Risk", "Opened", "Score", "Cost", "Status"),
            "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>R-017</text:p></table:table-cell>" +
            "<table:table-cell office:value-type=\"string\"><text:p>Insufficient<text:s text:c=\"2\"/>capacity in <text:span>community nursing</text:span></text:p>" +
            "<office:annotation><text:p>check with the director</text:p></office:annotation></table:table-cell>" +
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2020-10-05\"><text:p>05 October 2020</text:p></table:table-cell>" +
            "<table:table-cell office:value-type=\"percentage\" office:value=\"0.25\"><text:p>25%</text:p></table:table-cell>" +
            "<table:table-cell office:value-type=\"currency\" office:currency=\"GBP\" office:value=\"1250\"><text:p>£1,250.00</text:p></table:table-cell>" +
            "<table:table-cell office:value-type=\"string\"><text:p>Open</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"16378\"/></table:table-row>",
            "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>",
            "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"string\"><text:p>Closed</text:p></table:table-cell></table:table-row>",
            "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>");
        var actions = Table("Actions", Row("Action", null, "Lead"), Row("Recruit two district nurses", null, "Director of Nursing"));

        var outcome = await Extract.FileAsync(_folder.Write("risks.bin", Build(register + actions, title: "Corporate risk register")));

        Assert.Equal(FileFormat.Ods, outcome.Format);
        var document = outcome.Result.Document!;
        Assert.Equal(["Risk register", "Actions"], document.Headings);
        var tables = document.Blocks.Where(b => b.Kind == BlockKind.Table).Select(Cells).ToList();
        Assert.Equal(
            [
                [["Ref", "Risk", "Opened", "Score", "Cost", "Status"], ["R-017", "Insufficient capacity in community nursing", "05 October 2020", "25%", "£1,250.00", "Open"]],
                [["Closed", "Closed", "Closed"]],
                [["Action", "Lead"], ["Recruit two district nurses", "Director of Nursing"]],
            ],
            tables);
        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(("Corporate risk register", "Risk Manager"), (document.Properties.Title, document.Properties.Author));
    }

    [Fact]
    public async Task OdsPastTheCellLimit_IsRefusedAsTooLarge()
    {
        var flood = "<table:table-row table:number-rows-repeated=\"1001\"><table:table-cell table:number-columns-repeated=\"1000\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>";

        var outcome = await Extract.FileAsync(_folder.Write("flood.ods", Build(Table("Data", flood))));

        Assert.Equal(QuarantineCodes.TooLarge, outcome.Result.Failure?.Code);
        Assert.Contains("1,000,000 filled cells", outcome.Result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OdsEncrypted_IsQuarantinedAsEncrypted()
    {
        var outcome = await Extract.FileAsync(_folder.Write("locked.ods", Build(string.Empty, encrypted: true)));

        Assert.Equal(FileFormat.Ods, outcome.Format);
        Assert.Equal(QuarantineCodes.Encrypted, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task OdsWithNoFilledCell_IsEmpty_AndBrokenContentIsCorrupt()
    {
        var empty = await Extract.FileAsync(_folder.Write("blank.ods", Build(Table("Sheet1", Row(null, " ")))));
        var broken = await Extract.FileAsync(_folder.Write("broken.ods", Build(string.Empty, content: "<office:document-content><oops")));

        Assert.Equal((FileFormat.Ods, QuarantineCodes.Empty), (empty.Format, empty.Result.Failure?.Code));
        Assert.Equal((FileFormat.Ods, QuarantineCodes.Corrupt), (broken.Format, broken.Result.Failure?.Code));
    }

    [Fact]
    public void OdsCutShort_IsCorrupt()
    {
        var bytes = Build(Table("Log", Row("Ref"), Row("PC21/014")));

        var result = new Sheets.OdsExtractor().Extract(_folder.Write("cut.ods", bytes[..(bytes.Length / 2)]), CancellationToken.None);

        Assert.Equal(QuarantineCodes.Corrupt, result.Failure?.Code);
    }

    [Fact]
    public async Task XlsDecisionLog_IsReadThroughItsSharedStringsNumbersAndDates()
    {
        var log = new List<(ushort, ushort, object)>
        {
            (0, 0, "Ref"), (0, 1, "Date"), (0, 2, "Meeting"), (0, 3, "Decision"), (0, 4, "Outcome"),
            (1, 0, "PC21/014"), (1, 1, new DateTime(2021, 7, 14)), (1, 2, "Primary Care Commissioning Committee"),
            (1, 3, "The committee approved the extension of the enhanced service for care homes"), (1, 4, "Approved"),
            (4, 0, "Total decisions"), (4, 2, 2), (4, 3, 12.5),
        };
        var risks = new List<(ushort, ushort, object)> { (1, 1, "Risk"), (2, 1, "Workforce gaps in general practice") };

        var outcome = await Extract.FileAsync(_folder.Write("log.dat", LegacyExcelBuilder.Build([("Decision log", log), ("Blank", []), ("Risks", risks)])));

        Assert.Equal(FileFormat.Xls, outcome.Format);
        Assert.True(outcome.Result.Succeeded, outcome.Result.Failure?.ToString());
        var document = outcome.Result.Document;
        Assert.Equal(["Decision log", "Risks"], document.Headings);
        Assert.Equal(
            [
                [["Ref", "Date", "Meeting", "Decision", "Outcome"],
                 ["PC21/014", "14/07/2021", "Primary Care Commissioning Committee", "The committee approved the extension of the enhanced service for care homes", "Approved"]],
                [["Total decisions", "2", "12.5"]],
                [["Risk"], ["Workforce gaps in general practice"]],
            ],
            document.Blocks.Where(b => b.Kind == BlockKind.Table).Select(Cells));
        Assert.Equal(2, document.Pages.Count);
    }

    [Fact]
    public async Task XlsEncrypted_IsQuarantinedAsEncrypted_AndDamagedAsCorrupt()
    {
        var cells = new List<(ushort, ushort, object)> { (0, 0, "Ref") };
        var locked = await Extract.FileAsync(_folder.Write("locked.xls", LegacyExcelBuilder.Build([("Log", cells)], encrypted: true)));
        var damaged = await Extract.FileAsync(_folder.Write("damaged.xls", CompoundFileBuilder.WithStreams("Workbook")));

        Assert.Equal((FileFormat.Xls, QuarantineCodes.Encrypted), (locked.Format, locked.Result.Failure?.Code));
        Assert.Equal((FileFormat.Xls, QuarantineCodes.Corrupt), (damaged.Format, damaged.Result.Failure?.Code));
    }

    [Fact]
    public async Task XlsWithNoFilledCell_IsEmpty()
    {
        var outcome = await Extract.FileAsync(_folder.Write("blank.xls", LegacyExcelBuilder.Build([("Sheet1", [])])));

        Assert.Equal((FileFormat.Xls, QuarantineCodes.Empty), (outcome.Format, outcome.Result.Failure?.Code));
    }

    private static string[][] Cells(DocumentBlock table) =>
        [.. table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray())];
}

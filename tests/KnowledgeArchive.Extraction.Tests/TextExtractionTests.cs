using System.Text;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Tests.Support;
using KnowledgeArchive.Extraction.TextFiles;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>Plain text and Markdown read as blocks: pages at form feeds, headings, list labels, pipe tables, encodings, and what is refused.</summary>
public sealed class TextExtractionTests : IDisposable
{
    private const string PrinterMinutes =
        "NHS EXAMPLE CCG FINANCE COMMITTEE\r\n" +
        "Minutes of the meeting held on 14 March 2019\r\n" +
        "\r\n" +
        "1. APOLOGIES\r\n" +
        "Apologies were received from the Director of\r\n" +
        "Nursing and the Lay Member for Audit.\r\n" +
        "\r\n" +
        "\f" +
        "FINANCE REPORT\r\n" +
        "The committee noted the month 11 position and\r\n" +
        "agreed to recommend the revised plan of £1.2m\r\n" +
        "to the Governing Body.\r\n";

    private const string MarkdownMinutes =
        "# Finance Committee minutes\n\n" +
        "Held on **14 March 2019** at [Example House](https://example.org/house), chaired by _Jane Doe_.\n\n" +
        "## Decisions\n\n" +
        "1. The committee approved the\n   budget for 2019/20.\n" +
        "2) The committee noted the risk register.\n" +
        "   - Risk 7 was closed.\n" +
        "(a) The audit plan was deferred.\n" +
        "2.3 Estates review to follow.\n\n" +
        "| Ref | Decision | Owner |\n" +
        "|-----|----------|:-----:|\n" +
        "| FC19/01 | Approved the *revised* plan | CFO |\n" +
        "| FC19/02 | Deferred the estates review \\| see item 5 | COO |\n\n" +
        "Matters arising\n" +
        "---------------\n" +
        "```\nSELECT **ref** FROM decisions\n```\n" +
        "Next meeting: 11 April 2019.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task PrinterMinutes_FormFeedStartsAPage_CapitalLinesAreHeadings_AndWrappedLinesJoin()
    {
        var path = _folder.Write("minutes.txt", Encoding.UTF8.GetBytes(PrinterMinutes));

        var document = await Extract.SucceedingAsync(path);

        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(
            [(BlockKind.Heading, null, "NHS EXAMPLE CCG FINANCE COMMITTEE", 1),
             (BlockKind.Paragraph, null, "Minutes of the meeting held on 14 March 2019", 1),
             (BlockKind.ListItem, "1.", "APOLOGIES", 1),
             (BlockKind.Paragraph, null, "Apologies were received from the Director of Nursing and the Lay Member for Audit.", 1),
             (BlockKind.Heading, null, "FINANCE REPORT", 2),
             (BlockKind.Paragraph, null, "The committee noted the month 11 position and agreed to recommend the revised plan of £1.2m to the Governing Body.", 2)],
            document.Blocks.Select(b => (b.Kind, b.Label, b.Text, b.Page)));
        Assert.StartsWith("FINANCE REPORT\n", document.Pages[1].Text, StringComparison.Ordinal);
        Assert.Equal("NHS EXAMPLE CCG FINANCE COMMITTEE", new TitleResolver().Resolve(document, "minutes.txt"));
    }

    [Fact]
    public async Task Markdown_HeadingsListsAndTables_AreBlocks_WithMarksTakenOut()
    {
        var document = await Extract.SucceedingAsync(_folder.Write("minutes.md", Encoding.UTF8.GetBytes(MarkdownMinutes)));

        Assert.Equal(
            [("Finance Committee minutes", 1), ("Decisions", 2), ("Matters arising", 2)],
            document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level)));
        Assert.Equal("Held on 14 March 2019 at Example House, chaired by Jane Doe.", document.Blocks[1].Text);
        Assert.Equal(
            [("1.", "The committee approved the budget for 2019/20.", 1), ("2)", "The committee noted the risk register.", 1),
             ("-", "Risk 7 was closed.", 2), ("(a)", "The audit plan was deferred.", 1), ("2.3", "Estates review to follow.", 2)],
            document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => (b.Label!, b.Text, b.Level)));
        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(
            [["Ref", "Decision", "Owner"], ["FC19/01", "Approved the revised plan", "CFO"], ["FC19/02", "Deferred the estates review | see item 5", "COO"]],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.Equal(
            ["SELECT **ref** FROM decisions", "Next meeting: 11 April 2019."],
            document.Blocks.SkipWhile(b => b.Text != "Matters arising").Skip(1).Select(b => b.Text));
        Assert.Equal("Finance Committee minutes", new TitleResolver().Resolve(document, "minutes.md"));
    }

    [Theory]
    [InlineData("utf-8 with mark")]
    [InlineData("utf-16 little-endian with mark")]
    [InlineData("utf-16 big-endian with mark")]
    [InlineData("utf-16 without mark")]
    [InlineData("utf-8")]
    [InlineData("windows-1252")]
    public void EachEncoding_IsDecodedToTheSameText(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8 with mark" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(PrinterMinutes)],
            "utf-16 little-endian with mark" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(PrinterMinutes)],
            "utf-16 big-endian with mark" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(PrinterMinutes)],
            "utf-16 without mark" => Encoding.Unicode.GetBytes(PrinterMinutes),
            "utf-8" => Encoding.UTF8.GetBytes(PrinterMinutes),
            _ => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(PrinterMinutes),
        };

        var result = new TextExtractor().Extract(_folder.Write("minutes.txt", bytes), CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(2, result.Document.Pages.Count);
        Assert.Contains("revised plan of £1.2m to the Governing Body.", result.Document.Pages[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("NHS EXAMPLE CCG", result.Document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("minutes.txt")]
    [InlineData("notes.md")]
    public void TextFiles_AreDetectedAsText_ByContent(string name)
    {
        var path = _folder.Write(name, Encoding.UTF8.GetBytes(name.EndsWith(".md", StringComparison.Ordinal) ? MarkdownMinutes : PrinterMinutes));

        Assert.Equal(FileFormat.Text, new MagicBytesFormatDetector().Detect(path));
    }

    [Theory]
    [InlineData("   \r\n\t\n  \n")]
    [InlineData("\f\f\n\f")]
    public async Task WhitespaceOnlyFile_IsEmpty(string content)
    {
        var outcome = await Extract.FileAsync(_folder.Write("blank.txt", Encoding.ASCII.GetBytes(content)));

        Assert.Equal((FileFormat.Text, QuarantineCodes.Empty), (outcome.Format, outcome.Result.Failure?.Code));
    }

    [Fact]
    public async Task BinaryJunkThatBeganLikeText_IsCorrupt()
    {
        var junk = new byte[64 * 1024];
        new Random(20190314).NextBytes(junk);
        var bytes = Encoding.ASCII.GetBytes(new string('x', 1100) + "\n").Concat(junk).ToArray();

        var outcome = await Extract.FileAsync(_folder.Write("junk.txt", bytes));

        Assert.Equal((FileFormat.Text, QuarantineCodes.Corrupt), (outcome.Format, outcome.Result.Failure?.Code));
        Assert.Contains("control characters", outcome.Result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf16TextAfterATextualStart_IsRefusedAsCorrupt_NotACrash()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('=', 1100) + "\n").Concat(Encoding.Unicode.GetBytes(PrinterMinutes)).ToArray();

        var outcome = await Extract.FileAsync(_folder.Write("mixed.txt", bytes));

        Assert.Equal((FileFormat.Text, QuarantineCodes.Corrupt), (outcome.Format, outcome.Result.Failure?.Code));
    }

    [Fact]
    public async Task HugeSingleLine_WithinTheLimit_IsReadWhole()
    {
        var line = new StringBuilder(9_000_000);
        while (line.Length < 9_000_000)
        {
            line.Append("the committee noted [the report] and_the *risk* register ");
        }

        var path = _folder.Write("line.txt", Encoding.ASCII.GetBytes(line.ToString()));

        var document = await Extract.SucceedingAsync(path);

        var block = Assert.Single(document.Blocks);
        Assert.Equal((BlockKind.Paragraph, 1), (block.Kind, document.Pages.Count));
        Assert.Equal(line.ToString().Replace("*", string.Empty, StringComparison.Ordinal).Length - 1, block.Text.Length);
    }

    [Fact]
    public void FileOverTheCharacterLimit_IsTooLarge()
    {
        var path = _folder.Write("long.txt", Encoding.ASCII.GetBytes(new string('a', 2_000) + "\n"));

        var result = new TextExtractor(maxCharacters: 1_000).Extract(path, CancellationToken.None);

        Assert.Equal(QuarantineCodes.TooLarge, result.Failure?.Code);
        Assert.Contains("2,001 characters", result.Failure!.Message, StringComparison.Ordinal);
    }
}

using System.Text;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Rtf;
using KnowledgeArchive.Extraction.Tests.Support;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>RTF read natively: its structure as blocks, its pages, characters, properties, running text, and what it must refuse.</summary>
public sealed class RtfExtractionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static RichTextBuilder Minutes() => new RichTextBuilder()
        .Info("Governing Body minutes, April 2019", "Board Secretary", "Meeting held in public",
            created: new DateTime(2019, 4, 9, 10, 30, 0), revised: new DateTime(2019, 4, 12, 9, 5, 0))
        .Running("header", "Vale of Severn CCG Governing Body")
        .Running("footer", "Page {\\field{\\*\\fldinst { PAGE }}{\\fldrslt {1}}} of 2")
        .Heading(1, "Minutes of the Governing Body")
        .Paragraph("Held on 4 April 2019 at the Civic Centre.")
        .NumberedItem("Apologies were received from the Chief Finance Officer.")
        .NumberedItem("The minutes of the last meeting were agreed.")
        .NumberedItem("Wording of the estates report", level: 1)
        .BulletItem("Patient transport contract")
        .Heading(2, "Decisions")
        .Table(["Ref", "Decision", "Cost"], ["GB19/041", "Approve the estates strategy", "£40,000"], ["GB19/042", "Defer the digital plan", "nil"])
        .PageBreak()
        .Paragraph("The Chair thanked members and closed the meeting.");

    [Fact]
    public async Task Minutes_AreDetectedAsRtf_AndReadAsHeadingsListItemsAndATable()
    {
        var outcome = await Extract.FileAsync(_folder.Write("minutes.rtf", Minutes().ToBytes()));

        Assert.Equal(FileFormat.Rtf, outcome.Format);
        Assert.True(outcome.Result.Succeeded, $"expected success, got {outcome.Result.Failure}");
        var document = outcome.Result.Document;
        Assert.Equal(
            [("Minutes of the Governing Body", 1), ("Decisions", 2)],
            document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level)));
        Assert.Equal(
            [("1.", 1, "Apologies were received from the Chief Finance Officer."), ("2.", 1, "The minutes of the last meeting were agreed."),
             ("(a)", 2, "Wording of the estates report"), ("•", 1, "Patient transport contract")],
            document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => (b.Label!, b.Level, b.Text)));
        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(
            [["Ref", "Decision", "Cost"], ["GB19/041", "Approve the estates strategy", "£40,000"], ["GB19/042", "Defer the digital plan", "nil"]],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.Contains("GB19/041 | Approve the estates strategy | £40,000", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageBreak_StartsThePrintedSecondPage_AndBlocksKnowTheirPage()
    {
        var document = await Extract.SucceedingAsync(_folder.Write("pages.rtf", Minutes().ToBytes()));

        Assert.Equal(2, document.Pages.Count);
        Assert.Equal("The Chair thanked members and closed the meeting.", document.Pages[1].Text);
        Assert.Equal(2, document.Blocks[^1].Page);
        Assert.All(document.Blocks.SkipLast(1), b => Assert.Equal(1, b.Page));
    }

    [Fact]
    public async Task SectionBreaks_StartPagesUnlessTheyRunOn_AndPageBreakBeforeToo()
    {
        var rtf = new RichTextBuilder()
            .Paragraph("Part one: the finance report was noted.")
            .Raw("\\sect \\sectd \\sbkpage\r\n")
            .Paragraph("Part two: the quality report was noted.")
            .Raw("\\sect \\sectd \\sbknone\r\n")
            .Paragraph("Still part two: the risk register was reviewed.")
            .Raw("\\pard\\plain \\pagebb Part three: any other business.\\par\r\n")
            .Raw("\\page \\page \\sect\r\n");

        var document = await Extract.SucceedingAsync(_folder.Write("sections.rtf", rtf.ToBytes()));

        Assert.Equal(
            [
                "Part one: the finance report was noted.",
                "Part two: the quality report was noted.\nStill part two: the risk register was reviewed.",
                "Part three: any other business.",
            ],
            document.Pages.Select(p => p.Text));
    }

    [Fact]
    public async Task CodePageBytes_FontCharsetsAndUnicode_AreDecodedAsPrinted()
    {
        var rtf = new RichTextBuilder()
            .Paragraph("The \u201Cdigital first\u201D plan costs £1.2m \u2013 the Board\u2019s view was sought.")
            .Paragraph("Welsh language scheme: Gŵyl Ddewi.")
            .Raw("\\pard\\plain {\\uc2 Clinical lead\\u8212\\'97\\'97 Dr \\f1 \\'a3ukasz Nowak}\\par\r\n")
            .Raw("\\pard\\plain Smart \\lquote quotes\\rquote  and \\ldblquote more\\rdblquote \\emdash  done\\par\r\n");

        var document = await Extract.SucceedingAsync(_folder.Write("chars.rtf", rtf.ToBytes()));

        Assert.Equal(
            [
                "The \u201Cdigital first\u201D plan costs £1.2m \u2013 the Board\u2019s view was sought.",
                "Welsh language scheme: Gŵyl Ddewi.",
                "Clinical lead\u2014 Dr Łukasz Nowak",
                "Smart \u2018quotes\u2019 and \u201Cmore\u201D\u2014 done",
            ],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task UnicodeBeyondTheFirstPlane_IsOneCharacter_AndHalfAPairIsMarked()
    {
        var rtf = new RichTextBuilder()
            .Raw("\\pard\\plain Rated \\u-10179?\\u-8704? by patients; \\u-10179?broken \\u-8704?pair \\u65535?end\\par\r\n");

        var document = await Extract.SucceedingAsync(_folder.Write("astral.rtf", rtf.ToBytes()));

        Assert.Equal("Rated \U0001F600 by patients; \uFFFDbroken \uFFFDpair end", document.Pages[0].Text);
    }

    [Fact]
    public async Task DocumentCodePage_DecodesBytesOfFontsWithNoCharset()
    {
        var rtf = "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\fnil Arial;}}\\pard \\'cf\\'f0\\'ee\\'f2\\'ee\\'ea\\'ee\\'eb\\par}";

        var document = await Extract.SucceedingAsync(_folder.Write("cyrillic.rtf", Encoding.ASCII.GetBytes(rtf)));

        Assert.Equal("Протокол", document.Pages[0].Text);
    }

    [Fact]
    public async Task DoubleByteCodePage_JoinsItsHexBytesIntoCharacters()
    {
        var rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\pard \\'89\\'ef\\'8b\\'63 minutes\\par}";

        var document = await Extract.SucceedingAsync(_folder.Write("japanese.rtf", Encoding.ASCII.GetBytes(rtf)));

        Assert.Equal("\u4F1A\u8B70 minutes", document.Pages[0].Text);
    }

    [Fact]
    public async Task InfoGroup_GivesTheProperties_AndHeadersAndFootersAreKeptApart()
    {
        var rtf = Minutes()
            .Running("headerf", "First page only: {\\b Draft}")
            .Running("footerl", "{\\v hidden note}Vale of Severn CCG Governing Body");

        var document = await Extract.SucceedingAsync(_folder.Write("props.rtf", rtf.ToBytes()));

        Assert.Equal(
            new FileProperties("Governing Body minutes, April 2019", "Board Secretary", "Meeting held in public",
                new DateTimeOffset(2019, 4, 9, 10, 30, 0, TimeSpan.Zero), new DateTimeOffset(2019, 4, 12, 9, 5, 0, TimeSpan.Zero)),
            document.Properties);
        Assert.Equal(["Vale of Severn CCG Governing Body", "Page 1 of 2", "First page only: Draft"], document.HeadersAndFooters);
        Assert.DoesNotContain(document.Pages, p => p.Text.Contains("Vale of Severn", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Pages, p => p.Text.Contains("PAGE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InfoIsInTheDocumentCodePage_AndItsUnicodeCopiesAreRead()
    {
        var rtf = "{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}" +
            "{\\info{\\title Posiedzenie Zarz\\'b9du}{\\upr{\\author Lech Wa??sa}{\\*\\ud{\\author Lech Wa\\u322?\\u281?sa}}}" +
            "{\\subject Zarz?d}{\\*\\ud\\uc0{\\subject Zarz{\\uc1\\u261?}d}}}" +
            "\\pard\\plain Protok\\'f3\\'b3 z posiedzenia.\\par}";

        var document = await Extract.SucceedingAsync(_folder.Write("polish.rtf", Encoding.ASCII.GetBytes(rtf)));

        var properties = document.Properties;
        Assert.Equal(("Posiedzenie Zarządu", "Lech Wałęsa", "Zarząd"), (properties.Title, properties.Author, properties.Subject));
        Assert.Equal("Protokół z posiedzenia.", document.Pages[0].Text);
    }

    [Fact]
    public async Task AllBoldParagraph_IsEmphasised_AndAHeadingWhenHeadingShaped()
    {
        var rtf = new RichTextBuilder()
            .Paragraph("Finance Report", bold: true)
            .Paragraph("The Board approved the budget.", bold: true)
            .Raw("\\pard\\plain {\\b Part} bold and part plain\\par\r\n")
            .Raw("\\pard\\plain \\outlinelevel2 Quality and Safety\\par\r\n");

        var document = await Extract.SucceedingAsync(_folder.Write("bold.rtf", rtf.ToBytes()));

        Assert.Equal(
            [(BlockKind.Heading, 3, true), (BlockKind.Paragraph, 1, true), (BlockKind.Paragraph, 1, false), (BlockKind.Heading, 3, false)],
            document.Blocks.Select(b => (b.Kind, b.Level, b.Emphasised)));
    }

    [Fact]
    public async Task PicturesObjectsFieldCodesFootnotesAndHiddenText_AreNotText_ButResultsAre()
    {
        var rtf = new RichTextBuilder().Raw(
            "\\pard\\plain Before {\\*\\shppict{\\pict\\pngblip\\picw10\\pich10 89504e470d0a1a0a}}" +
            "{\\nonshppict{\\pict\\wmetafile8 0100}}picture.\\par\r\n" +
            "\\pard\\plain See {\\field{\\*\\fldinst { HYPERLINK \"https://example.nhs.uk\" }}{\\fldrslt {\\ul the policy}}} online.\\par\r\n" +
            "\\pard\\plain Chart: {\\object\\objemb{\\*\\objclass Excel.Sheet.12}{\\*\\objdata 01050000020000000b000000}" +
            "{\\result {\\pard Budget table}}} end.\\par\r\n" +
            "\\pard\\plain Noted{\\super\\chftn{\\footnote \\pard\\plain {\\super\\chftn} See appendix B.}}{\\v  secret} and " +
            "{\\*\\unknowndest junk}agreed{\\bin6 {}\\}x} today.\\par\r\n");

        var document = await Extract.SucceedingAsync(_folder.Write("objects.rtf", rtf.ToBytes()));

        Assert.Equal(
            ["Before picture.", "See the policy online.", "Chart: Budget table end.", "Noted and agreed today."],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task NestedTable_IsATableInsideItsCell()
    {
        var rtf = new RichTextBuilder().Raw(
            "\\trowd\\cellx3000\\cellx6000\r\n" +
            "\\pard\\plain\\intbl\\itap1 Outer A\\cell\r\n" +
            "\\pard\\plain\\intbl\\itap2 Inner 1\\nestcell Inner 2\\nestcell\r\n" +
            "{\\*\\nesttableprops\\trowd\\cellx1000\\cellx2000\\nestrow}\r\n" +
            "\\pard\\plain\\intbl\\itap1 \\cell\r\n" +
            "\\pard\\plain\\intbl {\\trowd\\cellx3000\\cellx6000\\row}\r\n" +
            "\\pard\\plain After the table.\\par\r\n");

        var document = await Extract.SucceedingAsync(_folder.Write("nested.rtf", rtf.ToBytes()));

        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        var cells = Assert.Single(table.Rows).Cells;
        Assert.Equal("Outer A", cells[0].Text);
        var inner = Assert.Single(cells[1].Blocks);
        Assert.Equal([["Inner 1", "Inner 2"]], inner.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.Equal("After the table.", document.Blocks[^1].Text);
    }

    [Fact]
    public async Task LargeEmbeddedObject_IsSteppedOver_QuicklyAndTheTextAroundItRead()
    {
        var hex = new StringBuilder(16 * 1024 * 1024);
        var line = string.Concat(Enumerable.Repeat("d0cf11e0a1b11ae1", 8));
        while (hex.Length < 16 * 1024 * 1024)
        {
            hex.Append(line).Append("\r\n");
        }

        var rtf = new RichTextBuilder()
            .Paragraph("Before the embedded workbook.")
            .Raw($"{{\\object\\objemb{{\\*\\objclass Excel.Sheet.8}}{{\\*\\objdata {hex}}}{{\\result {{\\pict\\wmetafile8 0100}}}}}}\\par\r\n")
            .Paragraph("After the embedded workbook.");
        var path = _folder.Write("object.rtf", rtf.ToBytes());

        var document = await Extract.SucceedingAsync(path);

        Assert.Equal(["Before the embedded workbook.", "After the embedded workbook."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task GroupsNestedBeyondTheLimit_AreCorrupt()
    {
        var rtf = "{\\rtf1\\ansi " + new string('{', 200_000) + "deep" + new string('}', 200_000) + "}";

        var outcome = await Extract.FileAsync(_folder.Write("deep.rtf", Encoding.ASCII.GetBytes(rtf)));

        Assert.Equal(QuarantineCodes.Corrupt, outcome.Result.Failure?.Code);
        Assert.Contains("nests groups more than 512 deep", outcome.Result.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedFile_KeepsWhatWasWritten_AndWithNoTextIsCorrupt()
    {
        var full = Minutes().ToString();
        var cut = full[..full.IndexOf("GB19/042", StringComparison.Ordinal)];
        var header = full[..full.IndexOf("{\\stylesheet", StringComparison.Ordinal)];

        var document = await Extract.SucceedingAsync(_folder.Write("cut.rtf", Encoding.ASCII.GetBytes(cut)));
        var nothing = await Extract.FileAsync(_folder.Write("cut-early.rtf", Encoding.ASCII.GetBytes(header)));

        Assert.Contains("Apologies were received", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Ref", "Decision", "Cost"], Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table).Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(QuarantineCodes.Corrupt, nothing.Result.Failure?.Code);
        Assert.Contains("cut short", nothing.Result.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BinWithAHugeCount_StepsToTheEndOfTheFile_KeepingTheTextBefore()
    {
        var rtf = Minutes().Raw("\\pard\\plain Last words.\\par {\\bin2147483647 }").Paragraph("Never reached.").ToBytes();

        var document = await Extract.SucceedingAsync(_folder.Write("bin.rtf", rtf));

        Assert.Equal("Last words.", document.Blocks[^1].Text);
    }

    [Fact]
    public async Task BodyWithNoText_IsEmpty()
    {
        var rtf = new RichTextBuilder().Running("footer", "Page 1").Raw("\\pard\\plain \\par \\par {\\*\\bkmkstart x}{\\*\\bkmkend x}\\page\\par");

        var outcome = await Extract.FileAsync(_folder.Write("blank.rtf", rtf.ToBytes()));

        Assert.Equal((FileFormat.Rtf, QuarantineCodes.Empty), (outcome.Format, outcome.Result.Failure?.Code));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2019)]
    public async Task BinaryBytesAfterTheRtfSignature_AreCorrupt(int seed)
    {
        var garbage = new byte[64 * 1024];
        new Random(seed).NextBytes(garbage);
        var bytes = Encoding.ASCII.GetBytes("{\\rtf1 ").Concat(garbage).ToArray();

        var outcome = await Extract.FileAsync(_folder.Write("garbage.rtf", bytes));

        Assert.Equal((FileFormat.Rtf, QuarantineCodes.Corrupt), (outcome.Format, outcome.Result.Failure?.Code));
    }

    [Fact]
    public async Task SignatureWithoutAnRtfHeader_IsCorrupt()
    {
        var outcome = await Extract.FileAsync(_folder.Write("fake.rtf", Encoding.ASCII.GetBytes("{\\rtfology notes: this is a text file}")));

        Assert.Equal(QuarantineCodes.Corrupt, outcome.Result.Failure?.Code);
        Assert.Contains("no RTF header", outcome.Result.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextBeyondTheCap_IsRefusedAsTooLarge()
    {
        var path = _folder.Write("long.rtf", Minutes().ToBytes());

        var capped = new RtfExtractor(maxTextChars: 200).Extract(path, CancellationToken.None);
        var uncapped = new RtfExtractor().Extract(path, CancellationToken.None);

        Assert.Equal(QuarantineCodes.TooLarge, capped.Failure?.Code);
        Assert.True(uncapped.Succeeded);
    }

    [Theory]
    [InlineData("a\\page ")]
    [InlineData("\\pard\\pagebb a\\par ")]
    [InlineData("a\\sect ")]
    public async Task PagesBeyondTheCap_AreRefusedAsTooLarge(string page)
    {
        // Past the 100,000 page breaks an RTF document may have.
        var rtf = new RichTextBuilder().Raw(string.Concat(Enumerable.Repeat(page, 100_002)));

        var outcome = await Extract.FileAsync(_folder.Write("pages.rtf", rtf.ToBytes()));

        Assert.Equal(QuarantineCodes.TooLarge, outcome.Result.Failure?.Code);
    }

    [Fact]
    public void TableCellsBeyondTheCap_AreRefusedAsTooLarge()
    {
        var cells = "\\trowd\\cellx1000 " + string.Concat(Enumerable.Repeat("\\pard\\intbl x\\cell ", 50)) + "\\row ";
        var path = _folder.Write("cells.rtf", new RichTextBuilder().Raw(cells).ToBytes());

        var capped = new RtfExtractor(maxCells: 40).Extract(path, CancellationToken.None);
        var uncapped = new RtfExtractor(maxCells: 50).Extract(path, CancellationToken.None);

        Assert.Equal(QuarantineCodes.TooLarge, capped.Failure?.Code);
        Assert.Equal(50, Assert.Single(uncapped.Document!.Blocks).Rows.Single().Cells.Count);
    }
}

using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Tests.Support;
using static KnowledgeArchive.Extraction.Tests.Support.OpenDocumentText;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>OpenDocument text read natively: its structure as blocks, its pages, its properties, and what it must refuse.</summary>
public sealed class OdtExtractionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Headings_ListNumbersAndTables_AreBlocksAsPrinted()
    {
        var body =
            "<text:h text:outline-level=\"1\">Minutes of the Quality Committee</text:h>" +
            "<text:list text:style-name=\"L-Num\">" +
            "<text:list-item><text:p>Apologies</text:p></text:list-item>" +
            "<text:list-item><text:p>Wheelchair <text:span text:style-name=\"T-Bold\">policy</text:span></text:p>" +
            "<text:list><text:list-item><text:p>Equality<text:s/> impact</text:p></text:list-item><text:list-item><text:p>Costs</text:p></text:list-item></text:list>" +
            "</text:list-item>" +
            "</text:list>" +
            "<text:p text:style-name=\"Heading_20_2\">Decisions log</text:p>" +
            "<table:table><table:table-column/><table:table-column/>" +
            "<table:table-header-rows><table:table-row><table:table-cell><text:p>Ref</text:p></table:table-cell><table:table-cell><text:p>Decision</text:p></table:table-cell></table:table-row></table:table-header-rows>" +
            "<table:table-row><table:table-cell><text:p>QC19/07</text:p></table:table-cell><table:table-cell><text:p>Approved</text:p></table:table-cell></table:table-row>" +
            "</table:table>";

        var document = await Extract.SucceedingAsync(_folder.Write("qc.odt", Build(body)));

        Assert.Equal(
            [(BlockKind.Heading, 1), (BlockKind.Heading, 2)],
            document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Kind, b.Level)));
        Assert.Equal(
            [("1.", "Apologies"), ("2.", "Wheelchair policy"), ("(a)", "Equality impact"), ("(b)", "Costs")],
            document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => (b.Label!, b.Text)));
        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal([["Ref", "Decision"], ["QC19/07", "Approved"]], table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
    }

    [Fact]
    public async Task SoftPageBreaksAndPageBreakStyles_StartPages_AndBlocksKnowTheirPage()
    {
        var body =
            "<text:p>The Board noted the finance report.</text:p>" +
            "<text:soft-page-break/>" +
            "<text:p>The Board approved the estates strategy.</text:p>" +
            "<text:p text:style-name=\"P-Break\">The Board deferred the digital strategy.</text:p>";

        var document = await Extract.SucceedingAsync(_folder.Write("pages.odt", Build(body)));

        Assert.Equal(3, document.Pages.Count);
        Assert.Equal([1, 2, 3], document.Blocks.Select(b => b.Page));
        Assert.Contains("deferred", document.Pages[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoldHeadingShapedParagraph_IsAHeading_AndPropertiesAndFootersAreRead()
    {
        var body = "<text:p text:style-name=\"P-Bold\">Finance Report</text:p><text:p>The Board noted the month 9 position.</text:p>";

        var document = await Extract.SucceedingAsync(_folder.Write("props.odt", Build(body, title: "Board minutes April 2019", footer: "Page 1 of 4")));

        var heading = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Heading);
        Assert.Equal("Finance Report", heading.Text);
        Assert.Equal(("Board minutes April 2019", "Board Secretary"), (document.Properties.Title, document.Properties.Author));
        Assert.Equal(new DateTimeOffset(2019, 4, 9, 10, 0, 0, TimeSpan.Zero), document.Properties.Created);
        Assert.Equal(["Page 1 of 4"], document.HeadersAndFooters);
    }

    [Fact]
    public async Task NotesAnnotationsAndTrackedDeletions_AreNotText()
    {
        var body =
            "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>withdrawn wording</text:p></text:deletion></text:changed-region></text:tracked-changes>" +
            "<text:p>The Board approved the policy<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>see appendix</text:p></text:note-body></text:note>.</text:p>" +
            "<text:p><office:annotation><text:p>check this</text:p></office:annotation>Next meeting in May.</text:p>";

        var document = await Extract.SucceedingAsync(_folder.Write("notes.odt", Build(body)));

        Assert.Equal("The Board approved the policy.\nNext meeting in May.", document.Pages[0].Text.Trim());
    }

    [Fact]
    public async Task EncryptedPackage_IsQuarantinedAsEncrypted()
    {
        var outcome = await Extract.FileAsync(_folder.Write("locked.odt", Build("<text:p>secret</text:p>", encrypted: true)));

        Assert.Equal((FileFormat.Odt, QuarantineCodes.Encrypted), (outcome.Format, outcome.Result.Failure?.Code));
    }

    [Fact]
    public async Task BodyThatIsNotXml_IsCorrupt_AndEmptyBodyIsEmpty()
    {
        var broken = Build("<text:p>unclosed");
        var empty = Build("<text:p/>");

        var brokenOutcome = await Extract.FileAsync(_folder.Write("broken.odt", broken));
        var emptyOutcome = await Extract.FileAsync(_folder.Write("empty.odt", empty));

        Assert.Equal(QuarantineCodes.Corrupt, brokenOutcome.Result.Failure?.Code);
        Assert.Equal(QuarantineCodes.Empty, emptyOutcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task EntityExpansion_IsRefused_NotFollowed()
    {
        var hostile = Build("<text:p>&lol;</text:p>").ToArray();
        var path = _folder.Write("lol.odt", hostile);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry("content.xml")!.Delete();
            var entry = zip.CreateEntry("content.xml");
            using var writer = new StreamWriter(entry.Open());
            writer.Write($"<!DOCTYPE x [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><office:document-content {Namespaces}><office:body><office:text><text:p>&lol2;</text:p></office:text></office:body></office:document-content>");
        }

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(QuarantineCodes.Corrupt, outcome.Result.Failure?.Code);
    }

    [Theory]
    [InlineData("application/vnd.oasis.opendocument.spreadsheet", "ods")]
    [InlineData("application/vnd.oasis.opendocument.presentation", "odp")]
    public async Task OtherOpenDocumentKinds_AreNamedForWhatTheyAre_NotTakenForText(string mediaType, string format)
    {
        var outcome = await Extract.FileAsync(_folder.Write("sheet.odt", Build("<text:p>Decision log</text:p>", mediaType: mediaType)));

        // Read by their own extractor, which finds no sheet or slide in a text body.
        Assert.Equal(format, outcome.Format.Name);
        Assert.Contains(outcome.Result.Failure?.Code, new[] { QuarantineCodes.Empty, QuarantineCodes.Corrupt });
    }

    [Fact]
    public async Task ContentExpandingBeyondTheLimit_IsRefusedBeforeItIsRead()
    {
        var path = _folder.Write("bomb.odt", Build("<text:p>x</text:p>"));
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry("content.xml")!.Delete();
            using var stream = zip.CreateEntry("content.xml", System.IO.Compression.CompressionLevel.Fastest).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i <= KnowledgeArchive.Extraction.Odt.OdtExtractor.MaxPartBytes / block.Length; i++)
            {
                stream.Write(block);
            }
        }

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(QuarantineCodes.ZipBomb, outcome.Result.Failure?.Code);
    }
}

using System.Text;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Tests.Support;
using KnowledgeArchive.Extraction.TextFiles;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>HTML pages read as a browser shows them: blocks, list labels, tables, pages, properties, encodings, and what is refused.</summary>
public sealed class HtmlExtractionTests : IDisposable
{
    private const string DecisionsPage =
        "<!DOCTYPE html>\n<html><head>\n" +
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n" +
        "<title>Decisions of the Governing Body</title>\n" +
        "<meta name=\"author\" content=\"Board Secretary\">\n" +
        "<meta name=\"description\" content=\"Decisions taken in public session\">\n" +
        "<meta name=\"dcterms.created\" content=\"2019-03-14\">\n" +
        "<style>p { color: red }</style>\n" +
        "<script>document.write('injected words');</script>\n" +
        "</head><body>\n" +
        "<h1>Decisions of the Governing Body</h1>\n" +
        "<p>The Governing Body met on 14 March 2019<br>in public session.</p>\n" +
        "<noscript>Please enable scripts</noscript>\n" +
        "<h2>Items <b>decided</b></h2>\n" +
        "<ol start=\"4\"><li>Approved the estates strategy at a cost of £1.2m.</li>\n" +
        "<li>Noted the risk register.<ul><li>Risk 7 closed.</li></ul></li></ol>\n" +
        "<ol type=\"a\"><li>Deferred the digital plan</li><li>Thanked the staff</li></ol>\n" +
        "<table><caption>Decision log</caption>\n" +
        "<tr><th>Ref</th><th>Decision</th></tr>\n" +
        "<tr><td>GB19/031</td><td>Approved <table><tr><td>Vote</td><td>9 for, 1 against</td></tr></table></td></tr>\n" +
        "</table>\n" +
        "<template><p>template words</p></template>\n" +
        "<p style=\"page-break-before:always\">Next meeting: 11 April 2019.</p>\n" +
        "<p><span><br clear=all style='mso-special-character:line-break;page-break-before:always'></span></p>\n" +
        "<p>Signed by the Chair.</p>\n" +
        "<div style=\"display:none\">hidden words</div>\n" +
        "<svg><text>drawing words</text></svg>\n" +
        "</body></html>\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static byte[] Windows1252(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    [Fact]
    public async Task DecisionsPage_HeadingsListsAndTables_AreBlocksAsShown()
    {
        var outcome = await Extract.FileAsync(_folder.Write("decisions.htm", Windows1252(DecisionsPage)));

        Assert.Equal(FileFormat.Html, outcome.Format);
        Assert.True(outcome.Result.Succeeded, outcome.Result.Failure?.ToString());
        var document = outcome.Result.Document;
        Assert.Equal(
            [("Decisions of the Governing Body", 1), ("Items decided", 2)],
            document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level)));
        Assert.Equal("The Governing Body met on 14 March 2019 in public session.", document.Blocks[1].Text);
        Assert.Equal(
            [("4.", "Approved the estates strategy at a cost of £1.2m.", 1), ("5.", "Noted the risk register.", 1), ("•", "Risk 7 closed.", 2),
             ("a.", "Deferred the digital plan", 1), ("b.", "Thanked the staff", 1)],
            document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => (b.Label!, b.Text, b.Level)));
        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(
            [["Decision log"], ["Ref", "Decision"], ["GB19/031", "Approved Vote 9 for, 1 against"]],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        foreach (var unseen in new[] { "injected", "enable scripts", "template words", "hidden words", "drawing words", "color" })
        {
            Assert.DoesNotContain(unseen, document.FullText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PageBreakStyles_StartPages_AndHeadGivesTheProperties()
    {
        var document = await Extract.SucceedingAsync(_folder.Write("decisions.html", Windows1252(DecisionsPage)));

        Assert.Equal(["Next meeting: 11 April 2019.", "Signed by the Chair."], document.Pages.Skip(1).Select(p => p.Text));
        Assert.Equal(3, document.Blocks[^1].Page);
        Assert.Equal(
            new FileProperties("Decisions of the Governing Body", "Board Secretary", "Decisions taken in public session", new DateTimeOffset(2019, 3, 14, 0, 0, 0, TimeSpan.Zero)),
            document.Properties);
        Assert.StartsWith("html/1 anglesharp/1.", new HtmlExtractor().Version, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8 with mark, declaring latin-1")]
    [InlineData("utf-8, declaring utf-8")]
    [InlineData("utf-8, declaring nothing")]
    [InlineData("windows-1252, declaring nothing")]
    [InlineData("windows-1252, declaring iso-8859-1")]
    public void PoundSign_SurvivesEachEncoding(string encoding)
    {
        string Page(string? charset) =>
            $"<html><head>{(charset is null ? string.Empty : $"<meta charset=\"{charset}\">")}</head><body><p>Budget of £3.4m – approved</p></body></html>";
        var bytes = encoding switch
        {
            "utf-8 with mark, declaring latin-1" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Page("iso-8859-1"))],
            "utf-8, declaring utf-8" => Encoding.UTF8.GetBytes(Page("utf-8")),
            "utf-8, declaring nothing" => Encoding.UTF8.GetBytes(Page(null)),
            "windows-1252, declaring nothing" => Windows1252(Page(null)),
            _ => Windows1252(Page("iso-8859-1")),
        };

        var result = new HtmlExtractor().Extract(_folder.Write("budget.html", bytes), CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("Budget of £3.4m – approved", result.Document.Pages[0].Text);
    }

    [Fact]
    public async Task FiftyThousandNestedDivs_AreRefused_WhileDeepButOrdinaryNestingIsRead()
    {
        static string Nested(int depth) =>
            "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "Deep decision" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var hostile = await Extract.FileAsync(_folder.Write("deep.html", Encoding.ASCII.GetBytes(Nested(50_000))));
        var ordinary = await Extract.SucceedingAsync(_folder.Write("nested.html", Encoding.ASCII.GetBytes(Nested(300))));

        Assert.Equal((FileFormat.Html, QuarantineCodes.Corrupt), (hostile.Format, hostile.Result.Failure?.Code));
        Assert.Contains("nests its elements", hostile.Result.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal("Deep decision", Assert.Single(ordinary.Blocks).Text);
    }

    [Fact]
    public void PageOfTooManyElements_IsTooLarge()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<b>x</b>", HtmlExtractor.MaxElements + 1)) + "</body></html>";

        var result = new HtmlExtractor().Extract(_folder.Write("wide.html", Encoding.ASCII.GetBytes(page)), CancellationToken.None);

        Assert.Equal(QuarantineCodes.TooLarge, result.Failure?.Code);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>Blank</title><script>var a = 'text';</script></head><body>  <p>&nbsp;</p> </body></html>")]
    [InlineData("<html><body><style>p { margin: 0 }</style><!-- a comment only --></body></html>")]
    public async Task PageShowingNoText_IsEmpty(string page)
    {
        var outcome = await Extract.FileAsync(_folder.Write("blank.html", Encoding.ASCII.GetBytes(page)));

        Assert.Equal((FileFormat.Html, QuarantineCodes.Empty), (outcome.Format, outcome.Result.Failure?.Code));
    }
}

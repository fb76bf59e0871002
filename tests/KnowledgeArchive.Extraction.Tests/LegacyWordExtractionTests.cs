using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Extraction.Tests.Support;

namespace KnowledgeArchive.Extraction.Tests;

public sealed class LegacyWordExtractionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Doc_TextTablesAndPageBreaks_AreRead_HeadersKeptApart()
    {
        var text = "Minutes of the Governing Body\rGB16/048 Ratification\rThe Governing Body ratified the decision.\r" +
            "Name\aRole\a\aDr A Person\aChair\a\a" +
            "\fPage two: see \u0013 HYPERLINK \"http://example.org\" \u0014the website\u0015 for details.\r";
        var path = _folder.Write("gb minutes.doc", LegacyWordBuilder.Build(text, "NHS Testford CCG \u2014 Governing Body\r"));

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(FileFormat.Doc, outcome.Format);
        var document = outcome.Result.Document!;
        Assert.Equal(2, document.Pages.Count);
        Assert.Contains("The Governing Body ratified the decision.", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Name | Role", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Dr A Person | Chair", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Equal("Page two: see the website for details.", document.Pages[1].Text);
        Assert.Equal(["NHS Testford CCG — Governing Body"], document.HeadersAndFooters);
        Assert.DoesNotContain("HYPERLINK", document.Pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordProtectedDoc_IsQuarantinedAsEncrypted()
    {
        var outcome = await Extract.FileAsync(_folder.Write("locked.doc", LegacyWordBuilder.Build("Secret\r", encrypted: true)));

        Assert.Equal(QuarantineCodes.Encrypted, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task TruncatedDoc_IsQuarantinedAsCorrupt()
    {
        var bytes = LegacyWordBuilder.Build("Minutes of the meeting\r");

        var outcome = await Extract.FileAsync(_folder.Write("cut.doc", bytes[..2048]));

        Assert.Contains(outcome.Result.Failure?.Code, new[] { QuarantineCodes.Corrupt, QuarantineCodes.UnsupportedFormat });
    }

    [Fact]
    public async Task DocWithNoText_IsQuarantinedAsEmpty()
    {
        var outcome = await Extract.FileAsync(_folder.Write("blank.doc", LegacyWordBuilder.Build("\r\r")));

        Assert.Equal(QuarantineCodes.Empty, outcome.Result.Failure?.Code);
    }
}

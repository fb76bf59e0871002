using KnowledgeArchive.Web.Exports;
using UglyToad.PdfPig;

namespace KnowledgeArchive.Web.Tests.Exports;

public sealed class PackReportPdfTests
{
    private const string Hash = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";

    [Fact]
    public void Build_LongEvidenceOutsideWinAnsi_WrapsOntoSeveralPages_AndKeepsEveryWord()
    {
        var sentence = "The Governing Body ratified the “community podiatry” decision – cost £12,500 – for Zoë’s café 審查 review, minute PCCC/18/020. ";
        var shouted = "RESOLVED: THE GOVERNING BODY RATIFIED WWW MMM DECISION ON WHEELCHAIR SERVICES. ";
        var evidence = string.Concat(Enumerable.Repeat(sentence + shouted, 40)) + "https://example.nhs.uk/" + new string('W', 300);
        var report = new PackReportModel(
            "Evidence pack: GB18/050 — podiatry",
            new PackExport("key-auditor", "auditor", "FOI “4471” – é 中", DateTimeOffset.UnixEpoch),
            [new PackReportDecision("1 May 2018", "NHS Hartwell CCG", "Governing Body", "GB18/050", "ratified", "podiatry", evidence, false, true, "GB minutes.pdf", 3, Hash)],
            [new PackReportLink("GB18/050", "ratifies", "PCCC/18/020", "reference", evidence, "GB minutes.pdf", 3, Hash, false)],
            [new PackFile("originals/3f79bb7b435b-GB minutes.pdf", "doc-1", "GB minutes.pdf", Hash, 1234, "upload", DateTimeOffset.UnixEpoch)]);

        using var pdf = PdfDocument.Open(PackReportPdf.Build(report));
        var pages = pdf.GetPages().ToList();
        // Above the footer, so that a quotation running onto the next page reads on unbroken.
        var text = string.Concat(pages.SelectMany(p => p.Letters).Where(l => l.StartBaseLine.Y > 40).SelectMany(l => l.Value).Where(c => !char.IsWhiteSpace(c)));

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        // Within the 56-point margins, however wide the letters.
        Assert.All(pages, p => Assert.All(p.Letters, l => Assert.InRange(l.BoundingBox.Right, 56, p.Width - 55)));
        Assert.Contains("FOI\"4471\"-e?", text, StringComparison.Ordinal);
        var expected = string.Concat(PdfText.Sanitise(evidence).Where(c => !char.IsWhiteSpace(c)));
        Assert.Equal(2, (text.Length - text.Replace(expected, string.Empty, StringComparison.Ordinal).Length) / expected.Length);
        Assert.Contains("£12,500", text, StringComparison.Ordinal);
        Assert.Contains("Zoe'scafe??", text, StringComparison.Ordinal);
    }
}

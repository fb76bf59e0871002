using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;
using KnowledgeArchive.Tools.Commands;

namespace KnowledgeArchive.Tools.Tests.Hardening;

public sealed class HardenCommandTests : IDisposable
{
    private readonly DirectoryInfo _corpus = Directory.CreateTempSubdirectory("ka-harden-test-");

    public void Dispose() => _corpus.Delete(recursive: true);

    [Fact]
    public async Task Harden_BrokenAndMisnamedFiles_EachAccountedForWithItsReasonAndNoCrash()
    {
        var spec = new DocumentSpec("Governing Body minutes", [PageSpec.Of(new ParagraphBlock("The committee approved the wound care policy."))]);
        var pdf = new PdfDocumentWriter().ToBytes(spec);
        Write("minutes.pdf", pdf);
        Write("corrupt.pdf", pdf[..(pdf.Length / 3)]);
        Write("empty.pdf", []);
        Write("docx-named-as.pdf", new DocxDocumentWriter().ToBytes(spec));
        Write("notes.pdf", [0xFF, 0x57, 0x50, 0x43, .. "a WordPerfect file, not a PDF"u8]);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "encrypted-user-password.pdf"), Path.Combine(_corpus.FullName, "encrypted.pdf"));
        using var output = new StringWriter();

        var report = await HardenCommand.RunAsync([_corpus.FullName], timeoutSeconds: 120, output, CancellationToken.None);

        Assert.True(report.Passed, output.ToString());
        Assert.Equal(6, report.FilesIn);
        Assert.Equal(0, report.Crashes);
        Assert.Equal(0, report.Unaccounted);
        Assert.Equal(2, report.Outcomes["indexed"]);
        Assert.Equal(1, report.Outcomes[$"quarantined: {QuarantineCodes.Corrupt}"]);
        Assert.Equal(1, report.Outcomes[$"quarantined: {QuarantineCodes.Encrypted}"]);
        Assert.Equal(1, report.Outcomes[$"quarantined: {QuarantineCodes.Empty}"]);
        Assert.Equal(1, report.Outcomes[$"quarantined: {QuarantineCodes.UnsupportedFormat}"]);
        Assert.Contains("slowest files", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Harden_SameFileTwice_SecondIsADuplicate()
    {
        var pdf = new PdfDocumentWriter().ToBytes(new DocumentSpec("Policy", [PageSpec.Of(new ParagraphBlock("Gluten-free prescribing policy."))]));
        Write("a/policy.pdf", pdf);
        Write("b/policy-copy.pdf", pdf);
        using var output = new StringWriter();

        var report = await HardenCommand.RunAsync([_corpus.FullName], timeoutSeconds: null, output, CancellationToken.None);

        Assert.True(report.Passed, output.ToString());
        Assert.Equal(1, report.Outcomes["indexed"]);
        Assert.Equal(1, report.Outcomes["duplicate"]);
    }

    private void Write(string name, byte[] content)
    {
        var path = Path.Combine(_corpus.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }
}

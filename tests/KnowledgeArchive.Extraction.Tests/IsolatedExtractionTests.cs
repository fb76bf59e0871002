using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Isolation;
using KnowledgeArchive.Extraction.Tests.Support;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>Extraction in real <c>ka-extract</c> worker processes, as the service runs it.</summary>
public sealed class IsolatedExtractionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WorkerProcess_ExtractsPagesAndTitle()
    {
        using var service = Service(o => { });
        var path = _folder.Write("policy.docx", Sample("Individual funding requests are decided by the panel."));

        var outcome = await service.ExtractAsync(path, CancellationToken.None);

        Assert.True(outcome.Result.Succeeded, outcome.Result.Failure?.ToString());
        Assert.Equal(FileFormat.Docx, outcome.Format);
        Assert.Contains("funding requests", outcome.Result.Document.Pages[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("ka-extract/", outcome.ExtractorVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileThatCrashesTheParser_IsQuarantined_AndTheNextFileStillWorks()
    {
        using var service = Service(o => { });
        var hostile = _folder.Write("hostile.pdf", HostilePdf.SelfReferencingXrefStream());
        var good = _folder.Write("good.pdf", new PdfDocumentWriter().ToBytes(new DocumentSpec("Good", [PageSpec.Of(new ParagraphBlock("Safeguarding adults policy."))])));

        var crashed = await service.ExtractAsync(hostile, CancellationToken.None);
        var next = await service.ExtractAsync(good, CancellationToken.None);

        Assert.Equal(QuarantineCodes.Corrupt, crashed.Result.Failure?.Code);
        Assert.Contains("crashed", crashed.Result.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(FileFormat.Pdf, crashed.Format);
        Assert.True(next.Result.Succeeded, next.Result.Failure?.ToString());
    }

    [Fact]
    public async Task ExtractionOverTheTimeLimit_IsStopped_AndQuarantinedAsTimedOut()
    {
        using var service = Service(o => o.ExtractionTimeout = TimeSpan.FromMilliseconds(1));
        var path = _folder.Write("slow.docx", Sample(string.Join(' ', Enumerable.Repeat("commissioning", 50_000))));

        var outcome = await service.ExtractAsync(path, CancellationToken.None);

        Assert.Equal(QuarantineCodes.TimedOut, outcome.Result.Failure?.Code);
    }

    private static IsolatedExtractionService Service(Action<ArchiveOptions> configure)
    {
        var options = new ArchiveOptions();
        configure(options);
        return new IsolatedExtractionService(new MagicBytesFormatDetector(), Options.Create(options), NullLogger<IsolatedExtractionService>.Instance);
    }

    private static byte[] Sample(string text) =>
        new DocxDocumentWriter().ToBytes(new DocumentSpec("Sample", [PageSpec.Of(new HeadingBlock("Individual Funding Request Policy", 0), new ParagraphBlock(text))]));
}

using System.Text;
using System.Text.Json;
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
using MimeKit;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>
/// A file of every format reads the same in the worker process as in process, to the last field of the reply. Run
/// with <c>KA_EXTRACTION_WORKER</c> naming a natively compiled worker, this checks that compiling ahead of time lost
/// nothing (a type its trimming left out, a reader that needs reflection).
/// </summary>
public sealed class WorkerAgreementTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Formats() =>
        ["minutes.pdf", "minutes.docx", "log.xlsx", "log.xls", "log.ods", "minutes.odt", "deck.pptx", "minutes.doc", "minutes.rtf", "note.eml", "note.msg", "page.html", "note.txt"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EveryFormat_ReadsTheSameInTheWorkerAsInProcess(string name)
    {
        var path = _folder.Write(name, Fixture(name));
        using var isolated = new IsolatedExtractionService(new MagicBytesFormatDetector(), Options.Create(new ArchiveOptions()), NullLogger<IsolatedExtractionService>.Instance);

        var inProcess = await Extract.FileAsync(path);
        var inWorker = await isolated.ExtractAsync(path, CancellationToken.None);

        Assert.True(inProcess.Result.Succeeded, inProcess.Result.Failure?.ToString());
        Assert.NotEqual(FileFormat.Unknown, inProcess.Format);
        Assert.Equal(Reply(inProcess), Reply(inWorker));
    }

    private static string Reply(ExtractionOutcome outcome) => JsonSerializer.Serialize(ExtractReply.From(outcome), WireJsonContext.Default.ExtractReply);

    private static byte[] Fixture(string name)
    {
        const string Decision = "The committee approved the extension of the enhanced service for care homes (PC21/014).";
        var spec = new DocumentSpec("Primary Care Commissioning Committee", [PageSpec.Of(new HeadingBlock("Minutes of 14 July 2021", 0), new ParagraphBlock(Decision))]);
        return Path.GetExtension(name) switch
        {
            ".pdf" => new PdfDocumentWriter().ToBytes(spec),
            ".docx" => new DocxDocumentWriter().ToBytes(spec),
            ".xlsx" => new ExcelWorkbook { Title = "Decision log" }.Sheet("Log", ["Ref", "Date", "Decision"], ["PC21/014", "14/07/2021", Decision]).Build(),
            ".xls" => LegacyExcelBuilder.Build([("Log", [(0, 0, "Ref"), (0, 1, "Decision"), (1, 0, "PC21/014"), (1, 1, Decision), (2, 1, 12.5)])]),
            ".ods" => OpenDocumentSheet.Build(OpenDocumentSheet.Table("Log", OpenDocumentSheet.Row("Ref", "Decision"), OpenDocumentSheet.Row("PC21/014", Decision))),
            ".odt" => OpenDocumentText.Build($"<text:h text:outline-level=\"1\">Minutes of 14 July 2021</text:h><text:p>{Decision}</text:p>", title: "Minutes"),
            ".pptx" => SlideDeck.Build([new DeckSlide([SlideShapes.Title("Decisions in July"), SlideShapes.TextBox(0, 2000000, Decision)])]),
            ".doc" => LegacyWordBuilder.Build(Decision, headerText: "Primary Care Commissioning Committee"),
            ".rtf" => Encoding.ASCII.GetBytes($"{{\\rtf1\\ansi{{\\fonttbl{{\\f0 Arial;}}}}\\f0\\fs22 {Decision}\\par}}"),
            ".eml" => Email(Decision),
            ".msg" => OutlookMessage.Build(new OutlookMessage.Message("Decision log", Decision, "Clerk", "clerk@example.nhs.uk", "Board", new DateTime(2021, 7, 15, 9, 0, 0, DateTimeKind.Utc), [])),
            ".html" => Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><title>Minutes</title></head><body><h1>Minutes of 14 July 2021</h1><p>{Decision}</p></body></html>"),
            _ => Encoding.UTF8.GetBytes($"Minutes of 14 July 2021\n\n{Decision}\n"),
        };
    }

    private static byte[] Email(string body)
    {
        var message = new MimeMessage { Subject = "Decision log", Date = new DateTimeOffset(2021, 7, 15, 9, 0, 0, TimeSpan.Zero) };
        message.From.Add(new MailboxAddress("Clerk", "clerk@example.nhs.uk"));
        message.To.Add(new MailboxAddress("Board", "board@example.nhs.uk"));
        message.Body = new TextPart("plain") { Text = body };
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}

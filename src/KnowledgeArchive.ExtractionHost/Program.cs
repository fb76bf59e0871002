using System.Text.Json;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Docx;
using KnowledgeArchive.Extraction.Isolation;
using KnowledgeArchive.Extraction.Ocr;
using KnowledgeArchive.Core.Extraction;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.ExtractionHost;

/// <summary>
/// The extraction worker process: reads one JSON request per line on stdin, answers one JSON reply per line on stdout.
/// The service that starts it enforces the time and memory limits by stopping it; a crash here costs one file only.
/// </summary>
internal static class WorkerProgram
{
    public static async Task Main()
    {
        var protocol = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true, NewLine = "\n" };
        Console.SetOut(Console.Error); // Nothing but replies may reach stdout.

        var options = new ArchiveOptions { ExtractionTimeout = TimeSpan.FromDays(1), MaxFileBytes = long.MaxValue, Ocr = OcrSettings() };
        var service = new ExtractionService(
            new MagicBytesFormatDetector(),
            DocumentExtractors.Create(new OcrEngine(options.Ocr)),
            Options.Create(options));
        var writing = new SemaphoreSlim(1, 1);

        string? line;
        while ((line = await Console.In.ReadLineAsync()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            ExtractReply reply;
            try
            {
                var request = JsonSerializer.Deserialize(line, WireJsonContext.Default.ExtractRequest)
                    ?? throw new JsonException("empty request");
                using var beats = ExtractionHeartbeat.Listen(allowance => Send(protocol, writing, ExtractReply.Progress(allowance)).GetAwaiter().GetResult());
                reply = ExtractReply.From(await service.ExtractAsync(request.ToRequest(), CancellationToken.None));
            }
            catch (OutOfMemoryException)
            {
                reply = new ExtractReply(FileFormat.Unknown.Name, ExtractorVersions.Detection, QuarantineCodes.TooLarge, "the file needs more memory to read than an extraction worker may use");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or ArgumentException)
            {
                reply = new ExtractReply(FileFormat.Unknown.Name, ExtractorVersions.Detection, QuarantineCodes.Corrupt, $"the file could not be read: {ex.Message}");
            }

            await Send(protocol, writing, reply);
        }
    }

    private static async Task Send(StreamWriter protocol, SemaphoreSlim writing, ExtractReply reply)
    {
        await writing.WaitAsync();
        try
        {
            await protocol.WriteLineAsync(JsonSerializer.Serialize(reply, WireJsonContext.Default.ExtractReply));
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>The OCR settings the service handed over, or the defaults.</summary>
    private static OcrOptions OcrSettings()
    {
        var json = Environment.GetEnvironmentVariable(WorkerEnvironment.OcrOptions);
        if (string.IsNullOrWhiteSpace(json))
        {
            return new OcrOptions();
        }

        try
        {
            return JsonSerializer.Deserialize(json, WireJsonContext.Default.OcrOptions) ?? new OcrOptions();
        }
        catch (JsonException ex)
        {
            Console.Error.WriteLine($"OCR settings could not be read ({ex.Message}); the defaults are used.");
            return new OcrOptions();
        }
    }
}

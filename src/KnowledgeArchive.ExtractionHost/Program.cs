using System.Text.Json;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Docx;
using KnowledgeArchive.Extraction.Isolation;
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

        var options = new ArchiveOptions { ExtractionTimeout = TimeSpan.FromDays(1), MaxFileBytes = long.MaxValue };
        var service = new ExtractionService(
            new MagicBytesFormatDetector(),
            DocumentExtractors.Create(),
            Options.Create(options));

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
                reply = ExtractReply.From(await service.ExtractAsync(request.Path, CancellationToken.None));
            }
            catch (OutOfMemoryException)
            {
                reply = new ExtractReply(FileFormat.Unknown.Name, ExtractionService.Version, QuarantineCodes.TooLarge, "the file needs more memory to read than an extraction worker may use");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or ArgumentException)
            {
                reply = new ExtractReply(FileFormat.Unknown.Name, ExtractionService.Version, QuarantineCodes.Corrupt, $"the file could not be read: {ex.Message}");
            }

            await protocol.WriteLineAsync(JsonSerializer.Serialize(reply, WireJsonContext.Default.ExtractReply));
        }
    }
}

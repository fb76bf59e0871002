using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Generator.Scans;
using KnowledgeArchive.Ingestion.Pipeline;
using KnowledgeArchive.Tools.Evaluation;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools eval-ocr --archive DIR</c>: how well scans are read. For each scanned file of an archive with ground
/// truth whose born-digital original is in <c>page_basis/</c>, it reads the original, the archive's own scan and
/// scans generated from the original (rendered at each <c>--dpi</c>, turned by <c>--skew</c> degrees, with copier
/// noise), all through the service's pipeline, and prints word accuracy against the original's text and the
/// decisions recovered against the ground truth, with their ratio to the born-digital original's.
/// </summary>
internal static class EvalOcrCommand
{
    private const double SentenceMatch = 0.6;

    public static Command Create()
    {
        var archive = new Option<DirectoryInfo>("--archive") { Description = "Folder with documents.jsonl, decisions.jsonl, files/ and page_basis/", Required = true };
        var dpis = new Option<int[]>("--dpi") { Description = "Resolutions to generate scans at (default 200 and 300)", AllowMultipleArgumentsPerToken = true };
        var skew = new Option<double>("--skew") { Description = "Degrees generated scans are turned by (default 0.7)", DefaultValueFactory = _ => 0.7 };
        var noise = new Option<double>("--noise") { Description = "Share of pixels darkened at random in generated scans (default 0.002)", DefaultValueFactory = _ => 0.002 };
        var keep = new Option<DirectoryInfo?>("--keep") { Description = "Keep the generated scans in this folder, to look at or read again" };
        var command = new Command("eval-ocr", "Score OCR: word accuracy and decisions recovered from real and generated scans") { archive, dpis, skew, noise, keep };
        command.SetAction(async (result, cancellationToken) =>
        {
            var root = result.GetRequiredValue(archive);
            var resolutions = result.GetValue(dpis) is { Length: > 0 } given ? given : [200, 300];
            using var tools = new ToolPipeline(new ArchiveOptions());
            var truthDecisions = TruthFiles.Read(Path.Combine(root.FullName, "decisions.jsonl"));
            var scanned = TruthFiles.Read(Path.Combine(root.FullName, "documents.jsonl"))
                .Where(d => d.TryGetProperty("needs_ocr", out var n) && n.ValueKind == JsonValueKind.True)
                .Where(d => File.Exists(BornDigital(root, d)))
                .ToList();
            var rows = new List<Row> { new("born-digital original"), new("the archive's scan") };
            rows.AddRange(resolutions.Select(dpi => new Row($"generated scan, {dpi} dpi")));
            using var work = new TemporaryFolder(result.GetValue(keep));
            foreach (var truth in scanned)
            {
                var id = truth.Text("doc_id")!;
                var expected = truthDecisions.Where(d => d.Text("doc_id") == id).ToList();
                var original = await tools.Pipeline.RunAsync(BornDigital(root, truth), id, truth.Text("file_name")!, DocumentMetadata.Unknown, cancellationToken);
                var reference = original.Document is { } document ? document.FullText : string.Empty;
                var sources = new List<string> { BornDigital(root, truth), Path.Combine(root.FullName, truth.Text("path")!) };
                sources.AddRange(resolutions.Select(dpi => Generate(BornDigital(root, truth), dpi, result.GetValue(skew), result.GetValue(noise), work.Path)));
                for (var i = 0; i < sources.Count; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var run = i == 0 ? original : await tools.Pipeline.RunAsync(sources[i], id, truth.Text("file_name")!, DocumentMetadata.Unknown, cancellationToken);
                    rows[i].Add(run, reference, expected, Stopwatch.GetElapsedTime(started));
                }
            }

            Print(root, scanned.Count, rows, result.GetValue(skew), result.GetValue(noise));
            return 0;
        });
        return command;
    }

    private static string BornDigital(DirectoryInfo root, JsonElement truth) => Path.Combine(root.FullName, "page_basis", truth.Text("doc_id") + ".pdf");

    /// <summary>Renders the original's pages to grey pictures, turns and soils them, and writes them as one TIFF.</summary>
    private static string Generate(string pdf, int dpi, double skew, double noise, string folder)
    {
        var prefix = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(pdf)}-{dpi}");
        var render = Process.Start("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", pdf, prefix])
            ?? throw new InvalidOperationException("pdftoppm did not start (Debian: apt-get install poppler-utils)");
        render.WaitForExit();
        var pages = Directory.GetFiles(folder, Path.GetFileName(prefix) + "-*.pgm").Order(StringComparer.Ordinal)
            .Select((file, i) => GrayPage.FromPgm(File.ReadAllBytes(file)).Skewed(i % 2 == 0 ? skew : -skew).Noisy(noise, seed: i))
            .ToList();
        var tiff = prefix + ".tif";
        File.WriteAllBytes(tiff, TiffWriter.Write(pages, dpi));
        return tiff;
    }

    private static void Print(DirectoryInfo root, int files, List<Row> rows, double skew, double noise)
    {
        var bornDigital = rows[0].Decisions;
        Console.WriteLine($"OCR on {root.Name}: {files} scanned file(s) with a born-digital original; generated scans turned {skew:0.##} degrees, noise {noise:0.####}");
        Console.WriteLine($"{"source",-28} {"pages",6} {"word acc.",10} {"word prec.",11} {"decisions",10} {"of born-digital",16} {"s/page",8}");
        foreach (var row in rows)
        {
            var ratio = bornDigital == 0 ? 0 : (double)row.Decisions / bornDigital;
            Console.WriteLine($"{row.Name,-28} {row.Pages,6} {row.Words.Accuracy,10:0.000} {row.Words.Precision,11:0.000} {row.Decisions,5}/{row.Expected,-4} {ratio,16:0.00} {row.SecondsPerPage,8:0.00}");
        }
    }

    private sealed class Row(string name)
    {
        public string Name { get; } = name;

        public WordAccuracy Words { get; } = new();

        public int Pages { get; private set; }

        public int Decisions { get; private set; }

        public int Expected { get; private set; }

        public double SecondsPerPage => Pages == 0 ? 0 : seconds / Pages;

        private double seconds;

        public void Add(DocumentRun run, string reference, List<JsonElement> expected, TimeSpan took)
        {
            Expected += expected.Count;
            seconds += took.TotalSeconds;
            if (run.Document is not { } document || run.Enrichment is not { } enrichment)
            {
                Words.Add(reference, string.Empty);
                return;
            }

            Pages += document.Pages.Count;
            Words.Add(reference, document.FullText);
            var used = new HashSet<object>();
            foreach (var decision in expected)
            {
                var match = enrichment.Decisions
                    .Where(d => !used.Contains(d) && d.Outcome == decision.Text("outcome") && SentenceOverlap.Of(d.Text, decision.Text("text")) >= SentenceMatch)
                    .OrderByDescending(d => SentenceOverlap.Of(d.Text, decision.Text("text")))
                    .FirstOrDefault();
                if (match is not null)
                {
                    used.Add(match);
                    Decisions++;
                }
            }
        }
    }

    /// <summary>Where generated scans are written: a folder of the user's, kept, or a temporary one, deleted.</summary>
    private sealed class TemporaryFolder(DirectoryInfo? kept) : IDisposable
    {
        public string Path { get; } = kept is null ? Directory.CreateTempSubdirectory("ka-eval-ocr-").FullName : Directory.CreateDirectory(kept.FullName).FullName;

        public void Dispose()
        {
            if (kept is null)
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}

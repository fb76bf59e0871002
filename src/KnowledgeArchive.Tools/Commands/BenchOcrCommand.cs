using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Tools.Commands.Peers;
using KnowledgeArchive.Tools.Evaluation;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools bench-ocr --archive DIR</c>: reads the scanned PDFs of archives with ground truth (the files marked
/// <c>needs_ocr</c>) with the service's own extraction workers and with <c>ocrmypdf</c>, run as a user runs it (a
/// shell loop, one file after another, each tool reading a file's pages in parallel as it does by itself), in the
/// same run on the same files, after one untimed file each; prints pages a minute, the ratio, and each one's word
/// accuracy against the born-digital original in <c>page_basis/</c> where there is one.
/// </summary>
internal static class BenchOcrCommand
{
    private const string Peer = "ocrmypdf";

    public static Command Create()
    {
        var archives = new Option<DirectoryInfo[]>("--archive") { Description = "Folders with documents.jsonl, files/ and page_basis/", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("bench-ocr", "Pages a minute read by OCR, beside ocrmypdf on the same scanned files") { archives };
        command.SetAction(async (result, cancellationToken) =>
        {
            var scans = result.GetRequiredValue(archives).SelectMany(Scans).ToList();
            if (scans.Count == 0)
            {
                Console.Error.WriteLine("No scanned files (needs_ocr) in the archives given.");
                return 2;
            }

            var peer = ExternalTool.Find(Peer);
            var pages = scans.Sum(s => s.Pages);
            using var extraction = Extractors.Create(TimeSpan.FromMinutes(10));
            var work = Directory.CreateTempSubdirectory("ka-bench-ocr-");
            try
            {
                await extraction.ExtractAsync(scans[0].Path, cancellationToken);
                var ours = new WordAccuracy();
                var started = Stopwatch.GetTimestamp();
                var texts = new List<string>();
                foreach (var scan in scans)
                {
                    var outcome = await extraction.ExtractAsync(scan.Path, cancellationToken);
                    texts.Add(outcome.Result.Document?.FullText ?? string.Empty);
                }

                var oursWall = Stopwatch.GetElapsedTime(started);
                var references = new List<string?>();
                foreach (var scan in scans)
                {
                    references.Add(scan.Original is { } original ? (await extraction.ExtractAsync(original, cancellationToken)).Result.Document?.FullText : null);
                }

                for (var i = 0; i < scans.Count; i++)
                {
                    if (references[i] is { } reference)
                    {
                        ours.Add(reference, texts[i]);
                    }
                }

                Console.WriteLine($"OCR of {scans.Count} scanned PDFs, {pages} pages, on {Environment.ProcessorCount} cores");
                Console.WriteLine($"{"reader",-34} {"wall s",8} {"pages/min",10} {"word acc.",10}");
                Console.WriteLine($"{"KnowledgeArchive (ka-extract)",-34} {oursWall.TotalSeconds,8:0.0} {pages / oursWall.TotalMinutes,10:0.0} {ours.Accuracy,10:0.000}");
                if (peer is null)
                {
                    Console.WriteLine($"{Peer} is not installed (Debian: apt-get install ocrmypdf): no ratio.");
                    return 0;
                }

                var (peerWall, peerAccuracy) = await RunPeerAsync(scans, references, work.FullName, cancellationToken);
                Console.WriteLine($"{"ocrmypdf --output-type pdf --sidecar",-34} {peerWall.TotalSeconds,8:0.0} {pages / peerWall.TotalMinutes,10:0.0} {peerAccuracy.Accuracy,10:0.000}");
                Console.WriteLine($"ratio (pages/min, KnowledgeArchive / ocrmypdf): {peerWall / oursWall:0.00}x");
                return 0;
            }
            finally
            {
                work.Delete(recursive: true);
            }
        });
        return command;
    }

    /// <summary>ocrmypdf over the files in one shell loop, as a user runs it, after one untimed file.</summary>
    private static async Task<(TimeSpan Wall, WordAccuracy Accuracy)> RunPeerAsync(List<Scan> scans, List<string?> references, string work, CancellationToken cancellationToken)
    {
        const string loop = "i=0; for f in \"$@\"; do i=$((i+1)); ocrmypdf -q --output-type pdf --sidecar \"$OUT/$i.txt\" \"$f\" \"$OUT/$i.pdf\" || echo \"failed: $f\" >&2; done";
        var warm = Path.Combine(work, "warm");
        var run = Directory.CreateDirectory(Path.Combine(work, "run")).FullName;
        Directory.CreateDirectory(warm);
        await ExternalTool.RunAsync("bash", ["-c", loop, "bash", scans[0].Path], new Dictionary<string, string> { ["OUT"] = warm }, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var result = await ExternalTool.RunAsync("bash", ["-c", loop, "bash", .. scans.Select(s => s.Path)], new Dictionary<string, string> { ["OUT"] = run }, cancellationToken);
        var wall = Stopwatch.GetElapsedTime(started);
        if (result.Error.Length > 0)
        {
            Console.Error.WriteLine(result.Error.Trim());
        }

        var accuracy = new WordAccuracy();
        for (var i = 0; i < scans.Count; i++)
        {
            var sidecar = Path.Combine(run, $"{i + 1}.txt");
            if (references[i] is { } reference)
            {
                accuracy.Add(reference, File.Exists(sidecar) ? await File.ReadAllTextAsync(sidecar, cancellationToken) : string.Empty);
            }
        }

        return (wall, accuracy);
    }

    private static IEnumerable<Scan> Scans(DirectoryInfo archive) =>
        TruthFiles.Read(Path.Combine(archive.FullName, "documents.jsonl"))
            .Where(d => d.TryGetProperty("needs_ocr", out var n) && n.ValueKind == JsonValueKind.True && d.Text("format") == "pdf")
            .Select(d => new Scan(
                Path.Combine(archive.FullName, d.Text("path")!),
                d.Int("page_count") ?? 1,
                File.Exists(Path.Combine(archive.FullName, "page_basis", d.Text("doc_id") + ".pdf")) ? Path.Combine(archive.FullName, "page_basis", d.Text("doc_id") + ".pdf") : null));

    private sealed record Scan(string Path, int Pages, string? Original);
}

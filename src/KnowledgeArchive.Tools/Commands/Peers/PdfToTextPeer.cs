using System.Diagnostics;
using System.IO.Compression;

namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>
/// The extraction floor: poppler's <c>pdftotext</c> over every PDF of the archive (those in zips unpacked first, not
/// timed), two processes at a time. No index, no catalog: only text out of the PDFs.
/// </summary>
internal static class PdfToTextPeer
{
    public const string Program = "pdftotext";

    public static async Task<PeerRun> RunAsync(string input, string work, int processes, CancellationToken cancellationToken)
    {
        var program = ExternalTool.Find(Program) ?? throw new PeerMissingException(Program, "poppler-utils");
        var pdfs = Directory.EnumerateFiles(input, "*.pdf", SearchOption.AllDirectories).ToList();
        var unpacked = Directory.CreateDirectory(Path.Combine(work, "pdftotext-unzipped")).FullName;
        foreach (var zip in Directory.EnumerateFiles(input, "*.zip", SearchOption.AllDirectories))
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)))
            {
                var path = Path.Combine(unpacked, $"{pdfs.Count:000000}.pdf");
                entry.ExtractToFile(path);
                pdfs.Add(path);
            }
        }

        var queue = new Queue<string>(pdfs);
        long peak = 0;
        var failures = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, processes).Select(async _ =>
        {
            while (true)
            {
                string next;
                lock (queue)
                {
                    if (!queue.TryDequeue(out next!))
                    {
                        return;
                    }
                }

                var run = await ExternalTool.RunAsync(program, ["-q", next, "-"], null, cancellationToken);
                Interlocked.Add(ref failures, run.ExitCode == 0 ? 0 : 1);
                InterlockedMax(ref peak, run.PeakResidentBytes);
            }
        }));
        var wall = watch.Elapsed;
        var bytes = pdfs.Sum(f => new FileInfo(f).Length);
        Directory.Delete(unpacked, recursive: true);
        return new PeerRun("pdftotext", wall, pdfs.Count - failures, bytes, peak, null, $"{pdfs.Count:N0} PDFs ({processes} processes at a time), {failures} failed; .docx not read");
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

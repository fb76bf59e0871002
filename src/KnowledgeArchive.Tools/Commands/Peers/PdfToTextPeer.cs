using System.Globalization;
using System.IO.Compression;

namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>
/// The extraction floor: poppler's <c>pdftotext</c> over every PDF of the archive, run as a user runs it, one shell
/// pipeline <c>find … -print0 | xargs -0 -P2 …  pdftotext</c> (the PDFs inside zips unpacked first, not timed). No
/// index, no catalog: only text out of the PDFs.
/// </summary>
internal static class PdfToTextPeer
{
    public const string Program = "pdftotext";

    public static async Task<PeerRun> RunAsync(string input, string work, int processes, CancellationToken cancellationToken)
    {
        _ = ExternalTool.Find(Program) ?? throw new PeerMissingException(Program, "poppler-utils");
        var unpacked = Directory.CreateDirectory(Path.Combine(work, "pdftotext-unzipped")).FullName;
        var count = 0;
        foreach (var zip in Directory.EnumerateFiles(input, "*.zip", SearchOption.AllDirectories))
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)))
            {
                entry.ExtractToFile(Path.Combine(unpacked, string.Create(CultureInfo.InvariantCulture, $"{count++:000000}.pdf")));
            }
        }

        var pdfs = Directory.EnumerateFiles(input, "*.pdf", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(unpacked, "*.pdf")).ToList();
        PageCache.Warm(input, unpacked);
        var commandLine = string.Create(
            CultureInfo.InvariantCulture,
            $"find {ShellPipeline.Quote(input)} {ShellPipeline.Quote(unpacked)} -name '*.pdf' -print0 | xargs -0 -P{processes} -I{{}} pdftotext -q {{}} - > /dev/null");
        var run = await ShellPipeline.RunAsync(commandLine, null, cancellationToken);
        var bytes = pdfs.Sum(f => new FileInfo(f).Length);
        Directory.Delete(unpacked, recursive: true);
        var outcome = run.ExitCode == 0 ? "all read" : $"xargs exit code {run.ExitCode}: some PDFs failed";
        return new PeerRun("pdftotext", run.Wall, pdfs.Count, bytes, run.PeakResidentBytes, null, $"{pdfs.Count:N0} PDFs, `{commandLine}`, {outcome}; .docx not read");
    }
}

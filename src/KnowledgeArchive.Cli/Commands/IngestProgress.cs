using System.Globalization;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>
/// The progress line of <c>ka ingest</c>: a bar, files done of total, rate, time left, failures so far and, while
/// there are any, the pages of scans waiting for OCR.
/// </summary>
internal sealed class IngestProgress(TextWriter output, bool interactive, TimeProvider clock)
{
    private const int BarWidth = 24;

    private readonly DateTimeOffset started = clock.GetUtcNow();
    private int? firstDone;
    private string? last;

    public async Task ShowAsync(IngestBatchDto batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var line = Format(batch.Counts, clock.GetUtcNow() - started, batch.PagesAwaitingOcr);
        if (line == last)
        {
            return;
        }

        last = line;
        if (interactive)
        {
            await output.WriteAsync("\r" + line.PadRight(100));
        }
        else
        {
            await output.WriteLineAsync(line);
        }
    }

    public async Task EndAsync()
    {
        if (interactive && last is not null)
        {
            await output.WriteLineAsync();
        }
    }

    internal string Format(IngestCountsDto counts, TimeSpan elapsed, int pagesAwaitingOcr = 0)
    {
        var done = counts.Total - counts.Pending;
        firstDone ??= done;
        var filled = counts.Total == 0 ? 0 : (int)Math.Round(BarWidth * (double)done / counts.Total);
        var rate = elapsed.TotalSeconds > 0.5 ? (done - firstDone.Value) / elapsed.TotalSeconds : 0;
        var eta = counts.Pending == 0 ? "0:00"
            : rate > 0 ? Clock(TimeSpan.FromSeconds(counts.Pending / rate))
            : "?";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {done}/{counts.Total} files  {rate:0.0} files/s  ETA {eta}  failures {counts.Quarantined}")
            + (pagesAwaitingOcr > 0 ? string.Create(CultureInfo.InvariantCulture, $"  OCR waiting {pagesAwaitingOcr} page(s)") : string.Empty);
    }

    private static string Clock(TimeSpan time) =>
        time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}

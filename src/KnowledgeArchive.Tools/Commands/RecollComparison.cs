using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// The same documents and queries through Recoll, the desktop search engine, as a yardstick: each document's page
/// text written as a text file and indexed with <c>recollindex</c>; each query run as its own <c>recollq</c> process,
/// as someone at a shell would.
/// </summary>
internal static partial class RecollComparison
{
    public static string ConfigDirectory(DirectoryInfo data) => Path.Combine(data.FullName, "recoll", "config");

    /// <summary>Writes every indexed document's pages as one text file, then indexes the folder with recollindex.</summary>
    public static async Task<int> IndexAsync(DirectoryInfo data, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var documents = Path.Combine(data.FullName, "recoll", "documents");
        var config = ConfigDirectory(data);
        System.IO.Directory.CreateDirectory(config);
        var count = await WriteTextsAsync(new ArchivePaths(new ArchiveOptions { DataDirectory = data.FullName }).IndexDirectory, documents, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recoll: {count:N0} documents written as text to {documents} in {watch.Elapsed.TotalSeconds:0} s"));
        await File.WriteAllTextAsync(Path.Combine(config, "recoll.conf"), $"topdirs = {documents}\nindexStemmingLanguages = english\n", cancellationToken);

        watch.Restart();
        var (exit, _) = await RunAsync("recollindex", ["-c", config, "-z"], cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recollindex: exit {exit} in {watch.Elapsed.TotalSeconds:0} s; config {config}"));
        return exit;
    }

    /// <summary>Runs each query as one recollq process and prints the latency percentiles of the processes.</summary>
    public static async Task<int> QueryAsync(DirectoryInfo config, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        var timings = new List<double>(queries.Count);
        long results = 0;
        var failures = 0;
        foreach (var query in queries)
        {
            var watch = Stopwatch.StartNew();
            var (exit, output) = await RunAsync("recollq", ["-c", config.FullName, "-n", "20", "-A", ToRecoll(query)], cancellationToken);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            failures += exit == 0 ? 0 : 1;
            results += ResultCount(output);
        }

        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recollq, one process per query, one at a time: {timings.Count} queries, {failures} failed, mean {results / Math.Max(1, timings.Count):N0} results; p50 {Latency.Percentile(timings, 0.50):0.0} ms, p95 {Latency.Percentile(timings, 0.95):0.0} ms, max {timings[^1]:0.0} ms"));
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// The query in Recoll's language: words, phrases and exclusions are written alike; the product's fields
    /// (<c>type:</c>, <c>ccg:</c>, <c>date:[…]</c>) have no counterpart in the text files and are left out.
    /// </summary>
    public static string ToRecoll(string query) =>
        string.Join(' ', Fielded().Replace(query, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The count recollq prints on its first lines ("1234 results").</summary>
    public static long ResultCount(string output)
    {
        var match = Results().Match(output);
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    private static async Task<int> WriteTextsAsync(string indexDirectory, string target, CancellationToken cancellationToken)
    {
        using var directory = FSDirectory.Open(indexDirectory);
        using var reader = DirectoryReader.Open(directory);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var count = 0;
        string? id = null;
        var text = new StringBuilder();
        for (var doc = 0; doc <= reader.MaxDoc; doc++)
        {
            var stored = doc < reader.MaxDoc && liveDocs?.Get(doc) != false ? reader.Document(doc) : null;
            var next = stored?.Get(IndexFields.DocumentId, CultureInfo.InvariantCulture);
            if (id is not null && (stored is null || next != id))
            {
                // A document's pages are indexed together, so they are neighbours in the index.
                var folder = Path.Combine(target, (count / 1000).ToString("0000", CultureInfo.InvariantCulture));
                System.IO.Directory.CreateDirectory(folder);
                await File.WriteAllTextAsync(Path.Combine(folder, id + ".txt"), text.ToString(), cancellationToken);
                count++;
                text.Clear();
                id = null;
            }

            if (stored is null)
            {
                continue;
            }

            id = next;
            text.Append(stored.Get(IndexFields.Text, CultureInfo.InvariantCulture)).Append("\n\f\n");
        }

        return count;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started; install Recoll (apt-get install recoll).");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await errors);
    }

    [GeneratedRegex(@"\b[a-z_]+:(""[^""]*""|\[[^\]]*\]|\S+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fielded();

    [GeneratedRegex(@"^(\d+) results", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Results();
}

using System.CommandLine;
using System.Globalization;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Tools.Evaluation;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools eval-handcount --truth FILE --corpus DIR</c>: runs the service's pipeline over documents whose decisions
/// were counted by hand (a TSV of file, page, outcome and certainty) and matches what it finds by file, page and
/// outcome: per document and overall, against the strict count and against every decision counted.
/// </summary>
internal static class EvalHandCountCommand
{
    public static Command Create()
    {
        var truth = new Option<FileInfo>("--truth") { Description = "The hand count: file, page, outcome, certainty (strict or borderline), tab-separated", Required = true };
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "The folder the truth's file paths are relative to", Required = true };
        var verbose = new Option<bool>("--verbose") { Description = "List every decision found" };
        var command = new Command("eval-handcount", "Score decision finding against a hand count of real minutes") { truth, corpus, verbose };
        command.SetAction(async (result, cancellationToken) =>
        {
            var rows = HandCount.Read(result.GetRequiredValue(truth).FullName);
            var root = result.GetRequiredValue(corpus).FullName;
            using var tools = new ToolPipeline(ToolPipeline.OptionsFor(null, null));
            var total = new HandCount.Tally();
            Console.WriteLine("document                                                    found  strict  all  matched  p(strict)  r(strict)  r(all)");
            foreach (var file in rows.Select(r => r.File).Distinct(StringComparer.Ordinal))
            {
                var path = Path.Combine(root, file);
                var run = await tools.Pipeline.RunAsync(path, "doc", Path.GetFileName(path), DocumentMetadata.Unknown, cancellationToken);
                var found = run.Enrichment?.Decisions ?? [];
                var expected = rows.Where(r => r.File == file).ToList();
                var tally = HandCount.Match(expected, found.Select(d => (d.PageNumber, d.Outcome)).ToList());
                total.Add(tally);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Shorten(file),-60}{tally.Found,5}{tally.Strict,8}{tally.All,5}{tally.Matched,9}{tally.Precision,11:0.000}{tally.StrictRecall,11:0.000}{tally.AllRecall,8:0.000}"));
                if (run.Failure is { } failure)
                {
                    Console.WriteLine($"    not read: {failure}");
                }

                foreach (var decision in result.GetValue(verbose) ? found : [])
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    p{decision.PageNumber} [{decision.Outcome}] {decision.Reference ?? decision.ItemLabel}: {decision.Text}"));
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-60}{total.Found,5}{total.Strict,8}{total.All,5}{total.Matched,9}{total.Precision,11:0.000}{total.StrictRecall,11:0.000}{total.AllRecall,8:0.000}"));
            return 0;
        });
        return command;
    }

    private static string Shorten(string file) => file.Length <= 58 ? file : string.Concat(file.AsSpan(0, 27), "…", file.AsSpan(file.Length - 30));
}

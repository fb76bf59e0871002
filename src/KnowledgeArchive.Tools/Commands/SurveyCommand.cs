using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools survey FOLDER</c>: runs extraction over every file below a folder and prints one line per file
/// (outcome, format, pages or reason, milliseconds) and a summary: a check that odd and broken files are survived.
/// </summary>
internal static class SurveyCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Folder to survey (recursively)" };
        var timeout = new Option<int>("--timeout") { Description = "Per-file extraction limit in seconds", DefaultValueFactory = _ => 60 };
        var command = new Command("survey", "Extract every file under a folder and summarise the outcomes") { folder, timeout };
        command.SetAction(async (result, cancellationToken) =>
        {
            var root = result.GetRequiredValue(folder);
            if (!root.Exists)
            {
                await Console.Error.WriteLineAsync($"No such folder: {root.FullName}");
                return 2;
            }

            using var service = Extractors.Create(TimeSpan.FromSeconds(result.GetValue(timeout)));
            var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
            var total = Stopwatch.StartNew();
            var files = root.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal).ToList();
            Console.WriteLine("outcome\tformat\tdetail\tms\tfile");
            foreach (var file in files)
            {
                var watch = Stopwatch.StartNew();
                var outcome = await service.ExtractAsync(file.FullName, cancellationToken);
                var key = outcome.Result.Succeeded ? "indexed" : outcome.Result.Failure.Code;
                outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
                var detail = outcome.Result.Succeeded
                    ? string.Create(CultureInfo.InvariantCulture, $"{outcome.Result.Document.Pages.Count} page(s)")
                    : outcome.Result.Failure.Message.ReplaceLineEndings(" ");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}\t{outcome.Format.Name}\t{detail}\t{watch.ElapsedMilliseconds}\t{Path.GetRelativePath(root.FullName, file.FullName)}"));
            }

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} file(s) in {total.Elapsed.TotalSeconds:0.0} s, none lost:"));
            foreach (var (key, count) in outcomes.OrderByDescending(o => o.Value))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key}: {count}"));
            }

            return 0;
        });
        return command;
    }
}

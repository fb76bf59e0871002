using System.CommandLine;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka export-lineage ID|REFERENCE --format zip|csv|json --output FILE [--force] --reason TEXT</c>: a lineage for an audit, written to a file.</summary>
internal static class ExportLineageCommand
{
    public static Command Create(CommandContext context)
    {
        var target = new Argument<string>("decision") { Description = "Decision id (dec-…) or printed reference" };
        var format = new Option<string>("--format") { Description = "zip (evidence pack), csv or json", DefaultValueFactory = _ => "zip" };
        format.AcceptOnlyFromAmong("zip", "csv", "json");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write (default: lineage-<id>.<format> here)" };
        var ccg = new Option<string?>("--ccg") { Description = "When a reference is used by several CCGs: which one" };
        var reason = new Option<string?>("--reason") { Description = "Why it is exported: kept in the audit log and printed in the evidence pack's report" };
        var force = OutputFile.ForceOption();
        var command = new Command("export-lineage", "Write a decision's lineage as an evidence pack, CSV or JSON") { target, format, output, ccg, reason, force };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var api = context.CreateApi(result);
            var overwrite = result.GetValue(force);
            var id = await DecisionResolver.ResolveAsync(api, context, result.GetRequiredValue(target), result.GetValue(ccg), cancellationToken);
            if (id is null)
            {
                return ExitCodes.InvalidInput;
            }

            var kind = result.GetRequiredValue(format);
            var path = result.GetValue(output)?.FullName ?? Path.GetFullPath($"lineage-{id}.{kind}");
            if (!await OutputFile.MayWriteAsync(context, path, overwrite))
            {
                return ExitCodes.InvalidInput;
            }

            using var response = await api.ExportLineageAsync(id, kind, result.GetValue(reason), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                await context.Error.WriteLineAsync($"error: the service answered {(int)response.StatusCode} {response.ReasonPhrase}");
                return (int)response.StatusCode >= 500 ? ExitCodes.ServiceUnavailable : ExitCodes.Failed;
            }

            await using (var file = await OutputFile.TryOpenAsync(context, path, overwrite))
            {
                if (file is null)
                {
                    return ExitCodes.InvalidInput;
                }

                await response.Content.CopyToAsync(file, cancellationToken);
            }

            await context.Out.WriteLineAsync($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            return ExitCodes.Success;
        }));
        return command;
    }
}

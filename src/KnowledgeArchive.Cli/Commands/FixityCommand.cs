using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka fixity</c>: every stored original re-hashed by the service; exit 1 when any is missing or changed.</summary>
internal static class FixityCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("fixity", "Re-hash every stored original against its recorded SHA-256 (needs an admin key)");
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var report = await context.CreateApi(result).RunFixityAsync(cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(report, ArchiveJsonContext.Default.FixityReportDto));
                return report.Ok ? ExitCodes.Success : ExitCodes.Failed;
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"checked {report.Checked} originals ({report.BytesRead:N0} bytes) in {report.Seconds:0.#} s: {(report.Ok ? "all intact" : $"{report.Problems.Count} problem(s)")}"));
            foreach (var problem in report.Problems)
            {
                await context.Out.WriteLineAsync(problem.Kind == "missing"
                    ? $"  missing   {problem.DocumentId}  expected {problem.ExpectedSha256}"
                    : $"  mismatch  {problem.DocumentId}  expected {problem.ExpectedSha256}, now {problem.ActualSha256}");
            }

            return report.Ok ? ExitCodes.Success : ExitCodes.Failed;
        }));
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka trace ID|REFERENCE</c>: a decision's lineage in date order, each link with its evidence.</summary>
internal static class TraceCommand
{
    public static Command Create(CommandContext context)
    {
        var target = new Argument<string>("decision") { Description = "Decision id (dec-…) or printed reference (GB19/023)" };
        var ccg = new Option<string?>("--ccg") { Description = "When a reference is used by several CCGs: which one" };
        var command = new Command("trace", "Show what a decision acted on and what acted on it") { target, ccg };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var api = context.CreateApi(result);
            var id = await DecisionResolver.ResolveAsync(api, context, result.GetRequiredValue(target), result.GetValue(ccg), cancellationToken);
            if (id is null)
            {
                return ExitCodes.InvalidInput;
            }

            var lineage = await api.GetLineageAsync(id, cancellationToken: cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(lineage, ArchiveJsonContext.Default.LineageDto));
                return ExitCodes.Success;
            }

            await WriteAsync(context.Out, lineage);
            return ExitCodes.Success;
        }));
        return command;
    }

    internal static async Task WriteAsync(TextWriter output, LineageDto lineage)
    {
        var byId = lineage.Nodes.ToDictionary(n => n.DecisionId, StringComparer.Ordinal);
        foreach (var node in lineage.Nodes)
        {
            var marker = node.DecisionId == lineage.Root ? "*" : " ";
            var date = DecisionDates.Iso(node.Date, node.DatePrecision == DecisionDates.Month) ?? "????-??-??";
            await output.WriteLineAsync($"{marker} {date}  {node.Reference ?? "-",-14} {node.Outcome,-9} {node.Body}{(node.Ccg is null ? string.Empty : ", " + node.Ccg)}: {node.Subject}{(node.InArchive ? string.Empty : " (known only from a citation)")}");
            await output.WriteLineAsync($"    {node.Text}");
            foreach (var edge in lineage.Edges.Where(e => e.From == node.DecisionId || e.To == node.DecisionId))
            {
                var forwards = edge.From == node.DecisionId;
                var other = byId.GetValueOrDefault(forwards ? edge.To : edge.From);
                var label = forwards ? edge.Type.Replace('_', ' ') : Passive(edge.Type);
                var end = forwards ? edge.To : edge.From;
                var name = LineageEdgeDto.OrganisationName(end) ?? (LineageEdgeDto.CitingDocumentId(end) is { } document ? "the document " + document : null) ?? Name(other) ?? end;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {label} {name} ({edge.Rule ?? edge.Method}); evidence {edge.Evidence.DocumentId} page {edge.Evidence.PageNumber}, sha256 {edge.Evidence.Sha256}"));
            }
        }

        if (lineage.Edges.Count == 0)
        {
            await output.WriteLineAsync("No other decision in the archive is linked to this one.");
        }
    }

    /// <summary>How a linked decision is named: its printed reference, else its body and date.</summary>
    private static string? Name(DecisionDto? decision) =>
        decision is null ? null : decision.Reference ?? $"{decision.Body} {DecisionDates.Iso(decision.Date, decision.DatePrecision == DecisionDates.Month)}";

    private static string Passive(string type) => type switch
    {
        "supersedes" => "superseded by",
        "amends" => "amended by",
        "ratifies" => "ratified by",
        "adopts" => "adopted by",
        "defers_to" => "deferred by",
        "transfers_to" => "transferred by",
        _ => "referred to by",
    };
}

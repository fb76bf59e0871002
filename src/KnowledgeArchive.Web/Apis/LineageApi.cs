using System.Globalization;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Lineage.Questions;
using KnowledgeArchive.Lineage.Rules;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Exports;
using KnowledgeArchive.Web.Gaps;
using KnowledgeArchive.Web.Mapping;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary>Lineage: a decision's chain back to its origins and forward to what replaced it, and the gaps in the record.</summary>
public static class LineageApi
{
    public const int DefaultDepth = 6;
    public const int MaxDepth = 20;

    /// <summary>The longest reason an export may give (it is kept in the audit log and printed in the pack).</summary>
    public const int MaxReasonLength = 500;

    public static IEndpointRouteBuilder MapLineageApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/decisions/{id}/lineage", GetAsync).WithTags("Lineage")
            .Audited(AuditActions.LineageView, (http, _) => (http.GetRouteValue("id")?.ToString(), "depth " + (http.Request.Query["depth"].FirstOrDefault() ?? DefaultDepth.ToString(CultureInfo.InvariantCulture))))
            .WithName("GetLineage").WithSummary("A decision's lineage: the decisions it acted on and that acted on it, each link with its evidence")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/lineage/gaps", GapsAsync).WithTags("Lineage")
            .Audited(AuditActions.GapsExport, (http, _) => string.Equals(http.Request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase) ? (null, SearchDescription.Of(http.Request.Query)) : null)
            .WithName("ListLineageGaps").WithSummary("Gaps in the record: citations of nothing held, ambiguous citations, deferrals never taken up, conflicting policies")
            .WithDescription("JSON by default; format=csv gives a CSV row per gap with the file it is found in. reason keeps one kind; organisation keeps one CCG or ICB (its name, any case).")
            .Produces<IReadOnlyList<LineageGapDto>>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/lineage/trace", TraceAsync).WithTags("Lineage").Audited(AuditActions.LineageQuestion, AuditEndpointFilter.Query())
            .WithName("TraceLineage").WithSummary("Answer a lineage question in words from the decision graph, with the chain and its evidence")
            .WithDescription("The answer says how the question was read; intent, organisation, body, year and subject correct each part of that reading (an empty organisation, body or subject clears it).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/decisions/{id}/lineage/export", ExportAsync).WithTags("Lineage")
            .WithName("ExportLineage").WithSummary("Export a decision's lineage for an audit: an evidence pack (zip), CSV or JSON")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip", additionalContentTypes: ["text/csv", "application/json"])
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .Audited(AuditActions.Export, (http, _) => (http.GetRouteValue("id")?.ToString(), "format " + (http.Request.Query["format"].FirstOrDefault() ?? "zip") + (http.Request.Query["reason"].FirstOrDefault() is { Length: > 0 } reason ? "; reason: " + reason : string.Empty)));
        return app;
    }

    private static async Task<Results<Ok<LineageDto>, ProblemHttpResult>> GetAsync(HttpContext http, ILineageStore lineage, string id, string? depth, CancellationToken cancellationToken)
    {
        var levels = DefaultDepth;
        if (!string.IsNullOrWhiteSpace(depth) && (!int.TryParse(depth, NumberStyles.None, CultureInfo.InvariantCulture, out levels) || levels < 1 || levels > MaxDepth))
        {
            return TypedResults.Problem($"'depth' must be a whole number from 1 to {MaxDepth}, not '{depth}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var graph = await lineage.WalkAsync(id, levels, http.RecordScope(), cancellationToken);
        if (graph is null)
        {
            return TypedResults.Problem($"No decision has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Decision not found");
        }

        return TypedResults.Ok(ToDto(graph));
    }

    private static async Task<IResult> ExportAsync(ILineageStore lineage, LineageExporter exporter, HttpContext http, string id, string? format, string? reason, CancellationToken cancellationToken)
    {
        var kind = (format ?? "zip").Trim().ToLowerInvariant();
        if (kind is not ("json" or "csv" or "zip"))
        {
            return TypedResults.Problem($"'format' must be json, csv or zip, not '{format}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (reason is { Length: > MaxReasonLength })
        {
            return TypedResults.Problem($"A reason may be at most {MaxReasonLength} characters long.", statusCode: StatusCodes.Status400BadRequest);
        }

        var graph = await lineage.WalkAsync(id, MaxDepth, http.RecordScope(), cancellationToken);
        if (graph is null)
        {
            return TypedResults.Problem($"No decision has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Decision not found");
        }

        var dto = ToDto(graph);
        var name = $"lineage-{id}";
        switch (kind)
        {
            case "json":
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(dto, ArchiveJsonContext.Default.LineageDto)), "application/json", name + ".json");
            case "csv":
                var csv = LineageExporter.Csv(dto, await exporter.DocumentsOfAsync(dto, http.RecordScope(), cancellationToken));
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", name + ".csv");
            default:
                http.Response.ContentType = "application/zip";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}-evidence.zip\"";
                await using (var buffer = new MemoryStream())
                {
                    await exporter.WritePackAsync(dto, http.RecordScope(), http.User.KeyIdOf() ?? AuditActions.Anonymous, http.User.RoleOf(), reason?.Trim(), buffer, cancellationToken);
                    buffer.Position = 0;
                    await buffer.CopyToAsync(http.Response.Body, cancellationToken);
                }

                return TypedResults.Empty;
        }
    }

    private static LineageDto ToDto(LineageGraph graph) => new(
        graph.Root.DecisionId,
        [.. graph.Nodes.Select(n => n.ToDto())],
        [.. graph.Edges.Select(ToDto)]);

    private static async Task<Results<Ok<LineageAnswerDto>, ProblemHttpResult>> TraceAsync(
        HttpContext http, LineageQuestions questions, string? q, string? intent, string? organisation, string? body, string? year, string? subject, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Problem("Ask a question in 'q', e.g. 'which Hollin Vale policies transferred to the ICB'.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (q.Length > LineageQuestions.MaxQuestionLength)
        {
            return TypedResults.Problem($"A question may be at most {LineageQuestions.MaxQuestionLength} characters long.", statusCode: StatusCodes.Status400BadRequest);
        }

        var (correction, error) = QuestionCorrectionReader.Read(intent, organisation, body, year, subject);
        if (correction is null)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }

        var (question, chain) = await questions.AnswerAsync(q, correction, http.RecordScope(), cancellationToken);
        return TypedResults.Ok(new LineageAnswerDto(
            new LineageQuestionDto(question.Text, question.Organisation?.Name, question.Intent.ToString().ToLowerInvariant(), question.Body, question.Year, question.Words),
            chain.Anchor?.DecisionId,
            [.. chain.Nodes.Select(n => n.ToDto())],
            [.. chain.Edges.Select(ToDto)]));
    }

    private static LineageEdgeDto ToDto(LineageEdge e) =>
        new(e.From, e.To, e.Type, e.Method, e.Confidence, new EvidenceDto(e.EvidenceDocumentId, e.EvidencePage, e.EvidenceText, e.EvidenceSha256),
            e.Rule.Length == 0 ? null : e.Rule, LineageRules.Explain(e.Rule));

    private static async Task<IResult> GapsAsync(HttpContext http, LineageGaps gaps, IDocumentCatalog catalog, string? reason, string? organisation, string? format, CancellationToken cancellationToken)
    {
        var kind = (format ?? "json").Trim().ToLowerInvariant();
        if (kind is not ("json" or "csv"))
        {
            return TypedResults.Problem($"'format' must be json or csv, not '{format}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (reason is not null && !LineageGaps.Reasons.Contains(reason))
        {
            return TypedResults.Problem($"'reason' must be one of {string.Join(", ", LineageGaps.Reasons)}, not '{reason}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = http.RecordScope();
        var found = LineageGaps.Filter(await gaps.AllAsync(scope, cancellationToken), reason, string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim());
        if (kind == "json")
        {
            return TypedResults.Ok<IReadOnlyList<LineageGapDto>>(found);
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in found.Select(g => g.DocumentId).Distinct(StringComparer.Ordinal))
        {
            if (await catalog.FindAsync(id, scope, cancellationToken) is { } document)
            {
                names[id] = document.FileName;
            }
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(LineageGaps.Csv(found, names)), "text/csv", reason is null ? "lineage-gaps.csv" : $"lineage-gaps-{reason}.csv");
    }

}

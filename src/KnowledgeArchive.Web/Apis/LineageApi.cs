using System.Globalization;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary>Lineage: a decision's chain back to its origins and forward to what replaced it, and the gaps in the record.</summary>
public static class LineageApi
{
    public const int DefaultDepth = 6;
    public const int MaxDepth = 20;

    public static IEndpointRouteBuilder MapLineageApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/decisions/{id}/lineage", GetAsync).WithTags("Lineage");
        app.MapGet("/api/lineage/gaps", GapsAsync).WithTags("Lineage");
        return app;
    }

    private static async Task<Results<Ok<LineageDto>, ProblemHttpResult>> GetAsync(ILineageStore lineage, string id, string? depth, CancellationToken cancellationToken)
    {
        var levels = DefaultDepth;
        if (!string.IsNullOrWhiteSpace(depth) && (!int.TryParse(depth, NumberStyles.None, CultureInfo.InvariantCulture, out levels) || levels < 1 || levels > MaxDepth))
        {
            return TypedResults.Problem($"'depth' must be a whole number from 1 to {MaxDepth}, not '{depth}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var graph = await lineage.WalkAsync(id, levels, cancellationToken);
        if (graph is null)
        {
            return TypedResults.Problem($"No decision has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Decision not found");
        }

        return TypedResults.Ok(new LineageDto(
            graph.Root.DecisionId,
            [.. graph.Nodes.Select(n => n.ToDto())],
            [.. graph.Edges.Select(e => new LineageEdgeDto(e.From, e.To, e.Type, e.Method, e.Confidence, new EvidenceDto(e.EvidenceDocumentId, e.EvidencePage, e.EvidenceText, e.EvidenceSha256)))]));
    }

    private static async Task<Ok<IReadOnlyList<LineageGapDto>>> GapsAsync(ILineageStore lineage, CancellationToken cancellationToken)
    {
        var gaps = await lineage.UnresolvedAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<LineageGapDto>>(
            [.. gaps.Select(g => new LineageGapDto(g.Citation.DocumentId, g.Citation.PageNumber, g.Citation.Text, g.Citation.Relation, g.Citation.CitedReference, g.Citation.FromDecisionId, g.Reason, g.Candidates))]);
    }
}

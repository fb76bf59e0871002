using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.InForce;
using KnowledgeArchive.Web.Mapping;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary><c>GET /api/in-force?subject=&amp;area=&amp;date=</c>: what was in force on a date for a subject and area.</summary>
public static class InForceApi
{
    public static IEndpointRouteBuilder MapInForceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/in-force", GetAsync).WithTags("Lineage")
            .WithName("GetPolicyInForce").WithSummary("The policy on a subject in force in an area on a date, the decision that approved it, and any in conflict")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Results<Ok<InForceDto>, ProblemHttpResult>> GetAsync(HttpContext http, PolicyInForce inForce, string? subject, string? area, string? date, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(area))
        {
            return TypedResults.Problem("Give 'subject' (e.g. gluten-free) and 'area' (a CCG or ICB name).", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!QueryDate.TryParse(date, out var given))
        {
            return TypedResults.Problem($"'date' must be a date like 2019-06-01, not '{date}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var on = given ?? DateOnly.FromDateTime(DateTime.UtcNow);

        var result = await inForce.FindAsync(subject, area, on, http.RecordScope(), cancellationToken);
        return TypedResults.Ok(new InForceDto(subject.Trim(), result.Area, on, ToDto(result.Policy), result.ApprovedBy?.ToDto(), [.. result.AlsoInForce.Select(p => ToDto(p)!)]));
    }

    private static InForcePolicyDto? ToDto(PolicyDocument? p) =>
        p is null ? null : new InForcePolicyDto(p.DocumentId, p.Title, p.Policy.Reference, p.Policy.Version, p.Policy.ApprovedOn, p.Policy.ReviewDate, p.Ccg, p.Icb);
}

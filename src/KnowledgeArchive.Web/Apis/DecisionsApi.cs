using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Mapping;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary><c>GET /api/decisions</c> and <c>GET /api/decisions/{id}</c>: what CCGs decided, searchable by words and filters.</summary>
public static class DecisionsApi
{
    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/decisions").WithTags("Decisions");
        api.MapGet("/", SearchAsync).Audited(AuditActions.DecisionSearch, AuditEndpointFilter.Query())
            .WithName("ListDecisions").WithSummary("List and search decisions by words, outcome, CCG, ICB, body, reference and date")
            .WithDescription("All words of q in the subject or sentence; reference matches any printed form (GB19/023 = GB/19/23); facets count the matches by outcome, ccg, body and year.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/{id}", GetAsync).Audited(AuditActions.DecisionView, AuditEndpointFilter.Route("id"))
            .WithName("GetDecision").WithSummary("Get a decision")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<DecisionListDto>, ProblemHttpResult>> SearchAsync(
        HttpContext http,
        IDecisionStore decisions,
        string? q,
        string? ccg,
        string? icb,
        string? body,
        string? outcome,
        string? reference,
        string? from,
        string? to,
        string? page,
        string? pageSize,
        CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(outcome) && !DecisionOutcomes.All.Contains(outcome.Trim().ToLowerInvariant()))
        {
            return Invalid($"'outcome' must be one of {string.Join(", ", DecisionOutcomes.All)}, not '{outcome}'.");
        }

        if (!QueryDate.TryParse(from, out var fromDate))
        {
            return Invalid($"'from' must be a date like 2019-03-14, not '{from}'.");
        }

        if (!QueryDate.TryParse(to, out var toDate))
        {
            return Invalid($"'to' must be a date like 2019-03-14, not '{to}'.");
        }

        if (!Paging.TryParse(page, pageSize, out var pageNumber, out var size, out var error))
        {
            return Invalid(error);
        }

        var query = new DecisionQuery
        {
            Text = q,
            Ccg = ccg,
            Icb = icb,
            Body = body,
            Outcome = outcome?.Trim().ToLowerInvariant(),
            Reference = string.IsNullOrWhiteSpace(reference) ? null : reference,
            From = fromDate,
            To = toDate,
            Page = pageNumber,
            PageSize = string.IsNullOrWhiteSpace(pageSize) ? 20 : size,
            Scope = http.RecordScope(),
        };
        var list = await decisions.SearchAsync(query, cancellationToken);
        return TypedResults.Ok(new DecisionListDto(
            list.Total,
            query.Page,
            query.PageSize,
            [.. list.Items.Select(d => d.ToDto())],
            list.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetValueDto>)[.. f.Value.Select(v => new FacetValueDto(v.Value, v.Count))], StringComparer.Ordinal)));
    }

    private static async Task<Results<Ok<DecisionDto>, ProblemHttpResult>> GetAsync(HttpContext http, IDecisionStore decisions, string id, CancellationToken cancellationToken)
    {
        var decision = await decisions.FindAsync(id, http.RecordScope(), cancellationToken);
        return decision is null
            ? TypedResults.Problem($"No decision has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Decision not found")
            : TypedResults.Ok(decision.ToDto());
    }

    private static ProblemHttpResult Invalid(string message) =>
        TypedResults.Problem(message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid decision search");
}

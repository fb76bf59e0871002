using System.Globalization;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary>The audit log (auditors and admins): entries newest first, and a check of its hash chain.</summary>
public static class AuditApi
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(ArchivePolicies.Auditing);
        api.MapGet("/", ListAsync)
            .WithName("ListAuditEntries").WithSummary("The audit log, newest first, by actor and action; page back with before")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/verify", VerifyAsync)
            .WithName("VerifyAuditLog").WithSummary("Re-compute every audit entry's hash from the first, and name the first one altered");
        return app;
    }

    private static async Task<Results<Ok<AuditEntryListDto>, ProblemHttpResult>> ListAsync(
        IAuditLog log, string? actor, string? action, string? limit, string? before, CancellationToken cancellationToken)
    {
        var count = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxLimit))
        {
            return TypedResults.Problem($"'limit' must be a whole number from 1 to {MaxLimit}, not '{limit}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        long? beforeSequence = null;
        if (!string.IsNullOrWhiteSpace(before))
        {
            if (!long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                return TypedResults.Problem($"'before' must be an entry's sequence number (a whole number from 1), not '{before}'.", statusCode: StatusCodes.Status400BadRequest);
            }

            beforeSequence = parsed;
        }

        var entries = await log.ListAsync(Blank(actor), Blank(action), count, beforeSequence, cancellationToken);
        return TypedResults.Ok(new AuditEntryListDto([.. entries.Select(ToDto)]));
    }

    private static async Task<Ok<AuditVerificationDto>> VerifyAsync(IAuditLog log, CancellationToken cancellationToken)
    {
        var result = await log.VerifyAsync(cancellationToken);
        return TypedResults.Ok(new AuditVerificationDto(result.Intact, result.Checked, result.FirstBrokenSequence, result.Problem));
    }

    public static AuditEntryDto ToDto(AuditEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new AuditEntryDto(e.Sequence, e.At, e.Actor, e.Role, e.Action, e.Target, e.Detail, e.PreviousHash, e.Hash);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using System.Globalization;
using KnowledgeArchive.Catalog.Fixity;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary><c>POST /api/fixity</c> (admins): every stored original re-hashed against its recorded SHA-256; the run is audited.</summary>
public static class FixityApi
{
    public static IEndpointRouteBuilder MapFixityApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/fixity", RunAsync).WithTags("Audit").RequireAuthorization(ArchivePolicies.Admin)
            .WithName("RunFixityCheck").WithSummary("Re-hash every stored original against the SHA-256 recorded at ingest");
        return app;
    }

    private static async Task<Ok<FixityReportDto>> RunAsync(FixityChecker checker, AuditTrail audit, HttpContext http, CancellationToken cancellationToken)
    {
        var report = await checker.CheckAsync(cancellationToken);
        var missing = report.Problems.Count(p => p.Kind == FixityChecker.Missing);
        var changed = report.Problems.Count - missing;
        await audit.RecordAsync(
            http.User,
            AuditActions.FixityRun,
            null,
            string.Create(CultureInfo.InvariantCulture, $"checked {report.Checked}, mismatched {changed}, missing {missing}"),
            cancellationToken);
        return TypedResults.Ok(new FixityReportDto(
            report.Intact,
            report.Checked,
            report.BytesRead,
            Math.Round(report.Took.TotalSeconds, 3),
            [.. report.Problems.Select(p => new FixityProblemDto(p.DocumentId, p.Kind, p.ExpectedSha256, p.ActualSha256))]));
    }
}

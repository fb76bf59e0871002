using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace KnowledgeArchive.Web.Audit;

/// <summary>Records in the audit log what people do in the UI: the same actions as through the API.</summary>
public sealed class PageAuditFilter(AuditTrail trail) : IAsyncPageFilter
{
    private delegate (string Action, string? Target, string? Detail)? Audit(PageHandlerExecutedContext executed);

    private static readonly Dictionary<(string Page, string Method), Audit> Audited = new()
    {
        [("/Index", "GET")] = c => Query(c, AuditActions.Search),
        [("/Decisions/Index", "GET")] = c => Query(c, AuditActions.DecisionSearch),
        [("/Lineage/Trace", "GET")] = c => Query(c, AuditActions.LineageQuestion),
        [("/Documents/Details", "GET")] = c => (AuditActions.DocumentView, Route(c, "id"), null),
        [("/Decisions/Details", "GET")] = c => (AuditActions.DecisionView, Route(c, "id"), "with its lineage (ui)"),
        [("/Ingest/Index", "POST")] = c => c.Result is RedirectToPageResult started ? (AuditActions.BatchStart, started.RouteValues?["id"]?.ToString(), "ui") : null,
        [("/Ingest/Details", "POST")] = c => (AuditActions.BatchRerun, Route(c, "id"), "ui"),
        [("/Ingest/Upload", "POST")] = c => c.Result is HttpResultAction { Value: UploadResultDto upload } ? (AuditActions.Upload, upload.DocumentId, upload.Status + " (ui)") : null,
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        var http = context.HttpContext;
        if (executed.Exception is not null
            || executed.Result is IStatusCodeActionResult { StatusCode: >= StatusCodes.Status400BadRequest }
            || !Audited.TryGetValue((context.ActionDescriptor.ViewEnginePath, http.Request.Method), out var audit)
            || audit(executed) is not { } entry)
        {
            return;
        }

        await trail.RecordAsync(http.User, entry.Action, entry.Target, entry.Detail, http.RequestAborted);
    }

    private static (string, string?, string?)? Query(PageHandlerExecutedContext context, string action) =>
        SearchDescription.Of(context.HttpContext.Request.Query) is { } detail ? (action, null, detail) : null;

    private static string? Route(PageHandlerExecutedContext context, string name) => context.RouteData.Values[name]?.ToString();
}

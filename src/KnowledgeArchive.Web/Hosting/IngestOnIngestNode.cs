using KnowledgeArchive.Core.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Hosting;

/// <summary>
/// On a search node, requests that take documents in or queue them to be read (uploads, batches, re-reads of
/// quarantined files) are answered 421 with a problem saying to send them to the ingest node: nothing here would read them.
/// </summary>
public static class IngestOnIngestNode
{
    public const string Title = "This node serves searches only";

    public static WebApplication UseIngestOnIngestNode(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<ArchiveOptions>>().Value.Role != NodeRole.Search)
        {
            return app;
        }

        app.Use(async (context, next) =>
        {
            if (!TakesDocumentsIn(context.Request))
            {
                await next(context);
                return;
            }

            await TypedResults.Problem(
                "This node is a search node (Archive:Role=Search): it does not take documents in. Send uploads, ingest batches and re-reads " +
                "to the ingest node (Archive:Role=All), then search here with minSequence set to the catalogSequence it reports.",
                statusCode: StatusCodes.Status421MisdirectedRequest,
                title: Title).ExecuteAsync(context);
        });
        return app;
    }

    private static bool TakesDocumentsIn(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return false;
        }

        var path = request.Path;
        if (path.Equals("/api/documents", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api/ingest", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/ingest", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Re-reads of a quarantined document, by the API or the quarantine page's handlers: queued to an ingest worker.
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var handler = request.Query["handler"].ToString().ToLowerInvariant();
        return segments is ["api", "documents", _, "retry" or "password" or "ocr"]
            || (segments is ["documents", _, "quarantine"] && handler is "retry" or "password" or "ocr");
    }
}

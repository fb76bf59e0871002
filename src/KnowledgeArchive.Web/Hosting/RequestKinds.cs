namespace KnowledgeArchive.Web.Hosting;

/// <summary>Which requests belong to the API (problem details, API keys) rather than the UI (pages, cookie sign-in).</summary>
public static class RequestKinds
{
    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        return path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
    }
}

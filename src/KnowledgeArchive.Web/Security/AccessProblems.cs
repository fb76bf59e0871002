using KnowledgeArchive.Web.Hosting;

namespace KnowledgeArchive.Web.Security;

/// <summary>
/// Answers a request refused for want of a key or of a role: problem details on the API; on the UI only the status,
/// which the status-code pages turn into a page a person can read.
/// </summary>
internal static class AccessProblems
{
    public const string NoKey = "This request needs an API key: send it in the X-Api-Key header (the CLI: --api-key or KA_API_KEY).";
    public const string BadKey = "The API key was not recognised: it is wrong or has been revoked.";

    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        if (!RequestKinds.IsApi(context))
        {
            return;
        }

        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = $"{AuthSchemes.ApiKey} header=\"{Client.ApiKeyHeader.Name}\"";
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = status == StatusCodes.Status401Unauthorized ? "API key needed" : "Not allowed", Detail = detail },
        });
    }

    public static string Forbidden(HttpContext context)
    {
        var role = context.User.RoleOf() ?? "none";
        return $"Your key's role ({role}) may not do this. Ask an administrator for a key with a role that may.";
    }
}

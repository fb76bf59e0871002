using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Audit;

/// <summary>
/// Records an endpoint's successful calls in the audit log. The target and detail come from the request or from the
/// reply's value (a new document's id); nothing of a document's text is recorded.
/// </summary>
public static class AuditEndpointFilter
{
    /// <summary>The target and detail of the entry, or null when the call is not worth an entry (a list without a query).</summary>
    public delegate (string? Target, string? Detail)? Describe(HttpContext context, object? value);

    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action, Describe describe)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var result = await next(invocation);
            var http = invocation.HttpContext;
            var inner = result is INestedHttpResult nested ? nested.Result : result;
            var status = inner is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode;
            if (status < StatusCodes.Status400BadRequest && describe(http, inner is IValueHttpResult valued ? valued.Value : null) is (var target, var detail))
            {
                await http.RequestServices.GetRequiredService<AuditTrail>().RecordAsync(http.User, action, target, detail, http.RequestAborted);
            }

            return result;
        });

    /// <summary>The route value <paramref name="name"/> as the target.</summary>
    public static Describe Route(string name) => (http, _) => (http.GetRouteValue(name)?.ToString(), null);

    /// <summary>The search's words and filters as the detail (<see cref="SearchDescription"/>); no entry for a plain list.</summary>
    public static Describe Query() => (http, _) => SearchDescription.Of(http.Request.Query) is { } detail ? (null, detail) : null;
}

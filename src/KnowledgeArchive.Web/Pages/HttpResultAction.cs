using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace KnowledgeArchive.Web.Pages;

/// <summary>An API endpoint's result answered from a page handler, so a page can serve exactly what the API does.</summary>
internal sealed class HttpResultAction(IResult result) : IActionResult, IStatusCodeActionResult
{
    // A union of typed results (Results<…>) carries the one chosen inside it.
    private IResult Chosen => result is INestedHttpResult nested ? nested.Result : result;

    public int? StatusCode => (Chosen as IStatusCodeHttpResult)?.StatusCode;

    /// <summary>The reply's value (an upload's document id and status), for the audit log.</summary>
    public object? Value => (Chosen as IValueHttpResult)?.Value;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}

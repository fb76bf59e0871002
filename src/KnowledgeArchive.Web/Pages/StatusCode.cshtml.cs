using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages;

/// <summary>The page shown for an error status on a UI address (the API answers with problem details instead).</summary>
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code)
    {
        Code = code;
        (Heading, Explanation) = code switch
        {
            404 => ("Not found", "There is no page or document at this address. It may have been typed wrongly, or the link is out of date."),
            400 => ("Bad request", "The address holds a value the archive cannot use."),
            401 => ("Sign in needed", "This page needs an API key. Sign in with yours, or ask an administrator for one."),
            403 => ("Not allowed", "Your key's role does not allow this page or action. Ask an administrator for a key with a role that does."),
            _ => ($"Error {code}", "The archive could not complete that request."),
        };
    }
}

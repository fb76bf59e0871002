namespace KnowledgeArchive.Web.Security;

/// <summary>The authentication schemes: an API key in a header, a sign-in cookie for the UI, and the scheme that picks one.</summary>
public static class AuthSchemes
{
    public const string ApiKey = "ApiKey";
    public const string Cookie = "Cookie";
    public const string Archive = "Archive";

    /// <summary>The UI's sign-in cookie.</summary>
    public const string CookieName = "ka_session";
}

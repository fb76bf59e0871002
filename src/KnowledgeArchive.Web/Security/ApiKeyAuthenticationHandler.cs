using System.Text.Encodings.Web;
using KnowledgeArchive.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Security;

/// <summary>Authenticates a request by the API key in its <c>X-Api-Key</c> header, looked up (hashed) in the key store.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, new ChallengeLogging(logger), encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Client.ApiKeyHeader.Name, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.AuthenticateAsync(values.ToString().Trim(), Context.RequestAborted);
        if (key is null)
        {
            // Never the key itself: only that one was refused.
            Logger.LogInformation("Refused an unknown or revoked API key for {Method} {Path}", Request.Method, Request.Path);
            return AuthenticateResult.Fail(AccessProblems.BadKey);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(ArchiveClaims.PrincipalFor(key, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AccessProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, Request.Headers.ContainsKey(Client.ApiKeyHeader.Name) ? AccessProblems.BadKey : AccessProblems.NoKey);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AccessProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, AccessProblems.Forbidden(Context));
}

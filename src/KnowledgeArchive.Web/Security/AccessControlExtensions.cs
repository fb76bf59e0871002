using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Security;

/// <summary>Authentication (API key header, UI sign-in cookie) and the role policies.</summary>
public static class AccessControlExtensions
{
    public static IServiceCollection AddArchiveAccessControl(this IServiceCollection services)
    {
        services.AddScoped<SignInCookieEvents>();
        services.AddAuthentication(AuthSchemes.Archive)
            .AddPolicyScheme(AuthSchemes.Archive, "API key or sign-in cookie", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null)
            .AddCookie(AuthSchemes.Cookie, o =>
            {
                o.Cookie.Name = AuthSchemes.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/signin";
                o.ReturnUrlParameter = "returnUrl";
                o.SlidingExpiration = true;
                o.EventsType = typeof(SignInCookieEvents);
            });
        services.AddOptions<CookieAuthenticationOptions>(AuthSchemes.Cookie)
            .Configure<IOptions<ArchiveOptions>>((o, archive) => o.ExpireTimeSpan = archive.Value.Auth.SignInLifetime);
        services.AddAuthorization(ArchivePolicies.Configure);
        services.AddSingleton<BootstrapAdminStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<BootstrapAdminStartup>());
        return services;
    }

    /// <summary>
    /// A request with a key header is judged by the key; the UI and the API's reads (links to originals and reports
    /// in the pages) may use the sign-in cookie; the API's writes need the key, so no page elsewhere can make them.
    /// </summary>
    private static string SelectScheme(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey(Client.ApiKeyHeader.Name))
        {
            return AuthSchemes.ApiKey;
        }

        var api = RequestKinds.IsApi(context);
        if (api && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            return AuthSchemes.ApiKey;
        }

        return !api || context.Request.Cookies.ContainsKey(AuthSchemes.CookieName) ? AuthSchemes.Cookie : AuthSchemes.ApiKey;
    }
}

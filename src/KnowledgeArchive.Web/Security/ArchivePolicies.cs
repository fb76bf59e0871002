using KnowledgeArchive.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeArchive.Web.Security;

/// <summary>Who may do what, by role. Every endpoint and page needs at least <see cref="Reading"/> unless it says otherwise.</summary>
public static class ArchivePolicies
{
    /// <summary>Search and read: any role.</summary>
    public const string Reading = "reading";

    /// <summary>Upload documents and run ingest batches: ingesters and admins.</summary>
    public const string Ingesting = "ingesting";

    /// <summary>Act on quarantined documents (read again, password, OCR, sensitivity, review): ingesters, auditors and admins.</summary>
    public const string Curating = "curating";

    /// <summary>The audit log and fixity reports: auditors and admins.</summary>
    public const string Auditing = "auditing";

    /// <summary>API keys and fixity runs: admins.</summary>
    public const string Admin = "admin";

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var reading = Policy(Roles.All);
        options.AddPolicy(Reading, reading);
        options.AddPolicy(Ingesting, Policy([Roles.Ingester, Roles.Admin]));
        options.AddPolicy(Curating, Policy([Roles.Ingester, Roles.Auditor, Roles.Admin]));
        options.AddPolicy(Auditing, Policy([Roles.Auditor, Roles.Admin]));
        options.AddPolicy(Admin, Policy([Roles.Admin]));
        options.DefaultPolicy = reading;
        options.FallbackPolicy = reading;
    }

    private static AuthorizationPolicy Policy(IEnumerable<string> roles) =>
        new AuthorizationPolicyBuilder(AuthSchemes.Archive).RequireAuthenticatedUser().RequireRole(roles).Build();
}

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

    /// <summary>The roles each policy admits: used to authorize, and to say in the API's description who may do what.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RolesAdmitted { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Reading] = [.. Roles.All],
        [Ingesting] = [Roles.Ingester, Roles.Admin],
        [Curating] = [Roles.Ingester, Roles.Auditor, Roles.Admin],
        [Auditing] = [Roles.Auditor, Roles.Admin],
        [Admin] = [Roles.Admin],
    };

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, roles) in RolesAdmitted)
        {
            options.AddPolicy(name, Policy(roles));
        }

        var reading = options.GetPolicy(Reading)!;
        options.DefaultPolicy = reading;
        options.FallbackPolicy = reading;
    }

    private static AuthorizationPolicy Policy(IEnumerable<string> roles) =>
        new AuthorizationPolicyBuilder(AuthSchemes.Archive).RequireAuthenticatedUser().RequireRole(roles).Build();
}

namespace KnowledgeArchive.Core.Configuration;

/// <summary>Settings under <c>Archive:Auth</c>: how the first administrator gets in, and how long a UI sign-in lasts.</summary>
public sealed class ArchiveAuthOptions
{
    /// <summary>
    /// An admin API key accepted as given (<c>Archive:Auth:BootstrapAdminKey</c>). Without one, the first start makes
    /// an admin key and writes it to <c>bootstrap-admin.key</c> in the data directory, readable only by the service user.
    /// </summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>How long a sign-in to the web UI lasts without use before the key must be given again.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(8);
}

using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Hosting;

/// <summary>A catalog the settings name but the service cannot open stops start-up, saying which setting to look at.</summary>
public sealed class CatalogProviderStartupTests
{
    [Theory]
    [InlineData("PostgreSql", "Host=127.0.0.1;Port=1;Database=archive;Username=ka;Timeout=2", "Could not open the PostgreSQL catalog at 127.0.0.1:1/archive")]
    [InlineData("PostgreSql", "", "Archive:Catalog:ConnectionString is empty")]
    [InlineData("Oracle", "", "Archive:Catalog:Provider 'Oracle' is not a catalog engine; use one of Sqlite, PostgreSql")]
    public void Start_WithACatalogItCannotOpen_StopsWithTheReason(string provider, string connectionString, string reason)
    {
        var error = Assert.ThrowsAny<Exception>(() => new ArchiveAppFactory(new Dictionary<string, string>
        {
            ["Archive:Catalog:Provider"] = provider,
            ["Archive:Catalog:ConnectionString"] = connectionString,
        }));

        Assert.Contains(reason, error.ToString(), StringComparison.Ordinal);
    }
}

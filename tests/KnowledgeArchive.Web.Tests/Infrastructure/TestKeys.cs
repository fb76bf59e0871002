namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>The admin key every test service is configured with (<c>Archive:Auth:BootstrapAdminKey</c>).</summary>
public static class TestKeys
{
    public const string Admin = "ka_test-bootstrap-admin-key-0123456789abcdef";

    public const string ConfigurationKey = "Archive:Auth:BootstrapAdminKey";
}

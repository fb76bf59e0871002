using KnowledgeArchive.Web.Hosting;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Hosting;

public sealed class SettingsTests
{
    [Fact]
    public void ExampleSettingsFile_MatchesItsSchema()
    {
        var example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ingest-config", "archive.example.json"));

        ContractSchemas.AssertValid("archive-settings.schema.json", example);
    }

    [Fact]
    public void ShippedSynonyms_MatchTheirSchema()
    {
        var synonyms = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ingest-config", "synonyms.json"));

        ContractSchemas.AssertValid("synonyms.schema.json", synonyms);
    }

    [Fact]
    public void ExampleIngestSources_MatchTheirSchema()
    {
        var example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ingest-config", "ingest-sources.json"));

        ContractSchemas.AssertValid("ingest-config.schema.json", example);
    }

    [Fact]
    public void SettingsSchema_RejectsAMisspelledKey()
    {
        var bad = """{ "Archive": { "DataDirectry": "/srv/data" } }""";

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => ContractSchemas.AssertValid("archive-settings.schema.json", bad));
    }

    [Fact]
    public void DemoSwitch_BecomesConfigurationKey_AndOtherArgumentsPassThrough()
    {
        var expanded = CommandLineSwitches.Expand(["--demo", "--urls", "http://127.0.0.1:6000"]);

        Assert.Equal(["--Archive:Demo=true", "--urls", "http://127.0.0.1:6000"], expanded);
    }
}

using KnowledgeArchive.Ingestion.Sources;

namespace KnowledgeArchive.Ingestion.Tests.Batches;

public sealed class IngestConfigTests
{
    [Fact]
    public void ShippedExample_IsValid_AndNamesItsSources()
    {
        var config = IngestConfigLoader.Load(Path.Combine(AppContext.BaseDirectory, IngestConfigLoader.DefaultFileName));

        Assert.NotNull(config.Find("shared-drive"));
        Assert.Equal("restricted", config.Find("north-marsh-governance")?.Defaults.Sensitivity);
        Assert.Equal(3, config.Zip.MaxDepth);
    }

    [Theory]
    [InlineData("""{ "sources": [ { "name": "a", "defaults": { "sensitivity": "secret" } } ] }""", "/sources/0/defaults/sensitivity")]
    [InlineData("""{ "sources": [ { "name": "a", "incude": ["*.pdf"] } ] }""", "/sources/0/incude")]
    [InlineData("""{ "sources": [ { "name": "Bad Name" } ] }""", "/sources/0/name")]
    [InlineData("""{ "sources": [ { "name": "a" } ], "zip": { "maxDepth": 0 } }""", "/zip/maxDepth")]
    [InlineData("""{ "sources": [ { "name": "a", "include": "*.pdf" } ] }""", "/sources/0/include")]
    [InlineData("""{ "zip": { } }""", "sources")]
    public void BadSettings_AreRefused_NamingTheFileAndTheField(string json, string field)
    {
        var error = Assert.Throws<IngestConfigException>(() => IngestConfigLoader.Parse(json, "ingest-sources.json"));

        Assert.StartsWith("ingest-sources.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledKey_IsCalledUnknown()
    {
        var error = Assert.Throws<IngestConfigException>(() => IngestConfigLoader.Parse("""{ "sources": [ { "name": "a", "recursiv": true } ] }""", "x.json"));

        Assert.Contains("/sources/0/recursiv: is not a known setting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateSourceNames_AreRefused()
    {
        var error = Assert.Throws<IngestConfigException>(() => IngestConfigLoader.Parse("""{ "sources": [ { "name": "a" }, { "name": "a" } ] }""", "x.json"));

        Assert.Contains("'a' is used 2 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenJson_IsRefusedWithItsLine()
    {
        var error = Assert.Throws<IngestConfigException>(() => IngestConfigLoader.Parse("{\n \"sources\": [ \n", "x.json"));

        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_WithBadSettings_RefusesToStart_NamingTheField()
    {
        var root = Directory.CreateTempSubdirectory("ka-badconfig-").FullName;
        try
        {
            var config = Path.Combine(root, "ingest.json");
            await File.WriteAllTextAsync(config, """{ "sources": [ { "name": "a", "defaults": { "documentType": "memo" } } ] }""");

            var error = await Assert.ThrowsAsync<IngestConfigException>(async () => await ArchiveHost.StartAsync(Path.Combine(root, "data"), config));

            Assert.Contains("/sources/0/defaults/documentType", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

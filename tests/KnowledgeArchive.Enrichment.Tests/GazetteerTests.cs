using Json.Schema;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Enrichment.Tests;

public sealed class GazetteerTests
{
    private static readonly string ShippedGazetteer = Path.Combine(AppContext.BaseDirectory, "ingest-config", "organisations.json");

    [Fact]
    public void ShippedGazetteer_MatchesItsSchema_AndLoads()
    {
        var schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "schemas", "organisations.schema.json"));
        var result = schema.Evaluate(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(ShippedGazetteer)), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.NotEmpty(Gazetteer.Load(ShippedGazetteer).Organisations);
    }

    [Theory]
    [InlineData("NHS Testford Clinical Commissioning Group")]
    [InlineData("NHS TESTFORD CCG")]
    [InlineData("Testford CCG")]
    public void SpellingsOfOneBody_AreOneOrganisation(string text) =>
        Assert.Equal("TST", Assert.Single(Minutes.Gazetteer.FindIn(text)).Organisation.Id);

    [Fact]
    public void CodeAliases_AreMatchedInFileNames()
    {
        Assert.Equal("TST", Assert.Single(Minutes.Gazetteer.FindInFileName("TST GB Minutes 04.06.14.pdf")).Id);
        Assert.Empty(Minutes.Gazetteer.FindInFileName("test minutes.pdf"));
    }

    [Theory]
    [InlineData("""{"organisations":[{"id":"A","name":"NHS A CCG","kind":"ccg","parent":"MISSING"}]}""", "parent names 'MISSING'")]
    [InlineData("""{"organisations":[{"id":"A","name":"NHS A CCG","kind":"trust"}]}""", "kind 'trust'")]
    [InlineData("""{"organisations":[{"id":"A","name":"NHS A CCG","kind":"ccg"},{"id":"A","name":"NHS B CCG","kind":"ccg"}]}""", "used twice")]
    [InlineData("""{"organisations":[{"id":"A","name":"NHS A CCG","kind":"ccg","colour":"red"}]}""", "colour")]
    [InlineData("""{"organisations": [""", "organisations")]
    public void BadGazetteer_IsRefusedWithTheFieldAtFault(string json, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gazetteer-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var error = Assert.Throws<GazetteerException>(() => Gazetteer.Load(path));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using Json.Schema;

namespace KnowledgeArchive.Language.Tests;

/// <summary>The shipped phrasebook matches its schema and loads; a deployment's overlay adds wording; a bad file is refused with the entry at fault.</summary>
public sealed class PhrasebookLoaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("phrasebook-").FullName;

    private static string Shipped => Path.Combine(AppContext.BaseDirectory, PhrasebookLoader.DefaultFileName);

    [Fact]
    public void ShippedPhrasebook_MatchesItsSchema()
    {
        var schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "schemas", "phrasebook.schema.json"));
        var result = schema.Evaluate(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Shipped)), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Overlay_AddsAnOutcomeWord_WithoutLosingTheShippedOnes()
    {
        var overlay = Write("overlay.json", """{ "outcomes": { "approved": { "verbs": ["rubber-stamp"] } } }""");

        var wording = new Wording(PhrasebookLoader.Load(Shipped, overlay));

        Assert.Equal("approved", Assert.Single(wording.Clauses.Read("The Board rubber-stamped the plan.")).Outcome);
        Assert.Equal("approved", Assert.Single(wording.Clauses.Read("The Board approved the plan.")).Outcome);
        Assert.Empty(Wording.LoadDefault().Clauses.Read("The Board rubber-stamped the plan."));
    }

    [Theory]
    [InlineData("""{ "outcomes": { "endorsed": { "verbs": ["endorse"] } } }""", "outcomes.endorsed is not an outcome")]
    [InlineData("""{ "relations": { "replaces": ["replaces"] } }""", "relations.replaces is not a lineage relation")]
    [InlineData("""{ "controls": [ { "phrase": "agree", "outcome": "maybe" } ] }""", "controls 'agree' has outcome 'maybe'")]
    [InlineData("""{ "grammar": { "complementisers": ["that"] } }""", "complementisers")]
    [InlineData("""{ "outcomes": [ """, "overlay.json")]
    public void BadOverlay_IsRefused_NamingTheEntryAtFault(string json, string expected)
    {
        var overlay = Write("overlay.json", json);

        var error = Assert.Throws<PhrasebookException>(() => PhrasebookLoader.Load(Shipped, overlay));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsRefused_WithItsPath()
    {
        var missing = Path.Combine(folder, "nowhere.json");

        var error = Assert.Throws<PhrasebookException>(() => PhrasebookLoader.Load(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }
}

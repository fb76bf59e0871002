using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Indexing.Synonyms;

namespace KnowledgeArchive.Indexing.Tests;

public sealed class SynonymTests : IDisposable
{
    private static readonly SynonymList Synonyms = new(
    [
        ["CHC", "continuing healthcare"],
        ["GF", "gluten-free"],
        ["EBI", "evidence-based interventions", "PLCV", "procedures of limited clinical value"],
    ]);

    private readonly IndexFixture _fixture = new(Synonyms);

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("CHC funding", "doc-long")]
    [InlineData("continuing healthcare funding", "doc-short")]
    [InlineData("gf prescribing", "doc-gf")]
    [InlineData("Gluten Free prescribing", "doc-gf-short")]
    [InlineData("procedures of limited clinical value", "doc-ebi")]
    [InlineData("evidence based interventions", "doc-plcv")]
    public async Task AnyMemberOfAGroup_FindsTheOthers(string query, string expected)
    {
        await _fixture.AddAsync("doc-long", "A", "Continuing healthcare funding was agreed.");
        await _fixture.AddAsync("doc-short", "B", "CHC funding was agreed.");
        await _fixture.AddAsync("doc-gf", "C", "Gluten-free prescribing stops.");
        await _fixture.AddAsync("doc-gf-short", "D", "GF prescribing stops.");
        await _fixture.AddAsync("doc-ebi", "E", "The EBI policy.");
        await _fixture.AddAsync("doc-plcv", "F", "The PLCV policy.");

        Assert.Contains(expected, _fixture.Search(query).Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task QuotedWords_AreSearchedAsWritten()
    {
        await _fixture.AddAsync("doc-long", "A", "Continuing healthcare funding.");
        await _fixture.AddAsync("doc-short", "B", "CHC funding.");

        Assert.Equal(["doc-short"], _fixture.Search("\"CHC\"").Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public void Load_ReadsGroups_AndNamesTheFileAndGroupAtFault()
    {
        var path = Path.Combine(_fixture.DataDirectory, "synonyms.json");
        Directory.CreateDirectory(_fixture.DataDirectory);
        File.WriteAllText(path, """{ "groups": [["IFR", "individual funding request"], ["lonely"]] }""");

        var error = Assert.Throws<InvalidOperationException>(() => SynonymList.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("group 2", error.Message, StringComparison.Ordinal);
        File.WriteAllText(path, """{ "groups": [["IFR", "individual funding request"]] }""");
        Assert.Equal(["IFR", "individual funding request"], SynonymList.Load(path).Groups[0]);
    }
}

using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Indexing.Analysis;
using KnowledgeArchive.Indexing.Synonyms;

namespace KnowledgeArchive.Indexing.Tests;

public sealed class QueryRewritingTests : IDisposable
{
    private readonly ArchiveAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    [Theory]
    [InlineData("CHC funding", "(chc OR \"continuing healthcare\") funding")]
    [InlineData("Continuing Health-care", "Continuing Health-care")]
    [InlineData("continuing healthcare AND ivf", "(chc OR \"continuing healthcare\") AND ivf")]
    [InlineData("\"CHC\" funding", "\"CHC\" funding")]
    [InlineData("ccg:CHC -CHC +CHC", "ccg:CHC -CHC +CHC")]
    [InlineData("body:\"continuing healthcare\" date:[2018 TO 2019]", "body:\"continuing healthcare\" date:[2018 TO 2019]")]
    [InlineData("(procedures of limited clinical value)", "((ebi OR \"procedures of limited clinical value\"))")]
    public void Expand_RewritesPlainWordsOnly(string query, string expected)
    {
        var expander = new SynonymExpander(new SynonymList([["CHC", "continuing healthcare"], ["EBI", "procedures of limited clinical value"]]), _analyzer);

        Assert.Equal(expected, expander.Expand(query));
    }

    [Theory]
    [InlineData("organization", "organisation")]
    [InlineData("organizations", "organisations")]
    [InlineData("prioritized", "prioritised")]
    [InlineData("analyze", "analyse")]
    [InlineData("pediatric", "paediatric")]
    [InlineData("size", "size")]
    [InlineData("seize", "seize")]
    [InlineData("citizen", "citizen")]
    [InlineData("policy", "policy")]
    public void UkSpelling_ChangesOnlyUsForms(string word, string expected) =>
        Assert.Equal(expected, UkSpellingFilter.Spell(word));
}

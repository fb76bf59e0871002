using KnowledgeArchive.Tools.Commands;

namespace KnowledgeArchive.Tools.Tests.Commands;

/// <summary>The search bench's set of searches that help: misspellings that find nothing, questions, filters and browsing.</summary>
public sealed class BenchHelpQueriesTests
{
    private static readonly string[] Words = ["wheelchair", "estates", "prescribing", "dementia", "hospice", "workforce"];

    [Fact]
    public void Misspell_MakesOneSlip_AndKeepsTheFirstLetter()
    {
        var random = new Random(1);
        foreach (var word in Enumerable.Repeat(Words, 50).SelectMany(w => w))
        {
            var misspelt = BenchHelpQueries.Misspell(word, random);

            Assert.NotEqual(word, misspelt);
            Assert.Equal(word[0], misspelt[0]);
            Assert.InRange(misspelt.Length, word.Length - 1, word.Length + 1);
        }
    }

    [Fact]
    public void Create_KeepsOnlyMisspellingsThatFindNothing_AndGivesEachKindItsCount()
    {
        var queries = BenchHelpQueries.Create(Words, text => !text.Contains('i', StringComparison.Ordinal), perKind: 4);

        var misspelt = queries.Where(q => q.Kind.StartsWith("misspelt", StringComparison.Ordinal)).Select(q => Uri.UnescapeDataString(q.QueryString[2..]));
        Assert.All(misspelt, m => Assert.DoesNotContain('i', m.Split(' ')[0]));
        Assert.All(queries.GroupBy(q => q.Kind).Where(g => g.Key != BenchHelpQueries.WarmUp), g => Assert.Equal(4, g.Count()));
        Assert.Contains(queries, q => q.Kind == "question, words=all" && q.QueryString.EndsWith("&words=all", StringComparison.Ordinal));
        Assert.All(queries.Where(q => q.Kind == "browse"), q => Assert.DoesNotContain("q=", q.QueryString, StringComparison.Ordinal));
    }
}

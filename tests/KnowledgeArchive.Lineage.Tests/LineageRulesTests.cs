using KnowledgeArchive.Lineage.Rules;

namespace KnowledgeArchive.Lineage.Tests;

public sealed class LineageRulesTests
{
    [Fact]
    public void Rules_HaveOneNameEach_AndSayInWordsHowTheyFindALink()
    {
        var names = LineageRules.All.Select(r => r.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(LineageRules.All, r => Assert.Matches("^[a-z]+(-[a-z]+)*$", r.Name));
        Assert.All(LineageRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Explanation)));
    }

    [Fact]
    public void DocumentControl_RunsFirst_SoLaterRulesKnowEachPolicysApproval()
    {
        var order = LineageRules.All.Select(r => r.Name).ToList();

        Assert.Equal("document-control", order[0]);
        Assert.True(order.IndexOf("version-history") < order.IndexOf("stated-version"));
        Assert.True(order.IndexOf("replaced-policy") < order.IndexOf("handover"));
    }

    [Fact]
    public void Explain_GivesNothing_ForALinkStoredBeforeRulesWereNamed()
    {
        Assert.Null(LineageRules.Explain(string.Empty));
        Assert.Null(LineageRules.Explain(null));
        Assert.Equal(LineageRules.All[0].Explanation, LineageRules.Explain(LineageRules.All[0].Name));
    }
}

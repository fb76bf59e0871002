using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Tests;

public sealed class ItemDecisionsTests
{
    [Fact]
    public void OneItemWithSeveralOutcomes_IsCitedByWhatItDecided()
    {
        var noted = Make("d-1", "doc-a", DecisionOutcomes.Noted, offset: 10);
        var ratified = Make("d-2", "doc-a", DecisionOutcomes.Ratified, offset: 200);

        Assert.Equal("d-2", ItemDecisions.Principal([noted, ratified])?.DecisionId);
    }

    [Fact]
    public void TheSameReferenceInTwoDocuments_IsNoOneDecision() =>
        Assert.Null(ItemDecisions.Principal([Make("d-1", "doc-a", DecisionOutcomes.Approved, 0), Make("d-2", "doc-b", DecisionOutcomes.Approved, 0)]));

    private static Decision Make(string id, string document, string outcome, int offset) => new()
    {
        DecisionId = id,
        DocumentId = document,
        Reference = "GB18/077",
        CanonicalReference = DecisionReferences.Canonical("GB18/077"),
        Outcome = outcome,
        Text = "text",
        TextOffset = offset,
    };
}

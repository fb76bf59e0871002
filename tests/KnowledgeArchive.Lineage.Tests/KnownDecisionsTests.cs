using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Tests;

public sealed class KnownDecisionsTests
{
    [Fact]
    public void DecisionCitedByMonth_KeepsItsMonthOnly_UntilAnotherCitationGivesTheDay()
    {
        var known = new KnownDecisions();

        var byMonth = known.Note(Facts(new DateOnly(2016, 6, 1), exactDate: false));
        Assert.Equal((new DateOnly(2016, 6, 1), true), (byMonth.Date!.Value, byMonth.MonthOnly));

        var byDay = known.Note(Facts(new DateOnly(2016, 6, 14), exactDate: true));
        Assert.Equal(byMonth.DecisionId, byDay.DecisionId);
        var merged = Assert.Single(known.All);
        Assert.Equal((new DateOnly(2016, 6, 14), false), (merged.Date!.Value, merged.MonthOnly));
    }

    private static CitedFacts Facts(DateOnly date, bool exactDate) => new()
    {
        DocumentId = "doc-policy",
        Reference = "MMC/16/07",
        CanonicalReference = DecisionReferences.Canonical("MMC/16/07"),
        Date = date,
        ExactDate = exactDate,
        Body = "Medicines Management Committee",
        Ccg = "NHS Testford CCG",
        Outcome = DecisionOutcomes.Approved,
        Subject = "Gluten-free Prescribing Policy v1.0",
        Text = "Medicines Management Committee (MMC/16/07) June 2016",
    };
}

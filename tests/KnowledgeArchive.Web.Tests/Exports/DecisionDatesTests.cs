using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Web.Tests.Exports;

public sealed class DecisionDatesTests
{
    [Theory]
    [InlineData(false, "26 March 2019", "2019-03-26")]
    [InlineData(true, "March 2019", "2019-03")]
    public void DecisionDate_IsShownWithThePrecisionItWasPrinted(bool monthOnly, string shown, string listed)
    {
        var date = new DateOnly(2019, 3, monthOnly ? 1 : 26);

        Assert.Equal(shown, DecisionDates.Show(date, monthOnly));
        Assert.Equal(listed, DecisionDates.Iso(date, monthOnly));
        Assert.Equal(shown, DecisionDates.Show(new DecisionDto { DecisionId = "d", DocumentId = "doc", Outcome = "approved", Text = "t", Date = date, DatePrecision = monthOnly ? DecisionDates.Month : DecisionDates.Day }));
    }

    [Fact]
    public void NoDate_IsShownAsNothing() => Assert.Null(DecisionDates.Show(null, monthOnly: true));
}

using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Tests;

public sealed class RecentTextsTests
{
    [Fact]
    public void AText_IsReadOncePerDocument_AndAgainForTheNext()
    {
        var reads = 0;
        var lengths = new RecentTexts<int>(text => { reads++; return text.Length; });
        TextReading.StartDocument();

        Assert.Equal(5, lengths.Get("minute"[..5]));
        Assert.Equal(5, lengths.Get(new string("minut".ToCharArray())));
        Assert.Equal(1, reads);

        TextReading.StartDocument();
        Assert.Equal(5, lengths.Get("minut"));
        Assert.Equal(2, reads);
    }

    [Fact]
    public void TwoReadings_OfTheSameText_KeepTheirOwnResults()
    {
        var upper = new RecentTexts<string>(text => text.ToUpperInvariant());
        var lower = new RecentTexts<string>(text => text.ToLowerInvariant());
        TextReading.StartDocument();

        Assert.Equal("RATIFIED", upper.Get("Ratified"));
        Assert.Equal("ratified", lower.Get("Ratified"));
    }

    [Fact]
    public void AVeryLongText_IsReadEachTime()
    {
        var reads = 0;
        var counted = new RecentTexts<int>(text => ++reads);
        var longText = new string('a', 20_000);
        TextReading.StartDocument();

        counted.Get(longText);
        counted.Get(longText);

        Assert.Equal(2, reads);
    }

    [Fact]
    public void FoundDates_AreTheSame_WhenTheTextIsAskedAgain()
    {
        var dates = Wording.LoadDefault().Dates;
        TextReading.StartDocument();

        var first = dates.FindAll("approved on 14 March 2019 and reviewed 2020-01-02");
        var second = dates.FindAll("approved on 14 March 2019 and reviewed 2020-01-02");
        var compact = dates.FindAll("approved on 14 March 2019 and reviewed 2020-01-02 20210305", compactForms: true);

        Assert.Equal(2, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(3, compact.Count);
    }
}

using KnowledgeArchive.Language.Dates;

namespace KnowledgeArchive.Language.Tests;

public sealed class DateReaderTests
{
    private static readonly DateReader Dates = Wording.LoadDefault().Dates;

    [Theory]
    [InlineData("held on Wednesday 11 November 2015 at 2pm", 2015, 11, 11)]
    [InlineData("on 11th Nov. 2015", 2015, 11, 11)]
    [InlineData("TUESDAY, NOVEMBER 28, 2017", 2017, 11, 28)]
    [InlineData("meeting on 14/10/2014 at 10am", 2014, 10, 14)]
    [InlineData("GB Minutes 04.06.14 PUBLIC", 2014, 6, 4)]
    [InlineData("dated 2019-03-26", 2019, 3, 26)]
    [InlineData("report 10/25/2016 (US)", 2016, 10, 25)]
    [InlineData("held 26-Mar-2019", 2019, 3, 26)]
    [InlineData("on March 26th, 2019", 2019, 3, 26)]
    [InlineData("the 3rd of June 2021", 2021, 6, 3)]
    public void CommonForms_AreRead(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Dates.FirstDay(text));

    [Fact]
    public void CompactDates_AreReadOnlyWhenAskedFor()
    {
        Assert.Null(Dates.FirstDay("gb_minutes_20160406_final"));
        Assert.Equal(new DateOnly(2016, 4, 6), Dates.FirstDay("gb minutes 20160406 final", compactForms: true));
    }

    [Theory]
    [InlineData("31/02/2019")]
    [InlineData("13/13/2014")]
    [InlineData("on 5 March 2099")]
    [InlineData("a cost of 1,200")]
    public void ImpossibleOrFutureDates_AreIgnored(string text) => Assert.Null(Dates.FirstDay(text));

    [Fact]
    public void MonthOnlyDates_AreMarkedAsSuch()
    {
        var date = Assert.Single(Dates.FindAll("review in March 2021"));

        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal((new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31)), (date.Date, date.Until));
    }
}

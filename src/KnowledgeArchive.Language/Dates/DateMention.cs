namespace KnowledgeArchive.Language.Dates;

/// <summary>A date written in a text: the date (a month's first day when only the month was printed), how precisely it was printed, and where.</summary>
public sealed record DateMention(DateOnly Date, DatePrecision Precision, int Index, int Length)
{
    /// <summary>The last day the mention can mean: the date itself, or the month's last day.</summary>
    public DateOnly Until => Precision == DatePrecision.Month ? Date.AddMonths(1).AddDays(-1) : Date;
}

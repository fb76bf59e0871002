using System.Globalization;

namespace KnowledgeArchive.Client.Contracts;

/// <summary>A decision's date as printed: a day ("26 March 2019"), or a month where only the month is known ("June 2016").</summary>
public static class DecisionDates
{
    public const string Day = "day";

    public const string Month = "month";

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string? Show(DateOnly? date, bool monthOnly) =>
        date?.ToString(monthOnly ? "MMMM yyyy" : "d MMMM yyyy", British);

    public static string? Show(DecisionDto decision) =>
        decision is null ? null : Show(decision.Date, decision.DatePrecision == Month);

    /// <summary>For a list: <c>2019-03-26</c>, or <c>2016-06</c> for a month.</summary>
    public static string? Iso(DateOnly? date, bool monthOnly) =>
        date?.ToString(monthOnly ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

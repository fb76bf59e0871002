using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeArchive.Enrichment.Text;

/// <summary>
/// Finds dates however minutes and policies write them: "Wednesday 11 November 2015", "11th Nov. 2015",
/// "November 11, 2015", "11/11/2015", "11.11.15", "2015-11-11", and (in file names) "20151111". Numeric dates are
/// read day first, as in the UK, unless only month first makes sense. Years before 1990 or after next year are ignored.
/// </summary>
public static partial class DateFinder
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static IReadOnlyList<DateMention> FindAll(string text, bool includeCompact = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        var taken = new bool[text.Length + 1];
        void Add(Match m, DateOnly? date, bool monthOnly = false)
        {
            if (date is null || taken[m.Index] || taken[m.Index + m.Length - 1])
            {
                return;
            }

            Array.Fill(taken, true, m.Index, m.Length);
            found.Add(new DateMention(date.Value, m.Index, m.Length, monthOnly));
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            Add(m, Make(m.Groups["y"].Value, MonthOf(m.Groups["m"].Value), m.Groups["d"].Value));
        }

        foreach (Match m in MonthDayYear().Matches(text))
        {
            Add(m, Make(m.Groups["y"].Value, MonthOf(m.Groups["m"].Value), m.Groups["d"].Value));
        }

        foreach (Match m in IsoDate().Matches(text))
        {
            Add(m, Make(m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value));
        }

        foreach (Match m in NumericDate().Matches(text))
        {
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
            Add(m, Make(m.Groups["y"].Value, month, day.ToString(CultureInfo.InvariantCulture)));
        }

        if (includeCompact)
        {
            foreach (Match m in CompactDate().Matches(text))
            {
                Add(m, Make(m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value));
            }
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            Add(m, Make(m.Groups["y"].Value, MonthOf(m.Groups["m"].Value), "1"), monthOnly: true);
        }

        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>The first date naming a day, or null.</summary>
    public static DateOnly? FirstDay(string text, bool includeCompact = false) =>
        FindAll(text, includeCompact).FirstOrDefault(d => !d.MonthOnly)?.Date;

    /// <summary>The first date, a day or a month (a month reads as its first day).</summary>
    public static DateOnly? First(string text) => FindAll(text) is [var first, ..] ? first.Date : null;

    private static int MonthOf(string name) =>
        Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    private static DateOnly? Make(string yearText, int month, string dayText)
    {
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (yearText.Length == 2)
        {
            year += year < 70 ? 2000 : 1900;
        }

        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        // A record cannot be dated after next year: such a "date" is a misread number.
        if (year < 1990 || year > DateTime.UtcNow.Year + 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private const string MonthName =
        @"(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+" + MonthName + @",?[\s-]+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<a>\d{1,2})[/.\-](?<b>\d{1,2})[/.\-](?<y>(?:19|20)\d{2}|\d{2})(?![\d/.\-]\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?!\d)")]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"\b" + MonthName + @",?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();
}

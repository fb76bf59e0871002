using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeArchive.Language.Text;
using KnowledgeArchive.Language.Words;

namespace KnowledgeArchive.Language.Dates;

/// <summary>
/// Finds dates however minutes write them, from the phrasebook's month and weekday names: "Wednesday 11th November
/// 2015", "the 3rd day of March 2019", "11 th Nov. 2015", "November 11, 2015", "11/11/2015", "11.11.15", "2015-11-11",
/// "June 2016" (month precision) and, in file names, "20151111". Numbers are read day first, as in the UK, unless
/// only month first makes a date. Financial years ("2021/22"), versions and references are not dates.
/// </summary>
public sealed class DateReader
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);
    private readonly Dictionary<string, int> months = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex dayMonthYear;
    private readonly Regex monthDayYear;
    private readonly Regex monthYear;
    private readonly Regex numeric;
    private readonly Regex iso;
    private readonly Regex compact;
    private readonly HashSet<string> notDateContexts;
    private readonly int earliestYear;
    private readonly RecentTexts<DateMention[]> recent;
    private readonly RecentTexts<DateMention[]> recentWithCompact;

    public DateReader(DateWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        recent = new RecentTexts<DateMention[]>(text => Read(text, compactForms: false));
        recentWithCompact = new RecentTexts<DateMention[]>(text => Read(text, compactForms: true));
        for (var m = 0; m < words.Months.Count; m++)
        {
            foreach (var name in words.Months[m])
            {
                months[name] = m + 1;
            }
        }

        var month = "(?<m>" + Alternation(words.Months.SelectMany(m => m)) + @")\.?";
        var weekday = "(?:(?:" + Alternation(words.Weekdays.SelectMany(d => d)) + @")\.?,?\s+)?";
        var ordinal = "(?:\\s?(?:" + Alternation(words.OrdinalSuffixes) + "))?";
        var of = "(?:\\s+(?:" + Alternation(words.DayOf) + "))*";
        // Compiled: every text unit of every document is searched for dates, several times over.
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        dayMonthYear = new Regex(@"\b" + weekday + @"(?:the\s+)?(?<d>\d{1,2})" + ordinal + of + @"[\s\-]+" + month + @",?[\s\-]+(?<y>(?:19|20)\d{2}|\d{2})\b", options, Limit);
        monthDayYear = new Regex(@"\b" + weekday + month + @"\s+(?<d>\d{1,2})" + ordinal + @",?\s+(?<y>(?:19|20)\d{2})\b", options, Limit);
        monthYear = new Regex(@"\b" + month + @",?\s+(?<y>(?:19|20)\d{2})\b", options, Limit);
        numeric = new Regex(@"(?<![\d/.\-])(?<a>\d{1,2})(?<s>[/.\-])(?<b>\d{1,2})\k<s>(?<y>(?:19|20)\d{2}|\d{2})(?![\d]|[/.\-]\d)", options, Limit);
        iso = new Regex(@"(?<![\d/.\-])(?<y>(?:19|20)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})(?![\d])", options, Limit);
        compact = new Regex(@"(?<!\d)(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?!\d)", options, Limit);
        notDateContexts = new HashSet<string>(words.NotDateContexts, StringComparer.OrdinalIgnoreCase);
        earliestYear = words.EarliestYear;
    }

    /// <summary>Every date in <paramref name="text"/>, in order; <paramref name="compactForms"/> also reads "20151111" (for file names).</summary>
    public IReadOnlyList<DateMention> FindAll(string text, bool compactForms = false) =>
        compactForms ? recentWithCompact.Get(text) : recent.Get(text);

    private DateMention[] Read(string text, bool compactForms)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        var taken = new bool[text.Length + 1];
        try
        {
            Collect(dayMonthYear, m => Make(m.Groups["y"].Value, months[m.Groups["m"].Value], m.Groups["d"].Value), DatePrecision.Day);
            Collect(monthDayYear, m => Make(m.Groups["y"].Value, months[m.Groups["m"].Value], m.Groups["d"].Value), DatePrecision.Day);
            Collect(iso, m => Make(m.Groups["y"].Value, Number(m.Groups["m"].Value), m.Groups["d"].Value), DatePrecision.Day);
            Collect(numeric, m => Numeric(m, text), DatePrecision.Day);
            if (compactForms)
            {
                Collect(compact, m => Make(m.Groups["y"].Value, Number(m.Groups["m"].Value), m.Groups["d"].Value), DatePrecision.Day);
            }

            Collect(monthYear, m => Make(m.Groups["y"].Value, months[m.Groups["m"].Value], "1"), DatePrecision.Month);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text: the dates found so far are kept.
        }

        return [.. found.OrderBy(f => f.Index)];

        void Collect(Regex pattern, Func<Match, DateOnly?> read, DatePrecision precision)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (taken[m.Index] || taken[m.Index + m.Length - 1] || read(m) is not { } date)
                {
                    continue;
                }

                Array.Fill(taken, true, m.Index, m.Length);
                found.Add(new DateMention(date, precision, m.Index, m.Length));
            }
        }
    }

    /// <summary>The first date naming a day, or null.</summary>
    public DateOnly? FirstDay(string text, bool compactForms = false) =>
        FindAll(text, compactForms).FirstOrDefault(d => d.Precision == DatePrecision.Day)?.Date;

    private DateOnly? Numeric(Match m, string text)
    {
        var before = WordBefore(text, m.Index);
        if (notDateContexts.Contains(before))
        {
            return null;
        }

        var a = Number(m.Groups["a"].Value);
        var b = Number(m.Groups["b"].Value);
        var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
        return Make(m.Groups["y"].Value, month, day.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The word just before a position ("version" in "version 12.03.19").</summary>
    private static string WordBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    private DateOnly? Make(string yearText, int month, string dayText)
    {
        var year = Number(yearText);
        if (yearText.Length == 2)
        {
            year += year < 70 ? 2000 : 1900;
        }

        var day = Number(dayText);
        // A record cannot be dated after next year: such a "date" is a misread number.
        if (year < earliestYear || year > DateTime.UtcNow.Year + 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).Select(Regex.Escape));
}

using System.Text;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// The document information of an RTF file (<c>\info</c>): title, author and subject as written, and the dates it
/// was created and last revised, read from their parts (<c>\yr</c>, <c>\mo</c>, <c>\dy</c>, <c>\hr</c>, <c>\min</c>).
/// </summary>
internal sealed class RtfInfo
{
    private const int MaxFieldLength = 4096;
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> dates = new(StringComparer.Ordinal);
    private readonly StringBuilder text = new();
    private readonly Dictionary<string, int> parts = new(StringComparer.Ordinal);

    /// <summary>A field starts: its text or date parts are gathered until it ends.</summary>
    public void Begin()
    {
        text.Clear();
        parts.Clear();
    }

    public void AddText(string value)
    {
        if (text.Length < MaxFieldLength)
        {
            text.Append(value);
        }
    }

    /// <summary>A part of a date: <c>yr</c>, <c>mo</c>, <c>dy</c>, <c>hr</c>, <c>min</c> or <c>sec</c>.</summary>
    public void AddDatePart(string part, int value) => parts[part] = value;

    /// <summary>A text field ends; a later one of the same name (the Unicode copy in <c>\ud</c>) replaces it.</summary>
    public void EndText(string field) => texts[field] = text.ToString();

    public void EndDate(string field)
    {
        if (Date() is { } date)
        {
            dates.TryAdd(field, date);
        }
    }

    public FileProperties Properties() => new(
        Title: TextCleaner.NullIfBlank(texts.GetValueOrDefault("title")),
        Author: TextCleaner.NullIfBlank(texts.GetValueOrDefault("author") ?? texts.GetValueOrDefault("operator")),
        Subject: TextCleaner.NullIfBlank(texts.GetValueOrDefault("subject")),
        Created: dates.TryGetValue("creatim", out var created) ? created : null,
        Modified: dates.TryGetValue("revtim", out var revised) ? revised : null);

    /// <summary>The date the parts give, at the time of day they give (midnight when none), or null when they name no real day.</summary>
    private DateTimeOffset? Date()
    {
        int Part(string name) => parts.GetValueOrDefault(name);
        var (year, month, day) = (Part("yr"), Part("mo"), Part("dy"));
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var (hour, minute, second) = (Part("hr"), Part("min"), Part("sec"));
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 && second is >= 0 and < 60
            ? new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero)
            : new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
    }
}

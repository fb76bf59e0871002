using System.Globalization;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>A decision on one line, as <c>search</c> and <c>decisions</c> both list them.</summary>
internal static class DecisionLine
{
    public static string Format(DecisionDto d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var date = d.Date is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
        var where = d.Ccg is null ? d.Body : $"{d.Body}, {d.Ccg}";
        return SnippetText.Clean(string.Create(CultureInfo.InvariantCulture, $"  {date}  {d.Reference ?? "-",-12} {d.Outcome,-9} {where}: {d.Subject}"));
    }
}

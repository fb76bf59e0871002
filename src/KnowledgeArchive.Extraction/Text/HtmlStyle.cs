using System.Text.RegularExpressions;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>What an element's inline style says that changes what is read: a page break before or after it, or that it is not shown.</summary>
internal static partial class HtmlStyle
{
    public static bool BreaksPageBefore(string? style) => style is not null && BreakBefore().IsMatch(style);

    public static bool BreaksPageAfter(string? style) => style is not null && BreakAfter().IsMatch(style);

    public static bool IsNotDisplayed(string? style) => style is not null && NotDisplayed().IsMatch(style);

    [GeneratedRegex(@"(?:page-break-before|break-before)\s*:\s*(?:always|page)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BreakBefore();

    [GeneratedRegex(@"(?:page-break-after|break-after)\s*:\s*(?:always|page)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BreakAfter();

    [GeneratedRegex(@"display\s*:\s*none", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotDisplayed();
}

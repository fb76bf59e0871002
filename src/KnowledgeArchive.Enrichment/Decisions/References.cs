using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>
/// Minute and item references in the styles minutes print them: <c>GB19/023</c>, <c>GB/19/023</c>,
/// <c>PCCC/19/11</c>, <c>Minute 23/19</c>, <c>Minute B22/004</c>, <c>RJC 2021-55</c>, <c>Min. 12.3</c>, and their
/// canonical form for matching citations to decisions (upper case, no "Minute" word, '/' between parts, no leading zeros).
/// </summary>
public static partial class References
{
    /// <summary>Item headings: a reference, then the item's title.</summary>
    public static Match MatchHeading(string line) => Heading().Match(line);

    /// <summary>Every reference in a text.</summary>
    public static IEnumerable<Match> FindAll(string text) => Reference().Matches(text);

    public static string Canonical(string printed) => DecisionReferences.Canonical(printed);

    private const string Printed =
        @"(?:(?:Minute|Min\.?|Minute\s+No\.?|Item|Agenda\s+item)\s+(?:[A-Z]{1,6}\s?)?\d{1,4}(?:[/.\-]\d{1,4}){1,2}[a-z]?|(?<![\w/])[A-Z]{1,6}(?:\s?|/)\d{2,4}[/.\-]\d{1,4}(?:[/.\-]\d{1,4})?[a-z]?(?![\w/]))";

    [GeneratedRegex(@"^(?<ref>" + Printed + @")\s*[:.\-–—]?\s+(?<title>[A-Za-z(‘'""“].{1,150})$")]
    private static partial Regex Heading();

    [GeneratedRegex(Printed)]
    private static partial Regex Reference();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeArchive.Core.Decisions;

/// <summary>
/// The canonical form of a printed minute reference, for matching citations to decisions: upper case, no
/// "Minute"/"Item" word, '/' between letter and number parts, no leading zeros. "GB19/023", "GB/19/23" and
/// "gb 19-023" are all "GB/19/23"; "Minute 57/15" is "57/15".
/// </summary>
public static partial class DecisionReferences
{
    public static string Canonical(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var core = WordPrefix().Replace(printed.Trim(), string.Empty).ToUpperInvariant();
        var parts = Separator().Split(core).Where(p => p.Length > 0)
            .Select(p => p.All(char.IsAsciiDigit) && p.Length < 9 ? int.Parse(p, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : p);
        return string.Join('/', parts);
    }

    [GeneratedRegex(@"^(?:Minute\s+No\.?|Minute|Min\.?|Item|Agenda\s+item)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WordPrefix();

    [GeneratedRegex(@"[\s/.\-]+|(?<=[A-Z])(?=\d)")]
    private static partial Regex Separator();
}

using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Each organisation prints minute references in its own style (<c>GB20/058</c>, <c>GB 2020-58</c>, <c>Minute 86/20</c>).
/// When a table row gives a reference but not the CCG, the style tells whose it is, if exactly one CCG of the family
/// writes references that way.
/// </summary>
internal static partial class ReferenceShapes
{
    public static string Of(string canonicalReference) => Digits().Replace(canonicalReference, "9");

    /// <summary>The one CCG among <paramref name="decisions"/> whose references have the shape of <paramref name="canonicalReference"/>, else null.</summary>
    public static string? OwnerOf(string canonicalReference, IEnumerable<Decision> decisions)
    {
        var shape = Of(canonicalReference);
        var owners = decisions
            .Where(d => d.Ccg is not null && d.CanonicalReference is not null && Of(d.CanonicalReference) == shape)
            .Select(d => d.Ccg!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(2)
            .ToList();
        return owners.Count == 1 ? owners[0] : null;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}

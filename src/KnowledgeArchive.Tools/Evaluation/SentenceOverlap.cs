using System.Text.RegularExpressions;

namespace KnowledgeArchive.Tools.Evaluation;

/// <summary>How much two decision sentences share: the share of the shorter one's words found in the other.</summary>
internal static partial class SentenceOverlap
{
    public static double Of(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return 0;
        }

        var left = Words(a);
        var right = Words(b);
        var smaller = left.Count <= right.Count ? left : right;
        var larger = ReferenceEquals(smaller, left) ? right : left;
        return smaller.Count == 0 ? 0 : (double)smaller.Count(larger.Contains) / smaller.Count;
    }

    private static HashSet<string> Words(string text) => WordsOf(text).ToHashSet(StringComparer.Ordinal);

    /// <summary>A text's words, lower case: runs of letters and digits.</summary>
    public static IEnumerable<string> WordsOf(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

namespace KnowledgeArchive.Lineage;

/// <summary>The words that say what a decision or policy is about, for telling whether two of them share a subject.</summary>
internal static class SubjectWords
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "this", "with", "from", "were", "which", "have", "been", "will", "into", "policy", "policies",
        "version", "decision", "approved", "approve", "ratified", "adopted", "adopt", "committee", "governing", "body",
        "board", "meeting", "held", "deferred", "pending", "existing", "local",
    };

    public static HashSet<string> Of(string text) =>
        text.ToLowerInvariant()
            .Split([' ', ',', '.', ';', ':', '(', ')', '\'', '"', '-', '–', '/', '|', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && !Ignored.Contains(w) && !char.IsDigit(w[0]) && w != "ccg" && w != "ccgs" && w != "nhs")
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Share of <paramref name="subject"/>'s words that <paramref name="other"/> also has (0 when the subject has none).</summary>
    public static double Covered(HashSet<string> subject, HashSet<string> other) =>
        subject.Count == 0 ? 0 : (double)subject.Count(other.Contains) / subject.Count;

    /// <summary>The initials of a title's words ("Procedures of Limited Clinical Value" gives PLCV; "Evidence-Based Interventions" EBI).</summary>
    public static string Initials(string title) =>
        string.Concat(title.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]) && !w.Equals("Policy", StringComparison.Ordinal) && !w.Equals("Policies", StringComparison.Ordinal))
            .Select(w => w[0]));
}

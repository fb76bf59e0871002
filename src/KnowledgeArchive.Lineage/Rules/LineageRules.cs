namespace KnowledgeArchive.Lineage.Rules;

/// <summary>
/// The lineage rules, in the order they run. Order matters where a rule reads what earlier ones found: rows and
/// references are read after document control has named each policy's approval; a policy's stated earlier version,
/// replaced local policies and hand-overs build on the adoptions and supersessions found before them; a handover
/// paper's list of what transfers builds on the paper's citations.
/// </summary>
public static class LineageRules
{
    public static IReadOnlyList<ILineageRule> All { get; } =
    [
        new DocumentControlRule(),
        new VersionHistoryRule(),
        new PolicyTableRule(),
        new ReferenceRule(),
        new DescriptionRule(),
        new StatedVersionRule(),
        new ReplacedPolicyRule(),
        new HandoverRule(),
        new DeferralRule(),
        new PaperCitationRule(),
        new HandoverListRule(),
    ];

    /// <summary>The explanation of the rule called <paramref name="name"/>, or null for a name no rule has (links stored before rules were named).</summary>
    public static string? Explain(string? name) => All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal))?.Explanation;
}

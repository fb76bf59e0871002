namespace KnowledgeArchive.Core.Decisions;

/// <summary>How a later decision acts on an earlier one; <c>from</c> is always the later decision.</summary>
public static class LineageEdgeTypes
{
    public const string Supersedes = "supersedes";
    public const string Amends = "amends";
    public const string Ratifies = "ratifies";
    public const string Adopts = "adopts";
    public const string DefersTo = "defers_to";
    public const string References = "references";
    public const string TransfersTo = "transfers_to";

    public static IReadOnlyList<string> All { get; } = [Supersedes, Amends, Ratifies, Adopts, DefersTo, References, TransfersTo];
}

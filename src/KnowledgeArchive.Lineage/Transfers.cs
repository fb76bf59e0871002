using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// When an ICB adopts a predecessor CCG's decision (its board's adoption of the policies that transferred to it on
/// 1 July 2022), that decision was handed on: it <c>transfers_to</c> the ICB, with the adoption row as evidence.
/// </summary>
internal static class Transfers
{
    /// <summary>The day ICBs took over from CCGs (Health and Care Act 2022).</summary>
    public static readonly DateOnly IcbsEstablished = new(2022, 7, 1);

    public static List<LineageEdge> Link(IReadOnlyList<Decision> decisions, IReadOnlyList<LineageEdge> edges)
    {
        var byId = decisions.ToDictionary(d => d.DecisionId, StringComparer.Ordinal);
        var links = new List<LineageEdge>();
        foreach (var adoption in edges.Where(e => e.Type == LineageEdgeTypes.Adopts))
        {
            if (byId.GetValueOrDefault(adoption.From) is { Ccg: null, Icb: { } icb, Date: { } date } && date >= IcbsEstablished
                && byId.GetValueOrDefault(adoption.To) is { Ccg: not null } handedOn)
            {
                links.Add(adoption with { From = handedOn.DecisionId, To = LineageNodes.Organisation(icb), Type = LineageEdgeTypes.TransfersTo });
            }
        }

        return links;
    }
}

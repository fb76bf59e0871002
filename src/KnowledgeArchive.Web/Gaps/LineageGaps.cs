using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Lineage;

namespace KnowledgeArchive.Web.Gaps;

/// <summary>
/// Every gap in the record a scope may see: unresolved citations, deferrals never taken up, and conflicting policies,
/// each with the CCG or ICB whose record it is in.
/// </summary>
public sealed class LineageGaps(ILineageStore lineage, IDecisionStore decisions, IDocumentCatalog catalog)
{
    /// <summary>The kinds of gap, in the order they are listed.</summary>
    public static IReadOnlyList<string> Reasons { get; } = ["not_in_archive", "ambiguous", "deferred_never_decided", "conflicting_policies"];

    /// <summary>The gaps as CSV, a row each, with the file each is found in.</summary>
    public static string Csv(IReadOnlyList<LineageGapDto> gaps, IReadOnlyDictionary<string, string> fileNames)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(fileNames);
        var csv = new System.Text.StringBuilder();
        KnowledgeArchive.Web.Exports.CsvRows.Row(csv, "reason", "relation", "cited_reference", "document_id", "file_name", "page", "text", "candidates", "organisation");
        foreach (var gap in gaps)
        {
            KnowledgeArchive.Web.Exports.CsvRows.Row(csv, gap.Reason, gap.Relation, gap.CitedReference, gap.DocumentId, fileNames.GetValueOrDefault(gap.DocumentId), gap.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), gap.Text, string.Join(' ', gap.Candidates), gap.Organisation);
        }

        return csv.ToString();
    }

    /// <summary>The gaps of one kind and of one organisation (its name in any case), where each is given.</summary>
    public static IReadOnlyList<LineageGapDto> Filter(IEnumerable<LineageGapDto> gaps, string? reason, string? organisation) =>
        [.. gaps.Where(g => (reason is null || g.Reason == reason) && (organisation is null || string.Equals(g.Organisation, organisation, StringComparison.OrdinalIgnoreCase)))];

    public async Task<IReadOnlyList<LineageGapDto>> AllAsync(RecordScope scope, CancellationToken cancellationToken)
    {
        var gaps = new List<LineageGapDto>();
        var organisations = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var g in await lineage.UnresolvedAsync(scope, cancellationToken))
        {
            // A broken citation is a gap in the record of the organisation whose document makes it.
            if (!organisations.TryGetValue(g.Citation.DocumentId, out var organisation))
            {
                var metadata = (await catalog.FindAsync(g.Citation.DocumentId, scope, cancellationToken))?.Metadata;
                organisation = organisations[g.Citation.DocumentId] = metadata?.Ccg ?? metadata?.Icb ?? metadata?.Organisation;
            }

            gaps.Add(new LineageGapDto(
                g.Citation.DocumentId, g.Citation.PageNumber, g.Citation.Text, g.Citation.Relation, g.Citation.CitedReference, g.Citation.FromDecisionId, g.Reason, g.Candidates, organisation));
        }

        foreach (var deferred in (await decisions.AllDecisionsAsync(scope, cancellationToken)).Where(d => d.Outcome == DecisionOutcomes.Deferred))
        {
            // Taken up when the graph links it to a later decision, one known only from a citation included.
            if (!(await lineage.EdgesOfAsync(deferred.DecisionId, scope, cancellationToken)).Any(e => e.Type == LineageEdgeTypes.DefersTo && e.From == deferred.DecisionId))
            {
                gaps.Add(new LineageGapDto(deferred.DocumentId, deferred.PageNumber, deferred.Text, LineageEdgeTypes.DefersTo, deferred.Reference, deferred.DecisionId, "deferred_never_decided", [], deferred.Ccg ?? deferred.Icb));
            }
        }

        gaps.AddRange(GapFinder.ConflictingPolicies(await decisions.AllPoliciesAsync(scope, cancellationToken)).Select(c =>
            new LineageGapDto(
                c.First.DocumentId,
                1,
                $"{c.First.Policy.Title ?? c.First.Title} {c.First.Policy.Reference} v{c.First.Policy.Version} and {c.Second.Policy.Title ?? c.Second.Title} {c.Second.Policy.Reference} v{c.Second.Policy.Version} are both in force for {c.First.Ccg ?? c.First.Icb}",
                LineageEdgeTypes.Supersedes,
                c.Second.Policy.Reference,
                null,
                "conflicting_policies",
                [c.First.DocumentId, c.Second.DocumentId],
                c.First.Ccg ?? c.First.Icb)));
        // Grouped by kind, in the order of Reasons; within a kind, as found.
        return [.. gaps.OrderBy(g => Reasons.Select((r, i) => (r, i)).First(x => x.r == g.Reason).i)];
    }
}

using System.Globalization;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Language.Dates;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// A deferred item is taken up again later by the same organisation and body: the first later decision on the same
/// subject at the meeting the deferral names (when it names one), else within a year, is the decision it
/// <c>defers_to</c>.
/// </summary>
public static class Deferrals
{
    private const double SameSubject = 0.5;
    private const double Confidence = 0.7;

    /// <summary>Each deferred decision with the decision it was deferred to, where one is known.</summary>
    public static IReadOnlyList<(Decision Deferred, Decision? TakenUp)> Find(IReadOnlyList<Decision> decisions, DateReader dates)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var byBody = decisions.ToLookup(d => (Organisation(d), (d.Body ?? string.Empty).ToUpperInvariant()));
        var found = new List<(Decision, Decision?)>();
        foreach (var deferred in decisions.Where(d => d.Outcome == DecisionOutcomes.Deferred && d.Date is not null).OrderBy(d => d.DecisionId, StringComparer.Ordinal))
        {
            var subject = SubjectWords.Of(deferred.Subject ?? deferred.Text);
            var later = byBody[(Organisation(deferred), (deferred.Body ?? string.Empty).ToUpperInvariant())]
                .Where(d => d.Date > deferred.Date && d.Outcome is not (DecisionOutcomes.Deferred or DecisionOutcomes.Noted))
                .Where(d => SubjectWords.Covered(subject, SubjectWords.Of((d.Subject ?? string.Empty) + " " + d.Text)) >= SameSubject)
                .OrderBy(d => d.Date)
                .ThenBy(d => d.DecisionId, StringComparer.Ordinal)
                .ToList();
            // A deferral to a named meeting is taken up at that meeting: a decision on the subject a year later is a new
            // one, not the deferred item's. Without a named meeting, the first decision on the subject within a year.
            var named = NamedMonth(deferred, dates);
            var horizon = deferred.Date!.Value.AddYears(1);
            found.Add((deferred, named is { } m
                ? later.FirstOrDefault(d => d.Date!.Value.Year == m.Year && d.Date.Value.Month == m.Month)
                : later.FirstOrDefault(d => d.Date <= horizon)));
        }

        return found;
    }

    public static List<LineageEdge> Link(IReadOnlyList<Decision> decisions, Func<string, string> sha256Of, DateReader dates)
    {
        ArgumentNullException.ThrowIfNull(sha256Of);
        return Find(decisions, dates)
            .Where(f => f.TakenUp is not null)
            .Select(f => new LineageEdge
            {
                From = f.Deferred.DecisionId,
                To = f.TakenUp!.DecisionId,
                Type = LineageEdgeTypes.DefersTo,
                Method = "description",
                Confidence = Confidence,
                EvidenceDocumentId = f.Deferred.DocumentId,
                EvidencePage = f.Deferred.PageNumber,
                EvidenceText = f.Deferred.Text,
                EvidenceSha256 = sha256Of(f.Deferred.DocumentId),
            })
            .ToList();
    }

    private static string Organisation(Decision d) => (d.Ccg ?? d.Icb ?? string.Empty).ToUpperInvariant();

    /// <summary>"deferred … to the November 2017 meeting": the first later month the deferral names, if any.</summary>
    private static DateOnly? NamedMonth(Decision deferred, DateReader dates) =>
        dates.FindAll(deferred.Text).FirstOrDefault(d => d.Date > deferred.Date)?.Date is { } date
            ? new DateOnly(date.Year, date.Month, 1)
            : null;

}

using System.Security.Cryptography;
using System.Text;
using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Decisions known only because documents cite them: a policy's document control names the committee decision that
/// approved it, an ICB's adoption appendix lists a CCG's minute reference and date. One decision cited in several
/// places meets itself here under one key (organisation and reference; without a reference, organisation, body, date
/// and subject), each citation adding what it knows: an exact date beats a month, a stated outcome beats an assumed
/// one. Ids come from the key alone and sources are offered in a fixed order, so the result does not depend on the
/// order documents arrived.
/// </summary>
public sealed class KnownDecisions
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> bySubject = new(StringComparer.Ordinal);

    /// <summary>Notes a citation of a decision and returns the decision's node.</summary>
    public Decision Note(CitedFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var organisation = facts.Ccg ?? facts.Icb ?? string.Empty;
        var key = facts.CanonicalReference is { } reference
            ? $"{organisation.ToUpperInvariant()}|ref|{reference}"
            : $"{organisation.ToUpperInvariant()}|{facts.Body}|{facts.Date:yyyy-MM-dd}|{facts.Subject}";
        var subjectKey = $"{organisation.ToUpperInvariant()}|{facts.Body?.ToUpperInvariant()}|{facts.Subject?.ToUpperInvariant()}";
        if (!entries.TryGetValue(key, out var entry))
        {
            entry = Twin(subjectKey, facts);
            if (entry is null)
            {
                entry = new Entry("cited-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16], facts);
                entries[key] = entry;
                if (facts.Body is not null && facts.Subject is not null)
                {
                    (bySubject.TryGetValue(subjectKey, out var same) ? same : bySubject[subjectKey] = []).Add(entry);
                }

                return entry.Decision;
            }

            entries[key] = entry;
            if (facts.CanonicalReference is { } canonical && entry.Decision.CanonicalReference is null)
            {
                entry.Name(facts.Reference!, canonical);
            }
        }

        entry.Merge(facts);
        return entry.Decision;
    }

    /// <summary>
    /// The decision already noted that this citation names another way: one body's decision on one subject, dated in the
    /// same month, where one of the two knows only the month or only one knows the reference (a version table's "Approved
    /// by Governing Body, 09/2016" and a paper's "GB/226, 19 September 2016").
    /// </summary>
    private Entry? Twin(string subjectKey, CitedFacts facts)
    {
        if (facts.Body is null || facts.Subject is null || facts.Date is not { } date || !bySubject.TryGetValue(subjectKey, out var same))
        {
            return null;
        }

        return same.FirstOrDefault(e =>
            e.Decision.Date is { } other && other.Year == date.Year && other.Month == date.Month
            && (!e.ExactDate || !facts.ExactDate || other == date)
            && (e.Decision.CanonicalReference is null || facts.CanonicalReference is null || e.Decision.CanonicalReference == facts.CanonicalReference));
    }

    /// <summary>
    /// Records the minute reference of a decision noted without one (a policy's "Approved by Governing Body, 8 November
    /// 2017" that an adoption appendix lists as "Minute 73/17"), so later citations of that reference find it.
    /// </summary>
    public void AddReference(string decisionId, string reference, string canonicalReference)
    {
        var entry = entries.Values.FirstOrDefault(e => e.Decision.DecisionId == decisionId);
        if (entry is null || entry.Decision.CanonicalReference is not null)
        {
            return;
        }

        entry.Name(reference, canonicalReference);
        entries.TryAdd($"{(entry.Decision.Ccg ?? entry.Decision.Icb ?? string.Empty).ToUpperInvariant()}|ref|{canonicalReference}", entry);
    }

    /// <summary>The node of a decision of <paramref name="organisation"/> with this canonical reference, if one was noted.</summary>
    public Decision? WithReference(string organisation, string canonicalReference) =>
        entries.GetValueOrDefault($"{organisation.ToUpperInvariant()}|ref|{canonicalReference}")?.Decision;

    public IReadOnlyList<Decision> All => entries.Values.Distinct().Select(e => e.Decision).OrderBy(d => d.DecisionId, StringComparer.Ordinal).ToList();

    private sealed class Entry
    {
        private bool exactDate;
        private bool outcomeStated;

        public Entry(string id, CitedFacts facts)
        {
            exactDate = facts.ExactDate;
            outcomeStated = facts.OutcomeStated;
            Decision = new Decision
            {
                DecisionId = id,
                DocumentId = facts.DocumentId,
                PageNumber = facts.PageNumber,
                Reference = facts.Reference,
                CanonicalReference = facts.CanonicalReference,
                Date = facts.Date,
                MonthOnly = facts.Date is not null && !facts.ExactDate,
                Body = facts.Body,
                Ccg = facts.Ccg,
                Icb = facts.Icb,
                Outcome = facts.Outcome,
                Subject = facts.Subject,
                Text = facts.Text,
                InArchive = false,
            };
        }

        public Decision Decision { get; private set; }

        public bool ExactDate => exactDate;

        public void Name(string reference, string canonicalReference) =>
            Decision = Decision with { Reference = reference, CanonicalReference = canonicalReference };

        public void Merge(CitedFacts facts)
        {
            var d = Decision;
            if (facts.Date is not null && (d.Date is null || (facts.ExactDate && !exactDate)))
            {
                d = d with { Date = facts.Date, MonthOnly = !facts.ExactDate };
                exactDate = facts.ExactDate;
            }

            if (facts.OutcomeStated && !outcomeStated)
            {
                d = d with { Outcome = facts.Outcome };
                outcomeStated = true;
            }

            Decision = d with
            {
                Body = d.Body ?? facts.Body,
                Subject = d.Subject ?? facts.Subject,
                Icb = d.Icb ?? facts.Icb,
            };
        }
    }
}

/// <summary>What one citation says about a decision it names.</summary>
public sealed record CitedFacts
{
    public required string DocumentId { get; init; }

    public int PageNumber { get; init; } = 1;

    public string? Reference { get; init; }

    public string? CanonicalReference { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>False when only the month is known ("11/2020").</summary>
    public bool ExactDate { get; init; }

    public string? Body { get; init; }

    public string? Ccg { get; init; }

    public string? Icb { get; init; }

    public required string Outcome { get; init; }

    /// <summary>True when the citation says what the decision did ("Adopted by"), false when the outcome is inferred.</summary>
    public bool OutcomeStated { get; init; }

    public string? Subject { get; init; }

    public required string Text { get; init; }
}

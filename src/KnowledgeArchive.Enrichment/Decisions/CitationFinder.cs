using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Enrichment.Text;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>
/// Captures where a document cites another decision or policy: by printed reference ("ratified the decision of the
/// PCCC (PCCC/19/11)"), by version ("supersedes version 2.0"), or by description ("the policy approved by the
/// Governing Body in March 2016"), with page and sentence, for the lineage resolver.
/// </summary>
public static partial class CitationFinder
{
    public static IReadOnlyList<Citation> Find(string documentId, IReadOnlyList<MinuteItem> items, IReadOnlyList<Decision> decisions, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(decisions);
        var citations = new List<Citation>();
        foreach (var item in items)
        {
            var own = item.Reference is null ? null : References.Canonical(item.Reference);
            var decision = decisions.FirstOrDefault(d => d.CanonicalReference == own && own is not null)
                ?? decisions.FirstOrDefault(d => d.Subject == item.Title);
            string? appendixRelation = null;
            for (var u = 0; u < item.Units.Count; u++)
            {
                var unit = item.Units[u];

                // "Appendix 2: Policies adopted": its rows are cited by the decision that names the appendix.
                var appendix = Appendix().Match(unit.Text);
                if (appendix.Success)
                {
                    var naming = decisions.FirstOrDefault(d => d.Text.Contains("Appendix " + appendix.Groups["n"].Value, StringComparison.OrdinalIgnoreCase));
                    decision = naming ?? decision;
                    appendixRelation = naming is null ? null : RelationOf(naming.Text);
                }

                foreach (var sentence in DocumentText.SentencesOf(unit))
                {
                    var relation = appendixRelation ?? RelationOf(sentence.Text);
                    var references = References.FindAll(sentence.Text)
                        .Where(r => References.Canonical(r.Value) != own)
                        .DistinctBy(r => r.Value)
                        .ToList();
                    foreach (var reference in references)
                    {
                        var when = DateNearest(sentence.Text, reference.Index);
                        citations.Add(Make(documentId, sentence, decision, appendixRelation ?? RelationBefore(sentence.Text, reference.Index) ?? relation ?? LineageEdgeTypes.References, "reference") with
                        {
                            CitedReference = reference.Value,
                            CitedOrganisation = OrganisationAround(item.Units, u, gazetteer),
                            CitedDateFrom = when?.Date,
                            CitedDateTo = when is null ? null : when.MonthOnly ? when.Date.AddMonths(1).AddDays(-1) : when.Date,
                        });
                    }

                    if (references.Count == 0 && appendixRelation is not null && DateFinder.FindAll(sentence.Text) is [var rowDate, ..])
                    {
                        // A row of an adoption appendix that gives no minute reference, only the policy and the date.
                        citations.Add(Make(documentId, sentence, decision, appendixRelation, "table") with
                        {
                            CitedOrganisation = OrganisationAround(item.Units, u, gazetteer),
                            CitedDateFrom = rowDate.Date,
                            CitedDateTo = rowDate.MonthOnly ? rowDate.Date.AddMonths(1).AddDays(-1) : rowDate.Date,
                        });
                    }

                    if (ReplacesPolicy().Match(sentence.Text) is { Success: true } replaces && !References.FindAll(sentence.Text[replaces.Index..]).Any())
                    {
                        // "… which replaces the CCG's existing Gluten-Free Foods Prescribing Policy": a policy named by its title.
                        citations.Add(Make(documentId, sentence, decision, LineageEdgeTypes.Supersedes, "description"));
                    }

                    var version = SupersedesVersion().Match(sentence.Text);
                    if (version.Success)
                    {
                        citations.Add(Make(documentId, sentence, decision, LineageEdgeTypes.Supersedes, "reference") with { CitedPolicyVersion = version.Groups["v"].Value });
                    }

                    if (references.Count == 0 && !version.Success && relation is not null && relation != LineageEdgeTypes.References && appendixRelation is null && !ReplacesPolicy().IsMatch(sentence.Text))
                    {
                        // What is cited comes after the verb: "The Governing Body adopted the policy approved by the Committee in April 2019".
                        var cited = AfterRelationVerb(sentence.Text);
                        var body = BodyNames.Find(cited, gazetteer);
                        var dates = DateFinder.FindAll(cited);
                        if (body is not null || dates.Count > 0)
                        {
                            var first = dates.FirstOrDefault();
                            citations.Add(Make(documentId, sentence, decision, relation, "description") with
                            {
                                CitedBody = body,
                                CitedOrganisation = gazetteer.FindIn(cited).FirstOrDefault()?.Organisation.Name,
                                CitedDateFrom = first?.Date,
                                CitedDateTo = first is null ? null : first.MonthOnly ? first.Date.AddMonths(1).AddDays(-1) : first.Date,
                            });
                        }
                    }
                }
            }
        }

        return citations;
    }

    private static Citation Make(string documentId, Sentence sentence, Decision? decision, string relation, string method) => new()
    {
        DocumentId = documentId,
        PageNumber = sentence.Page,
        Text = sentence.Text,
        FromDecisionId = decision?.DecisionId,
        Relation = relation,
        Method = method,
    };

    /// <summary>The organisation a table row names (in the row, or in the wrapped lines just above it).</summary>
    private static string? OrganisationAround(IReadOnlyList<TextUnit> units, int index, Gazetteer gazetteer)
    {
        var unit = units[index];
        var inRow = gazetteer.FindIn(unit.Text).FirstOrDefault(m => m.Organisation.Kind == OrganisationKinds.Ccg);
        if (inRow is not null && (unit.Text.Contains(" | ", StringComparison.Ordinal) || unit.Text.Length <= 120))
        {
            return inRow.Organisation.Name;
        }

        if (unit.Text.Length > 120)
        {
            return null;
        }

        // A PDF table row wraps into several short lines: look back over them, stopping at the previous row.
        var context = new List<string>();
        for (var i = index - 1; i >= 0 && i >= index - 5 && units[i].Text.Length <= 80 && !References.FindAll(units[i].Text).Any(); i--)
        {
            context.Insert(0, units[i].Text);
        }

        return gazetteer.FindIn(string.Join(" ", context)).LastOrDefault(m => m.Organisation.Kind == OrganisationKinds.Ccg)?.Organisation.Name;
    }

    /// <summary>The relation verb nearest before a reference: "adopt the Policy (RJC 2021-60), which replaces …" adopts RJC 2021-60.</summary>
    private static string? RelationBefore(string sentence, int index)
    {
        var verb = RelationVerb().Matches(sentence[..index]).LastOrDefault();
        return verb is null ? null : RelationOf(verb.Value);
    }

    /// <summary>The date printed nearest a reference: "approved … on 26 January 2016 (Minute 8/16)", a table row's date cell.</summary>
    private static DateMention? DateNearest(string sentence, int index) =>
        DateFinder.FindAll(sentence).OrderBy(d => Math.Abs(d.Index - index)).FirstOrDefault();

    private static string AfterRelationVerb(string sentence)
    {
        var verb = RelationVerb().Match(sentence);
        return verb.Success ? sentence[(verb.Index + verb.Length)..] : sentence;
    }

    private static string? RelationOf(string sentence)
    {
        // "subject to ratification by the Governing Body" is what happens next, not how this decision acts on the one it cites.
        var lower = SubjectToRatification().Replace(sentence.ToLowerInvariant(), string.Empty);
        return lower switch
        {
            _ when lower.Contains("supersed", StringComparison.Ordinal) || lower.Contains("replaces", StringComparison.Ordinal) => LineageEdgeTypes.Supersedes,
            _ when lower.Contains("ratif", StringComparison.Ordinal) => LineageEdgeTypes.Ratifies,
            _ when lower.Contains("adopt", StringComparison.Ordinal) => LineageEdgeTypes.Adopts,
            _ when lower.Contains("amend", StringComparison.Ordinal) => LineageEdgeTypes.Amends,
            _ when lower.Contains("defer", StringComparison.Ordinal) => LineageEdgeTypes.DefersTo,
            _ when lower.Contains("transfer", StringComparison.Ordinal) => LineageEdgeTypes.TransfersTo,
            _ when PreviouslyConsidered().IsMatch(sentence) => LineageEdgeTypes.References,
            _ => null,
        };
    }

    [GeneratedRegex(@"\bsupersed\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:version\s+|v)(?<v>\d{1,2}\.\d{1,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupersedesVersion();

    [GeneratedRegex(@"\b(?:replac|supersed)\w*\s+(?:the\s+)?(?:[\w'’-]+\s+){0,8}?(?:polic(?:y|ies))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplacesPolicy();

    [GeneratedRegex(@"^\s*Appendix\s+(?<n>\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Appendix();

    [GeneratedRegex(@"\b(?:supersed|replac|ratif|adopt|amend|defer|transfer)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationVerb();

    [GeneratedRegex(@"subject\s+to\s+(?:ratification|approval|adoption)\b[^,.;]*", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectToRatification();

    [GeneratedRegex(@"\bpreviously\s+considered\b|\bconsidered\s+by\s+the\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviouslyConsidered();
}

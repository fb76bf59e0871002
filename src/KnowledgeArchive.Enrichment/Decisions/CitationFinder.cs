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
            foreach (var sentence in item.Units.SelectMany(DocumentText.SentencesOf))
            {
                var relation = RelationOf(sentence.Text);
                var references = References.FindAll(sentence.Text)
                    .Select(m => m.Value)
                    .Where(r => References.Canonical(r) != own)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                foreach (var reference in references)
                {
                    citations.Add(Make(documentId, sentence, decision, relation ?? LineageEdgeTypes.References, "reference") with { CitedReference = reference });
                }

                var version = SupersedesVersion().Match(sentence.Text);
                if (version.Success)
                {
                    citations.Add(Make(documentId, sentence, decision, LineageEdgeTypes.Supersedes, "reference") with { CitedPolicyVersion = version.Groups["v"].Value });
                }

                if (references.Count == 0 && !version.Success && relation is not null && relation != LineageEdgeTypes.References)
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

    [GeneratedRegex(@"\b(?:supersed|replac|ratif|adopt|amend|defer|transfer)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationVerb();

    [GeneratedRegex(@"subject\s+to\s+(?:ratification|approval|adoption)\b[^,.;]*", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectToRatification();

    [GeneratedRegex(@"\bpreviously\s+considered\b|\bconsidered\s+by\s+the\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviouslyConsidered();
}

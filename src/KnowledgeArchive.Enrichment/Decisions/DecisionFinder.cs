using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Text;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>
/// Finds what a meeting decided: in each item, the sentence that records the resolution ("RESOLVED: The Governing
/// Body APPROVED…", "The Committee ratified…", "Members agreed to defer…", "It was agreed that…", "The minutes …
/// were agreed as a correct record"), its outcome, subject and page. One decision per item, the strongest statement.
/// </summary>
public static partial class DecisionFinder
{
    public static IReadOnlyList<Decision> Find(string documentId, IReadOnlyList<MinuteItem> items, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(metadata);
        var decisions = new List<Decision>();
        foreach (var item in items)
        {
            var best = item.Units
                .Where(u => !u.Text.Contains(" | ", StringComparison.Ordinal) || Resolution().IsMatch(u.Text))
                .SelectMany(DocumentText.SentencesOf)
                .Select(s => (Sentence: s, Strength: Strength(s.Text)))
                .Where(c => c.Strength > 0)
                .OrderByDescending(c => c.Strength)
                .ThenByDescending(c => c.Sentence.Page)
                .Select(c => c.Sentence)
                .FirstOrDefault();
            if (best is null)
            {
                continue;
            }

            // "NOTED: the report" names its outcome in the label; "RESOLVED: … approved …" in what follows.
            var outcome = LabelledOutcome(best.Text) ?? OutcomeWords.Classify(Predicate(best.Text));
            if (outcome is null)
            {
                continue;
            }

            var canonical = item.Reference is null ? null : References.Canonical(item.Reference);
            decisions.Add(new Decision
            {
                DecisionId = IdFor(documentId, canonical, item.Ordinal),
                Reference = item.Reference,
                CanonicalReference = canonical,
                DocumentId = documentId,
                PageNumber = best.Page,
                Date = metadata.Date,
                Body = metadata.Body,
                Ccg = metadata.Ccg,
                Icb = metadata.Icb,
                Outcome = outcome,
                Subject = item.Title ?? SubjectFrom(best.Text),
                Text = best.Text,
            });
        }

        return decisions;
    }

    /// <summary>How clearly a sentence records a decision: 3 for a resolution, 2 for a body or members deciding, 0 for anything else.</summary>
    public static int Strength(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (Resolution().IsMatch(sentence) || OutcomeLabel().IsMatch(sentence))
        {
            return 3;
        }

        if (AskedTo().IsMatch(sentence) || PersonalUndertaking().IsMatch(sentence))
        {
            return 0;
        }

        return BodyDecides().IsMatch(sentence) || MembersDecide().IsMatch(sentence) || ItWasAgreed().IsMatch(sentence) || MinutesAgreed().IsMatch(sentence) ? 2 : 0;
    }

    private static string? LabelledOutcome(string sentence)
    {
        var label = OutcomeWordLabel().Match(sentence);
        return label.Success ? OutcomeWords.Classify(label.Groups["word"].Value) : null;
    }

    private static string Predicate(string sentence)
    {
        var resolution = Resolution().Match(sentence);
        var rest = resolution.Success ? sentence[(resolution.Index + resolution.Length)..] : sentence;

        // Skip the subject, so a body's name ("Finance and Approvals Committee") is not read as its verb.
        var subject = Subject().Match(rest);
        return subject.Success ? rest[(subject.Index + subject.Length)..] : rest;
    }

    private static string SubjectFrom(string sentence)
    {
        var predicate = Predicate(sentence).Trim();
        var words = predicate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(12);
        return string.Join(' ', words).TrimEnd('.', ',', ';');
    }

    private static string IdFor(string documentId, string? canonical, int ordinal)
    {
        var key = $"{documentId}|{canonical ?? "item"}|{ordinal}";
        return "dec-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }

    private const string BodyWords = @"(?:Governing\s+Body|Board|(?:[A-Z][\w&'-]*\s+){0,6}?(?:Joint\s+)?(?:Sub-)?Committee|Panel|Group|Forum|Partnership|Executive|CCG|ICB)";

    [GeneratedRegex(@"^\s*(?:RESOLVED|AGREED|DECIDED|DECISION|Resolved|Decision|Resolution|APPROVED|RATIFIED|ADOPTED|NOTED|DEFERRED|REJECTED|Outcome)\b\s*(?:that\b)?\s*[:\-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex OutcomeLabel();

    [GeneratedRegex(@"^\s*(?<word>APPROVED|RATIFIED|ADOPTED|NOTED|DEFERRED|REJECTED)\s*[:\-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex OutcomeWordLabel();

    [GeneratedRegex(@"^\s*(?:RESOLVED|AGREED|DECIDED|DECISION|Resolved|Decision|Resolution)\b\s*(?:that\b)?[:\-–—]?", RegexOptions.CultureInvariant)]
    private static partial Regex Resolution();

    [GeneratedRegex(@"^(?:The|This)\s+" + BodyWords + @"\s+(?:(?:formally|unanimously|duly|also|further|then|therefore)\s+)?(?:(?:considered|discussed|reviewed|received)\s+and\s+)?(?:resolved\s+to\s+|RESOLVED\s+to\s+|agreed\s+to\s+)?(?:APPROVED|RATIFIED|ADOPTED|NOTED|DEFERRED|REJECTED|AGREED|RESOLVED|ENDORSED|SUPPORTED|RECEIVED|approved|ratified|adopted|noted|deferred|rejected|declined|agreed|resolved|endorsed|supported|received|accepted|amended|AMENDED|rescinded|revoked|did\s+not)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BodyDecides();

    [GeneratedRegex(@"^(?:Members|The\s+members|Trustees|Directors)\s+(?:(?:formally|unanimously|duly|also)\s+)?(?:agreed|resolved|approved|ratified|noted|endorsed|supported|deferred|rejected|declined|adopted|received|AGREED|APPROVED|NOTED)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MembersDecide();

    [GeneratedRegex(@"^It\s+was\s+(?:(?:therefore|unanimously|duly|formally)\s+)?(?:agreed|resolved|AGREED|RESOLVED|decided)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ItWasAgreed();

    [GeneratedRegex(@"^The\s+(?:[\w()]+\s+){0,3}?minutes\s+of\b.{0,200}?\b(?:were|was)\s+(?:(?:duly|formally)\s+)?(?:agreed|approved|APPROVED|AGREED|accepted|confirmed|signed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MinutesAgreed();

    // "It was agreed that Dr Smith would take part in the discussion but not the decision": about a person, not a decision of the body.
    [GeneratedRegex(@"^It\s+was\s+\w+\s+that\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof\.?|Cllr|Councillor|Sir|Dame)\b|the\s+(?:Chair|chair|Secretary|secretary)\s+would|[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:would|should|will)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalUndertaking();

    [GeneratedRegex(@"\b(?:is|are|was|were)\s+asked\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedTo();

    [GeneratedRegex(@"^\s*(?:The|This)\s+" + BodyWords + @"\s+|^\s*(?:Members|It\s+was)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Subject();
}

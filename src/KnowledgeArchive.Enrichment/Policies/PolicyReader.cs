using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Dates;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Policies;

/// <summary>
/// Reads a policy's document control: reference code, version, approving body, approval and review dates (labelled
/// fields in tables or lines, labels from the phrasebook), and its version history table (a table whose header names
/// versions and dates).
/// </summary>
public sealed partial class PolicyReader(Wording wording)
{
    private const int ControlUnits = 80;
    private readonly PolicyFieldSets fields = new(wording.Phrasebook.PolicyFields);
    private readonly PhraseSet policyWords = new(wording.Phrasebook.DocumentTypes.Policy);
    private readonly PhraseSet dateLabels = new(wording.Phrasebook.Tables.Date.Concat(wording.Phrasebook.PolicyFields.ApprovedOn));
    private readonly BodyReader bodies = new(wording);

    public PolicyInfo? Read(DocumentView view, TitleBlock titleBlock, string fileName)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(titleBlock);
        var control = view.Units.Take(ControlUnits).ToList();
        string? Field(PhraseSet labels) => FieldReader.Value(view, control, labels);

        var reference = Field(fields.Reference) is { } r ? Code().Match(r) : null;
        var version = Field(fields.Version) is { } v ? Number().Match(v) : null;
        var approvedBy = Field(fields.ApprovedBy);
        var approvedOn = Field(fields.ApprovedOn) is { } a ? wording.Dates.FirstDay(a) : approvedBy is null ? null : wording.Dates.FirstDay(approvedBy);
        var review = Field(fields.ReviewDate) is { } rv ? wording.Dates.FindAll(rv).FirstOrDefault()?.Date : null;
        var info = new PolicyInfo(
            reference is { Success: true } ? reference.Value.Trim() : null,
            version is { Success: true } ? version.Value : FileVersion(fileName),
            approvedOn,
            review,
            History(view))
        {
            ApprovedBy = approvedBy,
            RatifiedBy = Field(fields.RatifiedBy),
            Title = titleBlock.Head.Select(u => u.Text.Trim()).FirstOrDefault(t => t.Length <= 120 && policyWords.IsIn(t) && !t.Contains(':', StringComparison.Ordinal)),
        };
        return info.Reference is null && info.Version is null && info.History.Count == 0 ? null : info;
    }

    /// <summary>A version printed in the file name beside a version word ("v2.0", "version 1.1").</summary>
    private string? FileVersion(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        foreach (Match candidate in LabelledNumber().Matches(name))
        {
            if (fields.Version.IsWhole(candidate.Groups["label"].Value))
            {
                return candidate.Groups["v"].Value;
            }
        }

        return null;
    }

    private List<PolicyVersionEntry> History(DocumentView view)
    {
        var entries = new List<PolicyVersionEntry>();
        for (var t = 0; t < view.Tables.Count; t++)
        {
            var rows = view.CellsOf(t).GroupBy(c => c.Cell!.Value.Row).OrderBy(g => g.Key).Select(g => g.OrderBy(c => c.Cell!.Value.Column).ToList()).ToList();
            if (rows.Count < 2 || !rows[0].Any(c => fields.Version.IsWhole(c.Text.Trim())) || !rows[0].Any(c => dateLabels.IsWhole(c.Text.Trim())))
            {
                continue;
            }

            foreach (var row in rows.Skip(1))
            {
                var text = string.Join(" | ", row.Select(c => c.Text));
                var versionMatch = Number().Match(row[0].Text);
                if (!versionMatch.Success)
                {
                    continue;
                }

                var rest = string.Join(" | ", row.Skip(1).Select(c => c.Text));
                var dates = wording.Dates.FindAll(rest);
                var superseded = fields.Supersedes.FindAll(rest).Select(s => Number().Match(rest[s.End..])).FirstOrDefault(m => m.Success);
                entries.Add(new PolicyVersionEntry(
                    versionMatch.Value,
                    dates.FirstOrDefault(d => d.Precision == DatePrecision.Day)?.Date ?? dates.FirstOrDefault()?.Date,
                    bodies.Find(rest),
                    RowReference(rest),
                    superseded?.Value,
                    text));
            }
        }

        return entries.DistinctBy(e => e.Version).ToList();
    }

    /// <summary>
    /// The minute reference a version row prints: one with letters ("GB16/048"), or bare numbers in brackets after the
    /// approving body ("Approved by Governing Body (15.046)"), which a version column's "1.1" never is.
    /// </summary>
    private string? RowReference(string rest)
    {
        var found = wording.References.FindAll(rest);
        return found.FirstOrDefault(r => !r.NumbersOnly)?.Text
            ?? found.FirstOrDefault(r => r.Index > 0 && rest[r.Index - 1] == '(' && r.Index + r.Text.Length < rest.Length && rest[r.Index + r.Text.Length] == ')')?.Text;
    }

    // A policy code: capitals and digits, perhaps in parts ("HWCCG-MM-007", "EW CP05", "POL004").
    [GeneratedRegex(@"[A-Z][A-Z0-9]*(?:[\s/._-]?[A-Z0-9]+){0,4}")]
    private static partial Regex Code();

    [GeneratedRegex(@"\d{1,2}(?:\.\d{1,2}){1,2}|\d{1,2}")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<label>[A-Za-z]+)\s?(?<v>\d{1,2}\.\d{1,2})")]
    private static partial Regex LabelledNumber();
}

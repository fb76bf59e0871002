using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Decisions;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Enrichment.Text;

namespace KnowledgeArchive.Enrichment.Policies;

/// <summary>
/// Reads a policy's document control: reference code, version, approving body or decision, approval and review
/// dates, and the version history table, whether laid out as "Label | value" table cells or "Label: value" lines.
/// </summary>
public static partial class PolicyReader
{
    public static PolicyInfo? Read(DocumentText text, string fileName, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var reference = MetadataReader.Labelled(text, ReferenceLabel()) is { } r ? ReferenceValue().Match(r) : null;
        var versionText = MetadataReader.Labelled(text, VersionLabel());
        var version = versionText is null ? null : VersionValue().Match(versionText);
        var approvedBy = MetadataReader.Labelled(text, ApprovedByLabel());
        var approvedOn = MetadataReader.Labelled(text, ApprovalDateLabel()) is { } a ? DateFinder.FirstDay(a) : approvedBy is null ? null : DateFinder.FirstDay(approvedBy);
        var review = MetadataReader.Labelled(text, ReviewLabel()) is { } rv ? DateFinder.First(rv) : null;

        var fileVersion = FileVersion().Match(Path.GetFileNameWithoutExtension(fileName));
        var info = new PolicyInfo(
            reference is { Success: true } ? reference.Value.Trim() : null,
            version is { Success: true } ? version.Groups["v"].Value : fileVersion.Success ? fileVersion.Groups["v"].Value : null,
            approvedOn,
            review,
            History(text, gazetteer))
        {
            ApprovedBy = approvedBy,
            RatifiedBy = MetadataReader.Labelled(text, RatifiedByLabel()),
            Title = text.TitleBlock.Select(u => u.Text.Trim()).FirstOrDefault(t => t.Length <= 120 && PolicyName().IsMatch(t) && !t.Contains(" | ", StringComparison.Ordinal) && !ReferenceLabel().IsMatch(t)),
        };
        return info.Reference is null && info.Version is null && info.History.Count == 0 ? null : info;
    }

    private static List<PolicyVersionEntry> History(DocumentText text, Gazetteer gazetteer)
    {
        var entries = new List<PolicyVersionEntry>();
        foreach (var unit in text.Units.Take(120))
        {
            var row = HistoryRow().Match(unit.Text);
            if (!row.Success)
            {
                continue;
            }

            var rest = row.Groups["rest"].Value;
            var dates = DateFinder.FindAll(rest);
            if (dates.Count == 0 && !MonthYearNumeric().IsMatch(rest))
            {
                continue;
            }

            var decision = References.FindAll(rest).FirstOrDefault();
            var supersedes = Supersedes().Match(rest);
            entries.Add(new PolicyVersionEntry(
                row.Groups["v"].Value,
                dates.FirstOrDefault(d => !d.MonthOnly)?.Date ?? dates.FirstOrDefault()?.Date,
                BodyNames.Find(rest, gazetteer),
                decision?.Value,
                supersedes.Success ? supersedes.Groups["v"].Value : null,
                rest.Replace(" | ", "; ", StringComparison.Ordinal).Trim()));
        }

        return entries.DistinctBy(e => e.Version).ToList();
    }

    [GeneratedRegex(@"^\s*(?:Policy\s+)?(?:Ref(?:erence)?\.?|Document\s+(?:ref(?:erence)?|number|no\.?)|Policy\s+(?:number|no\.?|code))(?:\s+(?:number|no\.?|code))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceLabel();

    [GeneratedRegex(@"\b(?:Policy|Procedure|Protocol|Framework|Guidance|Strategy)\b(?!\s+(?:reference|ref|number|no|owner|code))", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyName();

    [GeneratedRegex(@"[A-Z][A-Z0-9]*(?:[\s/._-]?[A-Z0-9]+){0,4}")]
    private static partial Regex ReferenceValue();

    [GeneratedRegex(@"^\s*Version(?:\s+(?:number|no\.?))?(?!\s+(?:control|history))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionLabel();

    [GeneratedRegex(@"^\s*(?:v(?:ersion)?\.?\s*)?(?<v>\d{1,2}(?:\.\d{1,2}){0,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionValue();

    [GeneratedRegex(@"\bv(?:ersion)?\s?(?<v>\d{1,2}\.\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileVersion();

    [GeneratedRegex(@"^\s*(?:Approved|Agreed)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApprovedByLabel();

    [GeneratedRegex(@"^\s*Ratified\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatifiedByLabel();

    [GeneratedRegex(@"^\s*(?:Date\s+(?:of\s+)?approv(?:ed|al)|Approval\s+date|Approved\s+(?:on|date)|Date\s+ratified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApprovalDateLabel();

    [GeneratedRegex(@"^\s*(?:(?:Next\s+)?Review\s+(?:date|due|by)|Date\s+of\s+(?:next\s+)?review|Next\s+review)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewLabel();

    [GeneratedRegex(@"^\s*v?(?<v>\d{1,2}\.\d{1,2})\s*(?:\||\s)\s*(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HistoryRow();

    [GeneratedRegex(@"\b\d{1,2}/(?:19|20)\d{2}\b")]
    private static partial Regex MonthYearNumeric();

    [GeneratedRegex(@"\bsupersed\w*\s+(?:version\s+|v)?(?<v>\d{1,2}\.\d{1,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Supersedes();
}

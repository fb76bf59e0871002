using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Enrichment.Text;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// Reads what a document is from the evidence in order of trust: the title block (the top of page 1) and its
/// tables, the running headers and footers, the file's properties, the file name, and the ingest source's defaults.
/// </summary>
public sealed partial class MetadataReader(Gazetteer gazetteer)
{
    public (DocumentMetadata Metadata, IReadOnlyList<OrganisationMention> Organisations) Read(DocumentText text, string fileName, DocumentMetadata defaults)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(defaults);
        var titleBlock = text.TitleBlockText;
        var running = string.Join('\n', text.Running);
        var type = DocumentTypeOf(titleBlock, fileName, text.Properties.Title) ?? defaults.DocumentType;

        var date = DateOf(type, text, titleBlock, running, fileName);

        // An organisation cannot write papers after it was abolished: an ICB's minutes that list its predecessor CCGs are the ICB's.
        bool Existed(Organisation o) => o.ValidTo is not { } end || (date ?? defaults.Date) is not { } on || on <= end;
        var mentions = gazetteer.FindIn(titleBlock).Concat(gazetteer.FindIn(running)).ToList();

        // A handover paper is the outgoing CCG's: the ICB it names is where its duties go.
        var organisation = (type == Core.Documents.DocumentTypes.Handover ? mentions.FirstOrDefault(m => m.Organisation.Kind == OrganisationKinds.Ccg)?.Organisation : null)
            ?? mentions.FirstOrDefault(m => Existed(m.Organisation) && (m.Organisation.Kind != OrganisationKinds.Icb || !IsTransferTarget(titleBlock, m)))?.Organisation
            ?? gazetteer.FindInFileName(fileName).FirstOrDefault(Existed)
            ?? gazetteer.FindIn(string.Join('\n', text.Units.Take(40).Select(u => u.Text))).FirstOrDefault(m => Existed(m.Organisation))?.Organisation;

        var (ccg, icb) = OrganisationFields(organisation, defaults);
        var body = BodyOf(type, text, titleBlock, running, fileName, organisation);
        var session = SessionOf(type, titleBlock, running, fileName);

        var metadata = new DocumentMetadata
        {
            DocumentType = type,
            Ccg = ccg,
            Icb = icb,
            Body = body ?? (type == Core.Documents.DocumentTypes.Handover ? null : defaults.Body),
            Date = date ?? defaults.Date,
            Session = session ?? defaults.Session,
            Sensitivity = session == Sessions.Private ? Sensitivities.Restricted : defaults.Sensitivity,
        };
        return (metadata, mentions.Concat(gazetteer.FindIn(string.Join('\n', text.Units.Select(u => u.Text)))).ToList());
    }

    private (string? Ccg, string? Icb) OrganisationFields(Organisation? organisation, DocumentMetadata defaults)
    {
        if (organisation is null)
        {
            return (defaults.Ccg, defaults.Icb);
        }

        return organisation.Kind switch
        {
            OrganisationKinds.Ccg => (organisation.Name, gazetteer.IcbOf(organisation)?.Name ?? defaults.Icb),
            OrganisationKinds.Icb => (null, organisation.Name),
            _ => (null, gazetteer.IcbOf(organisation)?.Name ?? defaults.Icb),
        };
    }

    private static bool IsTransferTarget(string titleBlock, OrganisationMention mention) =>
        TransferTo().IsMatch(titleBlock) && mention.Organisation.Kind == OrganisationKinds.Icb && titleBlock.Contains("CCG", StringComparison.Ordinal);

    private static string? DocumentTypeOf(string titleBlock, string fileName, string? propertyTitle)
    {
        var head = string.Join('\n', titleBlock.Split('\n').Take(6));
        if (MinutesTitle().IsMatch(head) && !ReportTitle().IsMatch(head))
        {
            return Core.Documents.DocumentTypes.Minutes;
        }

        if (ReportTitle().IsMatch(head) || BusinessCase().IsMatch(head))
        {
            return Core.Documents.DocumentTypes.Other;
        }

        if (HandoverTitle().IsMatch(head))
        {
            return Core.Documents.DocumentTypes.Handover;
        }

        if (PolicyTitle().IsMatch(head) && (PolicyControl().IsMatch(titleBlock) || PolicyTitle().IsMatch(fileName)))
        {
            return Core.Documents.DocumentTypes.Policy;
        }

        var name = Path.GetFileNameWithoutExtension(fileName) + " " + propertyTitle;
        return MinutesWord().IsMatch(name) ? Core.Documents.DocumentTypes.Minutes
            : HandoverTitle().IsMatch(name) ? Core.Documents.DocumentTypes.Handover
            : PolicyTitle().IsMatch(name) && PolicyControl().IsMatch(titleBlock) ? Core.Documents.DocumentTypes.Policy
            : null;
    }

    private string? BodyOf(string type, DocumentText text, string titleBlock, string running, string fileName, Organisation? organisation)
    {
        if (organisation?.Kind == OrganisationKinds.JointCommittee && type is Core.Documents.DocumentTypes.Minutes or Core.Documents.DocumentTypes.Policy)
        {
            return organisation.Name;
        }

        switch (type)
        {
            case Core.Documents.DocumentTypes.Minutes:
                var minutes = MinutesOf().Match(titleBlock);
                if (minutes.Success && BodyNames.Find(minutes.Groups["body"].Value, gazetteer) is { } fromTitle)
                {
                    return fromTitle;
                }

                break;
            case Core.Documents.DocumentTypes.Policy:
                var approved = Labelled(text, ApprovedByLabel());
                if (approved is not null && BodyNames.Find(approved, gazetteer) is { } approver)
                {
                    return approver;
                }

                break;
            case Core.Documents.DocumentTypes.Handover:
                return null;
            default:
                var report = ReportTo().Match(titleBlock);
                if (report.Success && BodyNames.Find(report.Groups["body"].Value, gazetteer) is { } recipient)
                {
                    return recipient;
                }

                break;
        }

        foreach (var line in text.Running)
        {
            foreach (var part in line.Split(['—', '|', '–'], StringSplitOptions.TrimEntries))
            {
                if (part.Length < 60 && !part.Contains("NHS ", StringComparison.Ordinal) && BodyNames.Find(part, gazetteer) is { } fromRunning)
                {
                    return fromRunning;
                }
            }
        }

        return FileNameWords().Matches(Path.GetFileNameWithoutExtension(fileName)).Select(m => gazetteer.BodyFor(m.Value)).FirstOrDefault(b => b is not null);
    }

    private static string? SessionOf(string type, string titleBlock, string running, string fileName)
    {
        var evidence = titleBlock + "\n" + running + "\n" + Path.GetFileNameWithoutExtension(fileName);
        if (PrivateSession().IsMatch(evidence))
        {
            return Sessions.Private;
        }

        return type == Core.Documents.DocumentTypes.Minutes || ReportTitle().IsMatch(titleBlock) ? Sessions.Public : null;
    }

    private static DateOnly? DateOf(string type, DocumentText text, string titleBlock, string running, string fileName)
    {
        DateOnly? fromTitle = type switch
        {
            Core.Documents.DocumentTypes.Minutes => MeetingDate(titleBlock),
            Core.Documents.DocumentTypes.Policy => Labelled(text, ApprovalDateLabel()) is { } approvedOn ? DateFinder.FirstDay(approvedOn)
                : Labelled(text, ApprovedByLabel()) is { } approvedBy ? DateFinder.FirstDay(approvedBy) : null,
            _ => Labelled(text, MeetingDateLabel()) is { } meeting ? DateFinder.FirstDay(meeting) : DocumentDate(titleBlock),
        };
        return fromTitle
            ?? DateFinder.FirstDay(running)
            ?? (type == Core.Documents.DocumentTypes.Minutes ? DateFinder.FirstDay(titleBlock) : null)
            ?? DateFinder.FirstDay(Path.GetFileNameWithoutExtension(fileName).Replace('_', ' '), includeCompact: true);
    }

    /// <summary>A paper's own date: one given as "dated …", "Date: …" or beside its version, before any date things take effect on.</summary>
    private static DateOnly? DocumentDate(string titleBlock)
    {
        var stated = StatedDate().Match(titleBlock);
        if (stated.Success && DateFinder.FirstDay(titleBlock[(stated.Index + stated.Length)..]) is { } date)
        {
            return date;
        }

        return DateFinder.FindAll(titleBlock)
            .Where(d => !d.MonthOnly && !EffectiveDate().IsMatch(titleBlock[Math.Max(0, d.Index - 40)..d.Index]))
            .Select(d => (DateOnly?)d.Date)
            .FirstOrDefault();
    }

    private static DateOnly? MeetingDate(string titleBlock)
    {
        var minutes = MinutesOf().Match(titleBlock);
        if (minutes.Success)
        {
            var after = titleBlock[minutes.Index..];
            var end = after.IndexOf('\n', StringComparison.Ordinal);
            var sentence = end < 0 ? after : after[..Math.Min(after.Length, Math.Max(end, 200))];
            if (DateFinder.FirstDay(sentence) is { } date)
            {
                return date;
            }
        }

        return Labelled(titleBlock, MeetingDateLabel()) is { } labelled ? DateFinder.FirstDay(labelled) : null;
    }

    /// <summary>The value of the first "label | value" or "label: value" line matching <paramref name="label"/> in the first pages.</summary>
    /// <summary>
    /// The value of the first "label | value" or "label: value" field matching <paramref name="label"/> in the first
    /// pages. A field may also sit inside the title block after another one, where a PDF's lines were run together
    /// ("Approved by X, 21 July 2016 Ratified by Y …"); a value ends where the next known label begins.
    /// </summary>
    internal static string? Labelled(DocumentText text, Regex label) =>
        Labelled(string.Join('\n', text.Units.Take(60).Select(u => u.Text)), label)
        ?? Labelled(string.Join('\n', text.TitleBlock.Select(u => u.Text)), new Regex(label.ToString().Replace("^\\s*", "\\b", StringComparison.Ordinal), label.Options | RegexOptions.Multiline, TimeSpan.FromSeconds(1)));

    private static string? Labelled(string text, Regex label)
    {
        foreach (var line in text.Split('\n'))
        {
            var match = label.Match(line);
            if (match.Success)
            {
                var value = line[(match.Index + match.Length)..];
                var next = NextLabel().Match(value);
                value = (next.Success ? value[..next.Index] : value).Trim(' ', '|', ':', '\t');
                if (value.Length > 0)
                {
                    return value;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\s(?=(?:Approved\s+by|Ratified\s+by|Date\s+of\s+approval|Approval\s+date|Date\s+approved|Review\s+date|Next\s+review|Status|Author|Policy\s+owner|Target\s+audience|Supersedes|Policy\s+reference|Version\s+\d)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NextLabel();

    [GeneratedRegex(@"^\s*Minutes\b|\bMinutes\s+of\s+(?:the|a)\b|\bMINUTES\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesTitle();

    [GeneratedRegex(@"\bminutes?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesWord();

    [GeneratedRegex(@"^\s*(?:Report\s+to\s+(?:the\s+)?|(?:Agenda\s+item\s+)?Cover\s+sheet\b|Paper\s+for\b)", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"^\s*Business\s+case\b", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BusinessCase();

    [GeneratedRegex(@"\b(?:handover|hand-over|legacy\s+(?:and|&)\s+handover|legacy\s+statement|closedown|close-down|closure\s+report|due\s+diligence|transfer\s+of\s+(?:functions|responsibilities))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandoverTitle();

    [GeneratedRegex(@"\b(?:Policy|Policies|Procedure|Protocol|Framework|Guidance|Strategy)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyTitle();

    [GeneratedRegex(@"\b(?:Policy\s+ref(?:erence)?|Reference(?:\s+(?:number|no\.?|code))?|Version(?:\s+(?:number|no\.?))?|Document\s+control|Version\s+control|Review\s+date|Date\s+(?:of\s+)?approv)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolicyControl();

    [GeneratedRegex(@"Minutes\s+of\s+(?:the|a)\s+(?<body>.{3,160}?)\s*(?:\bmeeting\b|\bheld\b|\bon\s+\d|\bat\s+\d|,|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesOf();

    [GeneratedRegex(@"Report\s+to\s+(?:the\s+)?(?<body>[^\n]{3,80})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportTo();

    [GeneratedRegex(@"\btransfer\w*\s+(?:of\s+\w+\s+)?to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TransferTo();

    [GeneratedRegex(@"\b(?:Part\s*(?:2|II|Two|B)\b|in\s+private\b|private\s+(?:session|meeting)|closed\s+session|confidential\b|not\s+for\s+publication|exempt\s+(?:under|from|information))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrivateSession();

    [GeneratedRegex(@"^\s*(?:Approved|Ratified|Agreed)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApprovedByLabel();

    [GeneratedRegex(@"^\s*(?:Date\s+(?:of\s+)?approv(?:ed|al)|Approval\s+date|Approved\s+(?:on|date)|Date\s+ratified|Date\s+agreed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApprovalDateLabel();

    [GeneratedRegex(@"^\s*(?:Meeting\s+date|Date\s+of\s+(?:the\s+)?meeting|Date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingDateLabel();

    [GeneratedRegex(@"\b(?:dated|date[d]?\s*[:|]|version\s+\d+(?:\.\d+)*(?:\s+\w+)?\s*,)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedDate();

    [GeneratedRegex(@"(?:\bfrom|\bon|\beffect|\bby|\buntil)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EffectiveDate();

    [GeneratedRegex(@"[A-Za-z&]+")]
    private static partial Regex FileNameWords();
}

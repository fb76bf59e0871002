using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// Reads what a document is from the evidence in order of trust: the title block (and its tables), the running
/// headers and footers, the file's properties and name, and the ingest source's defaults; the organisation and its
/// ICB from the register and what the archive has learned.
/// </summary>
public sealed class MetadataReader(Wording wording, OrganisationFinder finder)
{
    private readonly DocumentTypeReader types = new(wording);
    private readonly DocumentDateReader dates = new(wording);
    private readonly SessionReader sessions = new(wording);
    private readonly BodyReader bodies = new(wording);
    private readonly OrganisationReader organisations = new(wording, finder);
    private readonly PhraseSet minutesTitle = new(wording.Phrasebook.DocumentTypes.MinutesTitle.Concat(wording.Phrasebook.DocumentTypes.Minutes));
    private readonly PhraseSet approvedBy = new(wording.Phrasebook.PolicyFields.ApprovedBy);
    private readonly PhraseSet reportTo = new(wording.Phrasebook.DocumentTypes.Report);

    public MetadataRead Read(DocumentView view, TitleBlock titleBlock, string fileName, DocumentMetadata defaults, OrganisationDirectory directory, DateOnly? stated)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(titleBlock);
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(directory);
        var type = types.Read(view, titleBlock, fileName) ?? defaults.DocumentType;
        var date = dates.Read(type, titleBlock, fileName, stated);
        var (organisation, mentions) = organisations.Read(view, titleBlock, type, date ?? defaults.Date, fileName, directory.Register);
        var (ccg, icb) = Fields(organisation, directory, defaults);
        var body = BodyOf(type, organisation, view, titleBlock, fileName);
        var session = sessions.Read(type, titleBlock, fileName);
        var metadata = new DocumentMetadata
        {
            DocumentType = type,
            Organisation = organisation?.Name ?? defaults.Organisation ?? defaults.Ccg,
            Ccg = ccg,
            Icb = icb,
            Body = body ?? (type == DocumentTypes.Handover ? null : defaults.Body),
            Date = date ?? defaults.Date,
            Session = session ?? defaults.Session,
            Sensitivity = session == Sessions.Private ? Sensitivities.Restricted : defaults.Sensitivity,
        };
        return new MetadataRead(metadata, organisation, mentions);
    }

    /// <summary>The CCG and ICB fields for an organisation: a CCG and the ICB its duties passed to, or an ICB alone.</summary>
    public static (string? Ccg, string? Icb) Fields(Organisation? organisation, OrganisationDirectory directory, DocumentMetadata defaults)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(defaults);
        if (organisation is null)
        {
            return (defaults.Ccg, defaults.Icb);
        }

        var icb = directory.IcbOf(organisation.Name)?.Name ?? defaults.Icb;
        return organisation.Kind switch
        {
            OrganisationKinds.Ccg => (organisation.Name, icb),
            OrganisationKinds.Icb => (null, organisation.Name),
            _ => (null, icb),
        };
    }

    private string? BodyOf(string type, Organisation? organisation, DocumentView view, TitleBlock titleBlock, string fileName)
    {
        if (organisation?.Kind == OrganisationKinds.JointCommittee && type is not DocumentTypes.Handover)
        {
            return organisation.Name;
        }

        var found = type switch
        {
            DocumentTypes.Minutes => titleBlock.Head.Where(u => minutesTitle.IsIn(u.Text)).Select(u => bodies.Find(u.Text)).FirstOrDefault(b => b is not null)
                ?? bodies.Find(titleBlock.HeadText),
            DocumentTypes.Policy => FieldReader.Value(view, view.Units.Take(80), approvedBy) is { } approver ? bodies.Find(approver) : null,
            DocumentTypes.Handover => null,
            _ => titleBlock.Head.Where(u => reportTo.IsIn(u.Text)).Select(u => bodies.Find(u.Text)).FirstOrDefault(b => b is not null),
        };
        if (found is not null || type == DocumentTypes.Handover)
        {
            return found;
        }

        return titleBlock.Running.SelectMany(r => r.Split(['|', '—', '–'], StringSplitOptions.TrimEntries)).Select(bodies.Find).FirstOrDefault(b => b is not null)
            ?? bodies.FindInFileName(fileName);
    }
}

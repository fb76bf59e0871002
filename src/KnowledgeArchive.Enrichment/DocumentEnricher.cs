using System.Globalization;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Enrichment.Citations;
using KnowledgeArchive.Enrichment.Decisions;
using KnowledgeArchive.Enrichment.Items;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Enrichment.Policies;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment;

/// <summary>
/// Reads what a document is, and for minutes what was decided, from its blocks, the phrasebook and the organisations
/// the archive knows: items by the document's own numbering, metadata from the title block, decisions with their
/// reasons, citations of earlier decisions, a policy's document control, and what it says of organisations' successors.
/// </summary>
public sealed class DocumentEnricher : IDocumentEnricher
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private readonly Wording wording;
    private readonly IOrganisationDirectorySource directory;
    private readonly OrganisationFinder finder;
    private readonly ItemReader items;
    private readonly MetadataReader metadata;
    private readonly DecisionFinder decisions;
    private readonly CitationFinder citations;
    private readonly PolicyReader policies;
    private readonly SuccessionFinder successions;
    private readonly PaperSubject subjects;

    public DocumentEnricher(Wording wording, IOrganisationDirectorySource directory)
    {
        ArgumentNullException.ThrowIfNull(wording);
        ArgumentNullException.ThrowIfNull(directory);
        this.wording = wording;
        this.directory = directory;
        finder = new OrganisationFinder(wording);
        items = new ItemReader(wording);
        metadata = new MetadataReader(wording, finder);
        decisions = new DecisionFinder(wording);
        citations = new CitationFinder(wording, finder);
        policies = new PolicyReader(wording);
        successions = new SuccessionFinder(wording, finder);
        subjects = new PaperSubject(wording);
    }

    public string Version => "ka-enrich/4";

    public EnrichmentResult Enrich(EnrichmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        TextReading.StartDocument();
        var organisations = directory.Current;
        var view = new DocumentView(input.Document, wording);

        // Items first (with no date yet) bound the title block; then again with the meeting's date, which tells references from labels.
        var titleBlock = new TitleBlock(view, items.Split(view, null));
        var policy = policies.Read(view, titleBlock, input.FileName);
        var read = metadata.Read(view, titleBlock, input.FileName, input.Defaults, organisations, policy?.ApprovedOn);
        var meta = read.Metadata;
        if (meta.DocumentType != DocumentTypes.Policy)
        {
            policy = null;
        }

        var minuteItems = items.Split(view, meta.Date);
        var found = meta.DocumentType == DocumentTypes.Minutes ? decisions.Find(input.DocumentId, view, minuteItems, meta) : [];
        var cited = citations.Find(input.DocumentId, view, minuteItems, found, organisations.Register);
        var unknown = read.Mentions.Where(m => !m.InGazetteer).Select(m => m.Organisation.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new EnrichmentResult(meta, policy, found, cited, unknown)
        {
            Description = Describe(meta, policy),
            PaperSubject = PrivateSessionRule.IsPaper(meta) && input.Document.Pages.Count > 0 ? subjects.Read(input.Document.Pages[0].Text) : null,
            OrganisationFacts = successions.Find(input.DocumentId, view, read.Organisation, meta.Date, organisations.Register),
        };
    }

    private static string? Describe(DocumentMetadata metadata, PolicyInfo? policy)
    {
        var organisation = metadata.Ccg ?? metadata.Organisation ?? metadata.Icb;
        var date = metadata.Date?.ToString("d MMMM yyyy", English);
        return metadata.DocumentType switch
        {
            DocumentTypes.Minutes => Join("Minutes of the " + string.Join(' ', new[] { Short(organisation), metadata.Body }.Where(p => p is not null && p != organisation)), date, metadata.Session is null ? null : $"{metadata.Session} session"),
            DocumentTypes.Policy => Join(policy?.Title ?? "Policy", policy?.Reference, policy?.Version is null ? null : $"version {policy.Version}", Short(organisation), date is null ? null : $"approved {date}"),
            DocumentTypes.Handover => Join($"Handover paper of {Short(organisation) ?? "an unknown organisation"}", date),
            _ => null,
        };
    }

    private static string? Short(string? organisation) =>
        organisation?.StartsWith("NHS ", StringComparison.Ordinal) == true ? organisation[4..] : organisation;

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

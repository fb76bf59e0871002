using System.Globalization;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Enrichment.Decisions;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Enrichment.Policies;
using KnowledgeArchive.Enrichment.Text;

namespace KnowledgeArchive.Enrichment;

/// <summary>Reads what a document is, and for minutes what was decided, from its extracted text and the gazetteer.</summary>
public sealed class DocumentEnricher(Gazetteer gazetteer) : IDocumentEnricher
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private readonly MetadataReader metadataReader = new(gazetteer);

    public string Version => "ka-enrich/2";

    public EnrichmentResult Enrich(EnrichmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = new DocumentText(input.Document, MinuteItems.IsHeading);
        var (metadata, mentions) = metadataReader.Read(text, input.FileName, input.Defaults);
        var policy = metadata.DocumentType == DocumentTypes.Policy ? PolicyReader.Read(text, input.FileName, gazetteer) : null;

        var items = MinuteItems.Split(text);
        IReadOnlyList<Decision> decisions = metadata.DocumentType == DocumentTypes.Minutes
            ? DecisionFinder.Find(input.DocumentId, items, metadata)
            : [];
        var citations = CitationFinder.Find(input.DocumentId, items, decisions, gazetteer);
        var unknown = mentions.Where(m => !m.InGazetteer).Select(m => m.Organisation.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        return new EnrichmentResult(metadata, policy, decisions, citations, unknown)
        {
            Description = Describe(metadata, policy),
            PaperSubject = PaperSubjectOf(metadata, input.Document),
        };
    }

    private static string? PaperSubjectOf(DocumentMetadata metadata, ExtractedDocument document) =>
        metadata.DocumentType is (DocumentTypes.Other or DocumentTypes.Report) && document.Pages.Count > 0 ? PaperSubject.Read(document.Pages[0].Text) : null;

    private static string? Describe(DocumentMetadata metadata, PolicyInfo? policy)
    {
        var organisation = metadata.Ccg ?? metadata.Icb;
        var date = metadata.Date?.ToString("d MMMM yyyy", English);
        return metadata.DocumentType switch
        {
            DocumentTypes.Minutes => Join("Minutes of the " + string.Join(' ', new[] { Short(organisation), metadata.Body }.Where(p => p is not null)), date, metadata.Session is null ? null : $"{metadata.Session} session"),
            DocumentTypes.Policy => Join(policy?.Title ?? "Policy", policy?.Reference, policy?.Version is null ? null : $"version {policy.Version}", Short(organisation), date is null ? null : $"approved {date}"),
            DocumentTypes.Handover => Join($"Handover paper of {Short(organisation) ?? "an unknown organisation"}", date),
            _ => null,
        };
    }

    private static string? Short(string? organisation) =>
        organisation?.StartsWith("NHS ", StringComparison.Ordinal) == true ? organisation[4..] : organisation;

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

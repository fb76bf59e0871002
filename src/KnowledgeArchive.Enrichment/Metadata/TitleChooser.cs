using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// Keeps the extracted title when it says what the document is; otherwise ("Present:", "DRAFT", "Agenda item cover
/// sheet", a template's name left in the file properties) puts the description enrichment read in its place. A paper
/// whose cover sheet names its subject is titled by it: better than the first line of its page or its file's properties.
/// </summary>
public sealed class TitleChooser(Wording wording)
{
    private readonly PhraseSet minutes = new(wording.Phrasebook.DocumentTypes.Minutes);
    private readonly PhraseSet policy = new(wording.Phrasebook.DocumentTypes.Policy);
    private readonly PhraseSet template = new(wording.Phrasebook.TitleBlock.TemplateWords);

    public string Choose(string extractedTitle, EnrichmentResult enrichment)
    {
        ArgumentNullException.ThrowIfNull(extractedTitle);
        ArgumentNullException.ThrowIfNull(enrichment);
        if (enrichment.PaperSubject is { } subject)
        {
            return subject;
        }

        var fits = enrichment.Metadata.DocumentType switch
        {
            DocumentTypes.Minutes => minutes.IsIn(extractedTitle) && !template.IsIn(extractedTitle),
            DocumentTypes.Policy => policy.IsIn(extractedTitle) && !template.IsIn(extractedTitle),
            _ => true,
        };
        return fits || string.IsNullOrWhiteSpace(enrichment.Description) ? extractedTitle : enrichment.Description!;
    }
}

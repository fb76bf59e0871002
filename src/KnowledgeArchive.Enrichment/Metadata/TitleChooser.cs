using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// Keeps the extracted title when it says what the document is; otherwise ("Present:", "DRAFT", "Agenda item cover
/// sheet", a template's name left in the file properties) puts the description enrichment read in its place. A paper
/// whose cover sheet names its subject is titled by it: better than the first line of its page or its file's properties.
/// </summary>
public static partial class TitleChooser
{
    public static string Choose(string extractedTitle, EnrichmentResult enrichment)
    {
        ArgumentNullException.ThrowIfNull(enrichment);
        if (enrichment.PaperSubject is { } subject)
        {
            return subject;
        }

        var fits = enrichment.Metadata.DocumentType switch
        {
            DocumentTypes.Minutes => MinutesWord().IsMatch(extractedTitle) && !TemplateWord().IsMatch(extractedTitle),
            DocumentTypes.Policy => PolicyWord().IsMatch(extractedTitle) && !TemplateWord().IsMatch(extractedTitle),
            _ => true,
        };
        return fits || string.IsNullOrWhiteSpace(enrichment.Description) ? extractedTitle : enrichment.Description!;
    }

    [GeneratedRegex(@"\bminutes\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesWord();

    [GeneratedRegex(@"\b(?:polic(?:y|ies)|procedure|protocol|framework|guidance|strategy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolicyWord();

    [GeneratedRegex(@"\b(?:template|cover\s+sheet|document\d*|draft)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TemplateWord();
}

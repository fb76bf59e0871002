using System.Globalization;
using AngleSharp.Dom;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>A page's own properties: its <c>&lt;title&gt;</c>, and the author, description and dates its meta tags give.</summary>
internal static class HtmlProperties
{
    public static FileProperties Read(IDocument document)
    {
        var head = document.Head;
        if (head is null)
        {
            return FileProperties.None;
        }

        var meta = head.Children
            .Where(e => e.LocalName == "meta" && e.GetAttribute("name") is { Length: > 0 })
            .GroupBy(e => e.GetAttribute("name")!.Trim().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => TextCleaner.NullIfBlank(g.First().GetAttribute("content")));
        string? Meta(params string[] names) => names.Select(n => meta.GetValueOrDefault(n)).FirstOrDefault(v => v is not null);

        var title = head.Children.FirstOrDefault(e => e.LocalName == "title")?.TextContent;
        return new FileProperties(
            Title: TextCleaner.NullIfBlank(title is null ? null : Blocks.TextNormaliser.Inline(title)),
            Author: Meta("author", "dc.creator", "dcterms.creator"),
            Subject: Meta("description", "dc.description", "dcterms.description"),
            Created: Date(Meta("dcterms.created", "dc.date.created", "date", "dc.date", "dcterms.date")),
            Modified: Date(Meta("dcterms.modified", "dc.date.modified", "last-modified")));
    }

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>An ISO date, or else a date as written in England (day before month).</summary>
    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
        || DateTimeOffset.TryParse(text, British, DateTimeStyles.AssumeUniversal, out date) ? date : null;
}

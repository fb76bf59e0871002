using System.Globalization;
using System.Xml.Linq;
using KnowledgeArchive.Core.Extraction;
using static KnowledgeArchive.Extraction.Odt.OdfNames;

namespace KnowledgeArchive.Extraction.Odt;

/// <summary>An OpenDocument package's own properties (text, spreadsheet, presentation alike), from its <c>meta.xml</c>.</summary>
public static class OdfProperties
{
    public static FileProperties Of(XDocument? meta)
    {
        var fields = meta?.Root?.Element(Office + "meta");
        if (fields is null)
        {
            return FileProperties.None;
        }

        return new FileProperties(
            Title: TextCleaner.NullIfBlank(fields.Element(Dc + "title")?.Value),
            Author: TextCleaner.NullIfBlank(fields.Element(Meta + "initial-creator")?.Value ?? fields.Element(Dc + "creator")?.Value),
            Subject: TextCleaner.NullIfBlank(fields.Element(Dc + "subject")?.Value),
            Created: Date(fields.Element(Meta + "creation-date")?.Value),
            Modified: Date(fields.Element(Dc + "date")?.Value));
    }

    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}

using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction;

/// <summary>An Office Open XML package's own properties (Word, Excel, PowerPoint alike), from its core properties part.</summary>
public static class OpenXmlProperties
{
    /// <summary>The package's title, author, subject and dates; none when the part is broken, which must not cost the file's text.</summary>
    public static FileProperties Of(OpenXmlPackage document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            var p = document.PackageProperties;
            return new FileProperties(
                Title: TextCleaner.NullIfBlank(p.Title),
                Author: TextCleaner.NullIfBlank(p.Creator),
                Subject: TextCleaner.NullIfBlank(p.Subject),
                Created: p.Created is { } c ? new DateTimeOffset(DateTime.SpecifyKind(c, DateTimeKind.Utc)) : null,
                Modified: p.Modified is { } m ? new DateTimeOffset(DateTime.SpecifyKind(m, DateTimeKind.Utc)) : null);
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or OpenXmlPackageException or FormatException or IOException)
        {
            return FileProperties.None;
        }
    }
}

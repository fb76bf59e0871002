using System.Xml.Linq;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>The OpenDocument namespaces a presentation adds to those of text (<see cref="Odt.OdfNames"/>).</summary>
internal static class OdpNames
{
    public static readonly XNamespace Presentation = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
    public static readonly XNamespace Svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
}

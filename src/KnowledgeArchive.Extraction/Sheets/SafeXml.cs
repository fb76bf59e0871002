using System.Xml;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>How workbook parts are parsed: no DTDs (so no entity expansion), nothing fetched, comments dropped.</summary>
internal static class SafeXml
{
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };
}

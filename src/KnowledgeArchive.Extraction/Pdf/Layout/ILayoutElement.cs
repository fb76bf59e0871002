namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>What a page is read into, in reading order: lines of text and tables.</summary>
internal interface ILayoutElement
{
    double Top { get; }

    double Bottom { get; }
}

using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>Small real PDF and .docx files made with the product's generator: a title on page 1, then one page per text.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(string title, params string[] pages) => new PdfDocumentWriter().ToBytes(Spec(title, pages));

    public static byte[] Docx(string title, params string[] pages) => new DocxDocumentWriter().ToBytes(Spec(title, pages));

    private static DocumentSpec Spec(string title, string[] pages) =>
        new(title, [.. pages.Select((text, i) => i == 0
            ? PageSpec.Of(new HeadingBlock(title, 0), new ParagraphBlock(text))
            : PageSpec.Of(new ParagraphBlock(text)))])
        {
            PropertiesTitle = title,
        };
}

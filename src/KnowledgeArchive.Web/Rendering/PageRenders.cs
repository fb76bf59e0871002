using System.Globalization;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Extraction.Ocr;

namespace KnowledgeArchive.Web.Rendering;

/// <summary>
/// Pictures of a document's pages drawn from its stored original, each drawn once and kept under the data
/// directory (<c>page-renders/ab/&lt;sha256&gt;/&lt;page&gt;-&lt;dpi&gt;.png</c>): originals never change, so neither do
/// their pictures. Only PDFs are drawn; a Word or OpenDocument file has no fixed pages to draw.
/// </summary>
public sealed class PageRenders(ArchivePaths paths, IOriginalStore originals, PdfPageRenderer renderer, ILogger<PageRenders> logger) : IDisposable
{
    // Drawing a page takes a core for a moment: two at once keep the service answering while a long document is read.
    private readonly SemaphoreSlim drawing = new(2);

    /// <summary>Whether pages of <paramref name="format"/> can be drawn at all.</summary>
    public static bool CanDraw(FileFormat format) => format == FileFormat.Pdf;

    /// <summary>The PNG of page <paramref name="pageNumber"/> of <paramref name="document"/>, drawn if need be.</summary>
    public async Task<PageRender> GetAsync(DocumentRecord document, int pageNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!CanDraw(document.Format))
        {
            return PageRender.Failed($"the original ({document.Format.Description}) has no fixed pages to draw: download it to see it as printed");
        }

        var kept = Path.Combine(paths.PageRendersDirectory, document.Sha256[..2], document.Sha256, string.Create(CultureInfo.InvariantCulture, $"{pageNumber}-{renderer.Dpi}.png"));
        if (File.Exists(kept))
        {
            return PageRender.Drawn(kept);
        }

        if (!originals.Exists(document.Sha256))
        {
            return PageRender.Failed("the original is missing from the store; run a fixity check");
        }

        await drawing.WaitAsync(cancellationToken);
        try
        {
            return File.Exists(kept) ? PageRender.Drawn(kept) : await DrawAsync(document, pageNumber, kept, cancellationToken);
        }
        finally
        {
            drawing.Release();
        }
    }

    public void Dispose() => drawing.Dispose();

    // Drawn beside its final name and moved there whole, so a reader never gets half a picture.
    private async Task<PageRender> DrawAsync(DocumentRecord document, int pageNumber, string kept, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        var drawing = Path.Combine(folder.FullName, $".{Guid.NewGuid():N}.png");
        try
        {
            var problem = await Task.Run(() => renderer.Render(originals.PathOf(document.Sha256), pageNumber, drawing, cancellationToken), cancellationToken);
            if (problem is not null)
            {
                logger.LogWarning("Page {Page} of {DocumentId} could not be drawn: {Problem}", pageNumber, document.DocumentId, problem);
                return PageRender.Failed(problem);
            }

            File.Move(drawing, kept, overwrite: true);
            return PageRender.Drawn(kept);
        }
        finally
        {
            File.Delete(drawing);
        }
    }
}

namespace KnowledgeArchive.Enrichment.Text;

/// <summary>
/// A paragraph-like run of text rebuilt from wrapped lines (a heading, a paragraph, a table row), with the page
/// each part of it is on.
/// </summary>
public sealed record TextUnit(string Text, int Page, IReadOnlyList<(int Offset, int Page)> PageBreaks)
{
    /// <summary>The page the character at <paramref name="offset"/> is on.</summary>
    public int PageAt(int offset)
    {
        var page = Page;
        foreach (var (at, p) in PageBreaks)
        {
            if (offset >= at)
            {
                page = p;
            }
        }

        return page;
    }
}

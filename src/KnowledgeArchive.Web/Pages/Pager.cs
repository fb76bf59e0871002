namespace KnowledgeArchive.Web.Pages;

/// <summary>The pages of a long list: first, previous, a window of numbered pages around the current one, next and last.</summary>
public sealed record Pager(int Page, int PageSize, int Total, Func<int, string> Link)
{
    private const int Around = 2;

    public int Last => Math.Max(1, (int)Math.Ceiling(Total / (double)Math.Max(1, PageSize)));

    public bool HasPages => Last > 1;

    /// <summary>The numbered pages shown: two either side of the current one, always with the first and last.</summary>
    public IReadOnlyList<int> Numbers
    {
        get
        {
            var from = Math.Max(1, Page - Around);
            var to = Math.Min(Last, Page + Around);
            return [.. Enumerable.Range(from, to - from + 1)];
        }
    }
}

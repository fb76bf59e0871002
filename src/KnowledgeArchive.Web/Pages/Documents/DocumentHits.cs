using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Web.Pages.Documents;

/// <summary>
/// A document's pages with a search's words marked, a hit at a time: words matched next to each other (a phrase, or
/// "gluten-free prescribing" asked as words) are one hit, one <c>&lt;mark&gt;</c>, so <c>n</c> steps from phrase to
/// phrase. Every hit is numbered through the document (<c>hit-1</c>, <c>hit-2</c>…).
/// </summary>
public sealed partial class DocumentHits
{
    private const string Mark = "<mark>";

    private DocumentHits(IReadOnlyDictionary<int, string> pages, IReadOnlyList<(int Page, int Hits, int First)> pagesWithHits, int total)
    {
        Pages = pages;
        PagesWithHits = pagesWithHits;
        Total = total;
    }

    /// <summary>Each page's HTML by page number: escaped text with numbered <c>&lt;mark&gt;</c>s.</summary>
    public IReadOnlyDictionary<int, string> Pages { get; }

    /// <summary>Pages with at least one hit, in order, with their number of hits and the number of their first hit.</summary>
    public IReadOnlyList<(int Page, int Hits, int First)> PagesWithHits { get; }

    public int Total { get; }

    public static DocumentHits Number(IReadOnlyList<MarkedPage> marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var pages = new Dictionary<int, string>();
        var withHits = new List<(int, int, int)>();
        var next = 1;
        foreach (var page in marked)
        {
            // The page HTML is escaped text plus <mark> tags, so every "<mark>" in it is one of the marks.
            var parts = Joined(page.Html).Split(Mark);
            if (parts.Length > 1)
            {
                withHits.Add((page.Number, parts.Length - 1, next));
            }

            var html = new System.Text.StringBuilder(parts[0]);
            foreach (var part in parts.Skip(1))
            {
                html.Append(CultureInfo.InvariantCulture, $"<mark class=\"hit\" id=\"hit-{next}\" data-page=\"{page.Number}\">").Append(part);
                next++;
            }

            pages[page.Number] = html.ToString();
        }

        return new DocumentHits(pages, withHits, next - 1);
    }

    /// <summary>Marks separated only by spaces, line breaks, hyphens, slashes or apostrophes joined into one.</summary>
    private static string Joined(string html) => Adjacent().Replace(html, m => m.Groups["between"].Value);

    [GeneratedRegex(@"</mark>(?<between>(?:\s|-|‐|–|/|&#39;|’)*)<mark>")]
    private static partial Regex Adjacent();
}

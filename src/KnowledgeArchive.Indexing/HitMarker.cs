using System.Net;
using System.Text;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using Lucene.Net.Analysis;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Marks every match of a query's terms in a whole page (a phrase's words only where the phrase occurs): the text
/// HTML-escaped, each match in <c>&lt;mark&gt;</c>.
/// </summary>
internal static class HitMarker
{
    public static MarkedPage Mark(Analyzer analyzer, PageText page, IReadOnlyDictionary<string, HashSet<string>> terms, PhraseMatches? phrases = null)
    {
        var matches = string.IsNullOrEmpty(page.Text) ? [] : (phrases ?? PhraseMatches.None).Filter(page.Text, TermMatches.Find(analyzer, page.Text, terms));
        var html = new StringBuilder(page.Text.Length + (matches.Count * 13));
        var position = 0;
        foreach (var match in matches)
        {
            html.Append(WebUtility.HtmlEncode(page.Text[position..match.Start]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(page.Text[match.Start..match.End])).Append("</mark>");
            position = match.End;
        }

        html.Append(WebUtility.HtmlEncode(page.Text[position..]));
        return new MarkedPage(page.Number, html.ToString(), matches.Count);
    }
}

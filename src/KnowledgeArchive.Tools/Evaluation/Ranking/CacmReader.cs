using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeArchive.Tools.Evaluation.Ranking;

/// <summary>
/// CACM as Anserini distributes it: <c>cacm.tar.gz</c> of <c>CACM-nnnn.html</c> files (the text in a <c>pre</c>
/// element, the title its first paragraph), <c>topics.cacm.txt</c> (<c>DOC</c>/<c>DOCNO</c> records) and <c>qrels.cacm.txt</c>.
/// </summary>
internal static partial class CacmReader
{
    public static IrCollection Read(string directory)
    {
        var documents = new List<IrDocument>();
        using (var gzip = new GZipStream(File.OpenRead(SciFactReader.Required(directory, "cacm.tar.gz")), CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null || !entry.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
                documents.Add(Document(Path.GetFileNameWithoutExtension(entry.Name), reader.ReadToEnd()));
            }
        }

        var topics = File.ReadAllText(SciFactReader.Required(directory, "topics.cacm.txt"));
        var queries = Topic().Matches(topics)
            .Select(m => new IrQuery(m.Groups["id"].Value, Whitespace().Replace(m.Groups["text"].Value, " ").Trim()))
            .ToList();
        var qrels = Qrels.ReadTrec(File.ReadLines(SciFactReader.Required(directory, "qrels.cacm.txt")));
        return new IrCollection("cacm", documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList(), queries, qrels);
    }

    internal static IrDocument Document(string id, string html)
    {
        var text = Tags().Replace(html, string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal).Trim();
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var title = split < 0 ? text : text[..split];
        var rest = split < 0 ? string.Empty : text[split..].Trim();
        return new IrDocument(id, Whitespace().Replace(title, " ").Trim(), rest);
    }

    [GeneratedRegex(@"<DOCNO>\s*(?<id>\S+)\s*</DOCNO>(?<text>.*?)</DOC>", RegexOptions.Singleline)]
    private static partial Regex Topic();

    [GeneratedRegex(@"</?(html|pre)>", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

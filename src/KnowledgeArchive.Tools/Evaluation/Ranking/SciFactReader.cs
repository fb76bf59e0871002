using System.Text.Json;

namespace KnowledgeArchive.Tools.Evaluation.Ranking;

/// <summary>
/// BEIR SciFact, test split: <c>corpus-part*.jsonl</c> (or <c>corpus.jsonl</c>) lines of <c>{_id, title, text}</c>,
/// <c>topics.test.tsv</c> (id, tab, claim) and <c>qrels.test.trec.txt</c>.
/// </summary>
internal static class SciFactReader
{
    public static IrCollection Read(string directory)
    {
        var parts = Directory.GetFiles(directory, "corpus-part*.jsonl").Order(StringComparer.Ordinal).ToList();
        if (parts.Count == 0)
        {
            parts.Add(Required(directory, "corpus.jsonl"));
        }

        var documents = parts
            .SelectMany(File.ReadLines)
            .Where(line => line.Trim().Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return new IrDocument(root.GetProperty("_id").GetString()!, root.GetProperty("title").GetString() ?? string.Empty, root.GetProperty("text").GetString() ?? string.Empty);
            })
            .ToList();
        var queries = File.ReadLines(Required(directory, "topics.test.tsv"))
            .Select(line => line.Split('\t', 2))
            .Where(fields => fields.Length == 2)
            .Select(fields => new IrQuery(fields[0].Trim(), fields[1].Trim()))
            .ToList();
        var qrels = Qrels.ReadTrec(File.ReadLines(Required(directory, "qrels.test.trec.txt")));
        return new IrCollection("scifact", documents, queries, qrels);
    }

    internal static string Required(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{name} is missing from {directory}.", path);
    }
}

using System.Globalization;

namespace KnowledgeArchive.Tools.Evaluation.Ranking;

/// <summary>Relevance judgements: for each query id, the graded documents.</summary>
internal sealed class Qrels
{
    private readonly Dictionary<string, Dictionary<string, int>> byQuery = new(StringComparer.Ordinal);

    public IEnumerable<string> QueryIds => byQuery.Keys;

    public IReadOnlyDictionary<string, int> For(string queryId) =>
        byQuery.TryGetValue(queryId, out var judged) ? judged : new Dictionary<string, int>();

    public void Add(string queryId, string documentId, int grade)
    {
        if (!byQuery.TryGetValue(queryId, out var judged))
        {
            byQuery[queryId] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        judged[documentId] = grade;
    }

    /// <summary>Reads TREC qrels lines: <c>query iteration document grade</c>, separated by blanks.</summary>
    public static Qrels ReadTrec(IEnumerable<string> lines)
    {
        var qrels = new Qrels();
        foreach (var line in lines)
        {
            var parts = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 4)
            {
                continue;
            }

            qrels.Add(parts[0], parts[2], int.Parse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture));
        }

        return qrels;
    }
}

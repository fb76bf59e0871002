using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// The second query set of <c>bench-search</c>: searches that take the paths which help the person searching. Each
/// line is a kind and the query string sent to <c>/api/search</c>: a misspelt word no page holds ("did you mean"), a
/// misspelt word beside one that matches, a question in words (read down to its content words) and the same question
/// searched word for word (<c>words=all</c>), a word with the filters the search page shows as chips, and browsing by
/// filters with no words. A few of each kind are marked <see cref="WarmUp"/>: sent before measuring, never measured.
/// </summary>
internal static class BenchHelpQueries
{
    public const string FileName = "bench-queries-help.tsv";

    public const string WarmUp = "warm-up";

    private const int WarmUpsPerKind = 5;

    private static readonly string[] Questions =
    [
        "what did the governing body decide about {0} {1}?",
        "when did the committee discuss {0}",
        "which meeting agreed the {0} {1}",
        "was the {0} {1} discussed by the board?",
        "how did the ccg decide on {0}?",
    ];

    /// <summary>
    /// <paramref name="perKind"/> queries of each kind, after the warm-ups. A misspelling is kept only when
    /// <paramref name="findsNothing"/> says no page matches it, so that kind always ends in an empty result.
    /// </summary>
    public static List<(string Kind, string QueryString)> Create(IReadOnlyList<string> words, Func<string, bool> findsNothing, int perKind)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(findsNothing);
        var random = new Random(18);
        var longWords = words.Where(w => w.Length >= 6 && w.All(char.IsLetter)).ToList();
        string Word() => words[random.Next(words.Count)];
        string Misspelt()
        {
            for (var tries = 0; tries < 1000; tries++)
            {
                var misspelt = Misspell(longWords[random.Next(longWords.Count)], random);
                if (findsNothing(misspelt))
                {
                    return misspelt;
                }
            }

            throw new InvalidOperationException("No misspelling of the corpus's words that the index does not hold.");
        }

        var makers = new (string Kind, Func<int, string> Make)[]
        {
            ("misspelt", _ => Q(Misspelt())),
            ("misspelt + word", _ => Q($"{Misspelt()} {Word()}")),
            ("question", i => Q(Question(i))),
            ("question, words=all", i => Q(Question(i)) + "&words=all"),
            ("word + filters", i => Q(Word()) + Filters(i)),
            ("browse", i => Filters(i)[1..] + "&sort=date"),
        };
        string Question(int i) => string.Format(CultureInfo.InvariantCulture, Questions[i % Questions.Length], Word(), Word());
        string Filters(int i) => i % 2 == 0
            ? $"&ccg={Escape(Pick(BenchSearchCommand.Ccgs))}&from={2014 + random.Next(4)}-01-01&to={2018 + random.Next(3)}-12-31"
            : $"&type={Escape(Pick(BenchSearchCommand.Types))}&body={Escape(Pick(BenchSearchCommand.Bodies))}";
        string Pick(string[] values) => values[random.Next(values.Length)];

        var queries = new List<(string, string)>();
        foreach (var (kind, make) in makers)
        {
            queries.AddRange(Enumerable.Range(0, WarmUpsPerKind + perKind).Select(i => (i < WarmUpsPerKind ? WarmUp : kind, make(i))));
        }

        return queries;
    }

    /// <summary>One slip of the kind people make: two neighbours swapped, a letter dropped or doubled; never the first letter.</summary>
    public static string Misspell(string word, Random random)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(random);
        var at = 1 + random.Next(word.Length - 2);
        var text = new StringBuilder(word);
        switch (random.Next(3))
        {
            case 0 when word[at] != word[at + 1]:
                (text[at], text[at + 1]) = (word[at + 1], word[at]);
                break;
            case 1:
                text.Remove(at, 1);
                break;
            default:
                text.Insert(at, word[at]);
                break;
        }

        return text.ToString();
    }

    public static async Task WriteAsync(string path, IEnumerable<(string Kind, string QueryString)> queries, CancellationToken cancellationToken) =>
        await File.WriteAllLinesAsync(path, queries.Select(q => q.Kind + "\t" + q.QueryString), cancellationToken);

    public static async Task<List<(string Kind, string QueryString)>> ReadAsync(string path, CancellationToken cancellationToken) =>
        [.. (await File.ReadAllLinesAsync(path, cancellationToken)).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2).Select(p => (p[0], p[1]))];

    private static string Q(string text) => "q=" + Escape(text);

    private static string Escape(string value) => Uri.EscapeDataString(value);
}

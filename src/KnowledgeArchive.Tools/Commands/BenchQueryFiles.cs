using System.Globalization;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Indexing;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// The query sets <c>bench-search</c> writes beside its index: the mixed set (<see cref="FileName"/>, one query a line,
/// its kind given by its position, <see cref="Kinds"/>) and the searches that take the helping paths
/// (<see cref="BenchHelpQueries"/>). Both are drawn from the corpus's words with fixed seeds, so writing them again
/// from the same corpus gives the same queries.
/// </summary>
internal static class BenchQueryFiles
{
    public const string FileName = "bench-queries.txt";

    private const int HelpQueriesPerKind = 40;

    /// <summary>What the mixed set holds at each position modulo 10.</summary>
    public static readonly string[] Kinds = ["word", "word", "word", "two words", "two words", "phrase", "type:", "ccg:", "date:", "exclusion"];

    /// <summary>Writes both sets into <paramref name="data"/>; misspellings are checked against <paramref name="index"/>.</summary>
    public static async Task<string> WriteAsync(DirectoryInfo data, List<string> sentences, LuceneSearchIndex index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(index);
        var words = CommonWords(sentences);
        var queries = Queries(words, sentences, new Random(7), 400);
        await File.WriteAllLinesAsync(Path.Combine(data.FullName, FileName), queries, cancellationToken);
        var help = BenchHelpQueries.Create(
            words, text => index.Search(new SearchQuery { Text = text, PageSize = 1, Scope = RecordScope.All }).Total == 0, HelpQueriesPerKind);
        await BenchHelpQueries.WriteAsync(Path.Combine(data.FullName, BenchHelpQueries.FileName), help, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture,
            $"{queries.Count} queries in {Path.Combine(data.FullName, FileName)}, {help.Count} in {Path.Combine(data.FullName, BenchHelpQueries.FileName)}");
    }

    /// <summary>Words of the corpus longer than four letters, by frequency, leaving out the 50 commonest.</summary>
    private static List<string> CommonWords(List<string> sentences) => sentences
        .SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant())
        .Where(w => w.Length > 4)
        .GroupBy(w => w)
        .OrderByDescending(g => g.Count())
        .Skip(50)
        .Take(3000)
        .Select(g => g.Key)
        .ToList();

    /// <summary>A mix like ICB staff and auditors type: words, pairs, phrases, fielded and dated queries.</summary>
    private static List<string> Queries(List<string> words, List<string> sentences, Random random, int count)
    {
        string Word() => words[random.Next(words.Count)];
        var types = BenchSearchCommand.Types;
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            queries.Add((i % 10) switch
            {
                0 or 1 or 2 => Word(),
                3 or 4 => $"{Word()} {Word()}",
                5 => $"\"{Phrase(sentences[random.Next(sentences.Count)], random)}\"",
                6 => $"{Word()} type:{types[random.Next(types.Length)]}",
                7 => $"{Word()} ccg:\"{ShortName(BenchSearchCommand.Ccgs[random.Next(BenchSearchCommand.Ccgs.Length)])}\"",
                8 => string.Create(CultureInfo.InvariantCulture, $"{Word()} date:[{2014 + random.Next(6)}-01-01 TO {2016 + random.Next(6)}-12-31]"),
                _ => $"{Word()} {Word()} -{Word()}",
            });
        }

        return queries;
    }

    private static string ShortName(string ccg) =>
        ccg.Replace("NHS ", string.Empty, StringComparison.Ordinal).Replace(" CCG", string.Empty, StringComparison.Ordinal);

    private static string Phrase(string sentence, Random random)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToList();
        if (words.Count < 3)
        {
            return string.Join(' ', words);
        }

        var start = random.Next(words.Count - 2);
        return string.Join(' ', words.Skip(start).Take(2 + random.Next(2)));
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Indexing;
using KnowledgeArchive.Tools.Evaluation.Ranking;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools eval-ir --corpus DIR --collection scifact|cacm</c>: indexes a public test collection through the
/// product's own index (each document a one-page document with its title) and scores the product's ranking of its
/// queries with trec_eval's measures.
/// </summary>
internal static class EvalIrCommand
{
    private static readonly Dictionary<string, Func<string, IrCollection>> Readers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["scifact"] = SciFactReader.Read,
        ["cacm"] = CacmReader.Read,
    };

    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Folder holding the collection's files, or the folder above it", Required = true };
        var collection = new Option<string>("--collection") { Description = "scifact or cacm", Required = true };
        collection.AcceptOnlyFromAmong([.. Readers.Keys]);
        var depth = new Option<int>("--depth") { Description = "Results kept per query", DefaultValueFactory = _ => 1000 };
        var command = new Command("eval-ir", "Score the product's ranking on a public IR test collection (nDCG@10, recall, MAP, P@30)") { corpus, collection, depth };
        command.SetAction(async (result, cancellationToken) =>
        {
            var name = result.GetRequiredValue(collection);
            var directory = result.GetRequiredValue(corpus).FullName;
            if (Directory.Exists(Path.Combine(directory, name.ToLowerInvariant())))
            {
                directory = Path.Combine(directory, name.ToLowerInvariant());
            }

            var data = Readers[name](directory);
            var clock = Stopwatch.StartNew();
            using var index = new TemporaryIndex();
            foreach (var document in data.Documents)
            {
                await index.Index.IndexAsync(AsIndexed(document), cancellationToken);
            }

            await index.Index.CommitAsync(cancellationToken);
            var indexed = clock.Elapsed;
            var scores = new RunScores(data.Qrels);
            var unreadable = 0;
            foreach (var query in data.Queries)
            {
                try
                {
                    scores.Add(query.Id, index.Rank(new SearchQuery { Text = QueryText.Literal(query.Text) }, result.GetValue(depth)));
                }
                catch (InvalidQueryException ex)
                {
                    unreadable++;
                    Console.Error.WriteLine($"query {query.Id} not run: {ex.Message}");
                }
            }

            Print(data, scores, indexed, clock.Elapsed - indexed, unreadable);
            return 0;
        });
        return command;
    }

    private static IndexedDocument AsIndexed(IrDocument document)
    {
        // A document's first page opens with its title, as a PDF's would.
        var page = document.Title.Length == 0 ? document.Text : document.Title + "\n\n" + document.Text;
        var record = new DocumentRecord
        {
            DocumentId = document.Id,
            Sha256 = string.Empty,
            FileName = document.Id,
            Format = FileFormat.Text,
            SizeBytes = page.Length,
            IngestedAt = DateTimeOffset.UnixEpoch,
            Status = DocumentStatus.Indexed,
            Title = document.Title,
            PageCount = 1,
        };
        return new IndexedDocument(record, [new PageText(1, page)]);
    }

    private static void Print(IrCollection data, RunScores scores, TimeSpan indexing, TimeSpan searching, int unreadable)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"collection {data.Name}: {data.Documents.Count} documents indexed in {indexing.TotalSeconds:0.0} s; {data.Queries.Count} queries run in {searching.TotalSeconds:0.0} s ({unreadable} not run); {scores.JudgedQueries} judged queries scored"));
        Console.WriteLine(string.Create(inv, $"nDCG@10   {scores.Mean((r, j) => RankingMetrics.NdcgAt(r, j, 10)):0.0000}"));
        Console.WriteLine(string.Create(inv, $"R@100     {scores.Mean((r, j) => RankingMetrics.RecallAt(r, j, 100)):0.0000}"));
        Console.WriteLine(string.Create(inv, $"R@1000    {scores.Mean((r, j) => RankingMetrics.RecallAt(r, j, 1000)):0.0000}"));
        Console.WriteLine(string.Create(inv, $"MAP       {scores.Mean(RankingMetrics.AveragePrecision):0.0000}"));
        Console.WriteLine(string.Create(inv, $"P@30      {scores.Mean((r, j) => RankingMetrics.PrecisionAt(r, j, 30)):0.0000}"));
    }
}

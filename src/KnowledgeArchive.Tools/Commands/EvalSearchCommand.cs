using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Enrichment;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Tools.Evaluation;
using KnowledgeArchive.Tools.Evaluation.Ranking;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools eval-search --archive DIR</c>: ingests an archive with ground truth (the sample archive's format)
/// through the product's extraction, enrichment and index, runs its <c>keyword</c> and <c>fielded</c> queries
/// (fielded ones with their filters) and prints nDCG@10 per kind.
/// </summary>
internal static class EvalSearchCommand
{
    private static readonly string[] Kinds = ["keyword", "fielded"];

    public static Command Create()
    {
        var archive = new Option<DirectoryInfo>("--archive") { Description = "Folder with documents.jsonl, queries.jsonl and files/", Required = true };
        var gazetteerPath = new Option<FileInfo?>("--gazetteer") { Description = "Organisations register (default: ingest-config/organisations.json shipped with the tools)" };
        var overlays = new Option<FileInfo[]>("--organisations") { Description = "More organisation files read beside the register (the demo's: organisations.demo.json)", AllowMultipleArgumentsPerToken = true };
        var verbose = new Option<bool>("--verbose") { Description = "Print every query's score and its first results" };
        var command = new Command("eval-search", "Score search ranking (nDCG@10) on an archive with graded queries") { archive, gazetteerPath, overlays, verbose };
        command.SetAction(async (result, cancellationToken) =>
        {
            var root = result.GetRequiredValue(archive).FullName;
            using var tools = new ToolPipeline(ToolPipeline.OptionsFor(result.GetValue(gazetteerPath), result.GetValue(overlays)));
            var gazetteer = tools.Register;
            var documents = TruthFiles.Read(Path.Combine(root, "documents.jsonl"));
            var idByFile = documents.ToDictionary(d => d.Text("file_name")!, d => d.Text("doc_id")!, StringComparer.Ordinal);

            using var index = new TemporaryIndex();
            var indexer = new ArchiveIndexer(tools, index.Index);
            var unread = 0;
            foreach (var document in documents)
            {
                var path = Path.Combine(root, document.Text("path") ?? Path.Combine("files", document.Text("file_name")!));
                unread += await indexer.ReadAsync(path, cancellationToken) is null ? 0 : 1;
            }

            await indexer.IndexAllAsync(cancellationToken);

            await index.Index.CommitAsync(cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents: {documents.Count}, indexed {documents.Count - unread}, not readable {unread}"));
            var queries = TruthFiles.Read(Path.Combine(root, "queries.jsonl"));
            foreach (var kind in Kinds)
            {
                Score(kind, queries.Where(q => q.Text("kind") == kind).ToList(), index, idByFile, gazetteer, result.GetValue(verbose));
            }

            return 0;
        });
        return command;
    }

    private static void Score(string kind, List<JsonElement> queries, TemporaryIndex index, Dictionary<string, string> idByFile, Gazetteer gazetteer, bool verbose)
    {
        var inv = CultureInfo.InvariantCulture;
        var scores = new List<double>();
        var notApplied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            var judgements = query.GetProperty("relevant").EnumerateArray()
                .ToDictionary(r => r.Text("doc_id")!, r => r.Int("grade") ?? 1, StringComparer.Ordinal);
            // The graded answers include restricted records (Part 2 minutes): search as someone who may see them.
            var (search, unsupported) = SampleFilters.Apply(new SearchQuery { Text = query.Text("query")!, Scope = RecordScope.All }, query.TryGetProperty("filters", out var f) ? f : default, gazetteer);
            notApplied.UnionWith(unsupported.Select(u => u.Split('=')[0]));
            IReadOnlyList<string> ranking;
            try
            {
                ranking = [.. index.Index.Search(search with { PageSize = 100 }).Hits.Select(h => idByFile.GetValueOrDefault(h.FileName, h.FileName))];
            }
            catch (InvalidQueryException ex)
            {
                Console.WriteLine($"  {query.Text("query_id")}: query refused: {ex.Message}");
                ranking = [];
            }

            var ndcg = RankingMetrics.NdcgAt(ranking, judgements, 10);
            scores.Add(ndcg);
            if (verbose)
            {
                Console.WriteLine(string.Create(inv, $"  {query.Text("query_id")} {ndcg:0.000} \"{query.Text("query")}\" -> {string.Join(' ', ranking.Take(10).Select(id => judgements.TryGetValue(id, out var g) ? $"{id}({g})" : id))}"));
            }
        }

        var mean = scores.Count == 0 ? 0 : scores.Average();
        var note = notApplied.Count == 0 ? string.Empty : $" (filters the product lacks, not applied: {string.Join(", ", notApplied)})";
        Console.WriteLine(string.Create(inv, $"{kind,-8} queries {scores.Count,3}  nDCG@10 {mean:0.0000}{note}"));
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeArchive.Catalog;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Lineage;
using KnowledgeArchive.Lineage.Questions;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools bench-lineage --decisions N</c>: a synthetic archive of N decisions (40 CCGs, ten years, citations by
/// reference and by description) in a real catalog on disk; times storing it, recomputing the lineage graph, and
/// walking lineages, and prints the figures.
/// </summary>
internal static class BenchLineageCommand
{
    private const int QuestionCount = 20;
    private const int DecisionsPerDocument = 10;
    private const int Organisations = 40;

    public static Command Create()
    {
        var count = new Option<int>("--decisions") { Description = "How many decisions", DefaultValueFactory = _ => 100_000 };
        var walks = new Option<int>("--walks") { Description = "How many lineage walks to time", DefaultValueFactory = _ => 1000 };
        var command = new Command("bench-lineage", "Time the lineage graph on a large synthetic archive") { count, walks };
        command.SetAction(async (result, cancellationToken) =>
        {
            var n = result.GetValue(count);
            var folder = Path.Combine(Path.GetTempPath(), "ka-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                await RunAsync(folder, n, result.GetValue(walks), cancellationToken);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }

            return 0;
        });
        return command;
    }

    private static async Task RunAsync(string folder, int n, int walkCount, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var paths = new ArchivePaths(new ArchiveOptions { DataDirectory = folder });
        paths.EnsureCreated();
        var database = new CatalogDatabase(paths);
        var catalog = new SqliteDocumentCatalog(database);
        var store = new SqliteDecisionStore(database);
        var lineageStore = new SqliteLineageStore(database);
        var random = new Random(20220701);

        var watch = Stopwatch.StartNew();
        var ids = new List<string>(n);
        var perOrganisation = new List<Decision>[Organisations];
        for (var o = 0; o < Organisations; o++)
        {
            perOrganisation[o] = [];
        }

        for (var doc = 0; doc * DecisionsPerDocument < n; doc++)
        {
            var organisation = doc % Organisations;
            var ccg = $"NHS Bench {organisation:00} CCG";
            var date = new DateOnly(2013, 4, 1).AddDays(doc / Organisations * 3 % 3300);
            var documentId = $"doc-{doc:x20}";
            var decisions = new List<Decision>();
            var citations = new List<Citation>();
            for (var k = 0; k < DecisionsPerDocument && ids.Count < n; k++)
            {
                var reference = string.Create(inv, $"GB{date.Year % 100:00}/{doc / Organisations % 1000:000}{k}");
                var decision = new Decision
                {
                    DecisionId = $"dec-{ids.Count:x16}",
                    Reference = reference,
                    CanonicalReference = DecisionReferences.Canonical(reference),
                    DocumentId = documentId,
                    Date = date,
                    Body = "Governing Body",
                    Ccg = ccg,
                    Icb = $"NHS Bench {organisation / 5} ICB",
                    Outcome = k % 3 == 0 ? DecisionOutcomes.Ratified : DecisionOutcomes.Approved,
                    Subject = $"Subject {doc} {k}",
                    Text = $"The Governing Body approved item {k} of meeting {doc}.",
                };
                var earlier = perOrganisation[organisation];
                if (earlier.Count > 0 && random.NextDouble() < 0.3)
                {
                    var cited = earlier[random.Next(earlier.Count)];
                    citations.Add(new Citation { DocumentId = documentId, Text = $"ratified minute {cited.Reference}", FromDecisionId = decision.DecisionId, Relation = LineageEdgeTypes.Ratifies, Method = "reference", CitedReference = cited.Reference });
                }

                decisions.Add(decision);
                ids.Add(decision.DecisionId);
            }

            perOrganisation[organisation].AddRange(decisions);
            var record = new DocumentRecord
            {
                DocumentId = documentId,
                Sha256 = doc.ToString("x64", inv),
                FileName = $"minutes-{doc}.pdf",
                Format = FileFormat.Pdf,
                SizeBytes = 1000,
                IngestedAt = DateTimeOffset.UnixEpoch,
                Status = DocumentStatus.Indexed,
                Metadata = new DocumentMetadata { DocumentType = DocumentTypes.Minutes, Ccg = ccg, Date = date, Body = "Governing Body" },
            };
            await catalog.SaveAsync(record, [new PageText(1, "text")], new EnrichmentResult(record.Metadata, null, decisions, citations, []), cancellationToken);
        }

        var stored = watch.Elapsed;
        watch.Restart();
        var wording = Language.Wording.LoadDefault();
        var updater = new LineageUpdater(store, lineageStore, catalog, new LineageBuilder(wording), NullLogger<LineageUpdater>.Instance);
        await updater.UpdateAsync(cancellationToken);
        var recomputed = watch.Elapsed;

        var timings = new List<double>(walkCount);
        var edges = 0;
        for (var i = 0; i < walkCount; i++)
        {
            var id = ids[random.Next(ids.Count)];
            var walk = Stopwatch.StartNew();
            var graph = await lineageStore.WalkAsync(id, 6, RecordScope.All, cancellationToken);
            timings.Add(walk.Elapsed.TotalMilliseconds);
            edges += graph?.Edges.Count ?? 0;
        }

        timings.Sort();

        // The widest lineage question: every decision of a CCG looked at for a hand-over to its ICB.
        var gazetteer = new Gazetteer([.. Enumerable.Range(0, Organisations).Select(o => new Organisation { Id = $"B{o:00}", Name = $"NHS Bench {o:00} CCG", Kind = OrganisationKinds.Ccg })]);
        var questions = new LineageQuestions(lineageStore, new FixedDirectory(gazetteer), wording, Synonyms.None);
        var questionTimings = new List<double>();
        for (var i = 0; i < QuestionCount; i++)
        {
            var ask = Stopwatch.StartNew();
            await questions.AnswerAsync($"which Bench {random.Next(Organisations):00} policies transferred to the ICB", RecordScope.All, cancellationToken);
            questionTimings.Add(ask.Elapsed.TotalMilliseconds);
        }

        questionTimings.Sort();
        Console.WriteLine(string.Create(inv, $"decisions: {ids.Count:N0} in {ids.Count / DecisionsPerDocument:N0} documents, {Organisations} CCGs"));
        Console.WriteLine(string.Create(inv, $"store in catalog: {stored.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(inv, $"recompute lineage graph (read all, resolve, replace): {recomputed.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(inv, $"lineage walk, depth 6, {walkCount} random decisions: p50 {timings[timings.Count / 2]:0.00} ms, p95 {timings[(int)(timings.Count * 0.95)]:0.00} ms, max {timings[^1]:0.00} ms, mean edges {edges / (double)walkCount:0.0}"));
        Console.WriteLine(string.Create(inv, $"lineage question over a whole CCG ({ids.Count / Organisations:N0} decisions), {QuestionCount} questions: p50 {questionTimings[questionTimings.Count / 2]:0} ms, max {questionTimings[^1]:0} ms"));
        Console.WriteLine(string.Create(inv, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB"));
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Ingestion.Pipeline;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Lineage.Questions;
using KnowledgeArchive.Tools.Evaluation;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools eval-extraction --archive DIR</c>: runs the service's extraction and enrichment over an archive with
/// ground truth (the sample archive's format) and prints per-field accuracy, decision precision/recall/F1 and page accuracy.
/// </summary>
internal static class EvalExtractionCommand
{
    private const double SentenceMatch = 0.6;

    private static readonly string[] FieldNames = ["type", "ccg", "icb", "body", "date", "session", "sensitivity", "policy reference", "policy version"];

    public static Command Create()
    {
        var archive = new Option<DirectoryInfo>("--archive") { Description = "Folder with documents.jsonl, decisions.jsonl and files/", Required = true };
        var gazetteerPath = new Option<FileInfo?>("--gazetteer") { Description = "Organisations register (default: ingest-config/organisations.json shipped with the tools)" };
        var overlays = new Option<FileInfo[]>("--organisations") { Description = "More organisation files read beside the register (the demo's: organisations.demo.json)", AllowMultipleArgumentsPerToken = true };
        var verbose = new Option<bool>("--verbose") { Description = "List every miss" };
        var command = new Command("eval-extraction", "Score metadata and decision extraction against ground truth") { archive, gazetteerPath, overlays, verbose };
        command.SetAction(async (result, cancellationToken) =>
        {
            var root = result.GetRequiredValue(archive);
            using var tools = new ToolPipeline(ToolPipeline.OptionsFor(result.GetValue(gazetteerPath), result.GetValue(overlays)));
            var gazetteer = tools.Register;
            var truthDocuments = TruthFiles.Read(Path.Combine(root.FullName, "documents.jsonl"));
            var truthDecisions = TruthFiles.Read(Path.Combine(root.FullName, "decisions.jsonl"));

            var fields = FieldNames.ToDictionary(f => f, f => new FieldScore(f));
            var unread = new List<string>();
            int ours = 0, matchedOurs = 0, truthCount = 0, matchedTruth = 0;
            var pages = new FieldScore("decision page (PDF)");
            var decisionMisses = new List<string>();
            var lineage = new LineageScore();
            var outcomes = new OutcomeConfusion();
            var truthEdgesPath = Path.Combine(root.FullName, "lineage.jsonl");
            var read = new List<ReadDocument>();

            // The service's pipeline over every file, then the archive-wide rules over what was read.
            var runs = new List<(JsonElement Truth, DocumentRun Run)>();
            foreach (var truth in truthDocuments)
            {
                var file = Path.Combine(root.FullName, truth.Text("path") ?? Path.Combine("files", truth.Text("file_name")!));
                runs.Add((truth, await tools.Pipeline.RunAsync(file, truth.Text("doc_id")!, truth.Text("file_name")!, DocumentMetadata.Unknown, cancellationToken)));
            }

            var directory = OrganisationRule.Learn(gazetteer, runs.Where(r => r.Run.Enrichment is not null).Select(r => r.Run.Enrichment!));
            foreach (var (truth, run) in runs)
            {
                var name = truth.Text("file_name")!;
                var expectedDecisions = truthDecisions.Where(d => d.Text("doc_id") == truth.Text("doc_id")).ToList();
                if (run.Failure is not null)
                {
                    unread.Add($"{name}: {run.Failure}");
                    continue;
                }

                var enriched = OrganisationRule.Apply(run.Enrichment!, directory);
                var m = enriched.Metadata;
                Score(fields["type"], truth.Text("doc_type"), m.DocumentType, name, Exact);
                Score(fields["ccg"], truth.Text("ccg_name"), m.Ccg, name, SameOrganisation);
                Score(fields["icb"], truth.Text("icb_name"), m.Icb, name, SameOrganisation);
                Score(fields["body"], truth.Text("body"), m.Body, name, Exact);
                Score(fields["date"], truth.Text("date"), m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), name, Exact);
                read.Add(new ReadDocument(truth.Text("doc_id")!, name, truth.Text("session"), truth.Text("sensitivity"), m, run.Document!.Pages));
                if (truth.Text("doc_type") == DocumentTypes.Policy)
                {
                    Score(fields["policy reference"], truth.Text("policy_ref"), enriched.Policy?.Reference, name, Exact);
                    Score(fields["policy version"], truth.Text("policy_version"), enriched.Policy?.Version, name, Exact);
                }

                ours += enriched.Decisions.Count;
                truthCount += expectedDecisions.Count;
                var used = new HashSet<Decision>();
                var matches = new Dictionary<Decision, string>();
                foreach (var expected in expectedDecisions)
                {
                    var match = enriched.Decisions
                        .Where(d => !used.Contains(d) && d.Outcome == expected.Text("outcome"))
                        .Select(d => (Decision: d, Overlap: SentenceOverlap.Of(d.Text, expected.Text("text"))))
                        .Where(c => c.Overlap >= SentenceMatch)
                        .OrderByDescending(c => c.Overlap)
                        .Select(c => c.Decision)
                        .FirstOrDefault();
                    if (match is null)
                    {
                        decisionMisses.Add($"missed in {name}: [{expected.Text("outcome")}] {expected.Text("text")}");
                        continue;
                    }

                    used.Add(match);
                    matches[match] = expected.Text("decision_id")!;
                    matchedTruth++;
                    if (expected.Text("page_basis") is { } basis && basis.StartsWith("file", StringComparison.Ordinal) && run.Format == FileFormat.Pdf && expected.Int("page") is { } page)
                    {
                        pages.Add(match.PageNumber == page, $"{name}: page {match.PageNumber}, expected {page}: {expected.Text("text")}");
                    }
                }

                matchedOurs += used.Count;
                outcomes.Add([.. expectedDecisions.Select(d => (d.Text("outcome")!, d.Text("text")!))], enriched.Decisions, SentenceMatch);
                lineage.Add(enriched.Decisions, enriched.Citations, m.Ccg, m.Icb, matches, expectedDecisions.Select(d => d.Text("decision_id")!));
                if (enriched.Policy is { } policy)
                {
                    lineage.AddPolicy(new Core.Storage.PolicyDocument(truth.Text("doc_id")!, policy.Title ?? name, m.Ccg, m.Icb, m.Date, policy) { Sha256 = string.Empty });
                }
                decisionMisses.AddRange(enriched.Decisions.Where(d => !used.Contains(d)).Select(d => $"extra in {name}: [{d.Outcome}] {d.Text}"));
            }

            ScoreSession(fields["session"], fields["sensitivity"], read, tools.PrivateSessions);
            Print(fields.Values, pages, truthDocuments.Count, unread, ours, matchedOurs, truthCount, matchedTruth, decisionMisses, result.GetValue(verbose));
            outcomes.Print();
            if (File.Exists(truthEdgesPath))
            {
                var queriesPath = Path.Combine(root.FullName, "queries.jsonl");
                await lineage.PrintAsync(
                    TruthFiles.Read(truthEdgesPath),
                    truthDecisions,
                    File.Exists(queriesPath) ? TruthFiles.Read(queriesPath) : [],
                    directory.Register.With(directory.Learned),
                    tools.Wording,
                    new Synonyms(SynonymList.LoadConfigured(null).Groups),
                    read.ToDictionary(r => r.Id, r => r.Pages, StringComparer.Ordinal),
                    result.GetValue(verbose));
            }

            return 0;
        });
        return command;
    }

    // Session and sensitivity as the service ends with them: a paper is restricted by the private minutes of its meeting, whatever
    // order the documents come in.
    private static void ScoreSession(FieldScore sessions, FieldScore sensitivities, IReadOnlyList<ReadDocument> documents, PrivateSessionRule rule)
    {
        foreach (var document in documents)
        {
            var (session, sensitivity) = (document.Metadata.Session, document.Metadata.Sensitivity);
            if (sensitivity == Sensitivities.Public && PrivateSessionRule.IsPaper(document.Metadata) && Meeting.Of(document.Metadata) is { } meeting)
            {
                var minutes = documents
                    .Where(d => d.Metadata.DocumentType == DocumentTypes.Minutes && Meeting.Of(d.Metadata) == meeting)
                    .Select(d => new MinutesOfMeeting(d.Id, d.Name, string.Empty, d.Metadata.Session == Sessions.Private, d.Pages))
                    .ToList();
                if (minutes.Any(m => m.IsPrivate) && rule.Basis(document.Pages[0].Text, minutes) is not null)
                {
                    (session, sensitivity) = (Sessions.Private, Sensitivities.Restricted);
                }
            }

            Score(sessions, document.ExpectedSession, session, document.Name, Exact);
            Score(sensitivities, document.ExpectedSensitivity, sensitivity, document.Name, Exact);
        }
    }

    private static void Score(FieldScore score, string? expected, string? actual, string file, Func<string?, string?, bool> same) =>
        score.Add(same(expected, actual), $"{file}: got '{actual ?? "null"}', expected '{expected ?? "null"}'");

    private static bool Exact(string? expected, string? actual) =>
        string.Equals(expected ?? string.Empty, actual ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    private static bool SameOrganisation(string? expected, string? actual) =>
        (expected is null && actual is null)
        || (expected is not null && actual is not null && OrganisationNames.Normalise(expected) == OrganisationNames.Normalise(actual));

    private static void Print(IEnumerable<FieldScore> fields, FieldScore pages, int documents, List<string> unread, int ours, int matchedOurs, int truth, int matchedTruth, List<string> misses, bool verbose)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"documents: {documents}, read: {documents - unread.Count}, not readable: {unread.Count}"));
        foreach (var line in unread)
        {
            Console.WriteLine($"  not readable: {line}");
        }

        Console.WriteLine();
        Console.WriteLine("field                 accuracy   right/total   (over readable documents)");
        foreach (var field in fields.Append(pages))
        {
            Console.WriteLine(string.Create(inv, $"{field.Name,-21} {field.Accuracy,8:0.000}   {field.Right,5}/{field.Total,-5}"));
            foreach (var miss in verbose ? field.Misses : field.Misses.Take(3))
            {
                Console.WriteLine($"    {miss}");
            }
        }

        var precision = ours == 0 ? 0 : (double)matchedOurs / ours;
        var recall = truth == 0 ? 0 : (double)matchedTruth / truth;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"decisions: found {ours}, expected {truth} (in readable documents), matched {matchedTruth}"));
        Console.WriteLine(string.Create(inv, $"decision precision {precision:0.000}  recall {recall:0.000}  F1 {f1:0.000}"));
        foreach (var miss in verbose ? misses : misses.Take(10))
        {
            Console.WriteLine($"    {miss}");
        }
    }

    private sealed record ReadDocument(string Id, string Name, string? ExpectedSession, string? ExpectedSensitivity, DocumentMetadata Metadata, IReadOnlyList<PageText> Pages);
}

using System.CommandLine;
using System.Globalization;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Enrichment;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Extraction;

namespace KnowledgeArchive.Tools.Commands;

/// <summary><c>ka-tools extract FILE</c>: what the ingest worker would read from one file: format, title, pages, headers and footers.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A PDF or Word file" };
        var gazetteerPath = new Option<FileInfo?>("--gazetteer") { Description = "Organisations file (default: the one shipped with the tools)" };
        var noText = new Option<bool>("--no-text") { Description = "Leave out the page texts" };
        var command = new Command("extract", "Show what the archive reads from a file: format, title, metadata, decisions, page texts") { file, gazetteerPath, noText };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetRequiredValue(file);
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {path.FullName}");
                return 2;
            }

            using var service = Extractors.Create();
            var outcome = await service.ExtractAsync(path.FullName, cancellationToken);
            Console.WriteLine($"format: {outcome.Format.Name} ({outcome.Format.Description})");
            if (!outcome.Result.Succeeded)
            {
                Console.WriteLine($"quarantined: {outcome.Result.Failure}");
                return 1;
            }

            var document = outcome.Result.Document;
            Console.WriteLine($"title: {new TitleResolver().Resolve(document, path.Name)}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages: {document.Pages.Count}"));
            foreach (var header in document.HeadersAndFooters)
            {
                Console.WriteLine($"header/footer: {header}");
            }

            var gazetteer = Gazetteer.Load(result.GetValue(gazetteerPath)?.FullName ?? Path.Combine(AppContext.BaseDirectory, "organisations.json"));
            var enriched = new DocumentEnricher(gazetteer).Enrich(new EnrichmentInput("doc", path.Name, document, DocumentMetadata.Unknown));
            EnrichmentPrinter.Print(enriched);
            if (result.GetValue(noText))
            {
                return 0;
            }

            foreach (var page in document.Pages)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--- page {page.Number} ---"));
                Console.WriteLine(page.Text);
            }

            return 0;
        });
        return command;
    }
}

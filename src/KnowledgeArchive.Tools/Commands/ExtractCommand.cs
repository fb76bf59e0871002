using System.CommandLine;
using System.Globalization;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Decisions;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools extract FILE</c>: what the service's pipeline reads from one file (the same steps, workers, phrasebook
/// and register): format, title, metadata, decisions with their reasons, blocks and page texts.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A PDF, Word or OpenDocument text file" };
        var gazetteerPath = new Option<FileInfo?>("--gazetteer") { Description = "Organisations register (default: the one shipped with the tools)" };
        var overlays = new Option<FileInfo[]>("--organisations") { Description = "More organisation files read beside the register", AllowMultipleArgumentsPerToken = true };
        var noText = new Option<bool>("--no-text") { Description = "Leave out the page texts" };
        var blocks = new Option<bool>("--blocks") { Description = "Print the blocks read (headings, paragraphs, list items, tables) instead of the page texts" };
        var itemsOption = new Option<bool>("--items") { Description = "Print the minutes' items and every outcome read in each (confidence, reason, kept or not) instead of the page texts" };
        var command = new Command("extract", "Show what the archive reads from a file: format, title, metadata, decisions, items, blocks or page texts") { file, gazetteerPath, overlays, noText, blocks, itemsOption };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetRequiredValue(file);
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {path.FullName}");
                return 2;
            }

            using var tools = new ToolPipeline(ToolPipeline.OptionsFor(result.GetValue(gazetteerPath), result.GetValue(overlays)));
            var run = await tools.Pipeline.RunAsync(path.FullName, "doc", path.Name, DocumentMetadata.Unknown, cancellationToken);
            Console.WriteLine($"format: {run.Format.Name} ({run.Format.Description})");
            if (run.Failure is { } failure)
            {
                Console.WriteLine($"quarantined: {failure}");
                return 1;
            }

            var document = run.Document!;
            Console.WriteLine($"title: {run.Title}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages: {document.Pages.Count}"));
            foreach (var header in document.HeadersAndFooters)
            {
                Console.WriteLine($"header/footer: {header}");
            }

            EnrichmentPrinter.Print(run.Enrichment!);
            if (result.GetValue(blocks))
            {
                BlockPrinter.Print(document.Blocks);
                return 0;
            }

            if (result.GetValue(itemsOption))
            {
                ItemPrinter.Print(new MinutesExplainer(tools.Wording).Explain(document, run.Enrichment!.Metadata.Date));
                return 0;
            }

            if (!result.GetValue(noText))
            {
                foreach (var page in document.Pages)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--- page {page.Number} ---"));
                    Console.WriteLine(page.Text);
                }
            }

            return 0;
        });
        return command;
    }
}

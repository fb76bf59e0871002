using System.CommandLine;
using System.Globalization;
using KnowledgeArchive.Extraction;

namespace KnowledgeArchive.Tools.Commands;

/// <summary><c>ka-tools extract FILE</c>: what the ingest worker would read from one file: format, title, pages, headers and footers.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A PDF or Word file" };
        var command = new Command("extract", "Show the format, title and page texts extracted from a file") { file };
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

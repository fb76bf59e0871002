using System.CommandLine;
using System.Globalization;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>
/// <c>ka open ID [--page N]</c>: the web address of a document (at a page), printed, and opened in a browser when the
/// output is a terminal and there is a browser to open; elsewhere (a pipe, CI) it only prints.
/// </summary>
internal static class OpenCommand
{
    public static Command Create(CommandContext context)
    {
        var id = new Argument<string>("id") { Description = "Document id (doc-…)" };
        var page = new Option<int?>("--page", "-p") { Description = "Open at this page" };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Only print the address" };
        var command = new Command("open", "Print the web address of a document or one of its pages, and open it in a browser") { id, page, noBrowser };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var document = await context.CreateApi(result).GetDocumentAsync(result.GetRequiredValue(id), cancellationToken);
            var number = result.GetValue(page);
            if (number is { } n && (n < 1 || n > document.PageCount))
            {
                await context.Error.WriteLineAsync(document.PageCount == 0
                    ? $"error: {document.DocumentId} has no pages to open at ({document.Status}); leave out --page."
                    : string.Create(
                        CultureInfo.InvariantCulture,
                        $"error: {document.DocumentId} has {document.PageCount} page(s): give --page from 1 to {document.PageCount}."));
                return ExitCodes.InvalidInput;
            }

            var address = Address(result.GetValue(context.Server) ?? new Uri(CliEnvironment.DefaultServer), document.DocumentId, number);
            await context.Out.WriteLineAsync(address.AbsoluteUri);
            if (context.Environment.Interactive && !result.GetValue(noBrowser))
            {
                context.Environment.OpenInBrowser(address);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The document's page in the web UI; a page is its <c>page-N</c> anchor there.</summary>
    public static Uri Address(Uri server, string documentId, int? page)
    {
        var root = server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
        var anchor = page is { } n ? string.Create(CultureInfo.InvariantCulture, $"#page-{n}") : string.Empty;
        var path = "documents/" + Uri.EscapeDataString(documentId) + anchor;
        return new Uri(root, path);
    }
}

using KnowledgeArchive.Cli;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Cli;

/// <summary><c>ka decisions</c>, <c>ka page</c>, <c>ka open</c> and highlighting, against the real service.</summary>
public sealed class ReadingCliTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public ReadingCliTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Decisions_ListsTheMatches_ByWordsOutcomeCcgBodyAndDates()
    {
        await Uploads.SettledAsync(_app, SampleMinutes.Pdf("district nursing service", "DEFERRED"), "GB nursing.pdf", "indexed");

        var found = await Eventually.GetAsync(
            async () => await RunAsync("decisions", "district", "nursing", "--outcome", "deferred", "--ccg", "NHS Hartwell CCG",
                "--body", "Governing Body", "--from", "2018-01-01", "--to", "2018-12-31") is { Exit: ExitCodes.Success } r && r.Out.Contains("GB18/042", StringComparison.Ordinal) ? r.Out : null,
            what: "the district nursing decision");
        var approved = await RunAsync("decisions", "district", "nursing", "--outcome", "approved");
        var later = await RunAsync("decisions", "district", "nursing", "--from", "2019-01-01");

        Assert.StartsWith("1 decision(s) match; showing 1-1.", found, StringComparison.Ordinal);
        var line = Assert.Single(found.Split('\n'), l => l.Contains("GB18/042", StringComparison.Ordinal));
        Assert.Contains("2018-06-12", line, StringComparison.Ordinal);
        Assert.Contains("deferred", line, StringComparison.Ordinal);
        Assert.Contains("Governing Body, NHS Hartwell CCG", line, StringComparison.Ordinal);
        Assert.Contains("RESOLVED: The Governing Body DEFERRED the district nursing service", found, StringComparison.Ordinal);
        Assert.StartsWith("No decisions match.", approved.Out, StringComparison.Ordinal);
        Assert.StartsWith("No decisions match.", later.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decisions_PagesAndJson_FollowTheContract_AndABadDateIsRefused()
    {
        await Uploads.SettledAsync(_app, SampleMinutes.Pdf("phlebotomy service"), "GB phlebotomy.pdf", "indexed");

        var json = await RunAsync("decisions", "phlebotomy", "--page-size", "1", "--json");
        var past = await RunAsync("decisions", "phlebotomy", "--page", "5", "--page-size", "1");
        var badDate = await RunAsync("decisions", "--from", "14/03/2019");

        Assert.Equal(ExitCodes.Success, json.Exit);
        ContractSchemas.AssertValid("decision-list.schema.json", json.Out);
        Assert.Contains("page 5 is past the last", past.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, badDate.Exit);
        Assert.Contains("'from' must be a date like 2019-03-14, not '14/03/2019'", badDate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_PrintsThePagesText_AndAPageItLacksIsNotFound()
    {
        var id = await Uploads.SettledAsync(_app, SampleMinutes.Pdf("continence service"), "GB continence.pdf", "indexed");

        var page = await RunAsync("page", id, "2");
        var missing = await RunAsync("page", id, "9");

        Assert.Equal(ExitCodes.Success, page.Exit);
        Assert.Contains("GB18/042 continence service", page.Out, StringComparison.Ordinal);
        Assert.Contains("RESOLVED: The Governing Body APPROVED the continence service", page.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("10 April 2018", page.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failed, missing.Exit);
        Assert.Contains($"Document {id} has no page 9: it has 2 page(s).", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_PrintsTheAddressOfThePageInTheWebUi_WhichShowsIt()
    {
        var id = await Uploads.SettledAsync(_app, SampleMinutes.Pdf("audiology service"), "GB audiology.pdf", "indexed");

        var open = await RunAsync("open", id, "--page", "2");
        var document = await RunAsync("open", id);
        var pastTheEnd = await RunAsync("open", id, "--page", "3");
        var unknown = await RunAsync("open", "doc-00000000000000000000");

        Assert.Equal(ExitCodes.Success, open.Exit);
        var address = new Uri(open.Out.Trim());
        Assert.Equal(new Uri(_app.Factory.BaseAddress, $"documents/{id}#page-2"), address);
        Assert.Equal(new Uri(_app.Factory.BaseAddress, $"documents/{id}").AbsoluteUri, document.Out.Trim());
        var html = await _app.Factory.CreateClient().GetStringAsync(address);
        Assert.Contains("id=\"page-2\"", html, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, pastTheEnd.Exit);
        Assert.Contains("has 2 page(s): give --page from 1 to 2", pastTheEnd.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failed, unknown.Exit);
        Assert.Contains("No document with id 'doc-00000000000000000000'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithColour_HighlightsTheMatches_AndWithoutHasNoMarksOrEscapes()
    {
        await Uploads.SettledAsync(_app, SampleMinutes.Pdf("dietetics service"), "GB dietetics.pdf", "indexed");
        await Eventually.GetAsync(async () => (await RunAsync("search", "dietetics")).Out.Contains("GB dietetics.pdf", StringComparison.Ordinal) ? "found" : null, what: "the dietetics minutes");

        var plain = await RunAsync("search", "dietetics");
        var coloured = await RunAsync(colour: true, "search", "dietetics");

        Assert.Contains("dietetics service", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("»", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("«", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", plain.Out, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;7mdietetics\u001b[22;27m", coloured.Out, StringComparison.Ordinal);
    }

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => RunAsync(colour: false, args);

    private async Task<(int Exit, string Out, string Error)> RunAsync(bool colour, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(
            [.. args, "--server", _app.Factory.BaseAddress.ToString(), "--api-key", TestKeys.Admin],
            new CliEnvironment(output, error, CliEnvironment.CreateHttpClient) { Colour = colour });
        return (exit, output.ToString(), error.ToString());
    }
}

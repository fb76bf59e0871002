using System.IO.Compression;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Slides;
using KnowledgeArchive.Extraction.Tests.Support;
using static KnowledgeArchive.Extraction.Tests.Support.OpenDocumentPresentation;
using static KnowledgeArchive.Extraction.Tests.Support.SlideShapes;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>Slide decks that are broken, empty, encrypted or built to exhaust the reader end in a specific quarantine reason.</summary>
public sealed class HostilePresentationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TruncatedPptx_IsStillNamedAPresentation_AndCorrupt()
    {
        var deck = TransitionDeck.Pptx();

        var outcome = await Extract.FileAsync(_folder.Write("cut.pptx", deck[..(deck.Length / 2)]));

        Assert.Equal((FileFormat.Pptx, QuarantineCodes.Corrupt), (outcome.Format, outcome.Result.Failure?.Code));
    }

    [Fact]
    public void TruncatedOdp_IsCorrupt()
    {
        var deck = TransitionDeck.Odp();

        var result = new OdpExtractor().Extract(_folder.Write("cut.odp", deck[..(deck.Length / 2)]), CancellationToken.None);

        Assert.Equal(QuarantineCodes.Corrupt, result.Failure?.Code);
    }

    [Fact]
    public async Task OdpWhoseContentIsNotXml_OrHasNoPresentationBody_IsCorrupt_NotTakenForText()
    {
        var broken = Build(Page(Frame("title", 1, 1, "<text:p>unclosed")));
        var textBody = OpenDocumentText.Build("<text:p>Decision log</text:p>", mediaType: MediaType);

        var brokenOutcome = await Extract.FileAsync(_folder.Write("broken.odp", broken));
        var textOutcome = await Extract.FileAsync(_folder.Write("text.odp", textBody));

        Assert.Equal((FileFormat.Odp, QuarantineCodes.Corrupt), (brokenOutcome.Format, brokenOutcome.Result.Failure?.Code));
        Assert.Equal((FileFormat.Odp, QuarantineCodes.Corrupt), (textOutcome.Format, textOutcome.Result.Failure?.Code));
    }

    [Fact]
    public async Task EncryptedOdp_IsQuarantinedAsEncrypted()
    {
        var outcome = await Extract.FileAsync(_folder.Write("locked.odp", Build(Page(string.Empty), encrypted: true)));

        Assert.Equal((FileFormat.Odp, QuarantineCodes.Encrypted), (outcome.Format, outcome.Result.Failure?.Code));
    }

    [Fact]
    public async Task DecksWithNoSlides_OrNoTextOnAnySlide_AreEmpty()
    {
        string[] decks =
        [
            _folder.Write("none.pptx", SlideDeck.Build([])),
            _folder.Write("blank.pptx", SlideDeck.Build([new([Title(string.Empty), TextBox(0, 0, " ")], Notes: " ")])),
            _folder.Write("none.odp", Build(string.Empty)),
            _folder.Write("blank.odp", Build(Page(Frame("title", 1, 1, "<text:p/>"), notes: " "))),
        ];

        foreach (var deck in decks)
        {
            var outcome = await Extract.FileAsync(deck);
            Assert.Equal(QuarantineCodes.Empty, outcome.Result.Failure?.Code);
        }
    }

    [Fact]
    public void DeckOverTheSlideLimit_IsTooLarge()
    {
        var limits = PresentationLimits.Default with { MaxSlides = 3 };

        var pptx = new PptxExtractor(limits).Extract(_folder.Write("many.pptx", TransitionDeck.Pptx()), CancellationToken.None);
        var odp = new OdpExtractor(limits).Extract(_folder.Write("many.odp", TransitionDeck.Odp()), CancellationToken.None);

        Assert.Equal((QuarantineCodes.TooLarge, QuarantineCodes.TooLarge), (pptx.Failure?.Code, odp.Failure?.Code));
        Assert.Contains("4 slides", pptx.Failure!.Message, StringComparison.Ordinal);
        Assert.True(new PptxExtractor(limits with { MaxSlides = 4 }).Extract(_folder.Write("four.pptx", TransitionDeck.Pptx()), CancellationToken.None).Succeeded);
    }

    [Fact]
    public void PartExpandingPastTheLimit_IsRefusedAsAZipBomb()
    {
        var limits = PresentationLimits.Default with { MaxPartBytes = 64 * 1024 };
        var filler = string.Join(' ', Enumerable.Repeat("padding", 12_000));

        var pptx = new PptxExtractor(limits).Extract(_folder.Write("bomb.pptx", SlideDeck.Build([new([TextBox(0, 0, filler)])])), CancellationToken.None);
        var odp = new OdpExtractor(limits).Extract(_folder.Write("bomb.odp", Build(Page(Frame(null, 1, 1, $"<text:p>{filler}</text:p>")))), CancellationToken.None);

        Assert.Equal((QuarantineCodes.ZipBomb, QuarantineCodes.ZipBomb), (pptx.Failure?.Code, odp.Failure?.Code));
        Assert.True(new PptxExtractor(limits).Extract(_folder.Write("small.pptx", TransitionDeck.Pptx()), CancellationToken.None).Succeeded);
    }

    [Fact]
    public void TextPastTheLimit_IsTooLarge()
    {
        var limits = PresentationLimits.Default with { MaxTextCharacters = 200 };

        var pptx = new PptxExtractor(limits).Extract(_folder.Write("long.pptx", TransitionDeck.Pptx()), CancellationToken.None);
        var odp = new OdpExtractor(limits).Extract(_folder.Write("long.odp", TransitionDeck.Odp()), CancellationToken.None);

        Assert.Equal((QuarantineCodes.TooLarge, QuarantineCodes.TooLarge), (pptx.Failure?.Code, odp.Failure?.Code));
    }

    [Fact]
    public async Task GroupsNestedPastTheLimit_AreCorrupt_NotFollowed()
    {
        DocumentFormat.OpenXml.OpenXmlElement shape = TextBox(0, 0, "Buried");
        var groups = "<draw:custom-shape svg:x=\"1cm\" svg:y=\"1cm\"><text:p>Buried</text:p></draw:custom-shape>";
        for (var depth = 0; depth < 40; depth++)
        {
            shape = Group(0, 0, shape);
            groups = $"<draw:g>{groups}</draw:g>";
        }

        var pptx = await Extract.FileAsync(_folder.Write("deep.pptx", SlideDeck.Build([new([Title("Deep"), shape])])));
        var odp = await Extract.FileAsync(_folder.Write("deep.odp", Build(Page(Frame("title", 1, 1, "<text:p>Deep</text:p>") + groups))));

        Assert.Equal((QuarantineCodes.Corrupt, QuarantineCodes.Corrupt), (pptx.Result.Failure?.Code, odp.Result.Failure?.Code));
        Assert.Contains("nest more than", pptx.Result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntityDeclarations_AreRefused_NotExpanded()
    {
        const string doctype = "<!DOCTYPE x [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>";
        var pptx = _folder.Write("lol.pptx", TransitionDeck.Pptx());
        Rewrite(pptx, "ppt/slides/slide1.xml", xml => doctype + xml[xml.IndexOf("<p:sld", StringComparison.Ordinal)..]);
        var odp = _folder.Write("lol.odp", Build(Page(Frame(null, 1, 1, "<text:p>&amp;lol2;</text:p>"))));
        Rewrite(odp, "content.xml", xml => doctype + xml.Replace("&amp;lol2;", "&lol2;", StringComparison.Ordinal));

        var outcomes = new[] { await Extract.FileAsync(pptx), await Extract.FileAsync(odp) };

        Assert.All(outcomes, o => Assert.Equal(QuarantineCodes.Corrupt, o.Result.Failure?.Code));
    }

    private static void Rewrite(string path, string part, Func<string, string> change)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part) ?? zip.Entries.First(e => e.FullName.StartsWith(part[..^5], StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var name = entry.FullName;
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(change(xml));
    }
}

using System.IO.Compression;
using System.Text;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Extraction.Tests.Support;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>Word documents whose XML attacks the parser: entity expansion ("billion laughs") and external entities.</summary>
public sealed class HostileDocxTests : IDisposable
{
    private const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EntityExpansionBomb_IsRefused_NotExpanded()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        var path = _folder.Write("laughs.docx", WithDocumentXml($"<!DOCTYPE w:document [{entities}]><w:document xmlns:w=\"{Namespace}\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"));

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(QuarantineCodes.Corrupt, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task ExternalEntity_IsNeverRead_IntoTheText()
    {
        var secret = _folder.Write("secret.txt", Encoding.UTF8.GetBytes("TOP-SECRET-SERVER-FILE"));
        var path = _folder.Write("xxe.docx", WithDocumentXml($"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://{secret}\">]><w:document xmlns:w=\"{Namespace}\"><w:body><w:p><w:r><w:t>Minutes &xxe; end</w:t></w:r></w:p></w:body></w:document>"));

        var outcome = await Extract.FileAsync(path);

        Assert.False(outcome.Result.Succeeded && outcome.Result.Document.Pages.Any(p => p.Text.Contains("TOP-SECRET", StringComparison.Ordinal)));
        Assert.Equal(QuarantineCodes.Corrupt, outcome.Result.Failure?.Code);
    }


    /// <summary>A real .docx with its main part replaced.</summary>
    private static byte[] WithDocumentXml(string xml)
    {
        var docx = new DocxDocumentWriter().ToBytes(new DocumentSpec("Minutes", [PageSpec.Of(new ParagraphBlock("placeholder"))]));
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
        }

        return buffer.ToArray();
    }
}

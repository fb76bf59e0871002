using System.IO.Compression;
using System.Text;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Tests.Support;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Extraction.Tests;

public sealed class FormatAndLimitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EmptyFile_IsQuarantinedAsEmpty()
    {
        var outcome = await Extract.FileAsync(_folder.Write("nothing.pdf", []));

        Assert.Equal(FileFormat.Empty, outcome.Format);
        Assert.Equal(QuarantineCodes.Empty, outcome.Result.Failure?.Code);
    }

    [Theory]
    [InlineData("letter.doc", "\u00ffWPC\u0010\0\0\0\u0001\n", "wpd")]
    public async Task OtherFormats_AreNamedByContent_AndQuarantinedAsUnsupported(string name, string content, string expected)
    {
        var outcome = await Extract.FileAsync(_folder.Write(name, Encoding.Latin1.GetBytes(content)));

        Assert.Equal(expected, outcome.Format.Name);
        Assert.Equal(QuarantineCodes.UnsupportedFormat, outcome.Result.Failure?.Code);
        Assert.Contains(outcome.Format.Description, outcome.Result.Failure!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16le-bom", "notes.txt", "text", "The committee approved the estates strategy.")]
    [InlineData("utf-16le", "notes.txt", "text", "The committee approved the estates strategy.")]
    [InlineData("utf-16be", "page.htm", "html", "<!DOCTYPE html><html><body><p>The committee approved the estates strategy.</p></body></html>")]
    [InlineData("utf-16be-bom", "page.htm", "html", "<html><body><p>The committee approved the estates strategy.</p></body></html>")]
    public async Task TextSavedAsUtf16_IsText_NotBinary_AndIsRead(string encoding, string name, string expected, string content)
    {
        var wide = encoding.StartsWith("utf-16le", StringComparison.Ordinal) ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        byte[] bytes = encoding.EndsWith("-bom", StringComparison.Ordinal) ? [.. wide.GetPreamble(), .. wide.GetBytes(content)] : wide.GetBytes(content);

        var outcome = await Extract.FileAsync(_folder.Write(name, bytes));

        Assert.Equal(expected, outcome.Format.Name);
        Assert.True(outcome.Result.Succeeded, outcome.Result.Failure?.ToString());
        Assert.Contains("approved the estates strategy", outcome.Result.Document.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PictureCutOffInItsHeader_IsNamedByContent_AndQuarantinedAsCorrupt()
    {
        var outcome = await Extract.FileAsync(_folder.Write("scan.pdf", Encoding.Latin1.GetBytes("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR")));

        Assert.Equal(FileFormat.Png, outcome.Format);
        Assert.Equal(QuarantineCodes.Corrupt, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task ZipThatIsNotAWordDocument_IsUnsupportedZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await zip.CreateEntry("minutes.txt").OpenAsync();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("hello"));
        }

        var outcome = await Extract.FileAsync(_folder.Write("archive.docx", buffer.ToArray()));

        Assert.Equal(FileFormat.Zip, outcome.Format);
        Assert.Equal(QuarantineCodes.UnsupportedFormat, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task CompoundFileNamingWordStreamsItDoesNotHold_IsCorrupt()
    {
        var outcome = await Extract.FileAsync(_folder.Write("old.doc", CompoundFileBuilder.WithStreams("WordDocument", "1Table")));

        Assert.Equal(FileFormat.Doc, outcome.Format);
        Assert.Equal(QuarantineCodes.Corrupt, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task PasswordProtectedWordDocument_IsQuarantinedAsEncrypted()
    {
        // Office saves a password-protected .docx as a compound file holding EncryptionInfo and EncryptedPackage.
        var outcome = await Extract.FileAsync(_folder.Write("protected.docx", CompoundFileBuilder.WithStreams("EncryptionInfo", "EncryptedPackage")));

        Assert.Equal(QuarantineCodes.Encrypted, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task PasswordProtectedWordDocument_WithAStubWordDocumentStream_IsQuarantinedAsEncrypted()
    {
        // As Word saves some protected .docx files: a WordDocument stream saying the file is protected, beside the package.
        var outcome = await Extract.FileAsync(_folder.Write("protected-with-stub.docx", CompoundFileBuilder.WithStreams("WordDocument", "EncryptionInfo", "EncryptedPackage")));

        Assert.Equal(QuarantineCodes.Encrypted, outcome.Result.Failure?.Code);
    }

    [Fact]
    public void Detector_ReadsContent_NotExtensions()
    {
        var detector = new MagicBytesFormatDetector();
        var docx = _folder.Write("named.pdf", new DocxDocumentWriter().ToBytes(new DocumentSpec("x", [PageSpec.Of(new ParagraphBlock("x"))])));
        var pdf = _folder.Write("named.docx", new PdfDocumentWriter().ToBytes(new DocumentSpec("x", [PageSpec.Of(new ParagraphBlock("x"))])));

        Assert.Equal(FileFormat.Docx, detector.Detect(docx));
        Assert.Equal(FileFormat.Pdf, detector.Detect(pdf));
    }

    [Fact]
    public async Task FileOverTheSizeLimit_IsQuarantinedAsTooLarge()
    {
        var path = _folder.Write("big.pdf", new PdfDocumentWriter().ToBytes(new DocumentSpec("x", [PageSpec.Of(new ParagraphBlock("big"))])));

        var outcome = await Extract.FileAsync(path, o => o.MaxFileBytes = 100);

        Assert.Equal(QuarantineCodes.TooLarge, outcome.Result.Failure?.Code);
    }
}

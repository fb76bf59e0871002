using System.Globalization;
using System.IO.Compression;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// A synthetic shared-drive export for benchmarks: minutes and papers as PDF and .docx (one to three pages of
/// committee prose), in folders by CCG and year, a tenth of them in zips of 100.
/// </summary>
internal static class SyntheticArchive
{
    private static readonly string[] Subjects =
    [
        "gluten-free prescribing", "assisted conception", "continuing healthcare", "estates strategy", "wound care service",
        "individual funding requests", "safeguarding annual report", "conflicts of interest", "primary care access", "urgent care",
    ];

    private static readonly string[] Sentences =
    [
        "The committee received the report and noted the position set out in the paper.",
        "Members discussed the financial risk and asked for an update at the next meeting.",
        "The Governing Body approved the recommendation subject to the comments recorded.",
        "It was agreed that the policy be reviewed in twelve months with the clinical leads.",
        "Questions from the public were answered by the Accountable Officer.",
        "The minutes of the previous meeting were approved as an accurate record.",
    ];

    /// <summary>
    /// Writes <paramref name="documents"/> documents under <paramref name="folder"/> and returns the bytes written.
    /// Every document ends with "Reference <paramref name="series"/> N"; another series gives other documents (other
    /// SHA-256s), so a second run into the same archive is not read as duplicates.
    /// </summary>
    public static long Write(string folder, int documents, int seed, string series = "bench")
    {
        var random = new Random(seed);
        var pdf = new PdfDocumentWriter();
        var docx = new DocxDocumentWriter();
        var inv = CultureInfo.InvariantCulture;
        long bytes = 0;
        var zipped = new List<(string Name, byte[] Content)>();
        for (var i = 0; i < documents; i++)
        {
            var subject = Subjects[random.Next(Subjects.Length)];
            var year = 2014 + (i % 8);
            var title = string.Create(inv, $"Governing Body minutes {year} item {i} {subject}");
            var pages = Enumerable.Range(0, 1 + random.Next(3))
                .Select(p => PageSpec.Of(
                    new HeadingBlock(p == 0 ? title : string.Create(inv, $"Item {i}.{p} {subject}"), p == 0 ? 0 : 2),
                    new ParagraphBlock(string.Join(' ', Enumerable.Range(0, 8).Select(_ => Sentences[random.Next(Sentences.Length)])) + string.Create(inv, $" Reference {series} {i}."))))
                .ToList();
            var spec = new DocumentSpec(title, pages);
            var isDocx = i % 4 == 0;
            var content = isDocx ? docx.ToBytes(spec) : pdf.ToBytes(spec);
            var name = string.Create(inv, $"ccg-{i % 12:00}/{year}/paper-{i:00000}.{(isDocx ? "docx" : "pdf")}");
            bytes += content.Length;
            if (i % 10 == 5)
            {
                zipped.Add((name, content));
                if (zipped.Count == 100)
                {
                    WriteZip(folder, zipped);
                }
            }
            else
            {
                Write(folder, name, content);
            }
        }

        if (zipped.Count > 0)
        {
            WriteZip(folder, zipped);
        }

        return bytes;
    }

    private static void WriteZip(string folder, List<(string Name, byte[] Content)> entries)
    {
        var path = Path.Combine(folder, "zips", $"export-{Directory.CreateDirectory(Path.Combine(folder, "zips")).GetFiles().Length:000}.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        }

        entries.Clear();
    }

    private static void Write(string folder, string relative, byte[] content)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }
}

using System.IO.Compression;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Cluster.Tests.Infrastructure;

/// <summary>Generated minutes, each naming a word no other test uses, zipped for one batch.</summary>
public static class ClusterDocuments
{
    /// <summary>A zip of <paramref name="count"/> PDFs of minutes, each with <paramref name="word"/> and a number of its own.</summary>
    public static byte[] Zip(string word, int count)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 1; i <= count; i++)
            {
                var entry = zip.CreateEntry($"minutes-{word}-{i:D4}.pdf");
                using var stream = entry.Open();
                stream.Write(SampleFiles.Pdf(
                    $"Governing Body minutes {i}",
                    $"Apologies were received. Item {i}.",
                    $"The Governing Body approved the {word} service specification, version {i}."));
            }
        }

        return buffer.ToArray();
    }
}

using System.IO.Compression;
using System.Text;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>Hand-made malformed PDFs that trip up parsers.</summary>
public static class HostilePdf
{
    /// <summary>
    /// A cross-reference stream whose <c>/Prev</c> points back at itself and whose <c>/W</c> widths are absurd:
    /// PdfPig recurses on it until the stack overflows, which no in-process handler can catch.
    /// </summary>
    public static byte[] SelfReferencingXrefStream()
    {
        var header = Encoding.ASCII.GetBytes("%PDF-1.3\n");
        var offset = header.Length;
        byte[] rows;
        using (var buffer = new MemoryStream())
        {
            using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(Enumerable.Repeat<byte[]>([1, 0, 0, 0], 3).SelectMany(b => b).ToArray());
            }

            rows = buffer.ToArray();
        }

        var dictionary = Encoding.ASCII.GetBytes(
            $"1 0 obj\n<</DecodeParms<</Columns 4/Predictor 12>>/Filter/FlateDecode/Index[0 3]/Length {rows.Length}/Prev {offset}/Root 2 0 R/Size 3/Type/XRef/W[1 2 166666666666666666666666666]>>stream\n");
        var tail = Encoding.ASCII.GetBytes($"\nendstream\nendobj\nstartxref\n{offset}\n%%EOF\n");
        return [.. header, .. dictionary, .. rows, .. tail];
    }
}

using System.Text;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>
/// Turns a text file's bytes into text the way the file was most likely written: by its byte-order mark, else by the
/// character set it declares (an HTML page), else as UTF-16 when every other byte is nought (Notepad's "Unicode"
/// without a mark), else as UTF-8 when it is valid UTF-8, else as Windows-1252, the code page of older Windows PCs.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, which also stands in for what pages label ISO-8859-1 or ASCII, as browsers read them.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string Decode(byte[] bytes, Encoding? declared = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(span[3..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        if (declared is not null)
        {
            return declared.GetString(span);
        }

        if (Utf16WithoutMark(span) is { } utf16)
        {
            return utf16.GetString(span);
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(span);
        }
    }

    /// <summary>The encoding a character set label names, read as browsers read it; null when it names none we know.</summary>
    public static Encoding? FromLabel(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (name is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252" or "x-cp1252")
        {
            return Windows1252;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: in text of Latin letters nearly every high (or low) byte of the first
    /// kilobytes is nought, which no 8-bit text shows.
    /// </summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenNoughts = 0, oddNoughts = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNoughts += sample[i] == 0 ? 1 : 0;
            oddNoughts += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return oddNoughts * 10 >= pairs * 7 && evenNoughts * 10 < pairs ? Encoding.Unicode
            : evenNoughts * 10 >= pairs * 7 && oddNoughts * 10 < pairs ? Encoding.BigEndianUnicode
            : null;
    }
}

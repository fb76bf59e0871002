using System.Text;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// The code pages RTF text is written in: the document's (<c>\ansicpgN</c>, Windows-1252 when it names none) and
/// each font's, from its character set (<c>\fcharsetN</c>) or its own code page (<c>\cpgN</c>).
/// </summary>
internal static class RtfCodePages
{
    public const int WindowsLatin = 1252;

    /// <summary>The character set of symbol fonts (Symbol, Wingdings), whose bytes are pictures, not letters.</summary>
    public const int SymbolCharset = 2;

    private static readonly Dictionary<int, int> ByCharset = new()
    {
        [77] = 10000, [128] = 932, [129] = 949, [130] = 1361, [134] = 936, [136] = 950, [161] = 1253,
        [162] = 1254, [163] = 1258, [177] = 1255, [178] = 1256, [186] = 1257, [204] = 1251, [222] = 874, [238] = 1250,
        [254] = 437, [255] = 850,
    };

    static RtfCodePages() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The code page of a font character set, or null for the document's own: ANSI (0) and default (1) mean the
    /// code page the document names, which writers outside Western Europe leave their Latin fonts in.
    /// </summary>
    public static int? OfCharset(int charset) => ByCharset.TryGetValue(charset, out var codePage) ? codePage : null;

    /// <summary>
    /// A byte of a symbol font as a character: the bullets lists print in Symbol and Wingdings, and otherwise the
    /// Windows-1252 character of the same code (the letter-for-letter reading most symbol text was typed as).
    /// </summary>
    public static char Symbol(byte value) => value switch
    {
        0xB7 => '•',
        0xA7 => '▪',
        _ => Encoding(WindowsLatin).GetString([value])[0],
    };

    /// <summary>The encoding of a code page; Windows-1252 for one this machine does not know.</summary>
    public static Encoding Encoding(int codePage)
    {
        try
        {
            return System.Text.Encoding.GetEncoding(codePage);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return System.Text.Encoding.GetEncoding(WindowsLatin);
        }
    }
}

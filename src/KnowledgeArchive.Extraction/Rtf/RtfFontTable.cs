using System.Text;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>The fonts an RTF document declares and the encoding each one's text is in.</summary>
internal sealed class RtfFontTable
{
    /// <summary>Fonts remembered; a longer table is padding or an attack, and its later fonts read in the document's code page.</summary>
    private const int MaxFonts = 4096;

    private readonly Dictionary<int, int> codePages = [];
    private readonly HashSet<int> symbolFonts = [];
    private readonly Dictionary<int, Encoding> encodings = [];
    private Encoding document = RtfCodePages.Encoding(RtfCodePages.WindowsLatin);

    /// <summary>A font number no font has: text in the document's own code page.</summary>
    public const int DocumentFont = int.MinValue;

    /// <summary>The document's own code page (<c>\ansicpgN</c>).</summary>
    public void SetDocumentCodePage(int codePage) => document = RtfCodePages.Encoding(codePage);

    public void SetCharset(int font, int charset)
    {
        if (symbolFonts.Count + codePages.Count >= MaxFonts)
        {
            return;
        }

        if (charset == RtfCodePages.SymbolCharset)
        {
            symbolFonts.Add(font);
        }
        else if (RtfCodePages.OfCharset(charset) is { } codePage && !codePages.ContainsKey(font))
        {
            codePages[font] = codePage;
        }
    }

    /// <summary>A font's own code page (<c>\cpgN</c>), which outranks its character set.</summary>
    public void SetCodePage(int font, int codePage)
    {
        if (codePages.Count < MaxFonts)
        {
            codePages[font] = codePage;
        }
    }

    public bool IsSymbol(int font) => symbolFonts.Contains(font);

    public Encoding EncodingOf(int font)
    {
        if (!codePages.TryGetValue(font, out var codePage))
        {
            return document;
        }

        if (!encodings.TryGetValue(codePage, out var encoding))
        {
            encoding = encodings[codePage] = RtfCodePages.Encoding(codePage);
        }

        return encoding;
    }
}

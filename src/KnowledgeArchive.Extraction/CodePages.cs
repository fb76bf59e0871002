using System.Text;

namespace KnowledgeArchive.Extraction;

/// <summary>The legacy Windows code pages older files are written in (the code page provider registered on first use).</summary>
public static class CodePages
{
    /// <summary>Windows-1252 (Western European), the default of English Windows and of most legacy Office files.</summary>
    public static Encoding Windows1252 { get; } = Get(1252);

    /// <summary>The code page of this number, or Windows-1252 when it is unknown.</summary>
    public static Encoding Get(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return Encoding.GetEncoding(1252);
        }
    }
}

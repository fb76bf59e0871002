using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>
/// The character set an HTML page declares near its start, in <c>&lt;meta charset&gt;</c> or in the content type
/// Word and older editors write (<c>&lt;meta http-equiv=Content-Type content="text/html; charset=windows-1252"&gt;</c>).
/// </summary>
internal static partial class HtmlCharset
{
    /// <summary>Browsers look for the declaration in the first kilobytes only; so does this.</summary>
    private const int PrescanBytes = 4096;

    public static Encoding? Declared(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        foreach (Match meta in Meta().Matches(head))
        {
            var charset = Charset().Match(meta.Value);
            if (charset.Success && TextDecoder.FromLabel(charset.Groups[1].Value) is { } encoding)
            {
                // A page saved in one encoding cannot declare itself as UTF-16 in ASCII; browsers read such pages as UTF-8.
                return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
            }
        }

        return null;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Meta();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([\w\-.:]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();
}

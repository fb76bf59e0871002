using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Generator.Writers;

/// <summary>
/// Keeps text within what PdfPig's builder writes faithfully with the standard 14 fonts: ASCII and the pound sign.
/// Accented letters lose their accents, typographic quotes and dashes become plain ones, anything else becomes '?'.
/// </summary>
public static class WinAnsi
{
    public static string Sanitise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                '\t' or '\n' or '\r' => ' ',
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                '\u00A3' => c,
                _ when c >= ' ' && c <= '~' => c,
                _ => '?',
            });
        }

        return builder.ToString();
    }
}

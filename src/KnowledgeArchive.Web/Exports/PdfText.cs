using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Web.Exports;

/// <summary>
/// Text as PdfPig's builder writes it faithfully with the standard 14 fonts: ASCII and the pound sign. Accented letters
/// lose their accents, typographic quotes and dashes become plain ones, anything else becomes '?'. Lines are wrapped by
/// characters, and a word longer than a line (a path, a hash) is broken across lines.
/// </summary>
public static class PdfText
{
    public static string Sanitise(string? text)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormD))
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

    public static IEnumerable<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new StringBuilder();
        foreach (var whole in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = whole;
            while (word.Length > width)
            {
                if (line.Length > 0)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                yield return word[..width];
                word = word[width..];
            }

            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}

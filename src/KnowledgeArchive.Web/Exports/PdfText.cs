using System.Globalization;
using System.Text;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Web.Exports;

/// <summary>
/// Text as PdfPig's builder writes it faithfully with the standard 14 fonts: ASCII and the pound sign. Accented letters
/// lose their accents, typographic quotes and dashes become plain ones, anything else becomes '?'. Lines are wrapped by
/// the width of their characters, and a word wider than a line (a path, a hash) is broken across lines.
/// </summary>
public static class PdfText
{
    public static string Sanitise(string? text) => WinAnsi.Sanitise(text ?? string.Empty);

    /// <summary>
    /// Wraps to <paramref name="maxWidth"/> as measured by <paramref name="width"/> (the width of one character, in the
    /// units of the maximum).
    /// </summary>
    public static IEnumerable<string> Wrap(string text, Func<char, double> width, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(width);
        var line = new StringBuilder();
        var used = 0.0;
        var space = width(' ');
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = word.Sum(width);
            if (line.Length > 0 && used + space + wordWidth > maxWidth)
            {
                yield return line.ToString();
                line.Clear();
                used = 0;
            }

            if (line.Length > 0)
            {
                line.Append(' ');
                used += space;
            }

            foreach (var c in word)
            {
                // A word wider than a line (a path, a hash) is broken where it reaches the edge.
                if (line.Length > 0 && used + width(c) > maxWidth)
                {
                    yield return line.ToString();
                    line.Clear();
                    used = 0;
                }

                line.Append(c);
                used += width(c);
            }
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}

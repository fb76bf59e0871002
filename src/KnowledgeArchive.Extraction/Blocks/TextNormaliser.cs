using System.Text;

namespace KnowledgeArchive.Extraction.Blocks;

/// <summary>Makes text fit to store on one line: Unicode composed, no control or invisible characters, whitespace runs as single spaces.</summary>
public static class TextNormaliser
{
    public static string Inline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        AppendInline(builder, text);
        return builder.ToString().Trim();
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="builder"/>, never leaving two spaces together or a space at its start.</summary>
    public static void AppendInline(StringBuilder builder, string text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (!char.IsControl(c) && c is not ('\uFEFF' or '\u200B' or '\u00AD'))
            {
                builder.Append(c);
            }
        }
    }
}

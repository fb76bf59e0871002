using System.Text;

namespace KnowledgeArchive.Extraction;

/// <summary>Normalises extracted text: no control characters, no trailing spaces, at most one blank line in a row.</summary>
public static class TextCleaner
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c == '\r')
            {
                continue;
            }

            if (c is '\n' or '\t' || !char.IsControl(c))
            {
                builder.Append(c == '\u00A0' ? ' ' : c);
            }
        }

        var lines = builder.ToString().Split('\n').Select(l => l.TrimEnd());
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank <= 1)
            {
                result.Append(line).Append('\n');
            }
        }

        return result.ToString().Trim('\n', ' ');
    }

    public static string? NullIfBlank(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}

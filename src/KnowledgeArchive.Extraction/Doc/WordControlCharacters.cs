using System.Text;

namespace KnowledgeArchive.Extraction.Doc;

/// <summary>
/// Word's in-text control characters: field codes are dropped and their results kept; paragraph marks, cell marks,
/// page breaks, line breaks and tabs are kept for <see cref="WordParagraphs"/> to read the structure from.
/// </summary>
internal static class WordControlCharacters
{
    public const char ParagraphEnd = '\r';
    public const char CellEnd = '\u0007';
    public const char PageBreak = '\u000C';

    public static string WithoutFieldCodes(string raw)
    {
        var text = new StringBuilder(raw.Length);
        var fields = new Stack<bool>(); // true while inside a field's code (before its separator)
        foreach (var c in raw)
        {
            switch (c)
            {
                case '\u0013':
                    fields.Push(true);
                    continue;
                case '\u0014':
                    if (fields.Count > 0)
                    {
                        fields.Pop();
                        fields.Push(false);
                    }

                    continue;
                case '\u0015':
                    if (fields.Count > 0)
                    {
                        fields.Pop();
                    }

                    continue;
            }

            if (fields.Contains(true))
            {
                continue;
            }

            switch (c)
            {
                case ParagraphEnd or CellEnd or PageBreak or '\t':
                    text.Append(c);
                    break;
                case '\u000B':
                    text.Append(' ');
                    break;
                case '\u001E':
                    text.Append('-');
                    break;
                case < ' ':
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Header and footer text as lines: every mark that ends a paragraph or a cell ends a line.</summary>
    public static IEnumerable<string> Lines(string raw) =>
        WithoutFieldCodes(raw).Split([ParagraphEnd, CellEnd, PageBreak], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

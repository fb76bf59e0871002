using System.Text;

namespace KnowledgeArchive.Extraction.Doc;

/// <summary>
/// Turns Word's in-text control characters into plain text: paragraph marks into line breaks, table cell marks into
/// " | " separators, page breaks into page boundaries; field codes are dropped and their results kept.
/// </summary>
internal static class WordControlCharacters
{
    public const char PageBreak = '\f';

    public static string Clean(string raw)
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
                case '\r' or '\u000B':
                    text.Append('\n');
                    break;
                case '\u0007':
                    text.Append('\u0007');
                    break;
                case '\u000C':
                    text.Append(PageBreak);
                    break;
                case '\u001E':
                    text.Append('-');
                    break;
                case '\t':
                    text.Append('\t');
                    break;
                case < ' ':
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return JoinCells(text.ToString());
    }

    private static string JoinCells(string text)
    {
        // A cell mark ends a cell; a second one straight after ends the table row.
        var lines = text.Replace("\u0007\u0007", "\u0007\n", StringComparison.Ordinal).Split('\n');
        var result = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            if (line.Contains('\u0007', StringComparison.Ordinal))
            {
                var cells = line.Split('\u0007').Select(c => c.Trim(' ', '\t')).Where(c => c.Length > 0);
                result.Append(string.Join(" | ", cells)).Append('\n');
            }
            else
            {
                result.Append(line).Append('\n');
            }
        }

        return result.ToString();
    }
}

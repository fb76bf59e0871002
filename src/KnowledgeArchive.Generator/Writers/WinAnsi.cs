using System.Text;

namespace KnowledgeArchive.Generator.Writers;

/// <summary>Keeps text within what the standard 14 PDF fonts can show (WinAnsi); anything else becomes '?'.</summary>
internal static class WinAnsi
{
    private const string Extras = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    public static string Sanitise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\t' or '\n' or '\r' => ' ',
                _ when (c >= ' ' && c <= '~') || (c >= '\u00A0' && c <= '\u00FF') || Extras.Contains(c, StringComparison.Ordinal) => c,
                _ => '?',
            });
        }

        return builder.ToString();
    }
}

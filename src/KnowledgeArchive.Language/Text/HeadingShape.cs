namespace KnowledgeArchive.Language.Text;

/// <summary>
/// The shapes of text that layout alone can tell: a line that could head what follows (short, not a sentence), and
/// a label printed apart in a margin or a narrow first column (an item reference or number).
/// </summary>
public static class HeadingShape
{
    private const int MaxHeadingLength = 160;
    private const int MaxHeadingWords = 24;
    private const int MaxLabelLength = 24;

    /// <summary>Short, with letters, and not ending as a sentence or a clause does.</summary>
    public static bool Fits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (value.Length is < 2 or > MaxHeadingLength || !value.Any(char.IsLetter))
        {
            return false;
        }

        if (value[^1] is '.' or ';' or ',' or '?' or '!' && !value.EndsWith("etc.", StringComparison.Ordinal))
        {
            return false;
        }

        return value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords;
    }

    /// <summary>A few characters with a number or a letter item in them, and no sentence: "GB17/001", "Minute No. 54/2016", "7(b)", "(iv)".</summary>
    public static bool IsMarginLabel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (value.Length is 0 or > MaxLabelLength || value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4)
        {
            return false;
        }

        if (value.Any(char.IsAsciiDigit))
        {
            return true;
        }

        // "(a)", "b)", "iv." and the like: a letter or roman numeral standing for a number.
        var core = value.Trim('(', ')', '.', '[', ']');
        return core.Length is > 0 and <= 4 && core.All(char.IsAsciiLetterLower) || core.Length == 1 && char.IsAsciiLetterUpper(core[0]);
    }
}

using System.Text.RegularExpressions;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>
/// Reduces an organisation name to a form in which spellings of one body agree: "NHS Kestwick and Orley Clinical
/// Commissioning Group", "Kestwick &amp; Orley CCG" and "NHS KESTWICK AND ORLEY CCG" all become "kestwick and orley ccg".
/// </summary>
public static partial class OrganisationNames
{
    private static readonly RecentTexts<string> NormalisedTexts = new(text => " " + Normalise(text) + " ");

    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = " " + Words(name) + " ";
        text = text.Replace(" clinical commissioning group ", " ccg ", StringComparison.Ordinal)
            .Replace(" integrated care board ", " icb ", StringComparison.Ordinal)
            .Replace(" and ", " ", StringComparison.Ordinal)
            .Replace(" the ", " ", StringComparison.Ordinal);
        if (text.StartsWith(" nhs ", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>
    /// Normalises running text the same way, keeping it one line, so normalised names can be searched in it; a text
    /// normalised recently on this thread is not normalised again.
    /// </summary>
    public static string NormaliseText(string text) => NormalisedTexts.Get(text);

    /// <summary>The name's words (letters, digits and apostrophes) in lower case, one space apart, in one pass.</summary>
    private static string Words(string name)
    {
        var words = new System.Text.StringBuilder(name.Length);
        var gap = false;
        foreach (var c in name)
        {
            var lower = c == '’' ? '\'' : char.ToLowerInvariant(c);
            if (lower == '\'' || char.IsLetter(lower) || char.IsNumber(lower))
            {
                if (gap && words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(lower);
                gap = false;
            }
            else
            {
                gap = true;
            }
        }

        return words.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

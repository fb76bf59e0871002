using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction;

/// <summary>
/// A document's title: the file's own title property when it looks like one, else its first heading,
/// else its first substantial line, else the file name.
/// </summary>
public sealed partial class TitleResolver : ITitleResolver
{
    private const int MaxTitleLength = 200;

    public string Resolve(ExtractedDocument document, string fileName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (IsSensible(document.Properties.Title, stem))
        {
            return Tidy(document.Properties.Title!);
        }

        var heading = document.Headings.FirstOrDefault(h => IsSensible(h, stem));
        if (heading is not null)
        {
            return Tidy(heading);
        }

        var firstLine = document.Pages
            .SelectMany(p => p.Text.Split('\n'))
            .Select(l => l.Trim())
            .Take(20)
            .FirstOrDefault(l => IsSensible(l, stem) && l.Count(char.IsLetter) >= 4);
        if (firstLine is not null)
        {
            return Tidy(firstLine);
        }

        return string.IsNullOrWhiteSpace(stem) ? fileName : stem.Trim();
    }

    private static bool IsSensible(string? candidate, string fileStem)
    {
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return false;
        }

        var value = candidate.Trim();
        if (value.Length < 3 || value.Length > MaxTitleLength || !value.Any(char.IsLetter))
        {
            return false;
        }

        if (Placeholder().IsMatch(value) || value.Equals(fileStem, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !FileNameLike().IsMatch(value);
    }

    private static string Tidy(string title) => Whitespace().Replace(title.Trim(), " ");

    [GeneratedRegex(@"^(untitled|title|document\d*|microsoft word\b.*|doc\d+|slide \d+|no title|new document|template|\(?anonymous\)?|powerpoint presentation)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[\w\-. ]+\.(docx?|pdf|rtf|odt|dotx?|tmp|txt)$|^[A-Z]:\\|^/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileNameLike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

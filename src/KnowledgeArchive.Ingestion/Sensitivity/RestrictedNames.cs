using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Ingestion.Sensitivity;

/// <summary>
/// Restricts a file the moment it arrives when its name or a folder it was found in says it is private ("Part 2",
/// "confidential", "in committee": the phrasebook's <c>sessions.restrictedNames</c>), so a file nobody has read yet,
/// or one that cannot be read at all, is never shown to readers on the strength of its being unread. Reading it
/// later never makes it public: only a person can.
/// </summary>
public sealed class RestrictedNames(Wording wording)
{
    private readonly List<string> phrases = wording.Phrasebook.Sessions.RestrictedNames.Select(Normalise).Where(p => p.Trim().Length > 0).ToList();

    /// <summary>
    /// The metadata a file starts from: <paramref name="defaults"/>, restricted when its name or its path says so.
    /// The path is the one the source gave it (relative to a batch's input folder, to the inbox, or inside a zip),
    /// never the folders a source itself lives in.
    /// </summary>
    public DocumentMetadata Apply(DocumentMetadata defaults, string fileName, string? relativePath)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (defaults.Sensitivity == Sensitivities.Restricted)
        {
            return defaults;
        }

        foreach (var name in new[] { fileName, relativePath })
        {
            if (Said(name) is { } phrase)
            {
                return defaults with
                {
                    Sensitivity = Sensitivities.Restricted,
                    SensitivityBasis = $"its name says \"{phrase.Trim()}\" ({name})",
                };
            }
        }

        return defaults;
    }

    private string? Said(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var words = Normalise(name);
        return phrases.FirstOrDefault(p => words.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>Lower case, every run of other characters one space, padded, so phrases match whole words only.</summary>
    private static string Normalise(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return " " + string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
    }
}

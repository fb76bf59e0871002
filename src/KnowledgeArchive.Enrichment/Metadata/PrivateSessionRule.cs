using System.Globalization;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// A paper put to a meeting is restricted when the minutes of that meeting record its item in the private session
/// (Part 2), and no public minutes of the meeting record it too: papers rarely say so themselves.
/// </summary>
public sealed class PrivateSessionRule(PaperSubject subjects)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Whether a document is a paper the rule applies to (not minutes, a policy or a handover paper).</summary>
    public static bool IsPaper(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.DocumentType is DocumentTypes.Other or DocumentTypes.Report;
    }

    /// <summary>The evidence that the paper belongs to the private session (heading, page, minutes and checksum), or null.</summary>
    public string? Basis(string paperFirstPage, IReadOnlyList<MinutesOfMeeting> minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        if (subjects.Read(paperFirstPage) is not { } subject)
        {
            return null;
        }

        string? basis = null;
        foreach (var minute in minutes)
        {
            if (subjects.FindHeading(minute.Pages, subject) is not { } heading)
            {
                continue;
            }

            if (!minute.IsPrivate)
            {
                return null; // the item was taken in public too
            }

            basis ??= string.Create(
                English,
                $"Its item is minuted in the private session: \"{heading.Line}\", page {heading.Page} of {minute.Title} ({minute.DocumentId}, sha256 {minute.Sha256})");
        }

        return basis;
    }
}

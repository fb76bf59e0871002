namespace KnowledgeArchive.Core.Documents;

/// <summary>A meeting of a body on a day: its minutes and the papers put to it share these facts.</summary>
/// <param name="Organisation">The CCG, or the ICB when the document names no CCG.</param>
public sealed record Meeting(string Organisation, string Body, DateOnly Date)
{
    /// <summary>The meeting a document belongs to, or null when its organisation, body or date is unknown.</summary>
    public static Meeting? Of(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return (metadata.Ccg ?? metadata.Icb) is { } organisation && metadata.Body is { } body && metadata.Date is { } date
            ? new Meeting(organisation, body, date)
            : null;
    }
}

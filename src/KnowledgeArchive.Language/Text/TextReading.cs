namespace KnowledgeArchive.Language.Text;

/// <summary>
/// Marks where the reading of one document begins on this thread: what <see cref="RecentTexts{T}"/> kept for the
/// document read before is let go, so texts are reused within a document and never between documents.
/// </summary>
public static class TextReading
{
    [ThreadStatic]
    private static int current;

    /// <summary>The document being read on this thread, as a number that changes with each one.</summary>
    internal static int Current => current;

    /// <summary>A new document is read on this thread from now on.</summary>
    public static void StartDocument() => current++;
}

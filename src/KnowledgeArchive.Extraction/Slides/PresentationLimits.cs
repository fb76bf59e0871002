namespace KnowledgeArchive.Extraction.Slides;

/// <summary>
/// How much of a presentation is read before it is refused: slides, the size any one part of the package may expand
/// to, the text written in all, and how deeply shapes, lists and runs may nest.
/// </summary>
internal sealed record PresentationLimits(int MaxSlides, long MaxPartBytes, long MaxTextCharacters, int MaxNesting = 32)
{
    /// <summary>More slides than any board pack or briefing deck; a deck past it is generated or hostile.</summary>
    public const int DefaultMaxSlides = 5_000;

    /// <summary>The most any one XML part may expand to, as for OpenDocument text; more is a zip bomb or not a deck.</summary>
    public const long DefaultMaxPartBytes = 256L * 1024 * 1024;

    public static PresentationLimits Default { get; } = new(DefaultMaxSlides, DefaultMaxPartBytes, 32L * 1024 * 1024);
}

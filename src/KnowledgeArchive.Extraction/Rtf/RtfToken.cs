namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// One piece of an RTF file: a brace, a control word or symbol (<see cref="Name"/>, with its number if it has one),
/// a hexadecimal byte (<see cref="Value"/>), or a run of text (<see cref="Start"/> and <see cref="Length"/> in the file).
/// </summary>
internal readonly record struct RtfToken(
    RtfTokenKind Kind,
    string Name = "",
    int Parameter = 0,
    bool HasParameter = false,
    int Start = 0,
    int Length = 0,
    byte Value = 0)
{
    /// <summary>The number of a control word, or <paramref name="fallback"/> when it has none (<c>\b</c> means <c>\b1</c>).</summary>
    public int ParameterOr(int fallback) => HasParameter ? Parameter : fallback;
}

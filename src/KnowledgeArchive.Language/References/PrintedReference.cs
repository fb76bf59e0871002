namespace KnowledgeArchive.Language.References;

/// <summary>
/// An item reference as printed ("Minute No. 47/2016", "GB19/P07", "[14/026]", "7(b)"), where it stands, and the
/// shape of its series: the prefix word, the letters, the separators and how many numbers, so references of one
/// series share it whatever their numbers ("GB19/023" and "GB19/P07" alike).
/// </summary>
public sealed record PrintedReference(string Text, int Index, string Series)
{
    /// <summary>Only numbers, as an item label is ("7", "6.3", "5(a)"), not a reference with a prefix.</summary>
    public bool NumbersOnly { get; init; }

    /// <summary>The word printed before the numbering ("Minute" in "Minute 23/19"), or null.</summary>
    public string? Prefix { get; init; }

    /// <summary>The reference without its prefix word when the numbering carries its own series code ("PCCC/19/11" of "minute PCCC/19/11").</summary>
    public string Bare => Prefix is not null && Text.Length > Prefix.Length && Text[Prefix.Length..].TrimStart(' ', '.', ':', '#') is { Length: > 0 } rest && char.IsLetter(rest[0]) ? rest : Text;

    /// <summary>The numbers printed in it, in order (19 and 23 in "GB19/023").</summary>
    public IReadOnlyList<int> Numbers { get; init; } = [];
}

using KnowledgeArchive.Enrichment.Reading;

namespace KnowledgeArchive.Enrichment.Items;

/// <summary>
/// An item of a meeting: its heading (or none, for what comes before the first), its reference as printed (a running
/// reference such as "GB19/023") or its label (a number that restarts each meeting, such as "7(b)"), its title, and
/// its units in order.
/// </summary>
public sealed record MinuteItem(int Ordinal, TextUnit? Heading, string? Reference, string? Label, string? Title, IReadOnlyList<TextUnit> Units)
{
    /// <summary>Housekeeping (welcome, apologies, declarations of interest): its noting is no decision.</summary>
    public bool Procedural { get; init; }

    /// <summary>The reference marks a private (Part 2) item ("GB19/P07").</summary>
    public bool Private { get; init; }
}

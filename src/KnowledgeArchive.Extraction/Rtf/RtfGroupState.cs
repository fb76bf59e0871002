namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// The formatting and destination in force inside one RTF group. A group starts with a copy of its parent's state,
/// and the parent's state is back in force when the group ends.
/// </summary>
internal sealed class RtfGroupState
{
    public RtfDestination Destination { get; set; } = RtfDestination.Body;

    /// <summary>Where the text shown for an embedded object or shape goes (its <c>\result</c>).</summary>
    public RtfDestination Resume { get; set; } = RtfDestination.Body;

    /// <summary>Whether this group, not its parent, started the destination; its end closes it.</summary>
    public bool OwnsDestination { get; set; }

    /// <summary>The name of the information field being read (<c>title</c>, <c>creatim</c>).</summary>
    public string InfoField { get; set; } = string.Empty;

    public int Font { get; set; } = -1;

    public bool Bold { get; set; }

    /// <summary>Hidden text (<c>\v</c>) and tracked deletions are not printed.</summary>
    public bool Hidden { get; set; }

    /// <summary>How many characters stand in for each <c>\uN</c> for readers without Unicode (<c>\ucN</c>).</summary>
    public int UnicodeSkip { get; set; } = 1;

    public int Style { get; set; }

    /// <summary>The paragraph's outline level from 0, or null for body text.</summary>
    public int? OutlineLevel { get; set; }

    public bool InTable { get; set; }

    /// <summary>How deep in nested tables the paragraph is (<c>\itapN</c>), 1 for a table not nested.</summary>
    public int TableDepth { get; set; } = 1;

    public int ListLevel { get; set; }

    public bool PageBreakBefore { get; set; }

    /// <summary>This group starts <paramref name="destination"/>; its end closes it.</summary>
    public void Own(RtfDestination destination)
    {
        Destination = destination;
        OwnsDestination = true;
    }

    public RtfGroupState Copy()
    {
        var copy = (RtfGroupState)MemberwiseClone();
        copy.OwnsDestination = false;
        return copy;
    }

    /// <summary><c>\pard</c>: the paragraph formatting back to its defaults.</summary>
    public void ResetParagraph()
    {
        Style = 0;
        OutlineLevel = null;
        InTable = false;
        TableDepth = 1;
        ListLevel = 0;
        PageBreakBefore = false;
    }

    /// <summary><c>\plain</c>: the character formatting back to its defaults, in the document's default font.</summary>
    public void ResetCharacter(int defaultFont)
    {
        Font = defaultFont;
        Bold = false;
        Hidden = false;
    }
}

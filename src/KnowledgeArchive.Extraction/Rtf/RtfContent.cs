using System.Runtime.InteropServices;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// Where the characters of an RTF file go once read: bytes decoded in the code page of the font they are written
/// in, then sent to the paragraph being read, its list label, a header or footer, the document information or a
/// style's name, as the group they stand in says. Also ends paragraphs, cells and rows, and places page breaks.
/// </summary>
internal sealed class RtfContent(DocumentAssembler output, int maxTextChars, int maxCells)
{
    private readonly List<byte> pending = [];
    private readonly RtfParagraph paragraph = new();
    private RtfBodyWriter? body;
    private int pendingFont = -1;
    private char? highSurrogate;
    private bool sectionBreak;
    private long bodyChars;
    private int pageBreaks;

    public RtfFontTable Fonts { get; } = new();

    public RtfStyleSheet Styles { get; } = new();

    public RtfInfo Info { get; } = new();

    public RtfRunningText HeadersAndFooters { get; } = new();

    private RtfBodyWriter Body => body ??= new RtfBodyWriter(output, Styles, maxCells);

    /// <summary>Whether text in <paramref name="destination"/> is read at all.</summary>
    public static bool Reads(RtfDestination destination) => destination is RtfDestination.Body or RtfDestination.ListLabel
        or RtfDestination.HeaderOrFooter or RtfDestination.InfoText or RtfDestination.StyleEntry;

    /// <summary>Bytes of text in the font of <paramref name="state"/>, decoded when the run ends.</summary>
    public void AddBytes(ReadOnlySpan<byte> bytes, RtfGroupState state)
    {
        if (!Reads(state.Destination) || bytes.IsEmpty)
        {
            return;
        }

        // The document information and style names are in the document's code page, whatever the font.
        pendingFont = state.Destination is RtfDestination.InfoText or RtfDestination.StyleEntry ? RtfFontTable.DocumentFont : state.Font;
        pending.AddRange(bytes);
    }

    /// <summary>Decodes the bytes gathered so far; called before anything that may change the font or destination.</summary>
    public void Flush(RtfGroupState state)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var bytes = CollectionsMarshal.AsSpan(pending);
        var text = Fonts.IsSymbol(pendingFont) ? SymbolText(bytes) : Fonts.EncodingOf(pendingFont).GetString(bytes);
        pending.Clear();
        Add(text, state);
    }

    /// <summary>
    /// Adds a <c>\uN</c> character. Characters beyond the first 65,536 come as two <c>\uN</c> (a surrogate pair)
    /// and are added together; half a pair alone is not a character and shows as U+FFFD.
    /// </summary>
    public void AddUnicode(char c, RtfGroupState state)
    {
        if (char.IsHighSurrogate(c))
        {
            EndSurrogate(state);
            highSurrogate = c;
        }
        else if (char.IsLowSurrogate(c))
        {
            var pair = highSurrogate is { } high ? new string([high, c]) : "\uFFFD";
            highSurrogate = null;
            Add(pair, state);
        }
        else if (c is not ('\uFFFE' or '\uFFFF'))
        {
            // U+FFFE and U+FFFF are not characters: a writer's placeholder, never printed.
            Add(c.ToString(), state);
        }
    }

    /// <summary>Adds decoded text (a quote, a space, text from bytes) to the group's destination.</summary>
    public void Add(string text, RtfGroupState state, bool spacing = false)
    {
        EndSurrogate(state);
        switch (state.Destination)
        {
            case RtfDestination.Body when !state.Hidden:
                AddToBody(text, spacing ? null : state.Bold);
                break;
            case RtfDestination.ListLabel:
                paragraph.AddLabel(text);
                break;
            case RtfDestination.HeaderOrFooter when !state.Hidden:
                HeadersAndFooters.Add(text);
                break;
            case RtfDestination.InfoText:
                Info.AddText(text);
                break;
            case RtfDestination.StyleEntry:
                Styles.AddName(text);
                break;
        }
    }

    /// <summary>
    /// <c>\par</c>, <c>\sect</c>, <c>\cell</c>: the paragraph ends; for a cell's end, <paramref name="cellDepth"/>
    /// is the table depth whose cell it closes.
    /// </summary>
    public void EndParagraph(RtfGroupState state, int? cellDepth = null)
    {
        Flush(state);
        EndSurrogate(state);
        if (state.Destination == RtfDestination.HeaderOrFooter)
        {
            HeadersAndFooters.Add(cellDepth is null ? "\n" : " ");
            return;
        }

        if (state.Destination != RtfDestination.Body)
        {
            return;
        }

        Body.Paragraph(paragraph, state, cellDepth ?? (state.InTable ? Math.Max(1, state.TableDepth) : 0));
        paragraph.Clear();
        if (cellDepth is { } depth)
        {
            Body.EndCell(depth);
        }
    }

    public void EndRow(RtfGroupState state, int depth)
    {
        Flush(state);
        if (state.Destination is RtfDestination.Body or RtfDestination.NestedRowProperties)
        {
            Body.EndRow(depth);
        }
    }

    /// <summary><c>\page</c>: a page break where it stands in the paragraph.</summary>
    public void PageBreak(RtfGroupState state)
    {
        Flush(state);
        if (state.Destination == RtfDestination.Body)
        {
            AddPageBreak();
        }
    }

    /// <summary><c>\sect</c>: the next section starts a new page, unless it says it runs on (<see cref="SectionRunsOn"/>).</summary>
    public void SectionBreak(RtfGroupState state)
    {
        EndParagraph(state);
        sectionBreak = state.Destination == RtfDestination.Body;
    }

    /// <summary><c>\sbknone</c>, <c>\sbkcol</c>: the section just started continues the page.</summary>
    public void SectionRunsOn() => sectionBreak = false;

    /// <summary>Writes what is left and closes any open table.</summary>
    public void Finish(RtfGroupState state)
    {
        Flush(state);
        Body.Paragraph(paragraph, state, state.InTable ? Math.Max(1, state.TableDepth) : 0);
        paragraph.Clear();
        Body.Finish();
    }

    private void EndSurrogate(RtfGroupState state)
    {
        if (highSurrogate is not null)
        {
            highSurrogate = null;
            Add("\uFFFD", state);
        }
    }

    private static string SymbolText(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = RtfCodePages.Symbol(bytes[i]);
        }

        return new string(chars);
    }

    private void AddPageBreak()
    {
        if (++pageBreaks > RtfLimits.MaxPageBreaks)
        {
            throw new RtfLimitException(RtfLimits.TooManyPages());
        }

        paragraph.PageBreak();
    }

    private void AddToBody(string text, bool? bold)
    {
        if (sectionBreak && !string.IsNullOrWhiteSpace(text))
        {
            sectionBreak = false;
            AddPageBreak();
        }

        bodyChars += text.Length;
        if (bodyChars > maxTextChars)
        {
            throw new RtfLimitException(RtfLimits.TooMuchText(maxTextChars));
        }

        paragraph.Add(text, bold);
    }
}

using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// Reads an RTF file token by token: groups and the formatting each carries, destinations (what a group's text is
/// for), Unicode characters and the stand-ins that follow them, and the control words that end paragraphs, cells,
/// rows and pages. What the text is for is decided here; <see cref="RtfContent"/> puts it there.
/// </summary>
internal sealed class RtfReader
{
    private const int TokensPerCancellationCheck = 4096;
    private readonly RtfTokenizer tokens;
    private readonly Stack<RtfGroupState> groups = new();
    private readonly RtfControlWords words;
    private RtfGroupState state = new();
    private int skipCharacters;
    private bool ignorable;

    public RtfReader(byte[] data, DocumentAssembler output, int maxTextChars, int maxCells)
    {
        tokens = new RtfTokenizer(data);
        Content = new RtfContent(output, maxTextChars, maxCells);
        words = new RtfControlWords(Content);
    }

    public RtfContent Content { get; }

    /// <summary>Whether the file ended before its groups did: it was cut short.</summary>
    public bool Truncated { get; private set; }

    /// <summary>
    /// Reads the whole document into <see cref="Content"/>; throws <see cref="RtfLimitException"/> for a file past a
    /// limit or not RTF.
    /// </summary>
    public void Read(CancellationToken cancellationToken)
    {
        if (tokens.Next().Kind != RtfTokenKind.GroupStart
            || tokens.Next() is not { Kind: RtfTokenKind.ControlWord, Name: "rtf" })
        {
            throw new RtfLimitException(RtfLimits.NoHeader());
        }

        groups.Push(state);
        state = state.Copy();
        for (var count = 0L; ; count++)
        {
            if (count % TokensPerCancellationCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var token = tokens.Next();
            if (token.Kind == RtfTokenKind.End)
            {
                Truncated = true;
                break;
            }

            if (!Step(token))
            {
                tokens.CountRest();
                break;
            }
        }

        if (tokens.ControlBytes >= RtfLimits.MinControlBytes
            && tokens.ControlBytes * 100 > tokens.TextBytes * RtfLimits.MaxControlBytesPercent)
        {
            throw new RtfLimitException(RtfLimits.Binary());
        }

        Content.Finish(state);
    }

    /// <summary>Acts on one token; false when the document's outermost group has ended.</summary>
    private bool Step(RtfToken token)
    {
        switch (token.Kind)
        {
            case RtfTokenKind.GroupStart:
                BeginGroup();
                return true;
            case RtfTokenKind.GroupEnd:
                return EndGroup();
            case RtfTokenKind.Text when state.Destination != RtfDestination.Skip:
                var text = tokens.TextOf(token);
                var skipped = Math.Min(skipCharacters, text.Length);
                skipCharacters -= skipped;
                Content.AddBytes(text[skipped..], state);
                return true;
            case RtfTokenKind.HexByte when state.Destination != RtfDestination.Skip:
                if (!SkippedAsStandIn())
                {
                    Content.AddBytes([token.Value], state);
                }

                return true;
            case RtfTokenKind.ControlWord or RtfTokenKind.ControlSymbol when state.Destination != RtfDestination.Skip:
                Content.Flush(state);
                if (!SkippedAsStandIn())
                {
                    Control(token);
                }

                return true;
            default:
                return true;
        }
    }

    private void BeginGroup()
    {
        Content.Flush(state);
        skipCharacters = 0;
        ignorable = false;
        if (groups.Count >= RtfLimits.MaxDepth)
        {
            throw new RtfLimitException(RtfLimits.TooDeep());
        }

        groups.Push(state);
        state = state.Copy();
        if (state.Destination == RtfDestination.StyleSheet)
        {
            state.Own(RtfDestination.StyleEntry);
            Content.Styles.Begin();
        }
    }

    private bool EndGroup()
    {
        Content.Flush(state);
        skipCharacters = 0;
        ignorable = false;
        if (state.OwnsDestination)
        {
            Close(state);
        }

        state = groups.Pop();
        return groups.Count > 0;
    }

    private void Close(RtfGroupState ended)
    {
        switch (ended.Destination)
        {
            case RtfDestination.HeaderOrFooter:
                Content.HeadersAndFooters.End();
                break;
            case RtfDestination.InfoText:
                Content.Info.EndText(ended.InfoField);
                break;
            case RtfDestination.InfoDate:
                Content.Info.EndDate(ended.InfoField);
                break;
            case RtfDestination.StyleEntry:
                Content.Styles.End();
                break;
        }
    }

    /// <summary>Whether this character is one of those standing in for the last <c>\uN</c> for readers without Unicode.</summary>
    private bool SkippedAsStandIn()
    {
        if (skipCharacters == 0)
        {
            return false;
        }

        skipCharacters--;
        return true;
    }

    private void Control(RtfToken token)
    {
        if (token.Kind == RtfTokenKind.ControlSymbol)
        {
            Symbol(token.Name);
            return;
        }

        if (ignorable)
        {
            ignorable = false;
            if (!RtfDestinationWords.Start(token.Name, state, Content))
            {
                state.Destination = RtfDestination.Skip;
            }

            return;
        }

        if (!RtfDestinationWords.Start(token.Name, state, Content))
        {
            skipCharacters = words.Apply(token, state);
        }
    }

    private void Symbol(string symbol)
    {
        if (symbol == "*")
        {
            ignorable = true;
        }
        else if (symbol == "par")
        {
            Content.EndParagraph(state);
        }
        else if (RtfVocabulary.Symbols.TryGetValue(symbol, out var text))
        {
            Content.Add(text, state, spacing: text == " ");
        }
    }
}

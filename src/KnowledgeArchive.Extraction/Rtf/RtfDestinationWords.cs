namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// The control words that start destinations, and what each group's text is then for: the document information,
/// fonts and styles, headers and footers, list labels, the shown result of embedded objects and fields, or nothing.
/// </summary>
internal static class RtfDestinationWords
{
    /// <summary>Starts the destination a control word names, if it names one.</summary>
    public static bool Start(string name, RtfGroupState state, RtfContent content)
    {
        switch (name)
        {
            case "fonttbl":
                state.Own(RtfDestination.FontTable);
                return true;
            case "stylesheet":
                state.Own(RtfDestination.StyleSheet);
                return true;
            case "info":
                // The information group holds only its fields; text beside them is nothing.
                state.Own(RtfDestination.Container);
                state.Resume = RtfDestination.Container;
                return true;
            case "upr":
                // Text twice over: first for readers without Unicode, then in its \ud group, which is the one read.
                state.Resume = state.Destination;
                state.Own(RtfDestination.Container);
                return true;
            case "ud":
                state.Own(state.Destination == RtfDestination.Container ? state.Resume : state.Destination);
                return true;
            case "listtext" or "pntext":
                state.Own(state.Destination == RtfDestination.Body ? RtfDestination.ListLabel : RtfDestination.Skip);
                return true;
            case "object" or "shp":
                state.Resume = state.Destination is RtfDestination.Body or RtfDestination.HeaderOrFooter
                    ? state.Destination
                    : RtfDestination.Skip;
                state.Own(RtfDestination.Container);
                return true;
            case "shpinst":
                state.Own(state.Destination == RtfDestination.Container ? RtfDestination.Container : RtfDestination.Skip);
                return true;
            case "result" or "shptxt":
                state.Own(state.Destination == RtfDestination.Container ? state.Resume : RtfDestination.Skip);
                return true;
            case "fldrslt":
                return true;
            case "nesttableprops":
                state.Own(RtfDestination.NestedRowProperties);
                return true;
        }

        if (RtfVocabulary.HeadersAndFooters.Contains(name))
        {
            if (state.Destination != RtfDestination.Body)
            {
                state.Destination = RtfDestination.Skip;
                return true;
            }

            state.Own(RtfDestination.HeaderOrFooter);
            content.HeadersAndFooters.Begin();
            return true;
        }

        if (RtfVocabulary.InfoTexts.Contains(name) || RtfVocabulary.InfoDates.Contains(name))
        {
            state.Own(RtfVocabulary.InfoTexts.Contains(name) ? RtfDestination.InfoText : RtfDestination.InfoDate);
            state.InfoField = name;
            content.Info.Begin();
            return true;
        }

        if (RtfVocabulary.Skipped.Contains(name))
        {
            state.Destination = RtfDestination.Skip;
            return true;
        }

        return false;
    }
}

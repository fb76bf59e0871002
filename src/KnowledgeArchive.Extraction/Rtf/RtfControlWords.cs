namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// What the control words outside destinations do: set character and paragraph formatting, declare fonts, styles
/// and dates, print characters, and end paragraphs, cells, rows, pages and sections.
/// </summary>
internal sealed class RtfControlWords(RtfContent content)
{
    private const int MaxUnicodeSkip = 16;
    private int definingFont;
    private int defaultFont = -1;

    /// <summary>Applies a control word to <paramref name="state"/>; returns how many stand-in characters follow it to skip.</summary>
    public int Apply(RtfToken word, RtfGroupState state)
    {
        if (Declaration(word, state))
        {
            return 0;
        }

        if (word.Name == "u")
        {
            content.AddUnicode((char)(ushort)word.Parameter, state);
            return Math.Clamp(state.UnicodeSkip, 0, MaxUnicodeSkip);
        }

        if (RtfVocabulary.Characters.TryGetValue(word.Name, out var text))
        {
            content.Add(text, state, spacing: text == " ");
        }
        else if (!Formatting(word, state))
        {
            Structure(word, state);
        }

        return 0;
    }

    /// <summary>Control words that mean something only in the font table, a style definition or an information date.</summary>
    private bool Declaration(RtfToken word, RtfGroupState state)
    {
        switch (state.Destination)
        {
            case RtfDestination.FontTable when word.Name == "f":
                definingFont = word.Parameter;
                return true;
            case RtfDestination.FontTable when word.Name == "fcharset":
                content.Fonts.SetCharset(definingFont, word.Parameter);
                return true;
            case RtfDestination.FontTable when word.Name == "cpg":
                content.Fonts.SetCodePage(definingFont, word.Parameter);
                return true;
            case RtfDestination.FontTable:
                return true;
            case RtfDestination.StyleEntry when word.Name == "s":
                content.Styles.SetNumber(word.Parameter);
                return true;
            case RtfDestination.StyleEntry when word.Name is "cs" or "ds" or "ts" or "tsrowd":
                content.Styles.NotParagraph();
                return true;
            case RtfDestination.StyleEntry when word.Name == "outlinelevel":
                content.Styles.SetOutlineLevel(word.Parameter);
                return true;
            case RtfDestination.StyleEntry:
                return true;
            case RtfDestination.InfoDate:
                if (RtfVocabulary.DateParts.Contains(word.Name))
                {
                    content.Info.AddDatePart(word.Name, word.Parameter);
                }

                return true;
            default:
                return false;
        }
    }

    private bool Formatting(RtfToken word, RtfGroupState state)
    {
        switch (word.Name)
        {
            case "ansicpg":
                content.Fonts.SetDocumentCodePage(word.Parameter);
                break;
            case "deff":
                defaultFont = word.Parameter;
                state.Font = state.Font < 0 ? word.Parameter : state.Font;
                break;
            case "f":
                state.Font = word.Parameter;
                break;
            case "plain":
                state.ResetCharacter(defaultFont);
                break;
            case "b":
                state.Bold = word.ParameterOr(1) != 0;
                break;
            case "v" or "deleted":
                state.Hidden = word.ParameterOr(1) != 0;
                break;
            case "uc":
                state.UnicodeSkip = Math.Clamp(word.ParameterOr(1), 0, MaxUnicodeSkip);
                break;
            case "pard":
                state.ResetParagraph();
                break;
            case "s":
                state.Style = word.Parameter;
                break;
            case "outlinelevel":
                state.OutlineLevel = word.Parameter;
                break;
            case "intbl":
                state.InTable = true;
                break;
            case "itap":
                state.TableDepth = Math.Max(0, word.Parameter);
                state.InTable = word.Parameter > 0;
                break;
            case "ilvl":
                state.ListLevel = word.Parameter;
                break;
            case "pagebb":
                state.PageBreakBefore = word.ParameterOr(1) != 0;
                break;
            default:
                return false;
        }

        return true;
    }

    private void Structure(RtfToken word, RtfGroupState state)
    {
        switch (word.Name)
        {
            case "par":
                content.EndParagraph(state);
                break;
            case "cell":
                content.EndParagraph(state, cellDepth: 1);
                break;
            case "nestcell":
                content.EndParagraph(state, cellDepth: Math.Max(2, state.TableDepth));
                break;
            case "row":
                content.EndRow(state, 1);
                break;
            case "nestrow":
                content.EndRow(state, Math.Max(2, state.TableDepth));
                break;
            case "page":
                content.PageBreak(state);
                break;
            case "sect":
                content.SectionBreak(state);
                break;
            case "sbknone" or "sbkcol":
                content.SectionRunsOn();
                break;
        }
    }
}

using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>
/// Writes a presentation's slides into an assembler, one page a slide: the slide's blocks, then its speaker notes
/// under a "Notes" heading (written only when the notes hold text), so words said in notes are found on their slide's
/// page. Counts the text written and stops the deck past <see cref="PresentationLimits.MaxTextCharacters"/>.
/// </summary>
internal sealed class SlideWriter(DocumentAssembler output, PresentationLimits limits)
{
    /// <summary>The heading that sets a slide's speaker notes apart from what is shown on it.</summary>
    public const string NotesHeading = "Notes";

    private readonly List<string> running = [];
    private int slides;
    private long characters;
    private bool notesPending;

    /// <summary>Footers, dates and slide numbers set in the slides' placeholders, distinct, in order.</summary>
    public IReadOnlyList<string> Running => running;

    /// <summary>Starts the next slide's page.</summary>
    public void BeginSlide()
    {
        if (slides > 0)
        {
            output.NewPage();
        }

        slides++;
        notesPending = false;
    }

    /// <summary>What follows, until the next slide, is the slide's speaker notes.</summary>
    public void BeginNotes() => notesPending = true;

    public void Block(BlockKind kind, string text, int level = 1, string? label = null)
    {
        var inline = TextNormaliser.Inline(text);
        if (inline.Length == 0)
        {
            return;
        }

        WritePendingNotesHeading();
        Count(inline.Length + (label?.Length ?? 0));
        output.AddBlock(kind, inline, level, label);
    }

    public void BeginTable()
    {
        WritePendingNotesHeading();
        output.BeginTable();
    }

    public void BeginRow() => output.BeginRow();

    public void BeginCell() => output.BeginCell();

    public void EndCell() => output.EndCell();

    public void EndTable() => output.EndTable();

    /// <summary>Keeps a footer, date or slide number apart from the slide's text.</summary>
    public void AddRunning(string text)
    {
        var cleaned = TextCleaner.Clean(text);
        if (cleaned.Length > 0 && !running.Contains(cleaned, StringComparer.Ordinal))
        {
            Count(cleaned.Length);
            running.Add(cleaned);
        }
    }

    private void WritePendingNotesHeading()
    {
        if (notesPending)
        {
            notesPending = false;
            output.AddBlock(BlockKind.Heading, NotesHeading, 2);
        }
    }

    private void Count(int length)
    {
        characters += length;
        if (characters > limits.MaxTextCharacters)
        {
            throw new PresentationLimitException(PresentationRefusals.TooMuchText(limits.MaxTextCharacters));
        }
    }
}

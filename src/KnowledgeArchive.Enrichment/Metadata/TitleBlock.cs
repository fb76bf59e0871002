using KnowledgeArchive.Enrichment.Items;
using KnowledgeArchive.Enrichment.Reading;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// The top of a document, where it says what it is: the units of its first page with text, up to the first numbered
/// or housekeeping item of minutes (or a few dozen units), and the running headers and footers beside them.
/// </summary>
public sealed class TitleBlock
{
    private const int MaxUnits = 40;

    public TitleBlock(DocumentView view, IReadOnlyList<MinuteItem> items)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(items);
        // Numbered items, or housekeeping ones ("Welcome and apologies"), end the title block; a paper's own headings do not.
        var firstHead = items.FirstOrDefault(i => i.Heading is not null && (i.Reference is not null || i.Label is not null || i.Procedural))?.Heading?.Index ?? int.MaxValue;
        var firstPage = view.Units.Count > 0 ? view.Units[0].Page : 1;
        Units = view.Units.TakeWhile(u => u.Index < firstHead && u.Page == firstPage).Take(MaxUnits).ToList();
        if (Units.Count == 0)
        {
            Units = view.Units.Take(Math.Min(MaxUnits, 12)).ToList();
        }

        Running = view.Running;
    }

    public IReadOnlyList<TextUnit> Units { get; }

    public IReadOnlyList<string> Running { get; }

    /// <summary>The title lines proper: headings and paragraphs at the top, before tables and lists.</summary>
    public IReadOnlyList<TextUnit> Head => Units.Where(u => u.Cell is null).Take(6).ToList();

    public string Text => string.Join('\n', Units.Select(u => u.Text));

    public string HeadText => string.Join('\n', Head.Select(u => u.Text));

    public string RunningText => string.Join('\n', Running);
}

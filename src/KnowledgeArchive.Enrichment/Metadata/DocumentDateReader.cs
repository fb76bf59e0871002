using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Dates;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// The date that matters for a document: a meeting's date from the minutes' title (beside "held on" and the like), a
/// paper's own date (beside "Date:", "dated", its status or version) rather than the dates things take effect on;
/// failing the title block, the running headers and footers, then the file name.
/// </summary>
public sealed class DocumentDateReader(Wording wording)
{
    private readonly PhraseSet meetingCues = new(wording.Phrasebook.TitleBlock.MeetingDateCues.Concat(wording.Phrasebook.DocumentTypes.MinutesTitle));
    private readonly PhraseSet statedCues = new(wording.Phrasebook.TitleBlock.StatedDateCues.Concat(wording.Phrasebook.TitleBlock.DocumentStatusWords));
    private readonly PhraseSet effectiveCues = new(wording.Phrasebook.Dates.EffectiveDateCues.Concat(wording.Phrasebook.Organisations.Succession));

    public DateOnly? Read(string type, TitleBlock titleBlock, string fileName, DateOnly? stated)
    {
        ArgumentNullException.ThrowIfNull(titleBlock);
        var fromTitle = type == DocumentTypes.Minutes ? MeetingDate(titleBlock) : stated ?? PaperDate(titleBlock);
        return fromTitle
            ?? titleBlock.Running.Select(r => wording.Dates.FirstDay(r)).FirstOrDefault(d => d is not null)
            ?? wording.Dates.FirstDay(Path.GetFileNameWithoutExtension(fileName).Replace('_', ' '), compactForms: true);
    }

    private DateOnly? MeetingDate(TitleBlock titleBlock)
    {
        // A title wrapped across blocks ("… held on 12 June" / "2018") is read with the block after it too.
        var units = titleBlock.Units.Where(u => u.Cell is null || u.Cell.Value.Column > 0).ToList();
        var texts = units.Select((u, i) => i + 1 < units.Count && units[i + 1].Cell is null ? u.Text + " " + units[i + 1].Text : u.Text).ToList();
        var cued = texts.FindIndex(t => meetingCues.IsIn(t) && wording.Dates.FirstDay(t) is not null);
        if (cued >= 0)
        {
            return wording.Dates.FirstDay(texts[cued]);
        }

        return texts.Take(8).Select(t => wording.Dates.FirstDay(t)).FirstOrDefault(d => d is not null);
    }

    /// <summary>The paper's own date: the surest of the title block's dates (stated, beside a status or version), not one things take effect on.</summary>
    private DateOnly? PaperDate(TitleBlock titleBlock)
    {
        var best = titleBlock.Units
            .SelectMany(u => wording.Dates.FindAll(u.Text).Where(d => d.Precision == DatePrecision.Day).Select(d => (Unit: u, Date: d)))
            .Select(c => (c.Date, Score: Score(c.Unit, c.Date), c.Unit.Index))
            .Where(c => c.Score > -2)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Index)
            .FirstOrDefault();
        return best.Date?.Date;
    }

    private int Score(TextUnit unit, DateMention date)
    {
        var before = unit.Text[..date.Index];
        var score = statedCues.IsIn(unit.Text) ? 2 : 0;
        var effective = effectiveCues.FindAll(before).LastOrDefault();
        if (effective.Phrase is not null && date.Index - effective.End <= 60)
        {
            score -= 2;
        }

        return score;
    }
}

using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// What kind of document it is, from the words of its title lines (the phrasebook's document types): minutes, a
/// report or business case put to a meeting, a handover paper, a policy (which also carries document control), and
/// failing those the file's name and title property.
/// </summary>
public sealed class DocumentTypeReader(Wording wording)
{
    private readonly PhraseSet minutes = new(wording.Phrasebook.DocumentTypes.Minutes.Concat(wording.Phrasebook.DocumentTypes.MinutesTitle));
    private readonly PhraseSet report = new(wording.Phrasebook.DocumentTypes.Report);
    private readonly PhraseSet handover = new(wording.Phrasebook.DocumentTypes.Handover);
    private readonly PhraseSet policy = new(wording.Phrasebook.DocumentTypes.Policy);
    private readonly PhraseSet control = new(wording.Phrasebook.DocumentTypes.PolicyControl);

    public string? Read(DocumentView view, TitleBlock titleBlock, string fileName)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(titleBlock);
        var head = titleBlock.Head.Select(u => u.Text).ToList();
        var reported = head.Any(report.StartsText);
        if (head.Any(minutes.IsIn) && !reported)
        {
            return DocumentTypes.Minutes;
        }

        if (reported)
        {
            return DocumentTypes.Other;
        }

        if (head.Any(handover.IsIn))
        {
            return DocumentTypes.Handover;
        }

        var name = Path.GetFileNameWithoutExtension(fileName).Replace('_', ' ');
        var controlled = control.IsIn(string.Join('\n', view.Units.Take(60).Select(u => u.Text)));
        if (head.Any(policy.IsIn) && (controlled || policy.IsIn(name)))
        {
            return DocumentTypes.Policy;
        }

        var named = name + " " + view.Properties.Title;
        return minutes.IsIn(named) ? DocumentTypes.Minutes
            : handover.IsIn(named) ? DocumentTypes.Handover
            : policy.IsIn(named) && controlled ? DocumentTypes.Policy
            : null;
    }
}

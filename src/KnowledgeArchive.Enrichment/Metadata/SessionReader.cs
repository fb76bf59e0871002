using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>Whether a meeting was held in private (Part 2) or in public, from the words of the title block, running lines and file name.</summary>
public sealed class SessionReader(Wording wording)
{
    private readonly PhraseSet privateWords = new(wording.Phrasebook.Sessions.Private);
    private readonly PhraseSet publicWords = new(wording.Phrasebook.Sessions.Public);

    public string? Read(string type, TitleBlock titleBlock, string fileName)
    {
        ArgumentNullException.ThrowIfNull(titleBlock);
        var evidence = string.Join('\n', titleBlock.Head.Select(u => u.Text)) + "\n" + titleBlock.RunningText + "\n" + Path.GetFileNameWithoutExtension(fileName).Replace('_', ' ');
        if (privateWords.IsIn(evidence))
        {
            return Sessions.Private;
        }

        return type == DocumentTypes.Minutes || publicWords.IsIn(evidence) ? Sessions.Public : null;
    }
}

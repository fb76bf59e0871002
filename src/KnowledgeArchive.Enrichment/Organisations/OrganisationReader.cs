using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>
/// Whose document it is: the organisation its title block and running lines name first (one that existed on the
/// document's date: an ICB's minutes that list its predecessor CCGs are the ICB's), else one its file name codes,
/// else the first its opening pages name. A handover paper is the outgoing CCG's, not that of the ICB it names.
/// </summary>
public sealed class OrganisationReader(Wording wording, OrganisationFinder finder)
{
    private const int OpeningUnits = 40;
    private readonly PhraseSet succession = new(wording.Phrasebook.Organisations.Succession);

    public (Organisation? Organisation, IReadOnlyList<OrganisationMention> Mentions) Read(DocumentView view, TitleBlock titleBlock, string type, DateOnly? date, string fileName, Gazetteer register)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(titleBlock);
        ArgumentNullException.ThrowIfNull(register);
        var title = titleBlock.Text;
        var mentions = finder.FindIn(title, register).Concat(finder.FindIn(titleBlock.RunningText, register)).ToList();
        bool Existed(Organisation o) => Lifetime(o, register) is var (from, to) && (date is not { } on || (from is null || on >= from) && (to is null || on <= to));

        var organisation = (type == DocumentTypes.Handover ? mentions.FirstOrDefault(m => m.Organisation.Kind == OrganisationKinds.Ccg)?.Organisation : null)
            ?? mentions.FirstOrDefault(m => Existed(m.Organisation) && !IsTransferTarget(title, m))?.Organisation
            ?? register.FindInFileName(fileName).FirstOrDefault(Existed)
            ?? finder.FindIn(string.Join('\n', view.Units.Take(OpeningUnits).Select(u => u.Text)), register).FirstOrDefault(m => Existed(m.Organisation))?.Organisation;
        var all = mentions.Concat(finder.FindIn(string.Join('\n', view.Units.Select(u => u.Text)), register)).ToList();
        return (organisation, all);
    }

    /// <summary>An ICB a title names as where duties go ("Transfer of functions to NHS X Integrated Care Board") is not the author.</summary>
    private bool IsTransferTarget(string title, OrganisationMention mention) =>
        mention.Organisation.Kind == OrganisationKinds.Icb && succession.FindAll(title).Any();

    /// <summary>When an organisation existed: the register's dates, or for one it lacks, those of its kind in the register (CCGs to June 2022, ICBs from July 2022).</summary>
    private static (DateOnly? From, DateOnly? To) Lifetime(Organisation organisation, Gazetteer register)
    {
        if (organisation.ValidFrom is not null || organisation.ValidTo is not null || register.Find(organisation.Id) is not null)
        {
            return (organisation.ValidFrom, organisation.ValidTo);
        }

        var kin = register.Organisations.Where(o => o.Kind == organisation.Kind).ToList();
        return organisation.Kind switch
        {
            OrganisationKinds.Ccg => (null, kin.Select(o => o.ValidTo).Max()),
            OrganisationKinds.Icb => (kin.Select(o => o.ValidFrom).Min(), null),
            _ => (null, null),
        };
    }
}

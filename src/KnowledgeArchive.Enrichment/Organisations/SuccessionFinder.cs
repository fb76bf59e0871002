using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>
/// Finds where a document says an organisation's duties went: a succession phrase ("transfer of functions to",
/// "merged to form") followed by an organisation's name. The organisation whose duties pass is the CCG named before
/// the phrase, or else the document's own. A succession denied ("and not to …") is not one. An ICB's own document
/// naming CCGs as its predecessors says the same of each.
/// </summary>
public sealed class SuccessionFinder(Wording wording, OrganisationFinder finder)
{
    private const int Reach = 120;
    private readonly PhraseSet succession = new(wording.Phrasebook.Organisations.Succession);
    private readonly PhraseSet denials = new(wording.Phrasebook.Organisations.SuccessionNegators);
    private readonly PhraseSet predecessorCues = new(wording.Phrasebook.Organisations.PredecessorCues);

    public IReadOnlyList<OrganisationFact> Find(string documentId, DocumentView view, Organisation? own, DateOnly? date, Gazetteer register)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(register);
        var facts = new List<OrganisationFact>();
        foreach (var unit in view.Units)
        {
            foreach (var sentence in view.SentencesOf(unit))
            {
                foreach (var (_, start, end) in succession.FindAll(sentence.Text))
                {
                    var after = sentence.Text[end..Math.Min(sentence.Text.Length, end + Reach)];
                    var target = finder.FindIn(after, register).FirstOrDefault();
                    var before = sentence.Text[..start];
                    if (target is null || denials.FindAll(after).Any(d => d.Start < after.IndexOf(target.Organisation.Name.Split(' ').Last(), StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    // Duties pass from a CCG: a joint committee or ICB named before the phrase is context ("a member of the
                    // joint committee …, its functions transfer to …"), and the CCG is the document's own.
                    var subject = finder.FindIn(before, register).LastOrDefault(m => m.Organisation.Kind == OrganisationKinds.Ccg)?.Organisation ?? own;
                    if (subject is null || OrganisationNames.Normalise(subject.Name) == OrganisationNames.Normalise(target.Organisation.Name))
                    {
                        continue;
                    }

                    facts.Add(new OrganisationFact(subject.Name, subject.Kind, target.Organisation.Name, target.Organisation.Kind)
                    {
                        On = wording.Dates.FirstDay(sentence.Text) ?? date,
                        DocumentId = documentId,
                        PageNumber = sentence.Page,
                        Text = sentence.Text,
                    });
                }
            }
        }

        if (own?.Kind == OrganisationKinds.Icb)
        {
            facts.AddRange(Predecessors(documentId, view, own, date, register));
        }

        return facts.DistinctBy(f => (f.Organisation, f.Successor)).ToList();
    }

    /// <summary>
    /// The CCGs an ICB's own document names as its predecessors: in a sentence that says so ("the policies of the
    /// predecessor CCGs"), or in the rows of a table it captions ("Appendix 2: Policies of predecessor CCGs").
    /// </summary>
    private IEnumerable<OrganisationFact> Predecessors(string documentId, DocumentView view, Organisation icb, DateOnly? date, Gazetteer register)
    {
        var captioned = false;
        foreach (var unit in view.Units)
        {
            if (unit.Cell is null)
            {
                captioned = predecessorCues.IsIn(unit.Text);
            }

            if (!captioned && !(unit.Cell is { Row: 0 } && predecessorCues.IsIn(unit.Text)))
            {
                continue;
            }

            foreach (var ccg in finder.FindIn(unit.Text, register).Where(m => m.Organisation.Kind == OrganisationKinds.Ccg))
            {
                yield return new OrganisationFact(ccg.Organisation.Name, ccg.Organisation.Kind, icb.Name, icb.Kind)
                {
                    On = date,
                    DocumentId = documentId,
                    PageNumber = unit.Page,
                    Text = unit.Text,
                };
            }
        }
    }
}

using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Enrichment.Items;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Dates;
using KnowledgeArchive.Language.References;

namespace KnowledgeArchive.Enrichment.Citations;

/// <summary>
/// Captures where a document cites another decision or policy: by printed reference ("ratified the decision of the
/// PCCC (PCCC/19/11)"), by version ("supersedes version 2.0"), by a table row of policies adopted, or by description
/// ("the policy approved by the Governing Body in March 2016"), with page and sentence, for the lineage resolver.
/// How the citing decision acts on what it cites is read from the phrasebook's relation words.
/// </summary>
public sealed class CitationFinder(Wording wording, OrganisationFinder organisations)
{
    private readonly RelationReader relations = new(wording);
    private readonly BodyReader bodies = new(wording);
    private readonly Language.Text.PhraseSet labelPrefixes = new(wording.Phrasebook.References.LabelPrefixWords);
    private readonly Language.Text.PhraseSet decisionHeadings = new(wording.Phrasebook.Tables.Decision);
    private readonly Language.Text.PhraseSet referenceHeadings = new(wording.Phrasebook.Tables.Reference);
    private readonly Language.Text.PhraseSet versionLabels = new(wording.Phrasebook.PolicyFields.Version);

    public IReadOnlyList<Citation> Find(string documentId, DocumentView view, IReadOnlyList<MinuteItem> items, IReadOnlyList<Decision> decisions, Gazetteer register)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(decisions);
        var citations = new List<Citation>();
        foreach (var item in items)
        {
            var own = item.Reference is null ? null : DecisionReferences.Canonical(item.Reference);
            var decision = decisions.FirstOrDefault(d => own is not null && d.CanonicalReference == own)
                ?? decisions.FirstOrDefault(d => d.Subject == item.Title && item.Title is not null);
            string? tableRelation = null;
            var lead = item.Heading?.Text ?? string.Empty;
            foreach (var unit in item.Units)
            {
                if (unit.Cell is { Row: > 0, Column: 0 } && tableRelation is not null)
                {
                    citations.AddRange(Row(documentId, view, unit, decision, tableRelation, register, referenceColumn: false));
                    continue;
                }

                // A paper that records no decision of its own (a closedown report's "Key decisions" table, a handover
                // statement's policies with the minutes that approved them) cites each row of a table with a column
                // headed as the minute or reference. A table introduced as transferring ("Policies transferring to the
                // ICB") lists what is handed on.
                if (unit.Cell is { Row: > 0, Column: 0 } cellOf && decisions.Count == 0 && ReferenceColumn(view, cellOf.Table) is not null)
                {
                    var listed = relations.Of(lead) == LineageEdgeTypes.TransfersTo ? LineageEdgeTypes.TransfersTo : LineageEdgeTypes.References;
                    citations.AddRange(Row(documentId, view, unit, null, listed, register, referenceColumn: true));
                    continue;
                }

                if (unit.Cell is not null)
                {
                    continue;
                }

                lead = unit.Text;

                // "Appendix 2: Policies adopted": the rows of the table below are cited by the decision that names the
                // appendix, acting on them as the appendix's heading or else that decision says.
                tableRelation = Appendix(unit, decisions) is { } naming ? relations.Of(unit.Text) ?? relations.Of(naming.Text) ?? LineageEdgeTypes.References : null;
                decision = tableRelation is not null ? Appendix(unit, decisions) : decision;
                foreach (var sentence in view.SentencesOf(unit))
                {
                    citations.AddRange(InSentence(documentId, sentence, own, decision, register));
                }
            }
        }

        return citations;
    }

    private IEnumerable<Citation> InSentence(string documentId, Sentence sentence, string? own, Decision? decision, Gazetteer register)
    {
        var relation = relations.Of(sentence.Text);
        var references = wording.References.FindAll(sentence.Text)
            .Where(r => !r.NumbersOnly || r.Text.Contains('/', StringComparison.Ordinal))
            .Where(r => !labelPrefixes.StartsText(r.Text) && !IsDate(r))
            .Where(r => DecisionReferences.Canonical(r.Text) != own)
            .DistinctBy(r => r.Text)
            .ToList();
        var clauseStart = 0;
        foreach (var reference in references.OrderBy(r => r.Index))
        {
            var when = Nearest(sentence.Text, reference.Index);
            var acts = relations.Before(sentence.Text, reference.Index, clauseStart);
            clauseStart = reference.Index + reference.Text.Length;
            yield return Make(documentId, sentence, decision, acts ?? relation ?? LineageEdgeTypes.References, "reference") with
            {
                CitedReference = reference.Bare,
                CitedOrganisation = organisations.FindIn(sentence.Text, register).FirstOrDefault(m => m.Organisation.Kind == OrganisationKinds.Ccg)?.Organisation.Name,
                CitedDateFrom = when?.Date,
                CitedDateTo = when?.Until,
            };
        }

        if (relations.SupersededVersion(sentence.Text) is { } version)
        {
            yield return Make(documentId, sentence, decision, LineageEdgeTypes.Supersedes, "reference") with { CitedPolicyVersion = version };
        }
        else if (relations.ReplacesPolicy(sentence.Text) && references.All(r => relations.Before(sentence.Text, r.Index) != LineageEdgeTypes.Supersedes))
        {
            yield return Make(documentId, sentence, decision, LineageEdgeTypes.Supersedes, "description");
        }
        else if (references.Count == 0 && relation is not null && relation != LineageEdgeTypes.References)
        {
            // What is cited comes after the verb ("The Governing Body adopted the policy approved by the Committee in April
            // 2019"), or before it in a passive ("The decision of the Committee on 16 February 2015 … was ratified").
            var cited = relations.After(sentence.Text);
            if (bodies.Find(cited) is null && wording.Dates.FindAll(cited).Count == 0)
            {
                cited = relations.BeforeFirst(sentence.Text);
            }

            var body = CitedBody(cited, decision?.Body);
            var dates = wording.Dates.FindAll(cited);
            if (body is not null || dates.Count > 0)
            {
                var first = dates.FirstOrDefault();
                yield return Make(documentId, sentence, decision, relation, "description") with
                {
                    CitedBody = body,
                    CitedOrganisation = organisations.FindIn(cited, register).FirstOrDefault()?.Organisation.Name,
                    CitedDateFrom = first?.Date,
                    CitedDateTo = first?.Until,
                };
            }
        }
    }

    /// <summary>
    /// The body a description names, past the deciding body when the sentence names that one first ("The Governing Body
    /// accepted the recommendation of the Finance and Performance Committee … and ratified …" cites the committee).
    /// </summary>
    private string? CitedBody(string described, string? own)
    {
        var body = bodies.Find(described);
        if (body is null || own is null || !string.Equals(body, own, StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        var at = described.IndexOf(own, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? body : bodies.Find(described[(at + own.Length)..]) ?? body;
    }

    /// <summary>A row of a table of policies adopted or transferred: the policy, its organisation, its decision's date and reference.</summary>
    private IEnumerable<Citation> Row(string documentId, DocumentView view, TextUnit first, Decision? decision, string relation, Gazetteer register, bool referenceColumn)
    {
        var cell = first.Cell!.Value;
        var row = view.CellsOf(cell.Table).Where(u => u.Cell!.Value.Row == cell.Row).ToList();
        var text = string.Join(" | ", row.Select(u => u.Text));
        var sentence = new Sentence(first, first.Text, 0);

        // Where the table heads a column as the decision, the row's decision reference is in it (not the policy's own
        // reference). In a list of decisions (a paper's, read with referenceColumn), a column headed as the minute or
        // reference gives it when there is no decision column, or that column describes the decision ("Date | Minute
        // | Decision") by neither reference nor date.
        var decisionColumn = view.CellsOf(cell.Table).FirstOrDefault(u => u.Cell!.Value.Row == 0 && decisionHeadings.IsWhole(u.Text))?.Cell!.Value.Column;
        var minuteColumn = referenceColumn ? ReferenceColumn(view, cell.Table) : null;
        string ColumnText(int column) => row.Where(u => u.Cell!.Value.Column == column).Select(u => u.Text).FirstOrDefault() ?? string.Empty;
        var searched = (decisionColumn ?? minuteColumn) is { } column ? ColumnText(column) : text;
        var reference = ReferenceIn(searched);
        if (decisionColumn is null && minuteColumn is not null && wording.Dates.FindAll(searched).Count == 0
            && row.Select(u => u.Text).FirstOrDefault(t => wording.Dates.FindAll(t).Count > 0 && ReferenceIn(t) is not null) is { } dated)
        {
            // A reference printed with a date ("26 March 2019 (GB19/023)") is the decision's; the column headed
            // "Reference" beside the policy's title is then the policy's own.
            reference = ReferenceIn(dated);
        }

        if (reference is null && decisionColumn is not null && minuteColumn is { } minute && wording.Dates.FindAll(searched).Count == 0)
        {
            reference = ReferenceIn(ColumnText(minute));
        }

        var date = wording.Dates.FindAll(text).FirstOrDefault();
        if (reference is null && date is null)
        {
            yield break;
        }

        yield return Make(documentId, sentence, decision, relation, reference is null ? "table" : "reference") with
        {
            Text = text,
            CitedReference = reference?.Bare,
            CitedOrganisation = organisations.FindIn(text, register).FirstOrDefault(m => m.Organisation.Kind == OrganisationKinds.Ccg)?.Organisation.Name,
            CitedDateFrom = date?.Date,
            CitedDateTo = date?.Until,
        };
    }

    private PrintedReference? ReferenceIn(string text) =>
        wording.References.FindAll(text)
            .FirstOrDefault(r => (!r.NumbersOnly || r.Text.Contains('/', StringComparison.Ordinal) || r.Text.Contains('.', StringComparison.Ordinal)) && !IsDate(r) && !IsVersion(text, r));

    /// <summary>
    /// The column of a table headed as the minute or reference ("Minute", "Ref"), if any; of two, the later ("Policy |
    /// Reference | Version | Minute ref": the policy's own reference comes first, the decision's after).
    /// </summary>
    private int? ReferenceColumn(DocumentView view, int table) =>
        view.CellsOf(table).LastOrDefault(u => u.Cell!.Value.Row == 0 && referenceHeadings.IsWhole(u.Text))?.Cell!.Value.Column;

    /// <summary>A version number printed like a reference ("v1.0", "version 2.1").</summary>
    private bool IsVersion(string text, PrintedReference reference)
    {
        var before = text[..reference.Index].TrimEnd();
        return versionLabels.FindAll(before).Any(l => l.End >= before.Length - 1);
    }

    /// <summary>A date printed like a reference ("01/12/2016").</summary>
    private bool IsDate(PrintedReference reference) => wording.Dates.FindAll(reference.Text) is [{ Length: var length }] && length >= reference.Text.Length - 1;

    private Decision? Appendix(TextUnit unit, IReadOnlyList<Decision> decisions)
    {
        var label = wording.References.AtStart(unit.Text);
        if (label is null || !label.Text.Any(char.IsLetter))
        {
            return null;
        }

        return decisions.FirstOrDefault(d => d.Text.Contains(label.Text, StringComparison.OrdinalIgnoreCase));
    }

    private DateMention? Nearest(string text, int index) =>
        wording.Dates.FindAll(text).OrderBy(d => Math.Abs(d.Index - index)).FirstOrDefault();

    private static Citation Make(string documentId, Sentence sentence, Decision? decision, string relation, string method) => new()
    {
        DocumentId = documentId,
        PageNumber = sentence.Page,
        Text = sentence.Text,
        FromDecisionId = decision?.DecisionId,
        Relation = relation,
        Method = method,
    };
}

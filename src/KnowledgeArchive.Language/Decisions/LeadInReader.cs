using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Decisions;

/// <summary>
/// Reads a lead-in: the line a list of decisions hangs from ("The Committee:", "RESOLVED that the Governing Body:",
/// "Decisions of the Board:", "The Board is asked to:"). It gives the items under it their subject, their marker, or
/// says they are questions put rather than answers recorded.
/// </summary>
public sealed class LeadInReader(DecisionLexicon lexicon)
{
    private const int MaxMarkerTail = 5;
    private readonly Grammar grammar = new(lexicon.Phrasebook);

    /// <summary>Whether a line reads as a lead-in: it ends with a colon (or is a short heading) and names a decider, a marker or a question.</summary>
    public ReadingContext? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 200)
        {
            return null;
        }

        var view = new TokenView(trimmed.TrimEnd(':', '-', '–', ' '));
        if (view.Count == 0)
        {
            return null;
        }

        var markerLength = lexicon.DecisionMarkers.Longest(view.Norms, 0)?.Length ?? 0;
        var marker = markerLength > 0;
        var ask = Enumerable.Range(0, view.Count).Any(i => lexicon.Asks.Longest(view.Norms, i) is { } a && a.Values.Any(f => f is VerbForm.Past or VerbForm.Participle or VerbForm.Third));
        var decider = Enumerable.Range(0, view.Count).Any(i => lexicon.DeciderHeads.Longest(view.Norms, i) is not null);
        var impersonal = view.Norms.Any(grammar.Impersonal.Contains) && Enumerable.Range(0, view.Count).Any(i => lexicon.Controls.Longest(view.Norms, i) is not null);
        var verbs = lexicon.Predicates.FindAll(view.Norms).Where(p => p.Start >= markerLength).ToList();
        var hasOtherVerb = verbs.Any(p => p.Values.Any(v => v.Kind is PredicateKind.Verb or PredicateKind.Weak && v.Form is VerbForm.Past or VerbForm.Third or VerbForm.Participle));
        // A lead-in ends with a colon ("The Board is asked to:"), or is a marker with at most its subject ("RESOLVED that the Board").
        if (!trimmed.EndsWith(':') && !(marker && view.Count - markerLength <= MaxMarkerTail))
        {
            return null;
        }

        if (ask)
        {
            return new ReadingContext { Ask = true, Elliptical = true };
        }

        // "RESOLVED: The minutes were approved" records an outcome itself; "RESOLVED that the Board:" leads a list.
        if (hasOtherVerb)
        {
            return null;
        }

        return marker || decider || impersonal
            ? new ReadingContext { Subject = SubjectKind.Decider, MarkerLed = marker, Elliptical = true }
            : null;
    }
}

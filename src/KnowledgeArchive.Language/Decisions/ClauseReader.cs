using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Decisions;

/// <summary>
/// Reads the outcomes a sentence records. Every outcome word of the phrasebook is a candidate predicate; the words
/// around it decide whether it records this meeting's decision: a deciding subject or a resolution marker, a passive
/// with nothing reported, a governing "agreed to" or "It was agreed that" (whose complement gives the outcome),
/// negation (which turns approval to rejection). Reported ("had approved"), future, asked, relative, embedded and
/// personal uses are not decisions. A clause records one decision per outcome; where a noting or an approval only
/// frames a stronger outcome ("noted … and deferred a decision"), the stronger is the decision.
/// </summary>
public sealed class ClauseReader
{
    private const int MaxLabelWords = 8;
    private const int ParticleReach = 5;
    private readonly DecisionLexicon lexicon;
    private readonly Grammar grammar;
    private readonly FrameReader frames;
    private readonly ReadingJudge judge;

    public ClauseReader(DecisionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.lexicon = lexicon;
        grammar = new Grammar(lexicon.Phrasebook);
        var subjects = new SubjectReader(lexicon, grammar);
        frames = new FrameReader(lexicon, grammar, subjects);
        judge = new ReadingJudge(lexicon, grammar, subjects);
    }

    public IReadOnlyList<DecisionReading> Read(string sentence, ReadingContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        context ??= ReadingContext.None;
        var view = new TokenView(sentence);
        if (view.Count == 0)
        {
            return [];
        }

        var (start, marker) = Marker(view);
        if (marker is false)
        {
            return [];
        }

        var markerLed = marker is true || context.MarkerLed;
        if (view.Count - start <= MaxLabelWords && (!context.Content || markerLed) && Label(view, start) is { } labelled)
        {
            return [ReadingJudge.Label(view, start, labelled, markerLed, context)];
        }

        var candidates = Candidates(view, start);
        var readings = new List<(DecisionReading Reading, int Start, int End)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (at, length, all) = candidates[i];

            // After a determiner a word is a noun ("a press release", "the approval"), else a verb where it can be one.
            // A hyphenated compound is a noun too ("Sign-off was given").
            var afterDeterminer = at > start && grammar.Determiners.Contains(view.Norms[at - 1])
                || (Hyphenated(view, at, length) && all.Any(v => v.Kind == PredicateKind.Noun));
            var verbs = all.Where(v => v.Kind is PredicateKind.Verb or PredicateKind.Weak).ToList();
            var values = afterDeterminer ? all.Where(v => v.Kind is not (PredicateKind.Verb or PredicateKind.Weak)).ToList() : verbs.Count > 0 ? verbs : all.ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var frame = values[0].Kind is PredicateKind.Verb or PredicateKind.Weak ? frames.Read(view, start, at, values) : null;
            var predicate = frame is null ? values[0] : values.FirstOrDefault(v => v.Form == frame.Form) ?? values[0];
            var objectEnd = candidates.Skip(i + 1)
                .Where(c => c.Values.Any(v => v.Kind is PredicateKind.Verb or PredicateKind.Weak && v.Form != VerbForm.Ing) && !(c.Start > start && grammar.Determiners.Contains(view.Norms[c.Start - 1])))
                .Select(c => c.Start).DefaultIfEmpty(view.Count).First();
            var previous = readings.Count > 0 ? readings[^1].Reading : null;
            var reading = judge.Judge(view, start, at, length, objectEnd, predicate, frame, markerLed, context, previous ?? frames.LeadingSubject(view, start));
            if (reading is not null)
            {
                readings.Add((reading, at, at + length));
            }

            if (reading is not null && frame?.Governor is { } governor)
            {
                readings.RemoveAll(r => r.Start < governor.To && r.End > governor.From && r.Start != at);
            }
        }

        var merged = Merge(readings.Select(r => r.Reading).Where(r => !context.Content || r.MarkerLed || r.Subject is SubjectKind.Decider or SubjectKind.Impersonal).ToList());
        if (merged.Count == 0 && marker is true && lexicon.LabelOutcome(view.Slice(0, MarkerLength(view))) is { } markerOutcome)
        {
            // "AGREED – that the Committee recommends …": the marker states the outcome.
            return [ReadingJudge.Label(view, 0, markerOutcome, true, context) with { PredicateLength = view.CharEnd(MarkerLength(view) - 1) }];
        }

        return merged;
    }

    private static bool Hyphenated(TokenView view, int at, int length) =>
        view.Word(at).Text.Contains('-', StringComparison.Ordinal) || Enumerable.Range(at, length - 1).Any(i => view.Between(i).Contains('-', StringComparison.Ordinal));

    private int MarkerLength(TokenView view) => lexicon.DecisionMarkers.Longest(view.Norms, 0)?.Length ?? 1;

    /// <summary>The outcome predicates of the sentence, left to right; a phrasal verb may have its object inside ("held the item over").</summary>
    private List<(int Start, int Length, IReadOnlyList<Predicate> Values)> Candidates(TokenView view, int start)
    {
        var found = lexicon.Predicates.FindAll(view.Norms).Where(f => f.Start >= start).ToList();
        var covered = found.SelectMany(f => Enumerable.Range(f.Start, f.Length)).ToHashSet();
        for (var i = start; i < view.Count; i++)
        {
            if (covered.Contains(i) || lexicon.Phrasal.Longest(view.Norms, i) is not { } phrasal)
            {
                continue;
            }

            foreach (var (particle, predicate) in phrasal.Values)
            {
                var reach = Enumerable.Range(i + 2, ParticleReach).TakeWhile(k => k + particle.Count <= view.Count && !view.ClauseBreakAfter(k - 1))
                    .FirstOrDefault(k => particle.Select((p, n) => view.Norms[k + n] == p).All(x => x));
                if (reach > 0)
                {
                    found.Add((i, 1, [predicate]));
                    break;
                }
            }
        }

        return found.Where(f => !InName(view, f.Start, start)).OrderBy(f => f.Start).ToList();
    }

    /// <summary>
    /// Whether an outcome word is part of a name set in capitals ("Breakthrough Fund bids", "Planning Approval Team"):
    /// capitalised, not all in capitals, and after a capitalised word other than the sentence's first.
    /// </summary>
    private static bool InName(TokenView view, int at, int start)
    {
        var word = view.Word(at);
        if (at <= start + 1 || !word.IsCapitalised || word.IsUpper)
        {
            return false;
        }

        var before = view.Word(at - 1);
        return before.IsCapitalised && !before.IsUpper && !view.CommaAfter(at - 1) && !view.ClauseBreakAfter(at - 1);
    }

    /// <summary>A resolution marker at the start ("RESOLVED:", "Decision -") gives true; a label of something else ("Action:") false.</summary>
    private (int Start, bool? Marker) Marker(TokenView view)
    {
        var found = lexicon.DecisionMarkers.Longest(view.Norms, 0);
        var other = lexicon.OtherMarkers.Longest(view.Norms, 0);
        if (other is { } o && (found is null || o.Length > found.Value.Length) && o.Length < view.Count && view.Between(o.Length - 1).Contains(':', StringComparison.Ordinal))
        {
            return (0, false);
        }

        if (found is not { } f || f.Length >= view.Count)
        {
            return (0, null);
        }

        var after = view.Between(f.Length - 1);
        var next = view.Norms[f.Length];
        // "RESOLVED that", "Agreed:", "AGREED to" are markers; a lower-case "agreed to adopt …" is the verb governing its complement.
        var capitalised = view.Word(0).IsCapitalised;
        var set = after.Any(c => c is ':' or '-' or '–' or '—') || view.Word(0).IsUpper
            || (capitalised && (grammar.Complementizers.Contains(next) || grammar.Infinitive.Contains(next)));
        if (!set)
        {
            return (0, null);
        }

        var start = f.Length;
        while (start < view.Count && (grammar.Complementizers.Contains(view.Norms[start]) || grammar.Infinitive.Contains(view.Norms[start])))
        {
            start++;
        }

        return (start, true);
    }

    /// <summary>An outcome stated alone ("Approved.", "Deferred to July", "NOT SUPPORTED"), or null.</summary>
    private string? Label(TokenView view, int start)
    {
        for (var end = view.Count; end > start; end--)
        {
            if (lexicon.LabelOutcome(view.Slice(start, end)) is { } outcome
                && (end == view.Count || grammar.Prepositions.Contains(view.Norms[end]) || grammar.Purpose.Contains(view.Norms[end])))
            {
                return outcome;
            }
        }

        return null;
    }

    private List<DecisionReading> Merge(List<DecisionReading> readings)
    {
        var result = new List<DecisionReading>();
        foreach (var clause in readings.GroupBy(r => r.Clause))
        {
            var kept = clause.ToList();
            var strong = kept.Where(r => !r.Weak && !r.Ask).ToList();
            var specific = strong.Where(r => r.Outcome is DecisionOutcomes.Ratified or DecisionOutcomes.Adopted).ToList();
            var precedence = lexicon.Phrasebook.OutcomePrecedence.ToList();
            var chosen = new List<DecisionReading>();
            foreach (var reading in kept.OrderBy(r => r.Weak || r.Ask).ThenByDescending(r => r.Confidence).ThenBy(r => precedence.IndexOf(r.Outcome)))
            {
                var absorbed = reading.Outcome switch
                {
                    DecisionOutcomes.Noted => strong.Any(r => r.Outcome != DecisionOutcomes.Noted) || (reading.Weak && strong.Count > 0),
                    DecisionOutcomes.Approved => specific.Count > 0 && (IsMeta(reading) || reading.Weak || reading.Ask),
                    _ => false,
                };
                if (!absorbed && chosen.All(r => r.Outcome != reading.Outcome))
                {
                    chosen.Add(reading);
                }
            }

            result.AddRange(chosen);
        }

        return result.OrderBy(r => r.PredicateStart).ToList();
    }

    private bool IsMeta(DecisionReading reading)
    {
        var words = Tokenizer.Words(reading.Matter).Where(w => !grammar.Determiners.Contains(w)).Take(2).ToList();
        return words.Count == 0 || grammar.MetaObjects.Contains(words[0]);
    }
}

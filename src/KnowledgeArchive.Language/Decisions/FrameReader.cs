using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Decisions;

/// <summary>
/// Reads the words before a predicate, right to left: its auxiliaries and negation, what governs an infinitive
/// ("agreed to", "is asked to", "were content to"), and then its subject, up to the start of its clause. A "that"
/// clause is followed back to the verb that governs it ("It was agreed that …").
/// </summary>
internal sealed class FrameReader(DecisionLexicon lexicon, Grammar grammar, SubjectReader subjects)
{
    public Frame Read(TokenView view, int start, int predicate, IReadOnlyList<Predicate> entries)
    {
        var frame = new Frame();
        var j = ReadVerbGroup(view, start, predicate - 1, frame);
        frame.VerbStart = j + 1;
        frame.Form = FormOf(entries, frame);
        ReadSubject(view, start, j, frame);
        frame.Modifier = Modifies(view, start, predicate, entries, frame);
        return frame;
    }

    /// <summary>
    /// Whether a bare past participle (no auxiliary, not coordinated) describes a noun rather than records an act: after
    /// "as", "if", "once"; after the object of an earlier verb with no object of its own ("noted the plan and the beds
    /// commissioned", "the service, approved in private session"); or opening a clause whose verb comes later ("Delayed
    /// transfers of care had increased").
    /// </summary>
    private bool Modifies(TokenView view, int start, int predicate, IReadOnlyList<Predicate> entries, Frame frame)
    {
        if (frame.Passive || frame.Perfect || frame.Modal || frame.Do || frame.Infinitive || frame.Reported || frame.Control is not null || frame.Coordinated
            || !entries.Any(e => e.Form is VerbForm.Participle) || frame.VerbStart != predicate)
        {
            return false;
        }

        var before = predicate - 1;
        if (before >= start && grammar.ParticipleModifiers.Contains(view.Norms[before]) && !view.ClauseBreakAfter(before))
        {
            return true;
        }

        var length = lexicon.Predicates.Longest(view.Norms, predicate)?.Length ?? 1;
        var after = predicate + length;
        while (after < view.Count && lexicon.Adverbs.Longest(view.Norms, after) is { } adverb)
        {
            after += adverb.Length;
        }

        var clauseEnds = after >= view.Count || view.ClauseBreakAfter(after - 1) || view.CommaAfter(after - 1);
        var noObject = clauseEnds || grammar.Prepositions.Contains(view.Norms[after]) && !grammar.Infinitive.Contains(view.Norms[after]);
        var clauseStart = before;
        while (clauseStart >= start && !view.ClauseBreakAfter(clauseStart))
        {
            clauseStart--;
        }

        var earlierVerb = Enumerable.Range(clauseStart + 1, Math.Max(0, before - clauseStart))
            .Any(i => grammar.IsAuxiliary(view.Norms[i]) || lexicon.Predicates.Longest(view.Norms, i) is { } p && p.Values.Any(v => v.Kind is PredicateKind.Verb or PredicateKind.Weak));
        var ownSubject = !frame.Elliptical && frame.Subject is SubjectKind.Decider or SubjectKind.Impersonal or SubjectKind.Person;
        if (earlierVerb && noObject && !ownSubject && before >= start && !grammar.Conjunctions.Contains(view.Norms[before]))
        {
            return true;
        }

        // Opening its clause and followed by a noun, with the clause's own verb later: an adjective.
        if (before < start || view.ClauseBreakAfter(before))
        {
            var k = after;
            while (k < view.Count && !view.CommaAfter(k - 1) && !view.ClauseBreakAfter(k - 1) && !grammar.Relatives.Contains(view.Norms[k]) && !grammar.ParticipleModifiers.Contains(view.Norms[k]))
            {
                if (grammar.IsAuxiliary(view.Norms[k]) && k > after)
                {
                    return after < view.Count && !grammar.Determiners.Contains(view.Norms[after]) && !grammar.Prepositions.Contains(view.Norms[after]);
                }

                k++;
            }
        }

        return false;
    }

    /// <summary>Reads auxiliaries, adverbs, negation and the verb governing an infinitive; returns the index of the last word before them.</summary>
    /// <summary>Whether the verb before a conjunction is an infinitive put to the body ("asked to review and …").</summary>
    private bool AskedBefore(TokenView view, int start, int conjunction)
    {
        for (var k = conjunction - 1; k >= start && k >= conjunction - 3; k--)
        {
            if (view.ClauseBreakAfter(k) || view.CommaAfter(k))
            {
                return false;
            }

            if (grammar.Infinitive.Contains(view.Norms[k]))
            {
                return Longest(lexicon.Asks.EndingAt(view.Norms, k), start) is not null;
            }
        }

        return false;
    }

    private int ReadVerbGroup(TokenView view, int start, int j, Frame frame)
    {
        var crossed = false;
        while (j >= start && !view.ClauseBreakAfter(j) && !view.CommaAfter(j))
        {
            var w = view.Norms[j];
            if (SkipAdverb(view, start, j) is { } before)
            {
                j = before;
                continue;
            }

            if (grammar.Negators.Contains(w))
            {
                frame.Negated = true;
                j--;
                continue;
            }

            if (grammar.IsAuxiliaryAt(view, j))
            {
                frame.Passive |= !crossed && grammar.Passive.Contains(w);
                frame.Present |= !crossed && grammar.Present.Contains(w);
                frame.Perfect |= !crossed && grammar.Perfect.Contains(w);
                frame.Reported |= grammar.Reported.Contains(w);
                frame.Modal |= grammar.IsModalAt(view, j);
                frame.Do |= !crossed && grammar.Do.Contains(w);
                j--;
                continue;
            }

            if (grammar.Conjunctions.Contains(w) && !crossed && AskedBefore(view, start, j))
            {
                // "was asked to review and accept …": the second verb is asked too.
                frame.Ask = true;
                break;
            }

            if (!grammar.Infinitive.Contains(w) || crossed && frame.Control is not null)
            {
                break;
            }

            // "to": something must govern the infinitive, or it only describes ("the decision of the Chair to approve").
            frame.Infinitive |= !crossed;
            crossed = true;
            var k = j - 1;
            var negator = false;
            while (k >= start && (grammar.Negators.Contains(view.Norms[k]) || SkipAdverb(view, start, k) is not null))
            {
                negator |= grammar.Negators.Contains(view.Norms[k]);
                frame.Negated |= grammar.Negators.Contains(view.Norms[k]);
                k = SkipAdverb(view, start, k) ?? k - 1;
            }

            var control = Longest(lexicon.Controls.EndingAt(view.Norms, k + 1), start);
            var ask = Longest(lexicon.Asks.EndingAt(view.Norms, k + 1), start);
            var stance = Longest(lexicon.Stances.EndingAt(view.Norms, k + 1), start);
            if (control is { } c && c.Start <= (ask?.Start ?? int.MaxValue) && c.Start <= (stance?.Start ?? int.MaxValue))
            {
                frame.Control = c.Values[0];
                frame.Governor = (c.Start, k + 1);
                frame.Notes.Add($"'{view.Slice(c.Start, k + 1)} to'");
                j = c.Start - 1;
            }
            else if (ask is { } a)
            {
                frame.Ask = true;
                j = a.Start - 1;
            }
            else if (stance is { } s)
            {
                frame.Stance = s.Values[0];
                frame.Notes.Add($"'{view.Slice(s.Start, k + 1)} to'");
                j = s.Start - 1;
            }
            else if (negator)
            {
                // "was unable to", "declined to": the negation governs the infinitive.
                j = k;
            }
            else
            {
                frame.Embedded = true;
                return k;
            }
        }

        return j;
    }

    private void ReadSubject(TokenView view, int start, int end, Frame frame)
    {
        if (end < start)
        {
            frame.Elliptical = true;
            return;
        }

        if (view.Between(end).Any(c => c is '–' or '—' or '-' or ':'))
        {
            // A telegram: "Minutes of the previous meeting – ratified".
            frame.Elliptical = true;
            frame.Telegram = view.Slice(ClauseStartBefore(view, start, end), end + 1);
            return;
        }

        if (view.CommaAfter(end) || view.ClauseBreakAfter(end))
        {
            frame.CommaBefore = view.CommaAfter(end);
            // A parenthesis between subject and verb ("The Committee, having considered the report, approved …").
            var open = end - 1;
            while (open >= start && !view.CommaAfter(open) && !view.ClauseBreakAfter(open))
            {
                open--;
            }

            if (open < start)
            {
                frame.Elliptical = true;
                return;
            }

            end = open;
        }

        var k = end;
        while (k >= start)
        {
            var w = view.Norms[k];
            if (k < end && (view.ClauseBreakAfter(k) || view.CommaAfter(k) && k < end - 3))
            {
                break;
            }

            if (grammar.Complementizers.Contains(w))
            {
                Govern(view, start, k, frame);
                break;
            }

            if (grammar.Relatives.Contains(w))
            {
                frame.Relative = true;
                break;
            }

            if (grammar.Conjunctions.Contains(w) && k == end)
            {
                frame.Coordinated = true;
                return;
            }

            // The subject does not reach back over another verb ("did not support the proposal to reduce the … commissioned").
            if (k < end && (grammar.IsAuxiliary(w) || grammar.Infinitive.Contains(w)
                || lexicon.Predicates.Longest(view.Norms, k) is { } inner && inner.Values.Any(p => p.Kind is PredicateKind.Verb or PredicateKind.Weak)))
            {
                break;
            }

            k--;
        }

        var (kind, text) = subjects.Classify(view, k + 1, end);
        frame.Subject = kind;
        frame.SubjectText = text;
        frame.SubjectFull = view.Slice(k + 1, end + 1);
    }

    /// <summary>
    /// The subject the sentence opens with, before its first verb: the subject of a later clause that shares it
    /// ("The Committee was unable to agree and asked for …"), as a reading that carries only the subject.
    /// </summary>
    public DecisionReading? LeadingSubject(TokenView view, int start)
    {
        var end = start;
        while (end < view.Count && !grammar.IsAuxiliary(view.Norms[end]) && !grammar.Negators.Contains(view.Norms[end])
            && lexicon.Predicates.Longest(view.Norms, end) is null && lexicon.Controls.Longest(view.Norms, end) is null && !view.ClauseBreakAfter(end))
        {
            end++;
        }

        if (end == start || end >= view.Count)
        {
            return null;
        }

        var (kind, text) = subjects.Classify(view, start, end - 1);
        return new DecisionReading(string.Empty, 0, string.Empty) { Subject = kind, Matter = text };
    }

    private static int ClauseStartBefore(TokenView view, int start, int end)
    {
        var k = end;
        while (k > start && !view.ClauseBreakAfter(k - 1))
        {
            k--;
        }

        return k;
    }

    /// <summary>A "that" clause: decided when a deciding verb governs it, background when a reporting one does.</summary>
    private void Govern(TokenView view, int start, int that, Frame frame)
    {
        var g = that - 1;
        if (g < start || view.ClauseBreakAfter(g))
        {
            return;
        }

        var control = Longest(lexicon.Controls.EndingAt(view.Norms, g + 1), start);
        if (control is null)
        {
            frame.Narrative = true;
            return;
        }

        var governor = new Frame();
        var j = ReadVerbGroup(view, start, control.Value.Start - 1, governor);
        ReadSubject(view, start, j, governor);
        frame.Governed = true;
        frame.Control = control.Value.Values[0];
        frame.Governor = (control.Value.Start, g + 1);
        frame.Reported |= governor.Reported;
        frame.Negated ^= governor.Negated;
        frame.Notes.Add($"'{view.Slice(control.Value.Start, g + 1)} that'");
        frame.GovernorSubject = governor.Elliptical ? SubjectKind.None : governor.Subject;
        frame.GovernorSubjectText = governor.SubjectText;
        frame.GovernorElliptical = governor.Elliptical;
        frame.GovernorModal = governor.Modal;
    }

    private int? SkipAdverb(TokenView view, int start, int j)
    {
        if (Longest(lexicon.Adverbs.EndingAt(view.Norms, j + 1), start) is { } adverb)
        {
            return adverb.Start - 1;
        }

        var word = view.Word(j);
        return word.IsWord && !word.IsCapitalised && word.Text.Length > 5 && word.Norm.EndsWith(grammar.AdverbSuffix, StringComparison.Ordinal)
            && lexicon.DeciderHeads.Longest(view.Norms, j) is null ? j - 1 : null;
    }

    private static VerbForm FormOf(IReadOnlyList<Predicate> entries, Frame frame)
    {
        var forms = entries.Where(e => e.Form is not null).Select(e => e.Form!.Value).ToList();
        VerbForm[] wanted = frame.Infinitive || frame.Do || (frame.Modal && !frame.Passive) ? [VerbForm.Base]
            : frame.Passive || frame.Perfect ? [VerbForm.Participle, VerbForm.Base, VerbForm.Ing]
            : [VerbForm.Past, VerbForm.Third, VerbForm.Base, VerbForm.Participle, VerbForm.Ing];
        return wanted.FirstOrDefault(forms.Contains, forms.Count > 0 ? forms[0] : VerbForm.Past);
    }

    private static (int Start, IReadOnlyList<T> Values)? Longest<T>(IEnumerable<(int Start, IReadOnlyList<T> Values)> found, int start) =>
        found.Where(f => f.Start >= start).Select(f => ((int, IReadOnlyList<T>)?)f).FirstOrDefault();
}

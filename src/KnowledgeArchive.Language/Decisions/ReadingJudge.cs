using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Decisions;

/// <summary>
/// Decides whether a predicate in its frame records a decision of the meeting, with which outcome (after negation
/// and what the object says), how sure the reading is, and why.
/// </summary>
internal sealed class ReadingJudge(DecisionLexicon lexicon, Grammar grammar, SubjectReader subjects)
{
    private const int OthersReach = 4;
    private const int MaxQualifierWords = 10;
    private readonly FrameReader nominalFrames = new(lexicon, grammar, subjects);

    public static DecisionReading Label(TokenView view, int start, string outcome, bool markerLed, ReadingContext context) =>
        new(outcome, markerLed ? 0.9 : context.Subject == SubjectKind.Decider || context.Elliptical ? 0.8 : 0.7, $"outcome stated as '{view.Slice(start, view.Count)}'")
        {
            Predicate = view.Slice(start, view.Count),
            PredicateStart = view.CharStart(start),
            PredicateLength = view.CharEnd(view.Count - 1) - view.CharStart(start),
            MarkerLed = markerLed,
            Subject = context.Subject,
        };

    public DecisionReading? Judge(
        TokenView view, int start, int at, int length, int objectEnd, Predicate predicate, Frame? frame, bool markerLed, ReadingContext context, DecisionReading? previous)
    {
        var objectText = ObjectOf(view, at + length, objectEnd);
        var reading = predicate.Kind switch
        {
            PredicateKind.Fixed => new DecisionReading(predicate.Outcome, 0.85, $"phrase '{view.Slice(at, at + length)}'"),
            PredicateKind.Noun => Nominal(view, start, at, length, predicate, markerLed, context),
            _ => Verbal(view, at, length, predicate, frame!, markerLed, context, previous, objectText),
        };
        if (reading is null)
        {
            return null;
        }

        var qualifier = lexicon.Qualifiers.FindAll(view.Norms).Select(q => view.Slice(q.Start, QualifierEnd(view, q.Start + q.Length))).FirstOrDefault();
        return reading with
        {
            PredicateStart = view.CharStart(at),
            PredicateLength = view.CharEnd(at + length - 1) - view.CharStart(at),
            Predicate = reading.Predicate.Length > 0 ? reading.Predicate : predicate.Lemma,
            Matter = objectText,
            Qualifier = qualifier,
            MarkerLed = markerLed,
        };
    }

    private DecisionReading? Verbal(TokenView view, int at, int length, Predicate predicate, Frame frame, bool markerLed, ReadingContext context, DecisionReading? previous, string objectText)
    {
        var next = at + length < view.Count ? view.Norms[at + length] : null;
        var clauseStart = ClauseStart(view, at);

        // A verb joined by "and" to an earlier one has its own time: "accepted the recommendation made at its meeting last
        // month and ratified …" ratifies now.
        var cueStart = frame.Coordinated ? CoordinatorAfter(view, clauseStart, at) : clauseStart;
        if (frame.Embedded || frame.Relative || frame.Narrative || frame.Reported || frame.Modifier || frame.Form == VerbForm.Ing || frame.GovernorModal
            || (next is not null && grammar.Complementizers.Contains(next) && lexicon.ReportingVerbs.Longest(view.Norms, at) is { } reporting && reporting.Length >= length && !(lexicon.Controls.Longest(view.Norms, at) is not null && (ApprovesMinutes(view, at + length) || AgreesWhatIsToBeDone(view, at + length))))
            || Enumerable.Range(cueStart, Math.Max(0, at - cueStart)).Any(i => lexicon.ReportedCues.Longest(view.Norms, i) is not null)
            || grammar.IsModalAt(view, clauseStart) && clauseStart < at - 1)
        {
            return null;
        }

        var outcome = predicate.Outcome;
        if (frame.Negated && !predicate.Negative)
        {
            if (!lexicon.Phrasebook.NegatedOutcome.TryGetValue(outcome, out var negated))
            {
                return null;
            }

            outcome = negated;
        }

        // The future is no decision, except where a body defers or cannot agree ("will be brought back", "could not support").
        if (frame.Modal && !frame.Governed && outcome != DecisionOutcomes.Deferred && !frame.Negated && !predicate.Negative)
        {
            return null;
        }

        var passive = frame.Passive && frame.Form == VerbForm.Participle || (frame.Coordinated && previous?.Passive == true && frame.Subject == SubjectKind.None);
        if (passive && lexicon.ReportedCues.FindAll(Tokenizer.Words(objectText)).Any())
        {
            return null;
        }

        // "None of the options was supported": a negative subject negates.
        if (frame.Subject != SubjectKind.None && grammar.Negators.Contains(Tokenizer.Words(frame.SubjectText).FirstOrDefault() ?? string.Empty) && !frame.Negated)
        {
            frame.Negated = true;
            if (!lexicon.Phrasebook.NegatedOutcome.TryGetValue(outcome, out var negatedBySubject))
            {
                return null;
            }

            outcome = negatedBySubject;
        }
        outcome = ObjectOutcome(outcome, passive ? frame.SubjectFull + " " + objectText : objectText, frame.Negated) ?? outcome;
        var isControl = lexicon.Controls.Longest(view.Norms, at) is not null;
        if (NonDecision(passive ? frame.SubjectText : objectText)
            || isControl && next is not null && grammar.Complementizers.Contains(next) && !Decides(view, at + length)
            || isControl && !passive && ElidedThat(view, at + length) && !Decides(view, at + length - 1))
        {
            return null;
        }

        // Minutes are approved, however the verb puts it ("ratified as an accurate record", "adopted and signed").
        var minutesText = passive ? frame.SubjectText : frame.Telegram ?? objectText;
        if (outcome is DecisionOutcomes.Ratified or DecisionOutcomes.Adopted && Tokenizer.Words(minutesText).Where(w => !grammar.Determiners.Contains(w)).Take(2).Any(grammar.MinutesObjects.Contains))
        {
            outcome = DecisionOutcomes.Approved;
        }

        var notes = new List<string>();
        var (confidence, subject) = Confidence(view, at, length, frame, passive, markerLed, context, previous, notes);
        if (confidence is null)
        {
            return null;
        }

        var weak = predicate.Kind == PredicateKind.Weak;
        var value = confidence.Value;
        if (predicate.Ambiguous && !markerLed && frame.Subject != SubjectKind.Decider && frame.GovernorSubject != SubjectKind.Decider && context.Subject != SubjectKind.Decider)
        {
            value -= 0.15;
        }

        // An entry of a resolution list ("RESOLVED that the Board: considered the report;") records what the body did: a noting.
        var resolutionEntry = context.Elliptical && context.Subject == SubjectKind.Decider && frame.Elliptical && !frame.Governed;
        if (weak && passive)
        {
            return null;
        }

        if (weak && resolutionEntry)
        {
            weak = false;
            value = Math.Min(value, 0.7);
        }
        else if (weak)
        {
            value = Math.Min(value, 0.45);
        }

        if (view.Word(at).IsUpper)
        {
            value += 0.05;
        }

        var reason = string.Join("; ", new[] { markerLed ? "resolution marker" : null, $"{(weak ? "faint " : string.Empty)}predicate '{view.Slice(at, at + length)}' ({predicate.Lemma})" }
            .Concat(frame.Notes).Concat(notes).Where(n => n is not null));
        return new DecisionReading(outcome, Math.Clamp(value, 0, 1), reason)
        {
            Subject = subject,
            Weak = weak,
            Ask = frame.Ask || context.Ask,
            Passive = passive,
            Patient = passive ? (frame.Coordinated && previous is not null ? previous.Patient : frame.SubjectText) : null,
            Clause = view.Text[..view.CharStart(at)].Count(c => c == ';'),
        };
    }

    private (double? Value, SubjectKind Subject) Confidence(TokenView view, int at, int length, Frame frame, bool passive, bool markerLed, ReadingContext context, DecisionReading? previous, List<string> notes)
    {
        if (frame.Ask || context.Ask)
        {
            notes.Add("put to the body, not yet decided");
            return (0.3, frame.Subject);
        }

        if (markerLed)
        {
            return (frame.Subject == SubjectKind.Person && !passive ? null : 0.95, SubjectKind.Decider);
        }

        if (frame.Governed)
        {
            notes.Add(frame.GovernorElliptical ? "governing verb without subject" : $"decided by '{frame.GovernorSubjectText}'");
            var governor = frame.GovernorElliptical ? context.Subject : frame.GovernorSubject;
            var complementPerson = frame.Subject == SubjectKind.Person && !passive;
            return (complementPerson ? null : governor switch
            {
                SubjectKind.Decider or SubjectKind.Impersonal => 0.9,
                SubjectKind.None when context.Elliptical => 0.85,
                SubjectKind.None when frame.GovernorElliptical => 0.7,
                _ => null,
            }, governor);
        }

        if (passive)
        {
            var agent = Agent(view, at + length);
            if (agent is { } a)
            {
                notes.Add($"by '{a.Text}'");
                return (a.Kind == SubjectKind.Decider ? 0.9 : null, a.Kind);
            }

            if (frame.Subject == SubjectKind.Impersonal && frame.Control is null && lexicon.Controls.Longest(view.Norms, at) is not null)
            {
                // "It was agreed that …", "It was resolved that …": the meeting's own voice.
                return (0.9, SubjectKind.Impersonal);
            }

            var patient = frame.Coordinated && previous is not null ? previous.Matter : frame.SubjectText;
            var minutes = Tokenizer.Words(frame.SubjectText).Any(grammar.MinutesObjects.Contains);
            if (frame.Present && !minutes && !context.MarkerLed)
            {
                // "Revisional procedures are not routinely commissioned": what a policy says, not what the meeting did.
                return (null, SubjectKind.None);
            }

            notes.Add(minutes ? "minutes approved" : $"passive, of '{patient}'");
            return (minutes ? 0.95 : 0.8, SubjectKind.None);
        }

        var subject = frame.Subject;
        if (frame.Coordinated || frame.CommaBefore && previous is not null)
        {
            subject = previous?.Subject ?? context.Subject;
            notes.Add("subject shared with the clause before");
        }
        else if (frame.Elliptical)
        {
            subject = context.Subject;
            notes.Add("no subject written");
        }
        else
        {
            notes.Add($"subject '{frame.SubjectText}'");
        }

        if (frame.Telegram is { } telegram && frame.Form is VerbForm.Past or VerbForm.Participle)
        {
            notes.Add($"of '{telegram}'");
            return (0.75, SubjectKind.None);
        }

        // Notes in a telegram ("Report noted.", "Plan approved"): a short sentence ending on its predicate.
        if (subject == SubjectKind.Other && at + length == view.Count && view.Count <= 5 && frame.Form is VerbForm.Past or VerbForm.Participle)
        {
            return (0.75, subject);
        }

        return (subject switch
        {
            SubjectKind.Decider => 0.9,
            SubjectKind.Impersonal when frame.Control is not null => 0.9,
            SubjectKind.Person or SubjectKind.Other or SubjectKind.Impersonal => null,
            _ when frame.Control is not null && frame.Elliptical => context.Elliptical ? 0.85 : 0.7,
            _ when frame.Form == VerbForm.Base => null,
            _ when context.Elliptical => 0.75,
            _ when frame.Elliptical && frame.VerbStart == 0 => view.Word(at).IsUpper ? 0.75 : 0.65,
            _ => null,
        }, subject == SubjectKind.None && context.Elliptical ? SubjectKind.Decider : subject);
    }

    /// <summary>Where a qualifier's phrase ends: at its clause's end, or a few words on ("subject to ratification by the Governing Body").</summary>
    private static int QualifierEnd(TokenView view, int from)
    {
        var end = from;
        while (end < view.Count && end < from + MaxQualifierWords && !view.ClauseBreakAfter(end - 1) && !view.CommaAfter(end - 1))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Whether what follows a verb is a clause with "that" left out ("agreed the layout was an improvement"): a finite
    /// auxiliary before the clause ends, not inside a relative clause or an infinitive.
    /// </summary>
    private bool ElidedThat(TokenView view, int from)
    {
        for (var i = from; i < view.Count && (i == from || !view.ClauseBreakAfter(i - 1)); i++)
        {
            var word = view.Norms[i];
            if (grammar.Relatives.Contains(word) || grammar.Infinitive.Contains(word) || grammar.Complementizers.Contains(word) || (i > from && view.CommaAfter(i - 1)))
            {
                return false;
            }

            if (i > from && (grammar.Passive.Contains(word) || grammar.IsModalAt(view, i) || grammar.Perfect.Contains(word) || grammar.Reported.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"agreed that the minutes were a true record": a "that" clause whose subject is the minutes, with its verb and no modal.</summary>
    private bool ApprovesMinutes(TokenView view, int that)
    {
        var words = new List<string>();
        var verb = -1;
        for (var i = that + 1; i < view.Count && (i == that + 1 || !view.ClauseBreakAfter(i - 1)); i++)
        {
            if (verb < 0 && (grammar.Passive.Contains(view.Norms[i]) || grammar.IsModalAt(view, i)))
            {
                verb = words.Count;
            }

            words.Add(view.Norms[i]);
        }

        return verb > 0 && grammar.Passive.Contains(words[verb])
            && words.Take(verb).Where(w => !grammar.Determiners.Contains(w)).Take(2).Any(grammar.MinutesObjects.Contains);
    }

    /// <summary>
    /// Whether a "that" clause after a deciding verb records a decision ("agreed that the list be closed"), rather than
    /// an undertaking ("that the team would draft"), a view ("that the position was unacceptable") or a past fact.
    /// </summary>
    private bool Decides(TokenView view, int that)
    {
        var end = that + 1;
        while (end < view.Count && !view.ClauseBreakAfter(end - 1))
        {
            end++;
        }

        var words = Enumerable.Range(that + 1, Math.Max(0, end - that - 1)).Select(i => view.Norms[i]).ToList();
        var firstAuxiliary = Enumerable.Range(that + 1, words.Count).FirstOrDefault(i => grammar.IsModalAt(view, i) || grammar.Passive.Contains(view.Norms[i]) || grammar.Perfect.Contains(view.Norms[i]), -1);
        if (Enumerable.Range(that + 1, words.Count).Any(i => grammar.Reported.Contains(view.Norms[i]) || (grammar.IsModalAt(view, i) && !(i == firstAuxiliary && ModalPassive(view, i)))))
        {
            return false;
        }

        var verb = words.FindIndex(w => grammar.Passive.Contains(w) || grammar.Perfect.Contains(w));
        if (verb < 0)
        {
            return false;
        }

        if (ApprovesMinutes(view, that))
        {
            return true;
        }

        var after = verb + 1 < words.Count ? words[verb + 1] : string.Empty;
        return words[verb] == "be" || grammar.IsParticiple(after);
    }

    /// <summary>
    /// Whether a "that" clause after a deciding verb says what is to be done in words that carry no outcome of their own
    /// ("agreed that the guidelines would be published"): the agreement is the decision.
    /// </summary>
    private bool AgreesWhatIsToBeDone(TokenView view, int that)
    {
        if (!Decides(view, that))
        {
            return false;
        }

        for (var i = that + 1; i < view.Count && !view.ClauseBreakAfter(i - 1) && !view.CommaAfter(i - 1) && !grammar.Infinitive.Contains(view.Norms[i]); i++)
        {
            if (lexicon.Predicates.Longest(view.Norms, i) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A modal starting an agentless passive ("that the guidelines would be published"): what is to be done, agreed by
    /// the meeting, not an undertaking someone gave ("that the team would draft").
    /// </summary>
    private bool ModalPassive(TokenView view, int modal)
    {
        var be = modal + 1 < view.Count && grammar.Negators.Contains(view.Norms[modal + 1]) ? modal + 2 : modal + 1;
        return be + 1 < view.Count && grammar.Passive.Contains(view.Norms[be]) && grammar.IsParticiple(view.Norms[be + 1])
            && !Enumerable.Range(be + 2, Math.Max(0, view.Count - be - 2)).TakeWhile(i => !view.ClauseBreakAfter(i - 1)).Any(i => grammar.Agents.Contains(view.Norms[i]) && NamesSomeone(view, i + 1));
    }

    /// <summary>Whether the words after an agent marker name someone ("by the Head of Governance", "by Dr Marsh"), not a time or a measure ("by four weeks", "by the end of March").</summary>
    private bool NamesSomeone(TokenView view, int at)
    {
        var head = at < view.Count && grammar.Determiners.Contains(view.Norms[at]) ? at + 1 : at;
        return head < view.Count && view.Word(head).IsCapitalised;
    }

    /// <summary>Where the clause holding word <paramref name="at"/> starts: after the last semicolon, colon or bracket before it.</summary>
    /// <summary>Just after the last conjunction before <paramref name="at"/>, or <paramref name="clauseStart"/> when there is none.</summary>
    private int CoordinatorAfter(TokenView view, int clauseStart, int at)
    {
        for (var i = at - 1; i >= clauseStart; i--)
        {
            if (grammar.Conjunctions.Contains(view.Norms[i]))
            {
                return i + 1;
            }
        }

        return clauseStart;
    }

    private static int ClauseStart(TokenView view, int at)
    {
        var start = at;
        while (start > 0 && !view.ClauseBreakAfter(start - 1))
        {
            start--;
        }

        return start;
    }

    private DecisionReading? Nominal(TokenView view, int start, int at, int length, Predicate predicate, bool markerLed, ReadingContext context)
    {
        var before = at - 1;
        while (before >= start && grammar.Determiners.Contains(view.Norms[before]))
        {
            before--;
        }

        if (before >= start && grammar.Purpose.Contains(view.Norms[before]))
        {
            return null;
        }

        // "gave its full support", "there was unanimous support for", "approval was given for".
        for (var k = before; k >= Math.Max(start, before - 2); k--)
        {
            if (lexicon.Giving.Longest(view.Norms, k) is { } giving && k + giving.Length - 1 <= before && k + giving.Length - 1 >= before - 2)
            {
                var frame = nominalFrames.Read(view, start, k, [predicate with { Kind = PredicateKind.Verb, Form = giving.Values[0] }]);
                var subject = frame.Elliptical ? context.Subject : frame.Subject;
                return subject == SubjectKind.Decider || markerLed
                    ? new DecisionReading(predicate.Outcome, frame.Negated ? 0 : 0.85, $"'{view.Slice(k, at + length)}' given by '{frame.SubjectText}'") { Subject = subject }
                    : null;
            }

            if (lexicon.Existential.EndingAt(view.Norms, k + 1).Any(e => e.Start >= start))
            {
                var negated = Enumerable.Range(k + 1, at - k - 1).Any(i => grammar.Negators.Contains(view.Norms[i]));
                var outcome = negated ? lexicon.Phrasebook.NegatedOutcome.GetValueOrDefault(predicate.Outcome) : predicate.Outcome;
                return outcome is null ? null : new DecisionReading(outcome, 0.8, $"'there was {predicate.Lemma}'");
            }
        }

        for (var k = at + length; k < Math.Min(view.Count - 1, at + length + 8); k++)
        {
            if (grammar.Passive.Contains(view.Norms[k]) && lexicon.Giving.Longest(view.Norms, k + 1) is { } given && given.Values.Contains(VerbForm.Participle))
            {
                return new DecisionReading(predicate.Outcome, 0.8, $"'{view.Slice(at, k + 1 + given.Length)}'");
            }

            if (view.ClauseBreakAfter(k))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The outcome the object names when a general approval was of something more specific ("approved the adoption of").</summary>
    private string? ObjectOutcome(string outcome, string objectText, bool negated)
    {
        if (outcome != DecisionOutcomes.Approved || negated)
        {
            return null;
        }

        // "approved the policy for adoption by each of the CCGs" approves it for others to adopt; "for adoption by the ICB" adopts it.
        var words = Tokenizer.Words(objectText);
        foreach (var (start, length, values) in lexicon.ObjectOutcomes.FindAll(words))
        {
            var end = start + length;
            var byOthers = end < words.Count && grammar.Agents.Contains(words[end])
                && words.Skip(end + 1).Take(OthersReach).Any(grammar.OtherAgents.Contains);
            if (!byOthers)
            {
                return values[0];
            }
        }

        return null;
    }

    private bool NonDecision(string text)
    {
        var words = Tokenizer.Words(text).Where(w => !grammar.Determiners.Contains(w)).ToList();
        return words.Count > 0 && lexicon.NonDecisionObjects.Longest(words, 0) is not null;
    }

    private (SubjectKind Kind, string Text)? Agent(TokenView view, int after)
    {
        if (after + 1 >= view.Count || !grammar.Agents.Contains(view.Norms[after]) || view.Word(after + 1).Kind == TokenKind.Number
            || Enumerable.Range(after + 1, Math.Min(4, view.Count - after - 1)).Any(i => grammar.NonAgents.Contains(view.Norms[i])))
        {
            return null;
        }

        var end = after + 1;
        while (end + 1 < view.Count && !view.ClauseBreakAfter(end) && !view.CommaAfter(end) && !grammar.Prepositions.Contains(view.Norms[end + 1]))
        {
            end++;
        }

        return end < view.Count ? subjects.Classify(view, after + 1, end) : null;
    }

    /// <summary>The object, from after the predicate to the end of its clause.</summary>
    private string ObjectOf(TokenView view, int from, int to)
    {
        var end = from;
        while (end < to && end < view.Count && !grammar.Relatives.Contains(view.Norms[end]))
        {
            if (end > from && view.ClauseBreakAfter(end - 1) && view.Between(end - 1).Contains(';', StringComparison.Ordinal))
            {
                break;
            }

            end++;
        }

        return view.Slice(from, end).Trim();
    }
}

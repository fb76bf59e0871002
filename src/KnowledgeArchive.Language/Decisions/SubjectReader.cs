namespace KnowledgeArchive.Language.Decisions;

/// <summary>
/// Says who a subject is: a deciding body or its members, the impersonal "it", a person (an honorific, a role, a
/// name, initials), or something else. The head is the first noun phrase ("the Chair of the Committee" is the
/// Chair), unless the subject opens with a preposition ("Following discussion the Board"), when it is the last.
/// </summary>
internal sealed class SubjectReader(DecisionLexicon lexicon, Grammar grammar)
{
    public (SubjectKind Kind, string Text) Classify(TokenView view, int from, int to)
    {
        if (from > to)
        {
            return (SubjectKind.None, string.Empty);
        }

        var (a, b) = HeadPhrase(view, from, to);
        if (a > b)
        {
            return (SubjectKind.None, string.Empty);
        }

        var text = view.Slice(a, b + 1);
        var words = Enumerable.Range(a, b - a + 1).ToList();
        if (words.Count == 1 && grammar.Impersonal.Contains(view.Norms[a]))
        {
            return (SubjectKind.Impersonal, text);
        }

        // Whichever names the head last wins: "the Committee Chair" is a person, "each Governing Body present" a body.
        var decider = LastMatch(lexicon.DeciderHeads, view, a, b);
        var role = LastMatch(lexicon.PersonRoles, view, a, b);
        if (words.Any(i => grammar.Honorifics.Contains(view.Norms[i])) || (role is { } r && (decider is not { } d || r.End > d.End || r.End == d.End && r.Length >= d.Length)))
        {
            return (SubjectKind.Person, text);
        }

        if (decider is not null)
        {
            return (SubjectKind.Decider, text);
        }

        // "The ODUG", "the JSCB": a body known by its initials (people's initials take no article).
        var hasDeterminer = words.Any(i => grammar.Determiners.Contains(view.Norms[i]));
        if (words.Count == 2 && grammar.Determiners.Contains(view.Norms[a]) && view.Word(b).IsUpper && view.Word(b).Text.Length is >= 2 and <= 6 && view.Word(b).Text.All(char.IsLetter))
        {
            return (SubjectKind.Decider, text);
        }

        // A name ("Raj Mitchell") or initials ("AB"): capitalised words that name no body.
        var capitalised = words.Where(i => view.Word(i).IsCapitalised).ToList();
        if (!hasDeterminer && (capitalised.Count >= 2 && capitalised.Count == words.Count || words.Count == 1 && view.Word(a).IsUpper && view.Word(a).Text.Length <= 4))
        {
            return (SubjectKind.Person, text);
        }

        return (SubjectKind.Other, text);
    }

    /// <summary>The words of the subject's head phrase.</summary>
    public (int From, int To) HeadPhrase(TokenView view, int from, int to)
    {
        if (grammar.Prepositions.Contains(view.Norms[from]))
        {
            // A fronted phrase: the subject is the last noun phrase, from its determiner.
            var start = to;
            while (start > from && !grammar.Prepositions.Contains(view.Norms[start - 1]) && !grammar.Determiners.Contains(view.Norms[start]))
            {
                start--;
            }

            return (start, to);
        }

        var end = from;
        while (end < to && !grammar.Prepositions.Contains(view.Norms[end + 1]) && !grammar.Conjunctions.Contains(view.Norms[end + 1]))
        {
            end++;
        }

        return (from, end);
    }

    /// <summary>The listed phrase ending furthest right in the span: where it ends and how many words it has.</summary>
    private static (int End, int Length)? LastMatch(Text.PhraseTrie<bool> trie, TokenView view, int from, int to)
    {
        for (var end = to; end >= from; end--)
        {
            var found = trie.EndingAt(view.Norms, end + 1).Where(f => f.Start >= from).Select(f => end + 1 - f.Start).DefaultIfEmpty(0).Max();
            if (found > 0)
            {
                return (end, found);
            }
        }

        return null;
    }
}

using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Decisions;

/// <summary>What the words before a predicate say of it: its auxiliaries, negation, governing verb, and where its subject ends.</summary>
internal sealed class Frame
{
    /// <summary>The first word of the verb group (auxiliaries, negation, a governing verb).</summary>
    public int VerbStart { get; set; }

    public bool Negated { get; set; }

    public bool Passive { get; set; }

    /// <summary>"had approved": what happened before, reported.</summary>
    public bool Reported { get; set; }

    /// <summary>"will approve", "would be asked".</summary>
    public bool Modal { get; set; }

    public bool Perfect { get; set; }

    /// <summary>"is approved", "are not commissioned": a present-tense passive.</summary>
    public bool Present { get; set; }

    /// <summary>A bare participle describing a noun ("the beds commissioned", "the plan, approved in May", "as amended", "Delayed transfers"): no decision.</summary>
    public bool Modifier { get; set; }

    public bool Infinitive { get; set; }

    public bool Do { get; set; }

    /// <summary>"is asked to approve".</summary>
    public bool Ask { get; set; }

    /// <summary>An infinitive not governed by a deciding verb ("the decision of the Chair to approve"): describes, does not decide.</summary>
    public bool Embedded { get; set; }

    public Control? Control { get; set; }

    /// <summary>Where the governing verb ("agreed" in "agreed to defer" or "agreed that …") stands: it is not a decision of its own.</summary>
    public (int From, int To)? Governor { get; set; }

    public string? Stance { get; set; }

    public VerbForm Form { get; set; }

    public SubjectKind Subject { get; set; }

    /// <summary>The subject's head phrase ("The minutes" of "The minutes of the meeting held on 3 May").</summary>
    public string SubjectText { get; set; } = string.Empty;

    /// <summary>The whole subject as written.</summary>
    public string SubjectFull { get; set; } = string.Empty;

    /// <summary>A comma stands just before the verb: it continues a list of clauses, or follows a parenthesis.</summary>
    public bool CommaBefore { get; set; }

    /// <summary>No subject of its own: it shares the one before "and".</summary>
    public bool Coordinated { get; set; }

    /// <summary>Inside a "that" clause of a deciding verb ("It was agreed that the policy be adopted").</summary>
    public bool Governed { get; set; }

    /// <summary>Inside a relative clause ("the policy, which was approved in 2016").</summary>
    public bool Relative { get; set; }

    /// <summary>After "noted that", "reported that": background, not a decision.</summary>
    public bool Narrative { get; set; }

    /// <summary>For a note written as a telegram ("Report – noted"), what stands before the dash.</summary>
    public string? Telegram { get; set; }

    /// <summary>The subject was not written but reaches back to the start of the sentence (a bullet, a marker's text).</summary>
    public bool Elliptical { get; set; }

    /// <summary>For a governed clause: who took the governing decision ("It was agreed that …": impersonal).</summary>
    public SubjectKind GovernorSubject { get; set; }

    public string GovernorSubjectText { get; set; } = string.Empty;

    public bool GovernorElliptical { get; set; }

    public bool GovernorModal { get; set; }

    /// <summary>What the reading rests on, in words, for the decision's reason.</summary>
    public List<string> Notes { get; } = [];
}

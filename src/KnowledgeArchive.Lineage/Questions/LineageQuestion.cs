using System.Text.RegularExpressions;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Language.Words;

namespace KnowledgeArchive.Lineage.Questions;

/// <summary>What a lineage question asks: whose decisions, what kind of answer, and about what.</summary>
public sealed partial record LineageQuestion
{
    public required string Text { get; init; }

    /// <summary>The organisation the question names, if any (a CCG, or an ICB for its joint committee and board).</summary>
    public Organisation? Organisation { get; init; }

    public required LineageIntent Intent { get; init; }

    /// <summary>The body the question names ("the PCCC decision"), if any.</summary>
    public string? Body { get; init; }

    public int? Year { get; init; }

    /// <summary>The question asks where something began ("first approved").</summary>
    public bool First { get; init; }

    /// <summary>Words of the subject, with their synonyms.</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>A version the question names ("v2.0"), if any.</summary>
    public string? Version { get; init; }

    public static LineageQuestion Parse(string text, Gazetteer gazetteer, Synonyms synonyms, IReadOnlyList<BodyName> bodies, QuestionCues cues)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(synonyms);
        ArgumentNullException.ThrowIfNull(cues);

        // "Kestwick and Orley's 2017 policy": the organisation's name without its possessive.
        var plain = Possessive().Replace(text, string.Empty);
        var named = gazetteer.FindIn(plain).Select(m => m.Organisation).FirstOrDefault(o => o.Kind != OrganisationKinds.JointCommittee)
            ?? gazetteer.FindPlacesIn(plain).FirstOrDefault();

        // A joint committee's decisions are filed under the ICB its CCGs became.
        var organisation = named is { Kind: OrganisationKinds.JointCommittee } ? gazetteer.IcbOf(named) ?? named : named;
        var (body, alias) = BodyAlias(plain, bodies);
        var subject = alias is null ? plain : Regex.Replace(plain, $@"\b{Regex.Escape(alias)}\b", " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (var name in organisation is null ? [] : new[] { organisation.Name }.Concat(organisation.Aliases))
        {
            subject = Regex.Replace(subject, Regex.Escape(Place(name)), " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        var words = SubjectWords.Of(cues.WithoutCues(subject)).Where(w => !cues.IsStopWord(w)).ToList();
        var year = YearWord().Match(plain);
        var version = VersionWord().Match(plain);
        return new LineageQuestion
        {
            Text = text,
            Organisation = organisation,
            Intent = cues.IntentOf(plain),
            Body = body,
            Year = year.Success ? int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) : null,
            First = cues.AsksFirst(plain),
            Words = synonyms.Expand(words),
            Version = version.Success ? version.Groups["v"].Value : null,
        };
    }

    /// <summary>The question as the user corrected it: each part given replaces what was read from the words.</summary>
    public LineageQuestion Corrected(QuestionCorrection correction, Gazetteer gazetteer, Synonyms synonyms, IReadOnlyList<BodyName> bodies, QuestionCues cues)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(synonyms);
        ArgumentNullException.ThrowIfNull(cues);
        var question = this;
        if (correction.Intent is { } intent)
        {
            question = question with { Intent = intent };
        }

        if (correction.Organisation is { } organisation)
        {
            var named = organisation.Trim().Length == 0
                ? null
                : gazetteer.Find(organisation.Trim()) ?? gazetteer.FindIn(organisation).Select(m => m.Organisation).FirstOrDefault() ?? gazetteer.FindPlacesIn(organisation).FirstOrDefault();
            question = question with { Organisation = named is { Kind: OrganisationKinds.JointCommittee } ? gazetteer.IcbOf(named) ?? named : named };
        }

        if (correction.Body is { } body)
        {
            question = question with { Body = body.Trim().Length == 0 ? null : BodyAlias(body, bodies).Body ?? body.Trim() };
        }

        if (correction.Year is { } year)
        {
            question = question with { Year = year };
        }

        if (correction.Subject is { } subject)
        {
            question = question with { Words = synonyms.Expand(SubjectWords.Of(subject).Where(w => !cues.IsStopWord(w)).ToList()), Version = VersionWord().Match(subject) is { Success: true } v ? v.Groups["v"].Value : null };
        }

        return question;
    }

    private static string Place(string name) =>
        PlaceSuffix().Replace(name.Replace("NHS ", string.Empty, StringComparison.Ordinal), string.Empty).Trim();

    /// <summary>The body a question names, by its name or an abbreviation ("the PCCC decision"), and the words it used.</summary>
    private static (string? Body, string? Alias) BodyAlias(string text, IReadOnlyList<BodyName> bodies)
    {
        foreach (var body in bodies.OrderByDescending(b => b.Name.Length))
        {
            foreach (var alias in (body.Aliases ?? []).Prepend(body.Name))
            {
                if (Regex.IsMatch(text, $@"\b{Regex.Escape(alias)}\b", RegexOptions.CultureInvariant | (alias.Length > 5 ? RegexOptions.IgnoreCase : RegexOptions.None), TimeSpan.FromSeconds(1)))
                {
                    return (body.Name, alias);
                }
            }
        }

        return (null, null);
    }

    [GeneratedRegex(@"(?<=\w)['’]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"\b(?:v|version\s*)(?<v>\d{1,2}\.\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionWord();

    [GeneratedRegex(@"\s*(?:Clinical Commissioning Group|Integrated Care Board|CCG|ICB)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceSuffix();
}

/// <summary>The kind of answer a lineage question wants.</summary>
public enum LineageIntent
{
    /// <summary>A policy's history: where it began, what replaced it, what is current.</summary>
    History,

    /// <summary>Which decision ratified a committee's decision.</summary>
    Ratification,

    /// <summary>A joint committee's harmonised policy and the CCGs that adopted it.</summary>
    Harmonisation,

    /// <summary>Which of an organisation's decisions were handed on to its ICB.</summary>
    Transfer,

    /// <summary>What became of a deferred decision: the deferral and the decision that took it up.</summary>
    Deferral,
}

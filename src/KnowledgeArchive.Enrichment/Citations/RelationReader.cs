using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Citations;

/// <summary>
/// How a sentence's decision acts on what it cites, from the phrasebook's relation words in every form ("replaces",
/// "ratified", "adopting"): supersedes, ratifies, adopts, amends, defers to, transfers to, or references. What comes
/// next ("subject to ratification by the Governing Body") is not a relation.
/// </summary>
public sealed partial class RelationReader
{
    private const int Reach = 9;
    private readonly List<(string Type, PhraseSet Words)> relations = [];
    private readonly PhraseSet futures;
    private readonly PhraseSet versionLabels;
    private readonly PhraseSet policyWords;
    private readonly RecentTexts<IReadOnlyList<(string Type, int Start, int End)>> relationWords;
    private readonly RecentTexts<string> present;

    public RelationReader(Wording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var inflector = new Inflector(wording.Phrasebook.VerbForms);
        foreach (var type in LineageEdgeTypes.All)
        {
            if (wording.Phrasebook.Relations.TryGetValue(type, out var words))
            {
                relations.Add((type, new PhraseSet(words.SelectMany(w => inflector.Forms(w).Select(f => f.Phrase).Append(w)))));
            }
        }

        futures = new PhraseSet(wording.Phrasebook.RelationFutures);
        versionLabels = new PhraseSet(wording.Phrasebook.PolicyFields.Version);
        policyWords = new PhraseSet(wording.Phrasebook.DocumentTypes.Policy);
        relationWords = new RecentTexts<IReadOnlyList<(string Type, int Start, int End)>>(text => [.. relations.SelectMany(r => r.Words.FindAll(text).Select(f => (r.Type, f.Start, f.End)))]);
        present = new RecentTexts<string>(ReadPresent);
    }

    /// <summary>The relation a sentence states, the strongest first; null when it states none.</summary>
    public string? Of(string sentence) => Found(Present(sentence)).OrderBy(f => Rank(f.Type)).Select(f => f.Type).FirstOrDefault();

    /// <summary>
    /// The relation stated before <paramref name="index"/>, within the clause that began after the previous citation
    /// (<paramref name="clauseStart"/>): the nearest one that acts (supersedes, amends, …) rather than a connecting
    /// phrase ("amending the policy recorded at Minute 38/14" amends 38/14); otherwise the nearest of any kind ("adopt the
    /// Policy (RJC 2021-60), which replaces …" adopts RJC 2021-60).
    /// </summary>
    public string? Before(string sentence, int index, int clauseStart = 0)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var end = Math.Min(index, sentence.Length);
        var found = Found(Present(sentence[..end])).OrderByDescending(f => f.End).ToList();
        var own = found.Where(f => f.End > clauseStart).ToList();
        if (own.Count == 0 && clauseStart > 0 && clauseStart < end && sentence[clauseStart..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > ListJoinWords)
        {
            // A clause of its own that states no act ("…, following its deferral at the meeting on 14/12/2017 ([17/059])")
            // only cites; a short join ("ratified PCCC/19/11 and PCCC/19/12") shares the act before it.
            return LineageEdgeTypes.References;
        }

        return own.Where(f => f.Type != LineageEdgeTypes.References).Select(f => f.Type).FirstOrDefault()
            ?? found.Select(f => f.Type).FirstOrDefault();
    }

    private const int ListJoinWords = 3;

    /// <summary>What follows the first relation word: the description of what is cited.</summary>
    public string After(string sentence) =>
        Found(Present(sentence)).OrderBy(f => f.End).FirstOrDefault() is { Type: not null } first ? sentence[first.End..] : sentence;

    /// <summary>What comes before the first relation word: the description of what is cited in a passive ("The decision of the Committee on 16 February 2015 … was ratified").</summary>
    public string BeforeFirst(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var first = Found(Present(sentence)).Select(f => f.Start).DefaultIfEmpty(sentence.Length).Min();
        return sentence[..first];
    }

    /// <summary>The version a sentence says is superseded ("supersedes version 2.0"), or null.</summary>
    public string? SupersededVersion(string sentence)
    {
        foreach (var (_, _, end) in Found(sentence).Where(f => f.Type == LineageEdgeTypes.Supersedes))
        {
            var window = Window(sentence, end);
            foreach (Match number in VersionNumber().Matches(window))
            {
                var before = window[..number.Index].TrimEnd();
                var label = versionLabels.FindAll(before).LastOrDefault();
                if (label.Phrase is not null && label.End >= before.Length - 1)
                {
                    return number.Value;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a sentence says a policy named by its title is replaced ("which replaces the CCG's existing … Policy").</summary>
    public bool ReplacesPolicy(string sentence) =>
        Found(sentence).Where(f => f.Type == LineageEdgeTypes.Supersedes).Any(f => policyWords.IsIn(Window(sentence, f.End)));

    /// <summary>The sentence with what is to come ("subject to ratification") blanked out.</summary>
    private string Present(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return present.Get(sentence);
    }

    private string ReadPresent(string sentence)
    {
        var text = sentence.ToCharArray();
        foreach (var (_, start, end) in futures.FindAll(sentence))
        {
            Array.Fill(text, ' ', start, end - start);
        }

        return new string(text);
    }

    private IReadOnlyList<(string Type, int Start, int End)> Found(string text) => relationWords.Get(text);

    // Where a sentence states two relations, the more specific one is how the decision acts.
    private static readonly string[] Strength =
        [LineageEdgeTypes.Supersedes, LineageEdgeTypes.Ratifies, LineageEdgeTypes.Adopts, LineageEdgeTypes.Amends, LineageEdgeTypes.DefersTo, LineageEdgeTypes.TransfersTo, LineageEdgeTypes.References];

    private static int Rank(string type) => Array.IndexOf(Strength, type);

    private static string Window(string sentence, int from)
    {
        var words = sentence[from..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(Reach);
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"\d{1,2}\.\d{1,2}")]
    private static partial Regex VersionNumber();
}
